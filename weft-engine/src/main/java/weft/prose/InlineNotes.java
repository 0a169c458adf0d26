package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pandoc's inline notes, {@code ^[the note's text]}, as the footnotes flexmark reads: each becomes a call
 * ({@code [^wn1_]}) of the same length where it stands, so that every offset after it is still the text's (diagnostics
 * keep their line and column), and its definition goes after the text. Code (spans, fenced blocks) and an escaped
 * {@code \^[} are left alone; a {@code ^[} whose bracket is never closed too (and reported).
 */
final class InlineNotes {

    /**
     * What would make a definition's first line a list, a heading, a definition or a quotation rather than the note's
     * text ({@code >} at once: {@code >>>} is three quotations).
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:>|(?:[-+*:~]|#{1,6}|\\d{1,9}[.)])(?=\\s|$))");

    private InlineNotes() {
    }

    /** Where a {@code ^[} of {@code markdown} opens a note that never closes, for a diagnostic; -1 when none does. */
    static int unclosed(String markdown) {
        String text = PandocSyntax.blankCode(markdown);
        for (int at = text.indexOf("^["); at >= 0; at = text.indexOf("^[", at + 2)) {
            if (!escaped(text, at) && closing(text, at + 1) < 0) {
                return at;
            }
        }
        return -1;
    }

    /** The Markdown with its inline notes as footnotes (the same text when it has none). */
    static String rewrite(String markdown) {
        if (!markdown.contains("^[")) {
            return markdown;
        }
        String text = PandocSyntax.blankCode(markdown);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        List<String> definitions = new ArrayList<>();
        int last = 0;
        int at = text.indexOf("^[");
        while (at >= 0) {
            int end = escaped(text, at) ? -1 : closing(text, at + 1);
            if (end < 0) {
                at = text.indexOf("^[", at + 2);
                continue;
            }
            String base = "wn" + (definitions.size() + 1);
            int width = end + 1 - at - 3; // the label's length that keeps the text's length
            String label = base + "_".repeat(Math.max(0, width - base.length()));
            out.append(markdown, last, at).append("[^").append(label).append(']');
            String content = markdown.substring(at + 2, end).replaceAll("\\s*\\n\\s*", " ").strip();
            definitions.add("[^" + label + "]: " + (BLOCK_START.matcher(content).find() ? "\\" : "") + content);
            last = end + 1;
            at = text.indexOf("^[", last);
        }
        out.append(markdown, last, markdown.length());
        for (String definition : definitions) {
            out.append("\n\n").append(definition);
        }
        return out.append('\n').toString();
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The offset of the bracket that closes the one at {@code open}, brackets nested and escaped ones skipped; -1 if none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            } else if (c == '\n') {
                int next = text.indexOf('\n', i + 1);
                if (text.substring(i + 1, next < 0 ? text.length() : next).isBlank()) {
                    return -1; // a blank line ends the paragraph, and the note with it
                }
            }
        }
        return -1;
    }
}

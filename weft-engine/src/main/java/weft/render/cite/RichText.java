package weft.render.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rich text of CSL JSON titles: the few HTML-like tags the CSL JSON that Zotero and others export may hold
 * ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>}, {@code <span style="font-variant:small-caps;">} and
 * {@code <span class="nocase">}, as citeproc-js and Pandoc read them). citeproc-java takes them for text and escapes
 * them, so a reference list printed "Gardens of &lt;i&gt;Solanum lycopersicum&lt;/i&gt;". While citeproc-java formats
 * the references, each tag is a private-use character (which it neither escapes nor changes); in its HTML they become
 * the tags again. Any other tag is text (escaped, as all of a title is); a title whose known tags do not nest as pairs
 * keeps its text as written: the tags are a title's formatting, never a way into the page.
 */
public final class RichText {

    /** The tags, each pair's opening and closing private-use characters, in the order of {@link #OPEN}. */
    private static final List<String> OPEN = List.of("<i>", "<b>", "<sup>", "<sub>", "<span style=\"font-variant:small-caps;\">");
    private static final List<String> CLOSE = List.of("</i>", "</b>", "</sup>", "</sub>", "</span>");
    /** The first of the characters: U+E003 opens italics, U+E004 closes it, U+E005 opens bold … up to U+E00C. */
    static final char FIRST = '\uE003';
    static final char LAST = (char) (FIRST + 2 * OPEN.size() - 1);
    private static final int NOCASE = -1;
    private static final int OTHER = -2;
    private static final int UNPAIRED = -3;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)((?:\\s+[a-zA-Z-]+\\s*=\\s*\"[^\"<>]*\")*)\\s*>");

    private RichText() {
    }

    /** {@code text} with its rich-text tags as private-use characters; as written when they are not all known pairs. */
    static String marked(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Deque<Integer> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(text);
        int last = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            int kind = closing ? closingKind(m.group(2), open) : openingKind(m.group(2), m.group(3));
            if (kind == OTHER) {
                continue; // another tag (<script>): text, which the processor escapes
            }
            if (kind == UNPAIRED) {
                return text; // a closing tag that closes nothing open: the title as written
            }
            out.append(text, last, m.start());
            if (closing) {
                open.pop();
            } else {
                open.push(kind);
            }
            if (kind != NOCASE) {
                out.append((char) (FIRST + 2 * kind + (closing ? 1 : 0)));
            }
            last = m.end();
        }
        if (!open.isEmpty()) {
            return text;
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** Citeproc-java's HTML with the private-use characters as the tags they stand for. */
    static String html(String formatted) {
        StringBuilder out = null;
        for (int i = 0; i < formatted.length(); i++) {
            char c = formatted.charAt(i);
            if (c >= FIRST && c <= LAST) {
                if (out == null) {
                    out = new StringBuilder(formatted.length() + 32).append(formatted, 0, i);
                }
                int kind = (c - FIRST) / 2;
                out.append((c - FIRST) % 2 == 0 ? OPEN.get(kind) : CLOSE.get(kind));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? formatted : out.toString();
    }

    /** The formatting a title's rich text gives, in the order of {@link #OPEN}. */
    public enum Style { ITALIC, BOLD, SUPERSCRIPT, SUBSCRIPT, SMALL_CAPS }

    /** What {@link #walk} finds in a title, in order: its texts, and where each formatting opens and closes. */
    public interface Sink {
        void text(String text);

        void open(Style style);

        void close(Style style);
    }

    /**
     * Gives {@code text} to {@code sink} as its texts and its known formatting, opening and closing as pairs that nest
     * (another tag, and every tag of a title whose tags are not all known pairs, is text).
     */
    public static void walk(String text, Sink sink) {
        String marked = marked(text);
        int last = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c >= FIRST && c <= LAST) {
                if (i > last) {
                    sink.text(marked.substring(last, i));
                }
                Style style = Style.values()[(c - FIRST) / 2];
                if ((c - FIRST) % 2 == 0) {
                    sink.open(style);
                } else {
                    sink.close(style);
                }
                last = i + 1;
            }
        }
        if (last < marked.length()) {
            sink.text(marked.substring(last));
        }
    }

    /** {@code text} without its rich-text tags (for plain text); as written otherwise. */
    public static String plain(String text) {
        String marked = marked(text);
        return marked == null ? null : marked.replaceAll("[" + FIRST + "-" + LAST + "]", "");
    }

    private static int openingKind(String name, String attributes) {
        if (name.equalsIgnoreCase("span")) {
            String attribute = attributes.strip().replace(" ", "").toLowerCase(Locale.ROOT);
            if (attribute.equals("class=\"nocase\"")) {
                return NOCASE;
            }
            return attribute.matches("style=\"font-variant:small-caps;?\"") ? OPEN.size() - 1 : OTHER;
        }
        int kind = attributes.isBlank() ? OPEN.indexOf("<" + name.toLowerCase(Locale.ROOT) + ">") : -1;
        return kind < 0 ? OTHER : kind;
    }

    /** The kind of pair a closing tag closes: the one open last; unpaired when it is another; other for other tags. */
    private static int closingKind(String name, Deque<Integer> open) {
        if (!CLOSE.contains("</" + name.toLowerCase(Locale.ROOT) + ">")) {
            return OTHER;
        }
        if (open.isEmpty()) {
            return UNPAIRED;
        }
        int top = open.peek();
        String expected = top == NOCASE ? "span" : CLOSE.get(top).substring(2, CLOSE.get(top).length() - 1);
        return name.equalsIgnoreCase(expected) ? top : UNPAIRED;
    }
}

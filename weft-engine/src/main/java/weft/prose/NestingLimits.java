package weft.prose;

import java.util.Optional;

/**
 * Refuses Markdown nested deeper than prose ever is, before flexmark sees it: flexmark recurses once per level of
 * block quotes, lists and emphasis, so 1,000 nested block quotes overflow its stack and 100,000 nested emphasis
 * markers take many seconds and a gigabyte. Linear in the text; the limits are documented in the README.
 */
public final class NestingLimits {

    /** Block quotes and list items inside each other (including two columns of list indentation as one level). */
    static final int MAX_BLOCK_DEPTH = 32;
    /** Brackets, braces and emphasis markers ({@code [ { * _}) open at once in one paragraph. */
    static final int MAX_INLINE_DEPTH = 64;

    /**
     * Backslash escapes ({@code \_}, {@code \\}) after a bracket that is not closed before the paragraph ends or another
     * bracket opens. flexmark reads a paragraph's first bracket as a link label with a pattern that can take each such
     * escape two ways, and tries every way before it gives up, the time growing by about 2.4 for each escape more: 135
     * backslashes after an unclosed bracket did not end in twenty minutes (found by {@code ProseRendererFuzzTest}), 31
     * (15 escapes) took 0.56 s, 25 (12) 51 ms; this limit's 10 a few ms.
     */
    static final int MAX_ESCAPES_IN_OPEN_BRACKET = 10;
    /** The characters a backslash escapes (CommonMark's ASCII punctuation), as flexmark's pattern lists them. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-";

    /** Where the text crosses a limit (an offset into it) and what to tell its author. */
    public record Violation(int offset, String message) {
    }

    public static Optional<Violation> check(String text) {
        Optional<Violation> nesting = nesting(text);
        return nesting.isPresent() ? nesting : escapesInOpenBrackets(text);
    }

    /**
     * The first bracket that is not closed (before the paragraph ends, another bracket opens, or flexmark's 999
     * characters of a label) and has more than {@link #MAX_ESCAPES_IN_OPEN_BRACKET} escapes after it; code is not
     * counted. Linear: each character is looked at once.
     */
    static Optional<Violation> escapesInOpenBrackets(String text) {
        if (text.indexOf('\\') < 0 || text.indexOf('[') < 0) {
            return Optional.empty();
        }
        String outside = PandocSyntax.blankCode(text);
        int open = -1;
        int escapes = 0;
        for (int i = 0; i <= outside.length(); i++) {
            char c = i < outside.length() ? outside.charAt(i) : '\n';
            boolean ends = i == outside.length() || c == '[' || c == '\n' && blankLineAt(outside, i) || i - open > 999;
            if (open >= 0 && ends) { // the label's attempt fails here: with how many escapes to try two ways
                if (escapes > MAX_ESCAPES_IN_OPEN_BRACKET) {
                    return Optional.of(new Violation(open, "a bracket '[' left open before more than "
                            + MAX_ESCAPES_IN_OPEN_BRACKET + " backslash escapes ('\\_', '\\\\'): the Markdown parser"
                            + " would take minutes over them; close the bracket (or escape it: '\\[') or write fewer escapes"));
                }
                open = -1;
            }
            if (c == '\\' && i + 1 < outside.length() && ESCAPABLE.indexOf(outside.charAt(i + 1)) >= 0) {
                escapes++;
                i++;
            } else if (c == '[') {
                open = i;
                escapes = 0;
            } else if (c == ']') {
                open = -1;
            }
        }
        return Optional.empty();
    }

    /** Whether the line break at {@code i} is followed by a blank line: the paragraph ends. */
    private static boolean blankLineAt(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n';
    }

    private static Optional<Violation> nesting(String text) {
        int inline = 0;
        boolean fenced = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Prefix prefix = Prefix.of(text, lineStart, lineEnd);
            String rest = text.substring(prefix.end(), lineEnd).strip();
            if (rest.startsWith("```") || rest.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && !isThematicBreak(rest)) {
                if (prefix.depth() > MAX_BLOCK_DEPTH) {
                    return Optional.of(new Violation(prefix.crossedAt(), "block quotes and lists are nested more than "
                            + MAX_BLOCK_DEPTH + " levels deep: flatten the text"));
                }
                if (rest.isEmpty()) {
                    inline = 0; // a blank line ends the paragraph, and every bracket and emphasis with it
                }
                for (int i = prefix.end(); i < lineEnd; ) {
                    int run = runLength(text, i, lineEnd);
                    int step = inlineStep(text, i, i + run);
                    if (inline + step > MAX_INLINE_DEPTH) {
                        return Optional.of(new Violation(i + MAX_INLINE_DEPTH - inline, "brackets and emphasis markers"
                                + " are nested more than " + MAX_INLINE_DEPTH + " levels deep: close them or escape them with '\\'"));
                    }
                    inline = Math.max(0, inline + step);
                    i += run;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** The length of the emphasis run starting at {@code i} (1 for any other character). */
    private static int runLength(String text, int i, int end) {
        char c = text.charAt(i);
        int j = i + 1;
        if (c == '*' || c == '_') {
            while (j < end && text.charAt(j) == c) {
                j++;
            }
        }
        return j - i;
    }

    /**
     * How much the characters {@code [start, end)} (one character, or a run of '*' or '_') open (positive) or close
     * (negative) brackets and emphasis; escaped characters and runs inside words count for nothing.
     */
    private static int inlineStep(String text, int start, int end) {
        char c = text.charAt(start);
        if (start > 0 && text.charAt(start - 1) == '\\') {
            return 0;
        }
        if (c == '[' || c == '{') {
            return 1;
        }
        if (c == ']' || c == '}') {
            return -1;
        }
        if (c != '*' && c != '_') {
            return 0;
        }
        boolean wordBefore = start > 0 && isWordChar(text.charAt(start - 1));
        boolean wordAfter = end < text.length() && isWordChar(text.charAt(end));
        boolean blankBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1));
        boolean blankAfter = end == text.length() || Character.isWhitespace(text.charAt(end));
        int length = end - start;
        if (!blankAfter && !wordBefore) {
            return length; // an opener: "*word", "(*word", "**[link"
        }
        if (!blankBefore && !wordAfter) {
            return -length; // a closer: "word*", "word*.", "]**"
        }
        return 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** A line of three or more '*', '-' or '_' (and spaces) is a rule, not list markers or emphasis. */
    private static boolean isThematicBreak(String line) {
        if (line.length() < 3) {
            return false;
        }
        char c = line.charAt(0);
        return (c == '*' || c == '-' || c == '_') && line.chars().allMatch(ch -> ch == c || ch == ' ' || ch == '\t');
    }

    /** A marker of Pandoc's fancy lists ({@link FancyLists}): a), (iv), #., before a space or the line's end. */
    private static final java.util.regex.Pattern FANCY = java.util.regex.Pattern.compile(
            "\\(?(?:#|[a-zA-Z]|[ivxlcdmIVXLCDM]{2,9}|[0-9]{1,9})[.)](?=[ \\t]|$)");

    /** The container markers at the start of a line: how deep they nest, and where the limit was crossed. */
    private record Prefix(int depth, int end, int crossedAt) {

        static Prefix of(String text, int start, int end) {
            int markers = 0;
            int columns = 0;
            int crossedAt = -1;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    columns += c == '\t' ? 4 : 1;
                    i++;
                    continue;
                }
                int marker = markerLength(text, i, end);
                if (marker == 0) {
                    break;
                }
                markers++;
                if (markers + columns / 2 > MAX_BLOCK_DEPTH && crossedAt < 0) {
                    crossedAt = i;
                }
                i += marker;
                if (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++; // the space that ends a marker is no indentation
                }
            }
            return new Prefix(markers == 0 ? 0 : markers + columns / 2, i, crossedAt);
        }

        /** The length of a block quote or list marker at {@code i} ({@code >}, {@code - }, {@code 12. }), or 0. */
        private static int markerLength(String text, int i, int end) {
            char c = text.charAt(i);
            if (c == '>') {
                return 1;
            }
            if ((c == '-' || c == '*' || c == '+' || c == ':' || c == '~') // a bullet, or a definition's ':' or '~'
                    && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                return 1;
            }
            java.util.regex.Matcher fancy = FANCY.matcher(text).region(i, end);
            if (fancy.lookingAt()) { // a list numbered with letters or roman numerals, (a), #.: read as CommonMark's
                return fancy.end() - i;
            }
            int j = i;
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > i && j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')
                    && (j + 1 == end || text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                return j - i + 1;
            }
            return 0;
        }
    }

    private NestingLimits() {
    }
}

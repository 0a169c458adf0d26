package weft.prose;

/**
 * Markup written in private-use characters before the Markdown is parsed ({@link Spans}, {@link Divs}): each ASCII
 * character of a span's or a div's attributes as a character of its own that the parser takes for a letter, so that
 * the attributes reach the rendered text unread and the text keeps its length.
 */
final class Spelled {

    private static final char BASE = '\uE100';

    private Spelled() {
    }

    /** Whether {@code text} is ASCII that can be spelled (printable characters). */
    static boolean spellable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** {@code c} spelled. */
    static char spell(char c) {
        return (char) (BASE + c);
    }

    /** Whether {@code c} is a spelled character. */
    static boolean isSpelled(char c) {
        return c >= BASE && c < BASE + 0x80;
    }

    /** Where the run of spelled characters of {@code s} from {@code from} ends. */
    static int end(String s, int from) {
        int end = from;
        while (end < s.length() && isSpelled(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The characters of {@code s} between {@code from} and {@code to}, as written. */
    static String read(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append((char) (s.charAt(i) - BASE));
        }
        return out.toString();
    }
}

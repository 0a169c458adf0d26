package weft.publish;

/** Text and attribute values as XML 1.0 holds them: markup escaped, characters it cannot hold as U+FFFD. */
public final class XmlText {

    /** {@code s} escaped for an element's text or (with line breaks and tabs kept as references) an attribute's value. */
    public static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
        return b.toString();
    }

    /** Whether XML 1.0 can hold the character (no other control character, no lone surrogate, no U+FFFE/U+FFFF). */
    public static boolean allowed(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    private XmlText() {
    }
}

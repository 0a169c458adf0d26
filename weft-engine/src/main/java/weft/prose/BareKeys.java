package weft.prose;

import java.util.regex.Pattern;

/**
 * Pandoc's citation of a work with its author in the text, {@code @key} outside brackets: how it is written, for the
 * prose's scan (which makes it a citation when the key is a work's, and leaves it as written otherwise) and the
 * privacy check (which then takes it for no social-media handle).
 */
public final class BareKeys {

    /**
     * An {@code @} not after a letter, digit, {@code @ . / - _} or a backslash (an e-mail address, a URL's path), then a
     * key: letters, digits and {@code _} with punctuation inside, or, as Pandoc writes a key of other characters, in
     * braces ({@code @{https://doi.org/10.1/x}}).
     */
    public static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@./\\\\-])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]{0,200}+|\\{[^{}\\n]{1,300}+})");

    /** A key as a match of {@link #PATTERN} writes it, and where its citation ends in the text. */
    public record Key(String key, int end) {
    }

    private BareKeys() {
    }

    /**
     * The key of a match of {@link #PATTERN}: without the sentence's punctuation after it ({@code @lee2019.},
     * {@code @lee2019,}), or what its braces hold ({@code @{lee 2019.}}, all of it).
     */
    public static Key of(java.util.regex.Matcher m) {
        String written = m.group(1);
        if (written.startsWith("{")) {
            return new Key(written.substring(1, written.length() - 1), m.end(1));
        }
        String key = key(written);
        return new Key(key, m.start(1) + key.length());
    }

    /** The key written {@code written}, without the sentence's punctuation after it. */
    private static String key(String written) {
        String key = written;
        while (key.endsWith(".") || key.endsWith(":") || key.endsWith(",") || key.endsWith("?")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}

package weft.prose;

import java.util.regex.Pattern;

/**
 * Pandoc's citation of a work with its author in the text, {@code @key} outside brackets: how it is written, for the
 * prose's scan (which makes it a citation when the key is a work's, and leaves it as written otherwise) and the
 * privacy check (which then takes it for no social-media handle).
 */
public final class BareKeys {

    /** An {@code @} not after a letter, digit, {@code @ . / - _} or a backslash (an e-mail address, a URL's path), then a key. */
    public static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@./\\\\-])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]{0,200}+)");

    private BareKeys() {
    }

    /** The key of a match's group 1, without the sentence's punctuation after it ({@code @lee2019.}, {@code @lee2019,}). */
    public static String key(String written) {
        String key = written;
        while (key.endsWith(".") || key.endsWith(":") || key.endsWith(",") || key.endsWith("?")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}

package weft.render.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What is known of a bibliography entry, from its {@code weft-status} field. An entry without the field is
 * taken as the author gives it ({@link #VERIFIED}); every other status is reported as a warning when cited.
 */
public enum ReferenceStatus {
    /** The details were checked (the default). */
    VERIFIED("verified"),
    /** What the entry gives was checked, but some details are missing (the note says which). */
    INCOMPLETE("incomplete"),
    /** The details, or that this is the work the article cites, are not confirmed. */
    UNVERIFIED("unverified"),
    /** The work is not identified: the entry only stands for a number or a name in the text. */
    UNKNOWN("unknown");

    private final String word;

    ReferenceStatus(String word) {
        this.word = word;
    }

    /** The value written in the bibliography. */
    public String word() {
        return word;
    }

    static Optional<ReferenceStatus> parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.word.equals(v)).findFirst();
    }

    static String allowed() {
        return "verified, incomplete, unverified or unknown";
    }
}

package weft.privacy;

import java.util.Locale;
import java.util.Optional;

/** A kind of text that can identify a person, as the privacy check finds it. */
public enum Identifier {
    EMAIL("email", "an e-mail address"),
    PHONE("phone", "a phone number"),
    URL("url", "a web address"),
    HANDLE("handle", "a social-media handle"),
    POSTCODE("postcode", "a postcode"),
    ADDRESS("address", "a street address"),
    BIRTH_DATE("birth-date", "a date of birth"),
    NAME("name", "a name on the study's list of names");

    private final String written;
    private final String described;

    Identifier(String written, String described) {
        this.written = written;
        this.described = described;
    }

    /** How the data writes the kind ({@code privacy: [{kind: url, ...}]}). */
    public String written() {
        return written;
    }

    /** What it is, in a diagnostic: "an e-mail address". */
    public String described() {
        return described;
    }

    public static Optional<Identifier> of(String written) {
        for (Identifier i : values()) {
            if (i.written.equals(written.toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}

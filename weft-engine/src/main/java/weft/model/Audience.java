package weft.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may read a quote, and who a build is for. A build for an audience holds the quotes of that audience and of the
 * wider ones: a public build only public quotes, a reviewer build public quotes and those for reviewers, a team build
 * all of them.
 */
public enum Audience {
    /** Anyone: the published article and evidence site. The default of a quote and of a build. */
    PUBLIC,
    /** The journal's reviewers: a build sent to them, not published. */
    REVIEWERS,
    /** The research team only. */
    TEAM;

    /** How the data and the command line write it: public, reviewers, team. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a build for this audience may hold a quote for {@code quote}. */
    public boolean sees(Audience quote) {
        return quote.ordinal() <= ordinal();
    }

    /** The narrower of this audience and {@code other}: the one whose readers are fewer. */
    public Audience narrower(Audience other) {
        return sees(other) ? this : other;
    }

    public static Optional<Audience> of(String written) {
        for (Audience a : values()) {
            if (a.written().equals(written.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

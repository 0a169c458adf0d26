package weft.model;

import java.util.Locale;

/** The kinds of data a quote can come from; {@link #name()} in lower case with hyphens is how study files write them. */
public enum SourceKind {
    INTERVIEW, FOCUS_GROUP, DOCUMENT, FORUM_THREAD, FORUM_POST, FIELD_NOTE, OBSERVATION, OPEN_ANSWER, OTHER;

    /** The kind as study files write it ({@code focus-group}); the schema allows only these. */
    public static SourceKind of(String written) {
        return valueOf(written.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

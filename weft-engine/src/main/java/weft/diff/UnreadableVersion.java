package weft.diff;

/** A version that cannot be read at all: no repository, no such revision, a shallow clone without it. */
public final class UnreadableVersion extends Exception {

    public UnreadableVersion(String message) {
        super(message);
    }
}

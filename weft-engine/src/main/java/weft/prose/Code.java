package weft.prose;

/** The code of prose, as the prose renderer's passes leave it alone: for readers outside this package. */
public final class Code {

    private Code() {
    }

    /**
     * {@code markdown} with its code (fenced blocks, spans) and HTML comments as spaces, so that offsets stay the
     * text's: what is found in the result is outside code.
     */
    public static String blanked(String markdown) {
        return PandocSyntax.blankCode(markdown);
    }
}

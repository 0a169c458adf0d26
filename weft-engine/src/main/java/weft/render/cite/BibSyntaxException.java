package weft.render.cite;

/** A bibliography that cannot be parsed, with the 1-based position of the problem (0 when unknown). */
final class BibSyntaxException extends Exception {

    private final int line;
    private final int column;

    BibSyntaxException(int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}

package weft.diagnostics;

/** One finding about the input, printed as {@code ERROR path:line:column: message}. */
public record Diagnostic(Severity severity, SourcePosition position, String message) implements Comparable<Diagnostic> {

    @Override
    public int compareTo(Diagnostic other) {
        int byPosition = position.compareTo(other.position);
        if (byPosition != 0) {
            return byPosition;
        }
        int bySeverity = severity.compareTo(other.severity);
        return bySeverity != 0 ? bySeverity : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return severity + " " + position + ": " + message;
    }
}

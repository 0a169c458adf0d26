package weft.diagnostics;

import java.util.Comparator;

/**
 * A place in an input file: path relative to the project (with '/' separators), 1-based line and column.
 * Line 0 means the file as a whole.
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::path)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public static SourcePosition ofFile(String path) {
        return new SourcePosition(path, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line == 0 ? path : path + ":" + line + ":" + column;
    }
}

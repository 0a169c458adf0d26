package weft.diagnostics;

/**
 * Maps an offset in a piece of text (a Markdown file, or a block of Markdown inside a YAML file)
 * back to its line and column in the file it came from.
 *
 * @param path        file path relative to the project
 * @param firstLine   file line of the text's first line
 * @param firstColumn file column of the text's first character
 * @param indent      columns to add on every following line (the indentation of a YAML block scalar)
 */
public record TextMap(String path, int firstLine, int firstColumn, int indent) {

    public static TextMap ofFile(String path, int firstLine) {
        return new TextMap(path, firstLine, 1, 0);
    }

    public SourcePosition at(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + 1;
        return line == 0
                ? new SourcePosition(path, firstLine, firstColumn + column - 1)
                : new SourcePosition(path, firstLine + line, indent + column);
    }
}

package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * A parsed YAML file: its tree and where each value and key stands in the file, by JSON Pointer.
 */
record YamlDocument(String path, TextLines lines, JsonNode root,
                           Map<String, SourcePosition> valuePositions,
                           Map<String, SourcePosition> keyPositions) {

    /** Where the value at {@code pointer} starts; the nearest enclosing value if it is absent. */
    public SourcePosition positionOf(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition found = valuePositions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new SourcePosition(path, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key of the field at {@code pointer} stands (for unknown fields), else its value. */
    public SourcePosition keyPositionOf(String pointer) {
        SourcePosition key = keyPositions.get(pointer);
        return key != null ? key : positionOf(pointer);
    }

    /** How to map offsets in the string value at {@code pointer} back to the file (block scalars included). */
    public TextMap textMapOf(String pointer) {
        SourcePosition at = positionOf(pointer);
        if (at.line() < 1 || at.line() > lines.count()) {
            return new TextMap(path, at.line(), at.column(), 0);
        }
        String line = lines.line(at.line());
        char indicator = at.column() - 1 < line.length() ? line.charAt(at.column() - 1) : ' ';
        if (indicator == '|' || indicator == '>') {
            int contentLine = at.line() + 1;
            int indent = 0;
            for (int i = at.line() + 1; i <= lines.count(); i++) {
                String next = lines.line(i);
                if (!next.isBlank()) {
                    indent = next.length() - next.stripLeading().length();
                    break;
                }
            }
            return new TextMap(path, contentLine, indent + 1, indent);
        }
        int offset = (indicator == '"' || indicator == '\'') ? 1 : 0;
        return new TextMap(path, at.line(), at.column() + offset, at.column() - 1);
    }
}

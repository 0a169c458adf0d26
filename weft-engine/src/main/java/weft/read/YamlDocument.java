package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * A parsed YAML file: its tree, where each value and key stands in the file, by JSON Pointer, and how each value
 * that is not a string was written.
 */
public record YamlDocument(String path, TextLines lines, JsonNode root,
                           Map<String, SourcePosition> valuePositions,
                           Map<String, SourcePosition> keyPositions,
                           Map<String, String> writtenScalars) {

    /**
     * The scalar at {@code pointer} as its author wrote it: a string's text, a number or boolean as typed
     * ({@code 0755}, not 493; {@code 1.50}, not 1.5; {@code True}), for values that are text to the study
     * (a participant's attributes) though YAML reads them as numbers.
     */
    public String asWritten(String pointer, JsonNode value) {
        return value.isTextual() ? value.textValue() : writtenScalars.getOrDefault(pointer, value.asText());
    }

    /**
     * Where a comment cuts the unquoted one-line string at {@code pointer} short: YAML ends a plain value at a
     * {@code #} after a space ({@code text: so lonely #help} reads "so lonely"), so a quote's {@code #hashtag} would
     * vanish without a word. The position of the {@code #}; empty for a quoted or block value, or one without a comment.
     */
    public java.util.Optional<SourcePosition> commentAfter(String pointer, String value) {
        SourcePosition at = valuePositions.get(pointer);
        if (at == null || value.isEmpty() || at.line() < 1 || at.line() > lines.count()) {
            return java.util.Optional.empty();
        }
        String line = lines.line(at.line());
        int start = at.column() - 1;
        if (start >= line.length() || "\"'|>".indexOf(line.charAt(start)) >= 0 || !line.startsWith(value, start)) {
            return java.util.Optional.empty(); // quoted, a block, or a plain value over several lines
        }
        int after = start + value.length();
        int hash = after;
        while (hash < line.length() && (line.charAt(hash) == ' ' || line.charAt(hash) == '\t')) {
            hash++;
        }
        return hash > after && hash < line.length() && line.charAt(hash) == '#'
                ? java.util.Optional.of(new SourcePosition(path, at.line(), hash + 1)) : java.util.Optional.empty();
    }

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

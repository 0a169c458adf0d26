package weft.model;

import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/** A piece of Markdown with the map back to the file it came from, so that prose diagnostics carry positions. */
public record Text(String content, TextMap map) {

    public SourcePosition positionAt(int offset) {
        return map.at(content, offset);
    }

    public boolean isBlank() {
        return content.isBlank();
    }
}

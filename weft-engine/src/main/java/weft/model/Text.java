package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * A piece of Markdown with the map back to the file it came from, so that prose diagnostics carry positions. A text
 * that includes other files' ({@code {{< include _part.md >}}}) keeps where each included stretch is and what the
 * file as written was, so that a position in it is in the included file, and one after it in the including file.
 *
 * @param content  the text as read (with what it includes)
 * @param map      where the text as written stands in its file
 * @param included the stretches of {@code content} read from other files, in order; empty for a text of one file
 * @param written  the text as its file has it (its includes' lines as written), or {@code content} when it has none
 */
public record Text(String content, TextMap map, List<Included> included, String written) {

    /**
     * A stretch of a text read from another file: where it starts and ends in the text, how long the include line it
     * stands for is, and the included file's own text (which may include others).
     */
    public record Included(int start, int end, int replaced, Text text) {
    }

    public Text {
        included = List.copyOf(included);
    }

    public Text(String content, TextMap map) {
        this(content, map, List.of(), content);
    }

    public SourcePosition positionAt(int offset) {
        int shift = 0;
        for (Included part : included) {
            if (offset < part.start()) {
                break;
            }
            if (offset < part.end()) {
                return part.text().positionAt(offset - part.start());
            }
            shift += part.end() - part.start() - part.replaced();
        }
        return map.at(written, offset - shift);
    }

    /**
     * The same text with other content of the same length where it matters (a label rewritten in place, names replaced),
     * its positions as this one's.
     */
    public Text withContent(String changed) {
        return included.isEmpty() ? new Text(changed, map) : new Text(changed, map, included, written);
    }

    public boolean isBlank() {
        return content.isBlank();
    }
}

package weft.qda;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A code of a REFI-QDA file as written: its GUID, name, whether it can be coded to, its colour and description
 * (empty when absent), its nested codes, where its element starts, and the text of the notes (memos) its
 * {@code NoteRef}s refer to (empty when none; several joined by a blank line).
 */
public record QdaCode(String guid, String name, boolean codable, String color, String description,
                      List<QdaCode> children, SourcePosition position, String memo) {

    public QdaCode(String guid, String name, boolean codable, String color, String description, List<QdaCode> children,
                   SourcePosition position) {
        this(guid, name, codable, color, description, children, position, "");
    }
}

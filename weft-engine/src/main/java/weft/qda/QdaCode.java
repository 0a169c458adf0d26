package weft.qda;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A code of a REFI-QDA file as written: its GUID, name, whether it can be coded to, its colour and description
 * (empty when absent), its nested codes, and where its element starts.
 */
public record QdaCode(String guid, String name, boolean codable, String color, String description,
                      List<QdaCode> children, SourcePosition position) {
}

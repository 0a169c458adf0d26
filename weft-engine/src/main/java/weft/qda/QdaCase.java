package weft.qda;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A case of a REFI-QDA project (a participant, for Weft): its GUID, name, the values of its variables by the variables'
 * names in the order written (as text, as the file writes them), the GUIDs of the sources and selections it refers to
 * (as written, each with where), and where its element starts.
 */
public record QdaCase(String guid, String name, List<Value> values, List<Reference> sources, List<Reference> selections,
                      SourcePosition position) {

    /** A variable's value for the case: the variable's name and the value as written. */
    public record Value(String variable, String value) {
    }

    /** A reference to a source or a selection by GUID, with where it is written. */
    public record Reference(String guid, SourcePosition position) {
    }
}

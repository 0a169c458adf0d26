package weft.qda;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A case of a REFI-QDA project (a participant, for Weft): its GUID, name, the values of its variables by the variables'
 * names in the order written (as text, as the file writes them), the GUIDs of the sources and selections it refers to
 * (as written, each with where), and where its element starts; {@code fromSource}: made by Weft of a source document
 * (weft import --participants sources), not a case of the file.
 */
public record QdaCase(String guid, String name, List<Value> values, List<Reference> sources, List<Reference> selections,
                      SourcePosition position, boolean fromSource) {

    public QdaCase(String guid, String name, List<Value> values, List<Reference> sources, List<Reference> selections,
                   SourcePosition position) {
        this(guid, name, values, sources, selections, position, false);
    }

    /** A variable's value for the case: the variable's name and the value as written. */
    public record Value(String variable, String value) {
    }

    /** A reference to a source or a selection by GUID, with where it is written. */
    public record Reference(String guid, SourcePosition position) {
    }
}

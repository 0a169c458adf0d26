package weft.qda;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A coded text selection of a text source: its GUID, name, start and end as the tool counts them, the GUIDs of the
 * codes of its codings (with each coding's user, by name where the file names the user), and where it is written.
 */
public record QdaSelection(String guid, String name, long start, long end, List<Coding> codings, SourcePosition position) {

    /** A coding: the code it refers to, who made it (empty when the file does not say), where it is written. */
    public record Coding(String codeGuid, String user, SourcePosition position) {
    }
}

package weft.model;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.SourcePosition;

/** A node of the coding frame (main category, category, sub-category ...), with its children in order. */
public record CodeNode(String id, String label, boolean labelReconstructed, String description,
                       Optional<Text> narrative, List<CodeNode> children, SourcePosition position) {

    public boolean isLeaf() {
        return children.isEmpty();
    }
}

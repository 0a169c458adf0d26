package weft.model;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.SourcePosition;

/**
 * A node of the coding frame (main category, category, sub-category ...), with its children in order. A label the
 * source prints cut off is {@code labelTruncated}; {@code incomplete} is the study's reason why the node's evidence
 * is incomplete (empty when it is not), with where it is written; {@code recoded} says how {@code weft import} found the
 * node's coding changed in the QDA tool since its narrative was written (empty when it was not, or once the author has
 * checked the narrative and removed the mark); {@code descriptionDraft} is a description drafted from a QDA tool's memo
 * by {@code weft import} (empty when there is none), which the author reviews and then removes; {@code audience} is who
 * may read the quotes coded to the node or below it (the node itself is in every build); {@code example} names the
 * quote the codebook prints as the node's example, where the author chose one.
 */
public record CodeNode(String id, String label, boolean labelReconstructed, boolean labelTruncated, String description,
                       Optional<Text> narrative, List<CodeNode> children, SourcePosition position, String incomplete,
                       SourcePosition incompleteAt, String recoded, SourcePosition recodedAt, String descriptionDraft,
                       SourcePosition descriptionDraftAt, List<Acknowledgement> privacy, Audience audience,
                       Optional<Ref> example) {

    public CodeNode(String id, String label, boolean labelReconstructed, String description, Optional<Text> narrative,
                    List<CodeNode> children, SourcePosition position) {
        this(id, label, labelReconstructed, false, description, narrative, children, position, "", position, "", position, "", position,
                List.of(), Audience.PUBLIC, Optional.empty());
    }

    /** The node with {@code children} in place of its own. */
    public CodeNode withChildren(List<CodeNode> children) {
        return new CodeNode(id, label, labelReconstructed, labelTruncated, description, narrative, children, position,
                incomplete, incompleteAt, recoded, recodedAt, descriptionDraft, descriptionDraftAt, privacy, audience, example);
    }

    /** The node with {@code narrative} in place of its own (its variables pasted in). */
    public CodeNode withNarrative(Optional<Text> narrative) {
        return new CodeNode(id, label, labelReconstructed, labelTruncated, description, narrative, children, position,
                incomplete, incompleteAt, recoded, recodedAt, descriptionDraft, descriptionDraftAt, privacy, audience, example);
    }

    /** The node with {@code label} in place of its own (as the publication prints it). */
    public CodeNode withLabel(String label) {
        return new CodeNode(id, label, labelReconstructed, labelTruncated, description, narrative, children, position,
                incomplete, incompleteAt, recoded, recodedAt, descriptionDraft, descriptionDraftAt, privacy, audience, example);
    }

    public boolean isIncomplete() {
        return !incomplete.isEmpty();
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /**
     * The label as Weft shows it: a label the source cuts off ({@code labelSource: truncated}) is marked where it is
     * shown, " […]", so that nobody reads it as the whole label, unless it ends in an ellipsis already.
     */
    public static String shown(String written, boolean truncated) {
        return truncated && !written.endsWith("\u2026") && !written.endsWith("[\u2026]") ? written + " [\u2026]" : written;
    }
}

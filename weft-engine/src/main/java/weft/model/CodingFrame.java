package weft.model;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.SourcePosition;

/**
 * The category tree: the names of its levels from the root down, each with its plural where the study gives one
 * (empty where not), where each level is written, and the tree's top-level nodes; {@code exclusive}, where the frame
 * says its nodes exclude each other ({@code exclusive: true}), where it says so.
 */
public record CodingFrame(List<String> levels, List<String> levelPlurals, List<SourcePosition> levelsAt,
                          List<CodeNode> roots, Optional<SourcePosition> exclusive) {

    public CodingFrame(List<String> levels, List<CodeNode> roots) {
        this(levels, levels.stream().map(l -> "").toList(), levels.stream().map(l -> SourcePosition.ofFile("")).toList(), roots,
                Optional.empty());
    }

    /** The same frame with other top-level nodes. */
    public CodingFrame withRoots(List<CodeNode> roots) {
        return new CodingFrame(levels, levelPlurals, levelsAt, roots, exclusive);
    }

    /** The plural the study gives for the level at {@code depth} (1 is the root), empty when it gives none. */
    public String pluralGiven(int depth) {
        return depth >= 1 && depth <= levelPlurals.size() ? levelPlurals.get(depth - 1) : "";
    }
}

package weft.model;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * The category tree: the names of its levels from the root down, each with its plural where the study gives one
 * (empty where not), where each level is written, and the tree's top-level nodes.
 */
public record CodingFrame(List<String> levels, List<String> levelPlurals, List<SourcePosition> levelsAt,
                          List<CodeNode> roots) {

    public CodingFrame(List<String> levels, List<CodeNode> roots) {
        this(levels, levels.stream().map(l -> "").toList(), levels.stream().map(l -> SourcePosition.ofFile("")).toList(), roots);
    }

    /** The plural the study gives for the level at {@code depth} (1 is the root), empty when it gives none. */
    public String pluralGiven(int depth) {
        return depth >= 1 && depth <= levelPlurals.size() ? levelPlurals.get(depth - 1) : "";
    }
}

package weft.model;

import java.util.List;

/** The category tree: the names of its levels from the root down, and its top-level nodes. */
public record CodingFrame(List<String> levels, List<CodeNode> roots) {
}

package weft.render.figure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leaves a tree figure draws (nodes without children, and the nodes of the last level drawn), numbered from the
 * top, and the parts of the tree that runs of them make: the figure's pages when it is printed in parts.
 */
final class Leaves {

    /** The leaves below a node: from {@code first} to before {@code end}; {@code leaf} when it is one itself. */
    private record Span(int first, int end, boolean leaf) {
    }

    private final Map<TreeNode, Span> spans = new IdentityHashMap<>();
    /** For each leaf, the highest level (the least depth) of the nodes whose first leaf it is. */
    private final List<Integer> startDepth = new ArrayList<>();
    private final int levels;

    private Leaves(int levels) {
        this.levels = levels;
    }

    /** The leaves of a tree drawn to {@code levels} levels. */
    static Leaves of(List<TreeNode> roots, int levels) {
        Leaves leaves = new Leaves(levels);
        roots.forEach(root -> leaves.visit(root, 0));
        return leaves;
    }

    int count() {
        return startDepth.size();
    }

    private void visit(TreeNode node, int depth) {
        int first = count();
        boolean leaf = node.children().isEmpty() || depth + 1 >= levels;
        if (leaf) {
            startDepth.add(depth);
        } else {
            node.children().forEach(child -> visit(child, depth + 1));
            startDepth.set(first, Math.min(startDepth.get(first), depth));
        }
        spans.put(node, new Span(first, count(), leaf));
    }

    /**
     * The part of the tree that holds the leaves from {@code from} to before {@code to} and their ancestors; an
     * ancestor with leaves before {@code from} has {@code continued} after its label, as it was drawn before.
     */
    List<TreeNode> part(List<TreeNode> nodes, int from, int to, String continued) {
        List<TreeNode> out = new ArrayList<>();
        for (TreeNode node : nodes) {
            Span span = spans.get(node);
            if (span.end() <= from || span.first() >= to) {
                continue;
            }
            if (span.leaf()) {
                out.add(node);
            } else {
                String label = span.first() < from ? node.label() + " " + continued : node.label();
                out.add(new TreeNode(label, node.number(), node.badge(), node.detail(), node.italic(),
                        part(node.children(), from, to, continued)));
            }
        }
        return out;
    }

    /**
     * Where a part from leaf {@code from} that could hold the leaves before {@code to} ends best: before the leaf where
     * the highest level begins (the nearest such to {@code to}), keeping at least half of those leaves.
     */
    int bestEnd(int from, int to) {
        int best = to;
        for (int k = to - 1; k >= from + (to - from + 1) / 2; k--) {
            if (startDepth.get(k) < startDepth.get(best)) {
                best = k;
            }
        }
        return best;
    }
}

package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.Suggestions;
import weft.model.CodeNode;

/**
 * A coding frame's further parts ({@code coding-frame-2.yaml}, {@code coding-frame-3.yaml} …, of a frame larger than
 * the build reads from one file) joined to the nodes of {@code coding-frame.yaml}: each part's nodes appended, in the
 * parts' order, to the children of the node its {@code under} names (of coding-frame.yaml or of an earlier part), or
 * without {@code under} to the top level. The joined tree is the frame: its nodes keep the positions of their own files.
 */
final class FrameParts {

    private FrameParts() {
    }

    /**
     * {@code roots} with every part's nodes ({@code nodesOf} a part) joined; empty when a part's {@code under} names no
     * node before it, its nodes would lie deeper than a coding frame may, or it is not {@code valid} (its schema), each
     * reported at the part. A part's depth is checked before its schema, which walks it.
     */
    static Optional<List<CodeNode>> join(List<CodeNode> roots, List<YamlDocument> parts, Predicate<YamlDocument> valid,
                                         Function<YamlDocument, List<CodeNode>> nodesOf, Diagnostics diagnostics) {
        List<CodeNode> joined = roots;
        boolean ok = true;
        for (YamlDocument part : parts) {
            JsonNode named = part.root().path("under");
            String under = named.isTextual() ? named.asText() : ""; // anything else is the schema's to report
            int depth = 1;
            if (!under.isEmpty()) {
                int parent = depthOf(joined, under, 1);
                if (parent == 0) {
                    diagnostics.error(part.positionOf("/under"), "no node '" + under + "' before this part: 'under' names a"
                            + " node of " + ProjectFiles.CODING_FRAME + " or of an earlier part, whose children the part's"
                            + " nodes continue" + Suggestions.didYouMean(under, labels(joined, new LinkedHashMap<>())));
                    ok = false;
                    under = ""; // its nodes joined at the top all the same, so that a later part under one is not an error too
                } else {
                    depth = parent + 1;
                }
            }
            if (!FrameDepth.check(part, depth, diagnostics) || !valid.test(part)) {
                ok = false;
                continue;
            }
            List<CodeNode> nodes = nodesOf.apply(part);
            if (under.isEmpty()) {
                List<CodeNode> all = new ArrayList<>(joined);
                all.addAll(nodes);
                joined = List.copyOf(all);
            } else {
                joined = appended(joined, under, nodes);
            }
        }
        return ok ? Optional.of(joined) : Optional.empty();
    }

    /** The depth (from 1) of the first node with {@code id}, depth first in the tree's order; 0 when there is none. */
    /** The ids of {@code nodes} and all below them, in tree order, each with its label. */
    private static Map<String, String> labels(List<CodeNode> nodes, Map<String, String> into) {
        for (CodeNode node : nodes) {
            into.putIfAbsent(node.id(), node.label());
            labels(node.children(), into);
        }
        return into;
    }

    private static int depthOf(List<CodeNode> nodes, String id, int depth) {
        for (CodeNode node : nodes) {
            if (node.id().equals(id)) {
                return depth;
            }
            int below = depthOf(node.children(), id, depth + 1);
            if (below > 0) {
                return below;
            }
        }
        return 0;
    }

    /** {@code nodes} with {@code more} appended to the children of the first node with {@code id} (which there is). */
    private static List<CodeNode> appended(List<CodeNode> nodes, String id, List<CodeNode> more) {
        List<CodeNode> out = new ArrayList<>(nodes.size());
        boolean done = false;
        for (CodeNode node : nodes) {
            if (done) {
                out.add(node);
            } else if (node.id().equals(id)) {
                List<CodeNode> children = new ArrayList<>(node.children());
                children.addAll(more);
                out.add(node.withChildren(List.copyOf(children)));
                done = true;
            } else if (depthOf(node.children(), id, 1) > 0) {
                out.add(node.withChildren(appended(node.children(), id, more)));
                done = true;
            } else {
                out.add(node);
            }
        }
        return List.copyOf(out);
    }
}

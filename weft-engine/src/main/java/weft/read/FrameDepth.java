package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import weft.diagnostics.Diagnostics;

/** Refuses a coding frame deeper than {@link #MAX_DEPTH} levels, at its first node too deep, before anything walks it. */
final class FrameDepth {

    /** The deepest level a coding frame may have. */
    static final int MAX_DEPTH = 64;

    private record Pending(JsonNode nodes, String pointer, int depth) {
    }

    private FrameDepth() {
    }

    /** Reports each node at depth {@code MAX_DEPTH + 1} (not the ones below it); false when there was one. */
    static boolean check(YamlDocument frame, Diagnostics diagnostics) {
        return check(frame, 1, diagnostics);
    }

    /** As {@link #check(YamlDocument, Diagnostics)}, the document's top-level nodes at depth {@code depth}. */
    static boolean check(YamlDocument frame, int depth, Diagnostics diagnostics) {
        boolean ok = true;
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(frame.root().path("nodes"), "/nodes", depth));
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            for (int i = 0; i < p.nodes().size(); i++) {
                JsonNode node = p.nodes().get(i);
                String at = p.pointer() + "/" + i;
                if (p.depth() > MAX_DEPTH) {
                    diagnostics.error(frame.positionOf(at + "/id"), "node '" + node.path("id").asText() + "' is at depth "
                            + p.depth() + ": a coding frame can have at most " + MAX_DEPTH + " levels");
                    ok = false;
                } else if (node.path("children").isArray()) {
                    pending.push(new Pending(node.path("children"), at + "/children", p.depth() + 1));
                }
            }
        }
        return ok;
    }
}

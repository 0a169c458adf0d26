package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported coding frame in parts the build reads ({@link ImportParts#FRAME}): {@code coding-frame.yaml} with the
 * levels and the first nodes, then {@code coding-frame-2.yaml} … each with more nodes, continuing the children of the
 * node its {@code under} names or, without it, the top level (see {@code weft.read.FrameParts}). A node goes whole into
 * a part where it fits; a node too large for any part goes without its children, which follow in parts under it. The
 * tree read back from the parts is the tree split, node for node and in the same order.
 */
final class FrameSplit {

    /** A part being filled: the node whose children it continues ("" for the top level), its nodes, its size. */
    private static final class Part {
        final String under;
        final ArrayNode nodes = QdaYaml.MAPPER.createArrayNode();
        long bytes;

        Part(String under, long bytes) {
            this.under = under;
            this.bytes = bytes;
        }
    }

    private final List<Part> parts = new ArrayList<>();

    private FrameSplit() {
    }

    /**
     * The frame's YAML text in parts, by project path in order: as it is when it fits one file; else the first part with
     * the comments the text begins with and the levels, and the further parts.
     */
    static Map<String, String> split(String yaml, ImportParts files) {
        Map<String, String> out = new LinkedHashMap<>();
        if (utf8(yaml) <= ImportParts.PART_BYTES) {
            out.put(files.path(1), yaml);
            return out;
        }
        ObjectNode frame;
        try {
            frame = (ObjectNode) QdaYaml.MAPPER.readTree(yaml);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("an import writes its coding frame as a YAML mapping", e);
        }
        ObjectNode head = frame.deepCopy();
        head.remove("nodes");
        String comments = yaml.lines().takeWhile(l -> l.startsWith("#")).map(l -> l + "\n").reduce("", String::concat);
        FrameSplit split = new FrameSplit();
        split.parts.add(new Part("", utf8(comments + write(head))));
        for (JsonNode node : frame.path("nodes")) {
            split.place(node, "");
        }
        for (int i = 0; i < split.parts.size(); i++) {
            Part part = split.parts.get(i);
            if (i == 0) {
                ObjectNode first = head.deepCopy();
                first.set("nodes", part.nodes);
                out.put(files.path(1), comments + write(first));
            } else {
                ObjectNode more = QdaYaml.MAPPER.createObjectNode();
                if (!part.under.isEmpty()) {
                    more.put("under", part.under);
                }
                more.set("nodes", part.nodes);
                out.put(files.path(i + 1), header(i + 1, part.under) + write(more));
            }
        }
        return out;
    }

    /** Places {@code node}, a child of {@code parent} ("" at the top level), in the last part or a new one. */
    private void place(JsonNode node, String parent) {
        long size = size(node);
        Part last = parts.get(parts.size() - 1);
        if (last.under.equals(parent) && last.bytes + size <= ImportParts.PART_BYTES) {
            add(last, node, size);
            return;
        }
        Part fresh = new Part(parent, utf8(header(parts.size() + 1, parent)) + "under: \n".length() + parent.length());
        if (fresh.bytes + size <= ImportParts.PART_BYTES) {
            parts.add(fresh);
            add(fresh, node, size);
            return;
        }
        // too large for any part: the node here without its children, which continue in parts under it
        ObjectNode alone = ((ObjectNode) node).deepCopy();
        alone.remove("children");
        long aloneSize = size(alone);
        if (!last.under.equals(parent) || last.bytes + aloneSize > ImportParts.PART_BYTES) {
            parts.add(fresh);
            last = fresh;
        }
        add(last, alone, aloneSize);
        for (JsonNode child : node.path("children")) {
            place(child, node.path("id").asText());
        }
    }

    private static void add(Part part, JsonNode node, long size) {
        part.nodes.add(node);
        part.bytes += size;
    }

    /** How a further part begins: the header by which an import knows it as its own, and what the part continues. */
    private static String header(int n, String under) {
        return ImportParts.HEADER + ": part " + n + " of the coding frame (coding-frame.yaml holds the first, with the"
                + " levels; an import reads and writes them all).\n# Its nodes continue " + (under.isEmpty()
                ? "the top level of the tree." : "the children of '" + under + "'.") + "\n";
    }

    /** The bytes a node takes as an item of a part's top-level list of nodes. */
    private static long size(JsonNode node) {
        ObjectNode list = QdaYaml.MAPPER.createObjectNode();
        list.putArray("nodes").add(node);
        return utf8(write(list)) - "nodes:\n".length();
    }

    private static String write(JsonNode node) {
        try {
            return QdaYaml.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML always serialises", e);
        }
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

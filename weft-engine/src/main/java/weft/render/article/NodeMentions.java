package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the prose names each node with {@code {{node:ID}}}: one anchor per mention, in reading order, so that
 * the evidence page of a node can link to every place the article discusses it. One per build.
 */
public final class NodeMentions {

    /**
     * One mention.
     *
     * @param anchor    the id of the mention's link in the article
     * @param placeNode the node whose narrative holds the mention, or null
     * @param sectionId the section whose prose holds it
     */
    public record Mention(String nodeId, String anchor, String placeNode, String sectionId) {
    }

    private final Map<String, List<Mention>> byNode = new LinkedHashMap<>();

    /** Records a mention of {@code nodeId}; returns the anchor its link carries. */
    String record(String nodeId, String placeNode, String sectionId) {
        List<Mention> list = byNode.computeIfAbsent(nodeId, k -> new ArrayList<>());
        String anchor = "mention-" + nodeId + "-" + (list.size() + 1);
        list.add(new Mention(nodeId, anchor, placeNode, sectionId));
        return anchor;
    }

    /** The mentions of a node in reading order. */
    public List<Mention> of(String nodeId) {
        return List.copyOf(byNode.getOrDefault(nodeId, List.of()));
    }
}

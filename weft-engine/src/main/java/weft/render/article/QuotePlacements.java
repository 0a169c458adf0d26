package weft.render.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import weft.render.html.ArticleAnchors;

/**
 * Where the article presents each quote: the anchor of its first placement and the node or section whose
 * text places it. One per build, filled while the article is rendered in reading order.
 */
public final class QuotePlacements {

    /** The first place a quote is presented: the node whose narrative holds it, or else the section. */
    public record Placement(String quoteId, String anchor, String nodeId, String sectionId) {
    }

    private final Map<String, Placement> first = new LinkedHashMap<>();
    /** The extract each quote is at its first placement ("Extract 1"), where the study numbers them. */
    private final Map<String, String> extracts = new LinkedHashMap<>();

    /** Records a placement; true when it is the quote's first, which carries the anchor. */
    boolean place(String quoteId, String nodeId, String sectionId) {
        return first.putIfAbsent(quoteId, new Placement(quoteId, ArticleAnchors.quoteAnchor(quoteId), nodeId, sectionId)) == null;
    }

    public boolean isPlaced(String quoteId) {
        return first.containsKey(quoteId);
    }

    public Optional<Placement> of(String quoteId) {
        return Optional.ofNullable(first.get(quoteId));
    }

    /** Records that the quote's first placement is numbered as the extract {@code label}. */
    void numbered(String quoteId, String label) {
        extracts.putIfAbsent(quoteId, label);
    }

    /** The extract the quote is at its first placement ("Extract 1"); empty where extracts are not numbered. */
    public Optional<String> extract(String quoteId) {
        return Optional.ofNullable(extracts.get(quoteId));
    }

    public Map<String, Placement> all() {
        return java.util.Collections.unmodifiableMap(first);
    }
}

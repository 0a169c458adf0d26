package weft.render;

/** The URL scheme of the publication, in one place: the article, its anchors and the evidence pages. */
public final class Links {

    public static final String ARTICLE = "index.html";

    public static String nodeAnchor(String nodeId) {
        return "node-" + nodeId;
    }

    public static String quoteAnchor(String quoteId) {
        return "quote-" + quoteId;
    }

    public static String sectionAnchor(String sectionId) {
        return "sec-" + sectionId;
    }

    /** The evidence page of a node, relative to the publication root. */
    public static String nodePage(String nodeId) {
        return "evidence/nodes/" + nodeId + ".html";
    }

    /** The evidence entry of a quote, relative to the publication root. */
    public static String quotePage(String quoteId) {
        return "evidence/quotes/" + quoteId + ".html";
    }

    private Links() {
    }
}

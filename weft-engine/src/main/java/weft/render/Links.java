package weft.render;

/** The URL scheme of the publication, in one place: the article, its anchors and the evidence pages. */
public final class Links {

    public static final String ARTICLE = "index.html";

    /** The overview of the evidence: the coding frame, the corpus facts and the search. */
    public static final String EVIDENCE = "evidence/index.html";

    /** The generated figure of the coding frame, and its table. */
    public static final String CODING_FRAME_FIGURE = "fig-coding-frame";
    public static final String CODING_FRAME_TABLE = "tab-coding-frame";

    public static String nodeAnchor(String nodeId) {
        return "node-" + nodeId;
    }

    public static String quoteAnchor(String quoteId) {
        return "quote-" + quoteId;
    }

    public static String sectionAnchor(String sectionId) {
        return "sec-" + sectionId;
    }

    /** The entry of a work in the reference list (in-text citations link here). */
    public static String referenceAnchor(String key) {
        return "ref-" + key;
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

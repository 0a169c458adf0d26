package weft.render.html;

/** The anchors of the article, in one place (the names of the publication's files are in {@link weft.publish.OutputNames}). */
public final class ArticleAnchors {

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

    /**
     * The entry of a work in the reference list (in-text citations link here): {@code ref-} and its key, a space in a
     * key (one written in braces, {@code @{Doe 2022}}) as {@code _}, as an HTML id has none.
     */
    public static String referenceAnchor(String key) {
        return "ref-" + key.replaceAll("\\s", "_");
    }

    private ArticleAnchors() {
    }
}

package weft.publish;

/** The names of the publication's files, relative to its root, in one place: every stage and the site link to these. */
public final class OutputNames {

    /** The article as HTML. */
    public static final String ARTICLE = "index.html";

    /** The article as PDF. */
    public static final String PDF = "article.pdf";

    /** Every input of the build with its SHA-256, and the versions of the tools. */
    public static final String MANIFEST = "manifest.json";

    /** The article's stylesheets and scripts (the names of the templates' assets follow). */
    public static final String ASSETS = "assets/";

    /** The overview of the evidence: the coding frame, the corpus facts and the search. */
    public static final String EVIDENCE = "evidence/index.html";

    /** The evidence site's stylesheets and scripts. */
    public static final String EVIDENCE_ASSETS = "evidence/assets/";

    /** The agreement between coders, written only where the quotes' codings name two coders or more. */
    public static final String AGREEMENT = "evidence/agreement.html";
    /** Each participant's quotes by node, written only where the study declares participants. */
    public static final String PARTICIPANTS_BY_NODE = "evidence/participants-by-node.html";
    /** The nodes that share quotes, pair by pair. */
    public static final String SHARED_QUOTES = "evidence/shared-quotes.html";
    /** The abstraction: every quote with a reduced expression and its categories, where any quote has one. */
    public static final String ABSTRACTION = "evidence/abstraction.html";
    /** The "Changes in the coding" page, in a build that compares with a revision. */
    public static final String CHANGES = "evidence/changes.html";

    /** The filled reporting checklist, written only where the study has coded-data/checklist.yaml. */
    public static final String CHECKLIST = "evidence/checklist.html";

    /** The filled reporting checklist as a PDF of its own. */
    public static final String CHECKLIST_PDF = "checklist.pdf";
    /** The evidence as one PDF, for a journal's supplementary material (written on request: presentation.evidencePdf). */
    public static final String EVIDENCE_PDF = "evidence.pdf";

    /** The search index of the evidence site. */
    /** The manuscript as a Word document, for a journal's submission system. */
    public static final String DOCX = "article.docx";
    /** The title page apart, for a journal's double-anonymous review (written on request: presentation.titlePage). */
    public static final String TITLE_PAGE = "title-page.docx";

    /** The article as JATS XML (Journal Publishing 1.3), and the file of its figure's graphic. */
    public static final String JATS = "article.jats.xml";

    /** The article's formats, path to media type, in the order the article page lists them. */
    public static java.util.Map<String, String> formats(boolean docx) {
        java.util.Map<String, String> formats = new java.util.LinkedHashMap<>();
        formats.put(ARTICLE, "text/html");
        formats.put(PDF, "application/pdf");
        if (docx) {
            formats.put(DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        formats.put(JATS, "application/jats+xml");
        return formats;
    }

    public static String jatsGraphic(String figureId) {
        return "article." + figureId + ".svg";
    }

    /** Whether {@code path} names a graphic of the JATS. */
    public static boolean isJatsGraphic(String path) {
        return path.startsWith("article.") && path.endsWith(".svg") && path.indexOf('/') < 0;
    }

    public static final String SEARCH_INDEX = "evidence/search-index.js";
    /** The evidence as a spreadsheet: a row per coding of a quote. */
    public static final String EVIDENCE_SHEET = "evidence/quotes.csv";

    /** The evidence page of a node. */
    public static String nodePage(String nodeId) {
        return "evidence/nodes/" + nodeId + ".html";
    }

    /** The evidence entry of a quote. */
    public static String quotePage(String quoteId) {
        return "evidence/quotes/" + quoteId + ".html";
    }

    /** The evidence page of a participant, written only where the study turns participant pages on. */
    public static String participantPage(String participantId) {
        return "evidence/participants/" + participantId + ".html";
    }

    private OutputNames() {
    }
}

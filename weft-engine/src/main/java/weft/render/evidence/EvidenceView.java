package weft.render.evidence;

import java.util.List;

/**
 * What the evidence templates show, and nothing else: plain values and lists, no markup, so that every
 * value (quote text above all) is escaped by the templates. Every href is relative to the page showing it.
 * Public because the template layer reads the records reflectively.
 */
public final class EvidenceView {

    /**
     * What every evidence page shares.
     *
     * @param pageTitle   the document title
     * @param home        href of the overview
     * @param article     href of the article
     * @param assets      href prefix of the evidence assets
     * @param breadcrumbs from the overview down to the current page (whose href is null)
     * @param searchForm  whether the header carries a search form (every page but the overview)
     * @param scripts     hrefs of the scripts the page loads, in order
     * @param buildNote   what the build says of itself (withheld quotes, or not for publication); empty for none
     * @param changes     the "Changes in the coding" page, when the build compares with a revision; else null
     * @param changed     this page's "changed since" mark, linked to its place on the changes page; else null
     */
    public record Frame(String lang, String pageTitle, String studyTitle, String home, String article, String assets,
                        String contentNote, List<Link> breadcrumbs, boolean searchForm, boolean overview,
                        List<String> scripts, String buildNote, Link changes, Link changed) {
    }

    /** A link to a node or a quote: its number as in the article (may be empty) and its label. */
    public record Link(String href, String number, String label) {
    }

    /** A labelled fact; {@code href} is null unless the value is a web address. */
    public record Fact(String label, String value, String href) {
    }

    /**
     * A place in the article.
     *
     * @param label  the numbered heading it lies under ("3.5 Poor family dynamics") or the section's title
     * @param detail the unnumbered node whose paragraph holds it, or empty
     * @param kind   what is there: heading, paragraph, mention or quote
     * @param formats where the web page leaves it out, the formats that have it ("PDF, Word only"; the href then links
     *                the first one's file, or is empty); else empty
     */
    public record Place(String href, String label, String detail, String kind, String formats) {
    }

    /**
     * The overview.
     *
     * @param results   the article's results section, whose numbering the tree follows; null without one
     * @param openDepth the tree shows nodes down to this depth until the reader opens more
 * @param participants a link to each participant's page (label: how they are cited, number: their quote count),
 *                  empty unless the study turns participant pages on
     * @param evidencePdf href of the evidence as one PDF, or null when the study does not ask for it
     */
    public record Overview(Frame frame, Place results, List<Fact> corpus, List<Fact> figures, List<TreeNode> tree,
                           int openDepth, List<Link> participants, AgreementSummary agreement, Link checklist, String sheet,
                           Link byNode, SharedSummary shared, String evidencePdf, Link abstraction) {
    }

    /**
     * The overview's word on the nodes that share quotes: how many quotes are coded to two nodes or more, and the link to
     * the page that pairs them (null where no two nodes share a quote, which {@code text} then says).
     */
    public record SharedSummary(String text, Link page) {
    }

    /**
     * The abstraction: the level names of the node columns, from the lowest up, and a row for each quote with a reduced
     * expression and each node it is coded to, in the tree's order.
     */
    public record AbstractionTable(Frame frame, List<String> levels, List<AbstractionRow> rows) {
    }

    /**
     * A row of the abstraction: the quote's page, its words (its lines run in), its reduced expression, and its node and
     * those above it up to the top (an empty link, no href and no label, under a level the node is above); {@code
     * anchors} the ids of the nodes whose rows begin here, which their pages link to.
     */
    public record AbstractionRow(Link quote, String text, String reduced, List<Link> nodes, List<String> anchors) {
    }

    /** The nodes that share quotes: a row for each pair, the most shared first. */
    public record SharedQuotesPage(Frame frame, String summary, List<SharedRow> rows) {
    }

    /**
     * Two nodes that share quotes: the row's anchor, the nodes (linked to their pages), how many quotes they share (as a
     * number), the quotes this build shows (each linked to its entry; its label the quote's id) and how many more are
     * withheld from it (empty for none).
     */
    public record SharedRow(String id, Link first, Link second, String count, List<Link> quotes, String withheld) {
    }

    /** On a node's page, a node it shares quotes with: linked to its page, how many, and the pair's row ({@code pair}). */
    public record SharedWith(Link node, int count, String pair) {
    }

    /**
     * Each participant's quotes by node: a column per participant, a row per node, the counts of the analysis; for a
     * study of more participants than columns can show (a survey), {@code participants} and {@code rows} are empty and
     * {@code spread} holds each node's spread over them instead, introduced by {@code spreadLede}; {@code
     * attributesOmitted} names the attributes of too many values to table (null for none).
     */
    public record ParticipantsByNodePage(Frame frame, List<Link> participants, List<ParticipantsByNodeRow> rows,
                                         String spreadLede, List<String> spreadColumns, List<ParticipantsByNodeRow> spread,
                                         List<AttributeTable> attributes, String attributesOmitted) {
    }

    /**
     * The nodes against one attribute of the participants: its heading and anchor, a column per value (with how many
     * participants have it), each cell how many participants of that value have quotes under the node.
     */
    public record AttributeTable(String id, String title, List<String> columns, List<ParticipantsByNodeRow> rows) {
    }

    /** A node's row: for each participant, in the columns' order, how many of their quotes it holds ("" for none). */
    public record ParticipantsByNodeRow(Link node, int depth, List<String> cells) {
    }

    /** The overview's pointer to the agreement page: the page, the coders, the overall alpha (may be empty). */
    public record AgreementSummary(String href, List<String> coders, String alpha) {
    }

    /**
     * The agreement between coders, overall and per node.
     *
     * @param cohen whether there are two coders (Cohen's kappa is shown only then)
     */
    public record AgreementPage(Frame frame, List<String> coders, boolean cohen, AgreementRow overall,
                                List<AgreementRow> nodes) {
    }

    /**
     * One row of the agreement table: the node (null for the overall row), its units and the measures as printed (a
     * dash where a measure is not defined).
     */
    public record AgreementRow(Link node, int units, int complete, String percent, String cohen, String fleiss,
                               String alpha) {
    }

    /** A node of the overview's tree with its counts: quotes coded to it, and to it and its descendants. */
    public record TreeNode(String id, String number, String label, String href, String levelName, int depth,
                           int direct, int total, List<TreeNode> children) {
    }

    public record NodePage(Frame frame, String id, String number, String label, String levelName,
                           boolean reconstructed, String description, String incomplete, int direct, int total,
                           int withheld, String voices, List<Place> inArticle, List<TreeNode> children,
                           List<SharedWith> sharedWith, List<QuoteGroup> groups, Link abstraction) {
    }

    /**
     * Quotes of a node page: those coded to the node itself ({@code child} null), or those under one child;
     * {@code id} is the HTML id of the group.
     */
    public record QuoteGroup(String id, Link child, List<QuoteItem> quotes) {
    }

    /**
     * A quote on a node or participant page; {@code presented} is null for evidence-only quotes, {@code participant}
     * (how the participant is cited, linked to their page where there is one) is null when the quote names none;
     * {@code lines} is the text as its lines break (a dialogue's turns: see {@link weft.model.QuoteLines}); {@code marked}
     * the same with the words the article prints of it marked, null where it prints the whole (or the text is the excerpt);
     * {@code reduced} the analyst's reduced expression of it, null where it has none (or the text is the excerpt).
     */
    public record QuoteItem(String id, String text, List<String> lines, String href, Place presented,
                            Link participant, List<List<weft.model.QuoteLines.Run>> marked, String reduced) {
    }

    /**
     * The entry of one quote.
     *
     * @param translatedFrom the name of the language the text was translated from, or empty
     * @param presented      where the article presents it; null when it is evidence only
 * @param participant    who said it; null when the quote names no participant
     * @param lines          the text as its lines break (see {@link weft.model.QuoteLines})
     * @param excerpt        the lines of the excerpt the article prints where the author cut the quote; null when none, or
     *                       when the text shown is the excerpt
     * @param shownAsExcerpt where the build shows the excerpt in place of a whole text for a narrower audience, the
     *                       sentence that says so; else null
     * @param marked         where the article prints an excerpt, the text's lines as runs, the excerpt's words marked;
     *                       else null
     * @param reduced        the analyst's reduction of the quote (a reduced expression); null where it has none, or where
     *                       the text shown is the excerpt (the reduction tells the whole)
     */
    public record QuotePage(Frame frame, String id, String text, List<String> lines, String translatedFrom, Original original,
                            String reduced, List<List<Link>> codes, Source source, Place presented, Neighbours neighbours,
                            ParticipantFacts participant, List<HistoryStep> history, List<String> excerpt,
                            String shownAsExcerpt, List<List<weft.model.QuoteLines.Run>> marked) {
    }

    /**
     * The quote at one tagged version of the study, for its coding history: the version and its date, and the nodes
     * it was coded to then (each linked where the node still exists); {@code present} false when the quote was not in
     * that version.
     */
    public record HistoryStep(String version, String date, boolean present, List<Link> nodes) {
    }

    /**
     * The "Changes in the coding" page: since which revision, a one-line summary, and each kind of change;
     * {@code participantsHeading} heads the counts' columns of participants, empty where neither version declares any.
     */
    public record ChangesPage(Frame frame, String since, String summary, List<ChangeItem> quotes, List<ChangeItem> nodes,
                              List<CountRow> counts, SharedChanges shared, List<ChangeItem> presented,
                              List<TextChangeView> texts, List<ChangeItem> participants, String participantsHeading) {
    }

    /**
     * The nodes that share quotes, compared: how many quotes were and are coded to two nodes or more, and each pair whose
     * shared quotes changed in number (its nodes linked to their pages where they still exist).
     */
    public record SharedChanges(String summary, List<SharedCountRow> pairs) {
    }

    /** A pair of nodes and the quotes they shared before and share now. */
    public record SharedCountRow(Link first, Link second, int before, int after) {
    }

    /**
     * One change: its anchor on the page, what changed (linked to its page where it still exists), a phrase saying
     * how, and the nodes before and after (for moves, merges and splits; the participants, for a quote re-attributed),
     * each linked where it exists, with the words that lead to them ("from"; "to", "into"); the words changed, shown in
     * quotation marks where they are a participant's ({@code quoted}), not where they are the analyst's (a reduction).
     */
    public record ChangeItem(String anchor, Link subject, String kind, String detail, String fromWord, List<Link> from,
                             String toWord, List<Link> to, List<DiffSegment> words, boolean quoted) {

        public ChangeItem(String anchor, Link subject, String kind, String detail, String fromWord, List<Link> from,
                          String toWord, List<Link> to, List<DiffSegment> words) {
            this(anchor, subject, kind, detail, fromWord, from, toWord, to, words, true);
        }
    }

    /** A node's number of quotes before and after, and of the participants they come from. */
    public record CountRow(Link node, int before, int after, int participantsBefore, int participantsAfter) {
    }

    /** The changed sentences of a narrative, each a word diff. */
    public record TextChangeView(String anchor, Link node, List<List<DiffSegment>> sentences) {
    }

    /** A stretch of a word diff: kind same, removed or added. */
    public record DiffSegment(String kind, String text) {
    }

    /**
     * Who said a quote: how they are cited (linked to their page where the study has participant pages, else
     * {@code href} null), whether a group spoke, and their attributes.
     */
    public record ParticipantFacts(String citedAs, String href, boolean group, List<Fact> attributes) {
    }

    /** The page of one participant: their facts and every quote attributed to them, in data order. */
    /**
     * A participant's page: {@code quotes} those the build publishes; {@code total} all of theirs in the analysis,
     * {@code withheld} of which the build leaves out for privacy.
     */
    public record ParticipantPage(Frame frame, String id, ParticipantFacts participant, List<QuoteItem> quotes, int total,
                                  int withheld) {
    }

    /** A quote's original wording, with its lines as they break. */
    public record Original(String text, List<String> lines, String lang, String languageName,
                           List<List<weft.model.QuoteLines.Run>> marked) {

        /** The original without marks. */
        public Original(String text, List<String> lines, String lang, String languageName) {
            this(text, lines, lang, languageName, null);
        }
    }

    /** The quote's source: the recorded facts, or the plain statement why there are none. */
    public record Source(boolean recorded, String note, List<Fact> facts) {
    }

    /** The quote's place among the quotes of its first node, in data order. */
    public record Neighbours(Link node, int position, int count, QuoteLink previous, QuoteLink next) {
    }

    public record QuoteLink(String href, String excerpt) {
    }

    /**
     * The evidence as one PDF ({@code evidence.pdf}), for a journal's supplementary material: the study's title, what
     * the build says of itself, the content note, and every node in tree order with its quotes; its links lead within
     * the PDF. {@code changes}: what changed in the coding since the revision the build compares with, as the Changes
     * page gives it (its links are not followed in the PDF); null when the build compares with none. {@code agreement}:
     * the agreement between coders as its page gives it, null where the codings do not name two coders or more.
     */
    public record PrintPage(String lang, String studyTitle, String buildNote, String contentNote, List<PrintNode> nodes,
                            AgreementPage agreement, SharedQuotesPage shared, AbstractionTable abstraction, ChangesPage changes) {
    }

    /**
     * A node of the evidence PDF: its anchor in the PDF, number and label as in the article, its level, depth (1 for a
     * root), facts and counts as its evidence page gives them, and the quotes coded to it itself.
     */
    public record PrintNode(String anchor, String number, String label, String levelName, int depth, boolean reconstructed,
                            String description, String incomplete, int direct, int total, int withheld, String voices,
                            List<PrintPlace> inArticle, List<PrintQuote> quotes) {
    }

    /**
     * A place in the article, for the evidence PDF: as its evidence page names it ({@code label}, {@code detail},
     * {@code kind}: heading, paragraph or mention), with the page of article.pdf it begins on (empty when not known), and
     * where the web page leaves it out, the formats that have it ({@code formats}, as {@link Place}'s).
     */
    public record PrintPlace(String label, String detail, String kind, String page, String formats) {
    }

    /**
     * A quote under a node of the evidence PDF: its anchor there, id, text as its lines break, the language it was
     * translated from (empty for none) and its original wording (null when the data has none), the analyst's reduction of
     * it (null for none, as the web page's), how its participant is
     * cited (empty for none) and their attributes, where the article presents it (null when it is evidence only), every node it is coded to
     * (each linked within the PDF) and its source.
     */
    public record PrintQuote(String anchor, String id, List<String> lines, String translatedFrom, Original original,
                             String reduced, String participant, List<Fact> attributes, PrintPlace presented, List<Link> codes,
                             Source source, String excerpt, String shownAsExcerpt) {
    }

    private EvidenceView() {
    }
}

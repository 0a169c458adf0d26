package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import weft.diff.CodingDiff;
import weft.diff.CodingDiff.NodeChange;
import weft.diff.CodingDiff.QuoteChange;
import weft.diff.CodingDiff.QuoteKind;
import weft.diff.ReviewChanges;
import weft.diff.TextDiff;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.ChangeItem;
import weft.render.evidence.EvidenceView.CountRow;
import weft.render.evidence.EvidenceView.DiffSegment;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.TextChangeView;

/**
 * The "Changes in the coding" page of a build that compares with a revision: every change of {@link CodingDiff}
 * that the evidence shows (quotes, nodes, counts, what the article presents, the narratives' sentences), each quote
 * and node linked to its page where it still exists. Prose changes are left to {@code weft diff}: the article is not
 * the evidence.
 */
final class ChangesPage {

    private static final String PAGE = OutputNames.CHANGES;

    private final Evidence evidence;
    private final ReviewChanges review;

    ChangesPage(Evidence evidence, ReviewChanges review) {
        this.evidence = evidence;
        this.review = review;
    }

    static String nodeAnchor(String id) {
        return "node-" + id;
    }

    static String quoteAnchor(String id) {
        return "quote-" + id;
    }

    static String countsAnchor() {
        return "counts";
    }

    static String presentedAnchor() {
        return "presented";
    }

    EvidenceView.ChangesPage view() {
        CodingDiff diff = review.diff();
        String title = evidence.words.get("changesTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(PAGE, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        List<ChangeItem> quotes = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>(); // a quote moved and re-worded: one anchor, on the first
        for (QuoteChange q : diff.quotes()) {
            quotes.add(new ChangeItem(anchored.add(q.id()) ? quoteAnchor(q.id()) : "", quote(q.id()), evidence.words.get("change.quote." + q.kind()),
                    q.previousId().equals(q.id()) ? "" : evidence.words.format("changeWasId", Map.of("id", q.previousId())),
                    q.kind() == QuoteKind.MOVED || q.kind() == QuoteKind.REMOVED ? q.fromNodes().stream().map(this::node).toList()
                            : List.of(),
                    evidence.words.get("changeTo"),
                    q.kind() == QuoteKind.MOVED || q.kind() == QuoteKind.ADDED ? q.toNodes().stream().map(this::node).toList()
                            : List.of(),
                    segments(q.words())));
        }
        List<ChangeItem> nodes = new ArrayList<>();
        for (NodeChange n : diff.nodes()) {
            Link subject = evidence.index.node(n.id()).isPresent() ? node(n.id()) : new Link(null, "", n.label());
            String detail = switch (n.kind()) {
                case RELABELLED -> evidence.words.format("changeRelabelled", Map.of("before", n.before(), "after", n.after()));
                default -> n.previousId().isEmpty() ? "" : evidence.words.format("changeWasId", Map.of("id", n.previousId()));
            };
            List<Link> from = n.kind() == CodingDiff.NodeKind.MOVED ? List.of(parent(n.before())) : List.of();
            List<Link> to = switch (n.kind()) {
                case MOVED -> List.of(parent(n.after()));
                case MERGED, SPLIT -> n.into().stream().map(this::node).toList();
                default -> List.of();
            };
            nodes.add(new ChangeItem(anchored.add("node " + n.id()) ? nodeAnchor(n.id()) : "", subject,
                    evidence.words.get("change.node." + n.kind()), detail, from,
                    evidence.words.get(n.kind() == CodingDiff.NodeKind.MOVED ? "changeTo" : "changeInto"), to, List.of()));
        }
        List<CountRow> counts = diff.counts().stream().map(c -> new CountRow(evidence.index.node(c.id()).isPresent()
                ? node(c.id()) : new Link(null, "", c.label()), c.before(), c.after())).toList();
        List<ChangeItem> presented = diff.presented().stream().map(p -> new ChangeItem(quoteAnchor(p.id()), quote(p.id()),
                evidence.words.get(p.presented() ? "changePresented" : "changeNotPresented"), "", List.of(), "", List.of(),
                List.of())).toList();
        List<TextChangeView> texts = diff.texts().stream().filter(t -> !t.node().isEmpty())
                .map(t -> new TextChangeView("narrative-" + t.node(), node(t.node()),
                        t.sentences().stream().map(s -> segments(s.words())).toList())).toList();
        int nodeChanges = nodes.size();
        String summary = diff.isEmpty() ? evidence.words.format("changesNone", Map.of("since", review.since()))
                : evidence.words.format("changesSummary", Map.of("since", review.since(), "quotes", quotes.size(),
                "nodes", nodeChanges));
        return new EvidenceView.ChangesPage(evidence.frame(PAGE, title, crumbs, List.of()), review.since(), summary,
                quotes, nodes, counts, presented, texts);
    }

    /** A node linked to its page where it exists in this build, else its id. */
    private Link node(String id) {
        return evidence.index.node(id).map(n -> evidence.nodeLink(n, PAGE)).orElse(new Link(null, "", id));
    }

    private Link parent(String id) {
        return id.isEmpty() ? new Link(null, "", evidence.words.get("changeTopLevel")) : node(id);
    }

    private Link quote(String id) {
        String label = evidence.words.format("quoteTitle", Map.of("id", id));
        return new Link(evidence.index.quote(id).isPresent() ? RelativeLinks.between(PAGE, OutputNames.quotePage(id)) : null,
                "", label);
    }

    private static List<DiffSegment> segments(List<TextDiff.Segment> words) {
        return words.stream().map(w -> new DiffSegment(w.kind().toString(), w.text())).toList();
    }
}

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

    static String participantAnchor(String id) {
        return "participant-" + id;
    }

    EvidenceView.ChangesPage view() {
        CodingDiff diff = review.diff();
        String title = evidence.words.get("changesTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(PAGE, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        List<ChangeItem> quotes = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>(); // a quote moved and re-worded: one anchor, on the first
        for (QuoteChange q : diff.quotes()) {
            quotes.add(quoteItem(q, anchored.add(q.id()) ? quoteAnchor(q.id()) : ""));
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
                    evidence.words.get("change.node." + n.kind()), detail, evidence.words.get("changeFrom"), from,
                    evidence.words.get(n.kind() == CodingDiff.NodeKind.MOVED ? "changeTo" : "changeInto"), to, List.of()));
        }
        List<CountRow> counts = diff.counts().stream().map(c -> new CountRow(nodeOr(c.id(), c.label()), c.before(), c.after(),
                c.participantsBefore(), c.participantsAfter())).toList();
        EvidenceView.SharedChanges shared = diff.shared().isEmpty() ? null : new EvidenceView.SharedChanges(
                evidence.words.format("changesSharedSummary", Map.of("since", review.label(), "before", diff.shared().before(),
                        "after", diff.shared().after())),
                diff.shared().pairs().stream().map(p -> new EvidenceView.SharedCountRow(nodeOr(p.first(), p.firstLabel()),
                        nodeOr(p.second(), p.secondLabel()), p.before(), p.after())).toList());
        List<ChangeItem> participants = diff.participants().stream().map(p -> new ChangeItem(participantAnchor(p.id()),
                titled(participant(p.id())), evidence.words.get("change.participant." + p.kind()), fields(p.fields()), "", List.of(),
                "", List.of(), List.of())).toList();
        List<ChangeItem> presented = diff.presented().stream().map(p -> new ChangeItem(quoteAnchor(p.id()), quote(p.id()),
                evidence.words.get(p.presented() ? "changePresented" : "changeNotPresented"), "", "", List.of(), "",
                List.of(), List.of())).toList();
        List<TextChangeView> texts = diff.texts().stream().filter(t -> !t.node().isEmpty())
                .map(t -> new TextChangeView("narrative-" + t.node(), node(t.node()),
                        t.sentences().stream().map(s -> segments(s.words())).toList())).toList();
        int nodeChanges = nodes.size();
        String summary = diff.isEmpty() ? evidence.words.format("changesNone", Map.of("since", review.label()))
                : participants.isEmpty() ? evidence.words.format("changesSummary", Map.of("since", review.label(),
                "quotes", quotes.size(), "nodes", nodeChanges))
                : evidence.words.format("changesSummaryParticipants", Map.of("since", review.label(), "quotes", quotes.size(),
                "nodes", nodeChanges, "participants", participants.size()));
        return new EvidenceView.ChangesPage(evidence.frame(PAGE, title, crumbs, List.of()), review.label(), summary,
                quotes, nodes, counts, shared, presented, texts, participants,
                diff.participantsDeclared() ? evidence.words.get("table" + evidence.participantCounts.who()) : "");
    }

    /**
     * A participant as this build cites them, linked to their page where there is one; one no longer in the study by
     * the id the diff knows (what a removed participant was cited as is not repeated).
     */
    private Link participant(String id) {
        if (id.isEmpty()) {
            return new Link(null, "", evidence.words.get("changeNoParticipant"));
        }
        return evidence.participantCounts.participants().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> evidence.participantLink(p, PAGE)).orElse(new Link(null, "", id));
    }

    private Link titled(Link participant) {
        return new Link(participant.href(), "", evidence.words.format("participantTitle", Map.of("id", participant.label())));
    }

    /** What changed in a participant's entry, in words: how they are cited, their kind, an attribute by its name. */
    private String fields(List<String> fields) {
        return fields.stream().map(f -> f.startsWith("attributes.") ? f.substring("attributes.".length())
                : evidence.words.get("changeField." + f)).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A quote's change: the nodes it left or joined, or the participants it was and is attributed to. */
    private ChangeItem quoteItem(QuoteChange q, String anchor) {
        String was = q.previousId().equals(q.id()) ? "" : evidence.words.format("changeWasId", Map.of("id", q.previousId()));
        String opening = q.opening().isEmpty() ? "" : evidence.words.quoted(q.opening());
        String detail = was.isEmpty() || opening.isEmpty() ? was + opening : was + "; " + opening;
        String kind = evidence.words.get("change.quote." + q.kind());
        if (q.kind() == QuoteKind.REATTRIBUTED) {
            return new ChangeItem(anchor, quote(q.id()), kind, detail, evidence.words.get("changeFromParticipant"),
                    List.of(participant(q.fromParticipant())), evidence.words.get("changeToParticipant"),
                    List.of(participant(q.toParticipant())), List.of());
        }
        List<Link> from = q.kind() == QuoteKind.MOVED || q.kind() == QuoteKind.REMOVED
                ? q.fromNodes().stream().map(this::node).toList() : List.of();
        List<Link> to = q.kind() == QuoteKind.MOVED || q.kind() == QuoteKind.ADDED
                ? q.toNodes().stream().map(this::node).toList() : List.of();
        return new ChangeItem(anchor, quote(q.id()), kind, detail, evidence.words.get("changeFrom"), from,
                evidence.words.get("changeTo"), to, segments(q.words()), q.kind() != QuoteKind.REDUCED); // the analyst's words
    }

    /** A node linked to its page where it exists in this build, else its label (a node gone since). */
    private Link nodeOr(String id, String label) {
        return evidence.index.node(id).isPresent() ? node(id) : new Link(null, "", label);
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

package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import weft.model.CodeNode;
import weft.model.Quote;
import weft.model.SharedQuotes;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.SharedQuotesPage;
import weft.render.evidence.EvidenceView.SharedRow;
import weft.render.evidence.EvidenceView.SharedSummary;
import weft.render.evidence.EvidenceView.SharedWith;

/**
 * For a reviewer asking whether the categories exclude each other: the pairs of nodes that share quotes
 * ({@link SharedQuotes}), on a page of their own, written where any two do; the overview says how many quotes are
 * coded to two nodes or more (or that none are), and each node's page names the nodes it shares quotes with.
 */
final class SharingNodes {

    private static final String PAGE = OutputNames.SHARED_QUOTES;

    private SharingNodes() {
    }

    static boolean applies(Evidence evidence) {
        return !evidence.shared.pairs().isEmpty();
    }

    /** The anchor of a pair's row. */
    static String anchor(SharedQuotes.Pair pair) {
        return "shared-" + pair.first().id() + "--" + pair.second().id();
    }

    static SharedSummary summary(Evidence evidence, String fromPage) {
        if (!applies(evidence)) {
            return new SharedSummary(evidence.words.get("sharedNone") + declared(evidence), null);
        }
        return new SharedSummary(summaryText(evidence),
                new Link(RelativeLinks.between(fromPage, PAGE), "", evidence.words.get("sharedLink")));
    }

    private static String summaryText(Evidence evidence) {
        return evidence.words.format("sharedSummary", Map.of("n", evidence.shared.quoteCount(),
                "pairs", evidence.shared.pairs().size())) + declared(evidence);
    }

    /** " The coding frame says its nodes exclude each other." where it does ({@code exclusive: true}), else "". */
    private static String declared(Evidence evidence) {
        return evidence.study.frame().exclusive().isPresent() ? " " + evidence.words.get("sharedExclusive") : "";
    }

    static SharedQuotesPage view(Evidence evidence) {
        String title = evidence.words.get("sharedTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(PAGE, OutputNames.EVIDENCE), "",
                evidence.words.get("navEvidence")), new Link(null, "", title));
        List<SharedRow> rows = new ArrayList<>();
        for (SharedQuotes.Pair pair : evidence.shared.pairs()) {
            List<Link> quotes = new ArrayList<>(pair.quotes().size());
            for (Quote q : pair.quotes()) {
                quotes.add(new Link(RelativeLinks.between(PAGE, OutputNames.quotePage(q.id())), "",
                        evidence.words.format("quoteTitle", Map.of("id", q.id()))));
            }
            rows.add(new SharedRow(anchor(pair), evidence.nodeLink(pair.first(), PAGE), evidence.nodeLink(pair.second(), PAGE),
                    evidence.words.number(pair.count(), ""), List.copyOf(quotes), withheld(evidence, pair)));
        }
        return new SharedQuotesPage(evidence.frame(PAGE, title, crumbs, List.of()), summaryText(evidence), List.copyOf(rows));
    }

    /** How many of the pair's quotes the build withholds: "and 1 withheld for privacy" after the others, "" for none. */
    private static String withheld(Evidence evidence, SharedQuotes.Pair pair) {
        return pair.withheld() == 0 ? "" : evidence.words.format(pair.quotes().isEmpty() ? "withheldForPrivacy"
                : "sharedWithheld", Map.of("n", pair.withheld()));
    }

    /** The nodes {@code node} shares quotes with, for its page {@code page}: the most shared first. */
    static List<SharedWith> with(Evidence evidence, CodeNode node, String page) {
        List<SharedWith> with = new ArrayList<>();
        for (SharedQuotes.Pair pair : evidence.shared.of(node.id())) {
            with.add(new SharedWith(evidence.nodeLink(pair.other(node.id()), page), pair.count(),
                    RelativeLinks.between(page, PAGE) + "#" + anchor(pair)));
        }
        return List.copyOf(with);
    }
}

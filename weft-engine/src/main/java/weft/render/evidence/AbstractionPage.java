package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import weft.model.Abstraction;
import weft.model.Quote;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.AbstractionRow;
import weft.render.evidence.EvidenceView.AbstractionTable;
import weft.render.evidence.EvidenceView.Link;

/**
 * For a reviewer of an inductive content analysis: the whole abstraction, every quote of the build that has the
 * analyst's reduced expression, with it and the node the quote is coded to and each node above it, a row for each node,
 * in the tree's order: the table the method section describes (original expression, reduced expression, sub-category,
 * category, main category), where the article prints an example of it at most. Written where any quote of the build
 * has a reduction; a quote the build shows as its excerpt alone has none here (it would tell what the excerpt leaves out).
 */
final class AbstractionPage {

    private static final String PAGE = OutputNames.ABSTRACTION;

    private AbstractionPage() {
    }

    static boolean applies(Evidence evidence) {
        return evidence.index.quotes().stream().anyMatch(q -> q.reduced().isPresent());
    }

    /** The anchor of the first row of {@code node}'s subtree (its own rows, then those of the nodes below it). */
    static String anchor(String nodeId) {
        return "node-" + nodeId;
    }

    /** The ids of the nodes that have rows in the abstraction, their own or below them. */
    static java.util.Set<String> nodesWithRows(Evidence evidence) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Abstraction.Row r : Abstraction.of(evidence.index, "", q -> true).rows()) {
            r.path().forEach(n -> ids.add(n.id()));
        }
        return ids;
    }

    /** The overview's link to the page; null where it is not written. */
    static Link link(Evidence evidence, String fromPage) {
        return applies(evidence) ? new Link(RelativeLinks.between(fromPage, PAGE), "", evidence.words.get("abstractionLink")) : null;
    }

    static AbstractionTable view(Evidence evidence) {
        String title = evidence.words.get("abstractionTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(PAGE, OutputNames.EVIDENCE), "",
                evidence.words.get("navEvidence")), new Link(null, "", title));
        Abstraction abstraction = Abstraction.of(evidence.index, "", q -> true);
        int depth = abstraction.depth();
        List<String> levels = new ArrayList<>();
        for (int level = depth; level >= 1; level--) { // the columns from the node up, as the analysis went
            levels.add(evidence.words.capitalised(evidence.words.levelName(evidence.study.frame().levels(), level)));
        }
        List<AbstractionRow> rows = new ArrayList<>();
        java.util.Set<String> begun = new java.util.HashSet<>(); // the nodes whose rows have begun, so anchored
        for (Abstraction.Row r : abstraction.rows()) {
            Quote q = r.quote();
            List<String> anchors = new ArrayList<>(); // rows are in the tree's order: a subtree's first row is its anchor
            r.path().stream().filter(n -> begun.add(n.id())).forEach(n -> anchors.add(anchor(n.id())));
            List<Link> cells = new ArrayList<>(); // a node higher in the tree leaves the columns below it empty
            for (int blank = r.path().size(); blank < depth; blank++) {
                cells.add(new Link(null, "", ""));
            }
            for (int i = r.path().size() - 1; i >= 0; i--) { // from the node up to the top of the tree
                cells.add(evidence.nodeLink(r.path().get(i), PAGE));
            }
            rows.add(new AbstractionRow(new Link(RelativeLinks.between(PAGE, OutputNames.quotePage(q.id())), "",
                    evidence.words.format("quoteTitle", Map.of("id", q.id()))), q.runIn(), q.reducedWords().orElseThrow(),
                    List.copyOf(cells), List.copyOf(anchors)));
        }
        return new AbstractionTable(evidence.frame(PAGE, title, crumbs, List.of()), List.copyOf(levels), List.copyOf(rows));
    }
}

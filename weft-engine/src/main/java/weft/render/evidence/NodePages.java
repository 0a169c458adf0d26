package weft.render.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import weft.model.CodeNode;
import weft.model.Quote;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.NodePage;
import weft.render.evidence.EvidenceView.QuoteGroup;
import weft.render.evidence.EvidenceView.QuoteItem;
import weft.render.evidence.EvidenceView.TreeNode;

/**
 * The page of a node: where it stands in the tree, what it means, where the article discusses it, its children,
 * and every quote coded to it or below it, grouped by child. A quote is prepared once however many ancestors show it.
 */
final class NodePages {

    private final Evidence evidence;
    private final Map<String, QuoteItem> items = new HashMap<>();
    /** The nodes with rows in the abstraction's table, their own or below them, which their pages link to. */
    private final java.util.Set<String> inAbstraction;

    NodePages(Evidence evidence) {
        this.evidence = evidence;
        this.inAbstraction = AbstractionPage.nodesWithRows(evidence);
    }

    NodePage view(CodeNode node) {
        String page = OutputNames.nodePage(node.id());
        List<TreeNode> children = evidence.tree(node, page, 1).children();
        List<QuoteGroup> groups = new ArrayList<>();
        List<Quote> direct = evidence.index.quotesCodedTo(node.id());
        if (!direct.isEmpty()) {
            groups.add(new QuoteGroup("quotes-here", null, items(direct)));
        }
        for (TreeNode child : children) {
            CodeNode c = evidence.index.node(child.id()).orElseThrow();
            List<Quote> under = evidence.index.quotesUnder(c.id());
            if (!under.isEmpty()) {
                groups.add(new QuoteGroup("quotes-under-" + c.id(), evidence.nodeLink(c, page), items(under)));
            }
        }
        String title = (evidence.number(node) + " " + node.label()).strip();
        return new NodePage(evidence.frame(page, title, evidence.breadcrumbs(node, page), List.of()), node.id(),
                evidence.number(node), node.label(), evidence.levelName(node), node.labelReconstructed(),
                node.description(), node.incomplete(), evidence.index.countCodedTo(node.id()), evidence.index.countUnder(node.id()),
                evidence.index.withheldUnder(node.id()), evidence.voices(node),
                evidence.places.node(node, page), children, SharingNodes.with(evidence, node, page), List.copyOf(groups),
                inAbstraction.contains(node.id()) ? new EvidenceView.Link(RelativeLinks.between(page, OutputNames.ABSTRACTION)
                        + "#" + AbstractionPage.anchor(node.id()), "", evidence.words.get("abstractionOfNode")) : null);
    }

    private List<QuoteItem> items(List<Quote> quotes) {
        List<QuoteItem> list = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            list.add(items.computeIfAbsent(q.id(), id -> item(q)));
        }
        return list;
    }

    /** Every node page lies in the same folder, so one item serves them all. */
    private QuoteItem item(Quote q) {
        String page = OutputNames.nodePage("_");
        return new QuoteItem(q.id(), q.text(), q.lines(), RelativeLinks.between(page, OutputNames.quotePage(q.id())),
                evidence.places.quote(q.id(), page).orElse(null), evidence.participantLink(q, page), evidence.marked(q),
                q.reducedWords().orElse(null));
    }
}

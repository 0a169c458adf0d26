package weft.render.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Quote;
import weft.model.ResearchQuestion;
import weft.model.Study;
import weft.prose.Directive;
import weft.prose.DirectiveHandler;
import weft.publish.OutputNames;
import weft.render.html.ArticleAnchors;

/**
 * Resolves the directives of one piece of prose against the study. Quote text is set with
 * {@link Element#text}, so it is escaped and never parsed.
 */
final class StudyDirectives implements DirectiveHandler {

    private final Study study;
    private final FrameIndex index;
    private final QuotePlacements placements;
    private final NodeMentions mentions;
    private final Citations citations;
    private final CrossReferences xrefs;
    private final Diagnostics diagnostics;
    private final NumberWords numbers;
    private final String narrativeNode;
    private final String sectionId;

    StudyDirectives(Study study, FrameIndex index, QuotePlacements placements, NodeMentions mentions,
                    Citations citations, CrossReferences xrefs, Diagnostics diagnostics, String narrativeNode,
                    String sectionId) {
        this.study = study;
        this.index = index;
        this.placements = placements;
        this.mentions = mentions;
        this.citations = citations;
        this.xrefs = xrefs;
        this.diagnostics = diagnostics;
        this.numbers = new NumberWords(Locale.forLanguageTag(study.info().language()));
        this.narrativeNode = narrativeNode;
        this.sectionId = sectionId;
    }

    @Override
    public List<Node> render(Directive d, boolean alone) {
        return switch (d.kind()) {
            case "cite" -> List.of(citations.register(d));
            case "ref" -> List.of(xrefs.register(d));
            case "quote" -> quote(d, alone);
            case "node" -> node(d);
            case "value" -> value(d);
            case "count" -> count(d);
            case "research-questions" -> researchQuestions();
            default -> unresolved(d, "unknown directive '" + d.kind() + "' (known: quote, node, value, count, research-questions)");
        };
    }

    private List<Node> quote(Directive d, boolean alone) {
        Optional<Quote> found = index.quote(d.argument());
        if (found.isEmpty()) {
            return unresolved(d, "unknown quote '" + d.argument() + "'");
        }
        Quote q = found.get();
        if (!q.presented()) {
            diagnostics.warning(d.position(), "quote '" + q.id() + "' is marked evidence-only (presented: false) but the prose presents it");
        }
        if (narrativeNode != null && q.codes().stream().noneMatch(c -> index.isWithin(c.id(), narrativeNode))) {
            diagnostics.warning(d.position(), "quote '" + q.id() + "' is presented in the narrative of '" + narrativeNode
                    + "' but is not coded to it or below it (coded to " + codes(q) + "): the narrative may be stale after a recoding");
        }
        boolean first = placements.place(q.id(), narrativeNode, sectionId);
        return List.of(QuoteMarkup.render(q, alone, first));
    }

    private static String codes(Quote q) {
        return String.join(", ", q.codes().stream().map(c -> "'" + c.id() + "'").toList());
    }

    private List<Node> node(Directive d) {
        Optional<CodeNode> found = index.node(d.argument());
        if (found.isEmpty()) {
            return unresolved(d, "unknown node '" + d.argument() + "'");
        }
        CodeNode n = found.get();
        String text = d.option().isEmpty() ? n.label() : d.option();
        String anchor = mentions.record(n.id(), narrativeNode, sectionId);
        if (n.id().equals(narrativeNode)) {
            Element term = new Element("a").addClass("node-term").attr("href", OutputNames.nodePage(n.id())).id(anchor);
            term.appendElement("em").text(text);
            return List.of(term);
        }
        return List.of(new Element("a").addClass("node-ref").attr("href", "#" + ArticleAnchors.nodeAnchor(n.id())).id(anchor).text(text));
    }

    private List<Node> value(Directive d) {
        Object v = study.values().get(d.argument());
        if (v == null) {
            return unresolved(d, "unknown value '" + d.argument() + "' (no such field in coded-data/study.yaml)");
        }
        return List.of(new TextNode(v instanceof Long n ? numbers.format(n, d.option()) : v.toString()));
    }

    private List<Node> count(Directive d) {
        String[] parts = d.argument().split(":", 2);
        String what = parts[0];
        String target = parts.length > 1 ? parts[1].strip() : narrativeNode;
        Long n = switch (what) {
            case "quotes" -> target == null ? (long) index.quotes().size() : countUnder(target, d);
            case "presented" -> (long) index.presentedQuoteCount();
            case "nodes" -> (long) index.preorder().size();
            case "children" -> target == null ? null : index.node(target).map(c -> (long) c.children().size()).orElse(null);
            default -> what.matches("level[1-9]") ? index.nodesAtDepth(what.charAt(5) - '0') : null;
        };
        if (n == null) {
            return unresolved(d, "unknown count '" + d.argument()
                    + "' (known: quotes, quotes:NODE, presented, nodes, children, children:NODE, level1, level2, ...)");
        }
        return List.of(new TextNode(numbers.format(n, d.option())));
    }

    private Long countUnder(String node, Directive d) {
        return index.node(node).isPresent() ? (long) index.quotesUnder(node).size() : null;
    }

    private List<Node> researchQuestions() {
        Element list = new Element("ol").addClass("research-questions");
        for (ResearchQuestion q : study.info().researchQuestions()) {
            Element item = list.appendElement("li").id("rq-" + q.id());
            item.appendElement("span").addClass("rq-label").text(q.label());
            item.appendText(" " + q.text());
        }
        return List.of(list);
    }

    private List<Node> unresolved(Directive d, String message) {
        diagnostics.error(d.position(), message);
        return List.of(new TextNode(d.source()));
    }
}

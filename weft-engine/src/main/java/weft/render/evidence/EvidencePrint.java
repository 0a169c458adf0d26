package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weft.model.CodeNode;
import weft.model.Quote;
import weft.prose.Heading;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.NodePage;
import weft.render.evidence.EvidenceView.PrintNode;
import weft.render.evidence.EvidenceView.PrintPage;
import weft.render.evidence.EvidenceView.PrintPlace;
import weft.render.evidence.EvidenceView.PrintQuote;
import weft.render.evidence.EvidenceView.QuoteGroup;
import weft.render.evidence.EvidenceView.QuotePage;

/**
 * The evidence site as one document ({@value OutputNames#EVIDENCE_PDF}), for a journal whose reviewers read only the
 * files submitted: every node in tree order with its level, description and counts, and the quotes coded to it itself,
 * each with its participant, where the article presents it, every node it is coded to and its source, as the node and
 * quote pages give them; its outline is the coding frame. Where two coders or more coded the quotes, the agreement
 * between them follows, as its page gives it, then the nodes that share quotes and the abstraction (each quote's reduced
 * expression and its categories), where the study has them. A build that compares with a revision ends it with the
 * changes in the coding since then, as its Changes page gives them.
 */
final class EvidencePrint {

    static final String TEMPLATE = "evidence-print.ftlh";
    /** The heading level of the frame's table and of a root node, each a top entry of the outline. */
    private static final int ROOT_LEVEL = 2;
    /** The anchor of the changes in the coding, at the end of the PDF. */
    private static final String CHANGES = "changes";
    /** The anchor of the agreement between coders, after the nodes. */
    private static final String AGREEMENT = "agreement";
    /** The anchor of the nodes that share quotes, after the agreement. */
    private static final String SHARED = "shared-quotes";
    /** The anchor of the abstraction, after the nodes that share quotes. */
    private static final String ABSTRACTION = "abstraction";

    private final Evidence evidence;
    private final NodePages nodes;
    private final QuotePages quotes;
    /** The agreement between coders, worked out once for the PDF's section and its outline. */
    private final AgreementPages agreement;
    /** The page of article.pdf on which each of the article's elements with an id begins. */
    private final java.util.Map<String, Integer> pages;

    EvidencePrint(Evidence evidence, java.util.Map<String, Integer> pages) {
        this.evidence = evidence;
        this.pages = pages;
        this.nodes = new NodePages(evidence);
        this.quotes = new QuotePages(evidence);
        this.agreement = new AgreementPages(evidence);
    }

    PrintPage view() {
        List<PrintNode> printed = new ArrayList<>();
        for (CodeNode node : evidence.index.preorder()) {
            NodePage page = nodes.view(node);
            List<PrintQuote> own = new ArrayList<>();
            for (QuoteGroup group : page.groups()) {
                if (group.child() != null) {
                    continue; // printed under the child it is coded to
                }
                group.quotes().forEach(item -> evidence.index.quote(item.id()).ifPresent(q -> own.add(quote(node, q))));
            }
            printed.add(new PrintNode(anchor(node), page.number(), page.label(), page.levelName(),
                    evidence.index.depth(node.id()), page.reconstructed(), page.description(), page.incomplete(),
                    page.direct(), page.total(), page.withheld(), page.voices(),
                    page.inArticle().stream().map(this::place).toList(), List.copyOf(own)));
        }
        EvidenceView.Frame frame = evidence.frame(OutputNames.EVIDENCE_PDF, evidence.words.get("navEvidence"), List.of(), List.of());
        return new PrintPage(frame.lang(), frame.studyTitle(), frame.buildNote(), frame.contentNote(), List.copyOf(printed),
                agreement.applies() ? agreement.view() : null, SharingNodes.applies(evidence) ? SharingNodes.view(evidence) : null,
                AbstractionPage.applies(evidence) ? AbstractionPage.view(evidence) : null, evidence.review.map(r -> new ChangesPage(evidence, r).view()).orElse(null));
    }

    /** The PDF's outline: the coding frame, each node under its parent. */
    List<Heading> outline() {
        List<Heading> outline = new ArrayList<>();
        outline.add(new Heading(ROOT_LEVEL, "", evidence.words.get("codingFrame"), "coding-frame"));
        for (CodeNode node : evidence.index.preorder()) {
            outline.add(new Heading(ROOT_LEVEL + evidence.index.depth(node.id()) - 1, evidence.number(node), node.label(),
                    anchor(node)));
        }
        if (agreement.applies()) {
            outline.add(new Heading(ROOT_LEVEL, "", evidence.words.get("agreementTitle"), AGREEMENT));
        }
        if (SharingNodes.applies(evidence)) {
            outline.add(new Heading(ROOT_LEVEL, "", evidence.words.get("sharedTitle"), SHARED));
        }
        if (AbstractionPage.applies(evidence)) {
            outline.add(new Heading(ROOT_LEVEL, "", evidence.words.get("abstractionTitle"), ABSTRACTION));
        }
        if (evidence.review.isPresent()) {
            outline.add(new Heading(ROOT_LEVEL, "", evidence.words.get("changesTitle"), CHANGES));
        }
        return List.copyOf(outline);
    }

    private PrintQuote quote(CodeNode node, Quote q) {
        QuotePage page = quotes.view(q);
        List<Link> codes = q.codes().stream().map(c -> evidence.index.node(c.id())).flatMap(Optional::stream).distinct()
                .map(n -> new Link("#" + anchor(n), evidence.number(n), n.label())).toList();
        // the PDF's place of the quote, whose page this gives (the web page's where the two are one)
        PrintPlace presented = evidence.places.quoteInPdf(q.id(), OutputNames.EVIDENCE_PDF).map(this::place).orElse(null);
        return new PrintQuote(anchor(node) + "-" + q.id(), q.id(), q.lines(), page.translatedFrom(), page.original(),
                page.reduced(), page.participant() == null ? "" : page.participant().citedAs(),
                page.participant() == null ? List.of() : page.participant().attributes(), presented, codes, page.source(),
                page.shownAsExcerpt() != null ? null : q.excerpt().map(weft.model.Excerpt::runIn).orElse(null),
                page.shownAsExcerpt());
    }

    /** A place with the page of article.pdf its anchor begins on. */
    private PrintPlace place(EvidenceView.Place p) {
        Integer page = pages.get(p.href().substring(p.href().indexOf('#') + 1));
        return new PrintPlace(p.label(), p.detail(), p.kind(), page == null ? "" : page.toString(), p.formats());
    }

    private static String anchor(CodeNode node) {
        return "node-" + node.id();
    }
}

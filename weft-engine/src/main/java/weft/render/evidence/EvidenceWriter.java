package weft.render.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diff.ReviewChanges;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.Quote;
import weft.model.Study;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.article.Article;
import weft.render.html.TemplateRenderer;
import weft.render.pdf.PdfWriter;
import weft.words.Words;

/**
 * Writes the evidence site into the publication, beside the article: the overview of the coding frame,
 * a page for every node, an entry for every quote, the search index, the spreadsheet of the quotes and their codes,
 * and the assets. Runs after the article
 * is written, whose anchors it links to. Linear in the number of nodes and quotes.
 */
public final class EvidenceWriter {

    static final String[] ASSETS = {"evidence.css", "icon.svg", "search.js", "tree.js"};
    /** lunr, the search library, as its WebJar puts it on the classpath. */
    static final String LUNR = "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    private static final String PAGE = "page";

    private final TemplateRenderer templates;

    public EvidenceWriter(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void write(Study study, FrameIndex index, Article article, Optional<ReviewChanges> review, OutputFiles publication,
                      Diagnostics diagnostics) {
        Evidence evidence = new Evidence(study, index, article, anchors(publication.text(OutputNames.ARTICLE)), review);
        AgreementPages agreement = new AgreementPages(evidence);
        page("evidence-overview.ftlh", OutputNames.EVIDENCE, new OverviewPage(evidence, agreement).view(), article.words(),
                publication, diagnostics);
        if (agreement.applies()) {
            page("evidence-agreement.ftlh", OutputNames.AGREEMENT, agreement.view(), article.words(), publication, diagnostics);
        }
        if (ParticipantsByNode.applies(evidence)) {
            page("evidence-participants-by-node.ftlh", OutputNames.PARTICIPANTS_BY_NODE, ParticipantsByNode.view(evidence),
                    article.words(), publication, diagnostics);
        }
        if (AbstractionPage.applies(evidence)) {
            page("evidence-abstraction.ftlh", OutputNames.ABSTRACTION, AbstractionPage.view(evidence), article.words(),
                    publication, diagnostics);
        }
        if (SharingNodes.applies(evidence)) {
            page("evidence-shared-quotes.ftlh", OutputNames.SHARED_QUOTES, SharingNodes.view(evidence), article.words(),
                    publication, diagnostics);
        }
        review.ifPresent(r -> page("evidence-changes.ftlh", OutputNames.CHANGES, new ChangesPage(evidence, r).view(),
                article.words(), publication, diagnostics));
        NodePages nodes = new NodePages(evidence);
        for (CodeNode node : index.preorder()) {
            page("evidence-node.ftlh", OutputNames.nodePage(node.id()), nodes.view(node), article.words(), publication, diagnostics);
        }
        ParticipantPages participants = new ParticipantPages(evidence);
        for (Participant p : participants.participants()) {
            page("evidence-participant.ftlh", OutputNames.participantPage(p.id()), participants.view(p), article.words(), publication, diagnostics);
        }
        QuotePages quotes = new QuotePages(evidence);
        for (Quote quote : index.quotes()) {
            page("evidence-quote.ftlh", OutputNames.quotePage(quote.id()), quotes.view(quote), article.words(), publication, diagnostics);
        }
        publication.add(OutputNames.SEARCH_INDEX, new SearchIndex().script(evidence));
        publication.add(OutputNames.EVIDENCE_SHEET, QuoteSheet.csv(evidence));
        for (String asset : ASSETS) {
            templates.asset(asset, diagnostics).ifPresent(bytes -> publication.add(OutputNames.EVIDENCE_ASSETS + asset, bytes));
        }
        lunr(publication, diagnostics);
    }

    /**
     * Writes {@value OutputNames#EVIDENCE_PDF}, the evidence as one PDF, with {@code pdf}; the article's HTML must be in
     * {@code publication} already (the places it names are its anchors), and {@code pages} the page of article.pdf on
     * which each of them begins.
     */
    public void writePdf(Study study, FrameIndex index, Article article, Optional<ReviewChanges> review,
                         java.util.Map<String, Integer> pages, PdfWriter pdf, OutputFiles publication, Diagnostics diagnostics) {
        EvidencePrint print = new EvidencePrint(new Evidence(study, index, article,
                anchors(publication.text(OutputNames.ARTICLE)), review), pages);
        pdf.document(EvidencePrint.TEMPLATE, PAGE, print.view(), article.words(), study, print.outline(), diagnostics)
                .ifPresent(bytes -> publication.add(OutputNames.EVIDENCE_PDF, bytes));
    }

    private void page(String template, String path, Object view, Words words, OutputFiles publication, Diagnostics diagnostics) {
        templates.render(template, PAGE, view, words, diagnostics).ifPresent(html -> publication.add(path, html));
    }

    /** The ids of the article as written: the evidence links only to places that exist. */
    private static Set<String> anchors(String articleHtml) {
        Set<String> ids = new HashSet<>();
        if (articleHtml != null) {
            for (Element e : Jsoup.parse(articleHtml).select("[id]")) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private static void lunr(OutputFiles publication, Diagnostics diagnostics) {
        try (InputStream in = EvidenceWriter.class.getResourceAsStream(LUNR)) {
            if (in == null) {
                diagnostics.error(SourcePosition.ofFile("classpath:" + LUNR), "the search library is missing from Weft's classpath");
                return;
            }
            publication.add(OutputNames.EVIDENCE_ASSETS + "lunr.min.js", in.readAllBytes());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile("classpath:" + LUNR), "cannot read the search library: " + e.getMessage());
        }
    }
}

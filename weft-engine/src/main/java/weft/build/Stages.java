package weft.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.diff.ReviewChanges;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.article.Article;
import weft.render.article.ArticleCounts;
import weft.render.article.ArticleView;
import weft.render.article.HtmlWriter;
import weft.render.article.MarkedUp;
import weft.render.checklist.ChecklistWriter;
import weft.render.cite.Bibliography;
import weft.render.docx.DocxWriter;
import weft.render.evidence.EvidenceWriter;
import weft.render.html.TemplateRenderer;
import weft.render.jats.JatsWriter;
import weft.render.manuscript.Manuscript;
import weft.render.manuscript.ManuscriptReader;
import weft.render.pdf.DocumentDate;
import weft.render.pdf.PdfWriter;
import weft.render.pdf.StudyFonts;
import weft.render.site.SitePagesWriter;

/** The stages after the article is rendered, over one read and checked study: each writes its files into an output. */
record Stages(Path project, Study study, FrameIndex index, Article article, Manifest manifest,
              TemplateRenderer templates, BuildOptions options, Optional<ReviewChanges> review,
              Optional<Bibliography> bibliography, StudyFonts fonts, BuildCache cache, List<String> identities) {

    /**
     * An anonymised copy's outputs that still name an author or an affiliation (from text the copy does not anonymise):
     * a warning at study.yaml naming the outputs, never the names.
     */
    void checkAnonymity(OutputFiles publication, OutputFiles sitePages, Diagnostics diagnostics) {
        java.util.Set<String> naming = AnonymityScan.outputsNaming(identities, java.util.Map.of("", publication, "site/", sitePages));
        if (!naming.isEmpty()) {
            diagnostics.warning(weft.diagnostics.SourcePosition.ofFile(weft.read.ProjectFiles.STUDY), "the anonymised copy"
                    + " still names an author or an affiliation in " + String.join(", ", naming) + ": from text it does not"
                    + " anonymise (a quote's words, a node's label, a research question, the corpus's description ...);"
                    + " replace the name there (in a quote, as \"[interviewer]\"), or publish this copy only once it is gone");
        }
    }

    void manifest(OutputFiles publication) {
        publication.add(OutputNames.MANIFEST, manifest.toJson());
    }

    /** The article's HTML and the image files of its figures. */
    void html(OutputFiles publication, Diagnostics diagnostics) {
        new HtmlWriter(templates).write(in("html"), publication, diagnostics);
        article.images().forEach(image -> publication.add(image.name(), image.bytes()));
    }

    /** The article's HTML marked up against {@code earlier} (that of the revision compared with), with a legend. */
    void markUp(OutputFiles publication, String since, String earlier) {
        String legend = article.words().format("reviewLegend", java.util.Map.of("since", since));
        publication.add(OutputNames.ARTICLE, MarkedUp.mark(publication.text(OutputNames.ARTICLE), earlier, legend));
    }

    /** The manuscript's formats for journals: article.jats.xml (with its figure's SVG) and, when {@code docx}, article.docx. */
    void manuscripts(OutputFiles publication, boolean docx, Diagnostics diagnostics) {
        manuscripts(publication, docx, diagnostics, Optional.empty());
    }

    /** As {@link #manuscripts(OutputFiles, boolean, Diagnostics)}; a review copy's Word document is marked as its web page. */
    void manuscripts(OutputFiles publication, boolean docx, Diagnostics diagnostics, Optional<String> reviewCopy) {
        ArticleView jats = article.view().forFormat("jats");
        Manuscript manuscript = ManuscriptReader.read(jats, article.words());
        JatsWriter.write(study.info(), manuscript, bibliography, article.words(), publication);
        if (docx) {
            ArticleView word = article.view().forFormat("docx");
            DocxWriter.write(study.info(), word, word == jats ? manuscript : ManuscriptReader.read(word, article.words()),
                    article.words(),
                    DocumentDate.of(options.sourceDateEpoch(), study.info()), fonts, publication, diagnostics, cache,
                    reviewCopy);
            if (study.info().presentation().titlePage() && !study.info().anonymised()) {
                java.util.Set<String> apart = study.sections().stream().filter(Anonymised::leavesOut)
                        .map(s -> weft.render.html.ArticleAnchors.sectionAnchor(s.id())).collect(java.util.stream.Collectors.toSet());
                DocxWriter.writeTitlePage(study.info(), word, apart, ArticleCounts.of(word),
                        article.words(), DocumentDate.of(options.sourceDateEpoch(), study.info()), fonts, publication,
                        diagnostics, cache);
            }
        }
    }

    /** The evidence site; the article's HTML must be in {@code publication} already (the evidence links to its anchors). */
    void evidence(OutputFiles publication, Diagnostics diagnostics) {
        new EvidenceWriter(templates).write(study, index, in("html"), review, publication, diagnostics);
    }

    /**
     * evidence.pdf, where the study asks for it; the article's HTML must be in {@code publication} already, and
     * {@code pages} come from the laid-out article.pdf (each place in the article is printed with its page).
     */
    void evidencePdf(OutputFiles publication, Map<String, Integer> pages, Diagnostics diagnostics) {
        if (study.info().presentation().evidencePdf() && !diagnostics.hasErrors()) {
            new EvidenceWriter(templates).writePdf(study, index, in("pdf"), review, pages, pdfWriter(), publication, diagnostics);
        }
    }

    /** article.pdf; the page on which each element of the article with an id begins, as laid out. */
    Map<String, Integer> pdf(OutputFiles publication, Diagnostics diagnostics) {
        return pdf(publication, diagnostics, Optional.empty());
    }

    /** As {@link #pdf(OutputFiles, Diagnostics)}; a review copy's PDF, given the marked-up web page, is marked as it is. */
    Map<String, Integer> pdf(OutputFiles publication, Diagnostics diagnostics, Optional<String> reviewCopy) {
        return pdfWriter().write(study, in("pdf"), project, manifest, publication, diagnostics, reviewCopy);
    }

    /**
     * The reporting checklist, checked against the article and, given the pages of a laid-out article.pdf, written;
     * the article's HTML must be in {@code publication} already.
     */
    void checklist(OutputFiles publication, Optional<Map<String, Integer>> pages, Diagnostics diagnostics) {
        new ChecklistWriter(templates, pdfWriter()).write(study, index, in("pdf"), publication, pages, review.isPresent(),
                diagnostics);
    }

    private PdfWriter pdfWriter() {
        return new PdfWriter(templates, options.sourceDateEpoch(), fonts, cache);
    }

    /** The PDF stage up to its layout: the print template and its diagnostics, nothing written. */
    void checkPdf(Diagnostics diagnostics) {
        pdfWriter().check(study, in("pdf"), diagnostics);
    }

    /**
     * Warns of the article's text that the PDF's fonts cannot print (which the PDF would print as #); the article's
     * HTML must be in {@code publication} already. On the build's own thread, while the PDF is laid out on its own.
     */
    void checkGlyphs(OutputFiles publication, Diagnostics diagnostics) {
        if (publication.files().containsKey(OutputNames.ARTICLE)) {
            // with the text the PDF prints and the web page does not (Quarto's conditional content for pdf)
            String printedAlone = article.view().forFormat("pdf").proseNotIn(article.view().forFormat("html"));
            PdfWriter.checkGlyphs(publication.text(OutputNames.ARTICLE) + printedAlone, study, fonts, diagnostics);
        }
    }

    OutputFiles sitePages(Diagnostics diagnostics) {
        return new SitePagesWriter(templates).write(study, in("html"), manifest, diagnostics);
    }

    /**
     * The article as {@code format} prints it: the prose's conditional content (Quarto's {@code .content-visible
     * when-format="pdf"}) in the formats it names alone.
     */
    private Article in(String format) {
        ArticleView view = article.view().forFormat(format);
        return view == article.view() ? article : article.withView(view);
    }
}

package weft.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Study;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.read.InputLinks;
import weft.read.SvgDrawing;
import weft.render.article.Article;
import weft.render.article.ArticleView;
import weft.render.article.MarkedUp;
import weft.render.figure.Scene;
import weft.render.html.TemplateRenderer;
import weft.words.Words;

/**
 * Writes the article as {@value OutputNames#PDF}: the print template ({@value #TEMPLATE}, with print.css) over the same
 * article view as the HTML, as a tagged PDF/UA-1 and PDF/A-3a document that carries its own evidence: every input
 * of the build and the manifest are embedded as associated files, under their project-relative paths.
 */
public final class PdfWriter {

    /** What the PDF stage says of an input that changed after it was read (the PDF embeds every input as read). */
    public static final String CHANGED_DURING_BUILD = "the file changed during the build: build again";


    static final String TEMPLATE = "article-print.ftlh";

    private final TemplateRenderer templates;
    private final Optional<Instant> sourceDateEpoch;
    private final StudyFonts fonts;
    private final PdfRenderer renderer;

    /**
     * @param sourceDateEpoch the date of the build's {@code SOURCE_DATE_EPOCH}, if it was given one; else the
     *                        PDF takes its date from the study (see {@link DocumentDate})
     * @param fonts           the study's own fonts, for the characters DejaVu lacks
     * @param cache           where the layouts are kept: a layout of the same inputs is reused
     */
    public PdfWriter(TemplateRenderer templates, Optional<Instant> sourceDateEpoch, StudyFonts fonts, BuildCache cache) {
        this.templates = templates;
        this.sourceDateEpoch = sourceDateEpoch;
        this.fonts = fonts;
        this.renderer = new PdfRenderer(fonts, cache);
    }

    /**
     * Renders the PDF into the publication, and gives the page (from 1) on which each element of the article with an id
     * begins; nothing when the build has errors already: it would be discarded, and it is the costliest stage of the
     * build.
     */
    public Map<String, Integer> write(Study study, Article article, Path project, Manifest manifest, OutputFiles publication,
                                      Diagnostics diagnostics) {
        return write(study, article, project, manifest, publication, diagnostics, Optional.empty());
    }

    /**
     * As {@link #write(Study, Article, Path, Manifest, OutputFiles, Diagnostics)}; given {@code reviewCopy}, the
     * article's web page marked up as a review copy ({@link MarkedUp}), the PDF's passages are marked as its are.
     */
    public Map<String, Integer> write(Study study, Article article, Path project, Manifest manifest, OutputFiles publication,
                                      Diagnostics diagnostics, Optional<String> reviewCopy) {
        warnOfTheDate(study, diagnostics);
        Optional<String> xhtml = printDocument(article, diagnostics, reviewCopy);
        if (xhtml.isEmpty()) {
            return Map.of();
        }
        Optional<List<Attachment>> attachments = attachments(project, manifest, fonts, article, diagnostics);
        if (attachments.isEmpty()) {
            return Map.of();
        }
        Optional<PdfRenderer.Result> result = render(TEMPLATE, xhtml.get(), scenes(article), attachments.get(), study,
                study.info().presentation().lineNumbers(), diagnostics);
        result.ifPresent(r -> publication.add(OutputNames.PDF, r.pdf()));
        return result.map(PdfRenderer.Result::pages).orElse(Map.of());
    }

    /**
     * A PDF of its own (PDF/UA and PDF/A as the article, dated as the article, nothing embedded) of {@code template}
     * rendered over {@code view} as {@code name}; empty when the template fails (reported).
     */
    public Optional<byte[]> document(String template, String name, Object view, Words words, Study study,
                                     Diagnostics diagnostics) {
        return document(template, name, view, words, study, List.of(), diagnostics);
    }

    /** As {@link #document(String, String, Object, Words, Study, Diagnostics)}, its outline (bookmarks) {@code outline}. */
    public Optional<byte[]> document(String template, String name, Object view, Words words, Study study,
                                     List<weft.prose.Heading> outline, Diagnostics diagnostics) {
        return templates.render(template, name, view, words, diagnostics)
                .flatMap(html -> readsNothingOutside(template, PrintDocument.print(html, outline), diagnostics))
                .flatMap(xhtml -> render(template, xhtml, Map.of(), List.of(), study, false, diagnostics))
                .map(PdfRenderer.Result::pdf);
    }

    private Optional<PdfRenderer.Result> render(String template, String xhtml, Map<String, Scene> scenes,
                                                List<Attachment> attachments, Study study, boolean lineNumbers,
                                                Diagnostics diagnostics) {
        PdfRenderer.Result result;
        try {
            result = renderer.render(xhtml, scenes, attachments, DocumentDate.of(sourceDateEpoch, study.info()), lineNumbers);
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            // no font at all for some text: DejaVu's regular faces are the last fallbacks, so only if they were not; a
            // diagnostic, not a crash
            diagnostics.error(SourcePosition.ofFile("templates/" + template), "PDF: a font that is not embedded is needed ("
                    + e.getMessage().replaceAll("\\s+", " ").strip() + "): every element of the print template needs one of the"
                    + " embedded families, DejaVu Serif, DejaVu Sans or DejaVu Sans Mono");
            return Optional.empty();
        }
        for (String warning : result.refused().isEmpty() ? result.warnings() : List.<String>of()) { // else their echoes
            diagnostics.warning(SourcePosition.ofFile("templates/" + template), "PDF: " + warning);
        }
        result.refused().forEach(uri -> refuse(template, uri, diagnostics));
        return result.refused().isEmpty() ? Optional.of(result) : Optional.empty();
    }

    /** Without any date to go by, the PDF would say 1 January 1970: the build says so, at the publication. */
    private void warnOfTheDate(Study study, Diagnostics diagnostics) {
        if (DocumentDate.fallsBack(sourceDateEpoch, study.info())) {
            diagnostics.warning(study.info().publication().at(), "the PDF has no date to carry: without publication.published,"
                    + " presentation.date or SOURCE_DATE_EPOCH it is dated 1970-01-01; give one of them (a month or a year is enough)");
        }
    }

    /**
     * What {@code weft validate} runs of this stage: the print template, as {@link #write} renders it, with the same
     * diagnostics; no layout, which is the costliest part of a build.
     */
    public void check(Study study, Article article, Diagnostics diagnostics) {
        warnOfTheDate(study, diagnostics);
        printDocument(article, diagnostics, Optional.empty());
    }

    /**
     * Warns of each text of the article ({@code articleHtml}, the web page, whose text the PDF prints) that the PDF's
     * fonts cannot print, where the study has it (see {@link MissingGlyphs}).
     */
    public static void checkGlyphs(String articleHtml, Study study, StudyFonts fonts, Diagnostics diagnostics) {
        MissingGlyphs.check(articleHtml, study, fonts, diagnostics);
    }

    /**
     * The print template's document, as XHTML. Not when the build has errors already: the PDF would be discarded, and
     * it is the costliest stage of the build.
     */
    private Optional<String> printDocument(Article article, Diagnostics diagnostics, Optional<String> reviewCopy) {
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return templates.render(TEMPLATE, "article", article.view(), article.words(), diagnostics)
                .map(html -> {
                    weft.render.article.HtmlWriter.notesPrinted(article, html, TEMPLATE, diagnostics);
                    weft.render.article.HtmlWriter.partsStyled(html, html, "print.css", diagnostics); // inlined
                    return html;
                })
                .flatMap(html -> readsNothingOutside(TEMPLATE, PrintDocument.print(html, article.outline(), figures(article),
                        doc -> reviewCopy.ifPresent(marked -> MarkedUp.transfer(org.jsoup.Jsoup.parse(marked), doc))),
                        diagnostics));
    }

    /** The article's own figures (the coding frame's, whole and in its printed parts) by their ids. */
    private static Map<String, Scene> scenes(Article article) {
        Map<String, Scene> scenes = new java.util.HashMap<>();
        for (ArticleView.SectionView section : article.view().sections()) {
            if (section.figure() != null) {
                scenes.put(section.figure().scene().id(), section.figure().scene());
                section.figure().pageScenes().forEach(page -> scenes.put(page.id(), page));
            }
        }
        return scenes;
    }

    /**
     * The images of the article's figures as {@code data:} addresses, by their names in the publication; an SVG figure as
     * Batik needs it ({@link BatikFigures}).
     */
    private static Map<String, String> figures(Article article) {
        Map<String, String> figures = new java.util.HashMap<>();
        article.images().forEach(image -> figures.put(image.name(), !image.mediaType().equals(SvgDrawing.MEDIA_TYPE)
                ? image.dataUri() : "data:" + SvgDrawing.MEDIA_TYPE + ";base64," + java.util.Base64.getEncoder()
                .encodeToString(BatikFigures.prepare(new String(image.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        return figures;
    }

    /** The print document's XHTML; empty when it names files by address, each reported where {@code template} names it. */
    private Optional<String> readsNothingOutside(String template, PrintDocument.Printed printed, Diagnostics diagnostics) {
        printed.addresses().forEach(uri -> refuse(template, uri, diagnostics));
        return printed.addresses().isEmpty() ? Optional.of(printed.xhtml()) : Optional.empty();
    }

    /**
     * A file the print document names by address, which the PDF does not read: an error where the template or print.css
     * names it. Found in the document before the layout, and refused by the renderer should it ask for another.
     */
    private void refuse(String template, String uri, Diagnostics diagnostics) {
        diagnostics.error(templates.locate(uri, List.of(template, "print.css")), "the PDF reads nothing from outside the"
                + " build and leaves out '" + uri + "': a font goes in templates/fonts/ (print.css names it by its family),"
                + " a style in print.css, an image in the template as a data: address");
    }

    /**
     * The inputs as the manifest lists them, read again and checked against its hashes, and the manifest. The study's
     * fonts are not attached: the PDF embeds the glyphs it uses, and a font's licence may allow that but not passing on
     * its file. They are checked against the manifest, since the PDF is set in them. Nor are the figures' images: the PDF
     * shows each without the metadata its file may carry (see {@link weft.read.ImageBytes}); they are checked too.
     */
    private static Optional<List<Attachment>> attachments(Path project, Manifest manifest, StudyFonts fonts,
                                                          Article article, Diagnostics diagnostics) {
        List<Attachment> files = new ArrayList<>();
        boolean complete = true;
        for (Map.Entry<String, String> input : manifest.inputs().entrySet()) {
            String path = input.getKey();
            if (path.startsWith(StudyFonts.DIR + "/")) {
                if (!fonts.holds(path, input.getValue())) {
                    diagnostics.error(SourcePosition.ofFile(path), CHANGED_DURING_BUILD);
                    complete = false;
                }
                continue;
            }
            if (article.images().stream().anyMatch(image -> image.path().equals(path))) {
                if (article.images().stream().noneMatch(image -> image.path().equals(path)
                        && image.sha256().equals(input.getValue()))) {
                    diagnostics.error(SourcePosition.ofFile(path), CHANGED_DURING_BUILD);
                    complete = false;
                }
                continue;
            }
            Optional<String> refused = InputLinks.refusal(project, path); // the link may have changed since the manifest
            if (refused.isPresent()) {
                diagnostics.error(SourcePosition.ofFile(path), refused.get());
                complete = false;
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(project.resolve(path));
                if (!Manifest.sha256(bytes).equals(input.getValue())) {
                    diagnostics.error(SourcePosition.ofFile(path), CHANGED_DURING_BUILD);
                    complete = false;
                    continue;
                }
                files.add(Attachment.source(path, mimeType(path),
                        "Input of the article (SHA-256 " + input.getValue() + ")", bytes));
            } catch (IOException e) {
                diagnostics.error(SourcePosition.ofFile(path), "cannot read the file to embed it in the PDF: " + e.getMessage());
                complete = false;
            }
        }
        files.add(Attachment.source(OutputNames.MANIFEST, "application/json",
                "The manifest: every input of the article with its SHA-256, and the versions of the tools",
                manifest.toJson().getBytes(StandardCharsets.UTF_8)));
        return complete ? Optional.of(List.copyOf(files)) : Optional.empty();
    }

    static String mimeType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "yaml", "yml" -> "application/yaml";
            case "md" -> "text/markdown";
            case "json" -> "application/json";
            case "bib" -> "application/x-bibtex";
            case "css" -> "text/css";
            case "js" -> "text/javascript";
            default -> "text/plain";
        };
    }
}

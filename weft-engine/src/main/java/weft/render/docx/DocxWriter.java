package weft.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageProperties;
import weft.publish.StableZip;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Author;
import weft.model.StudyInfo;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.article.ArticleCounts;
import weft.render.article.ArticleView;
import weft.render.manuscript.FloatsAtEnd;
import weft.render.manuscript.Manuscript;
import weft.render.pdf.StudyFonts;
import weft.words.Direction;
import weft.words.Words;

/**
 * Writes {@value OutputNames#DOCX}: a title page (title, authors and affiliations, the corresponding author, dates and
 * identifiers), the abstract and keywords (and their translations), the body in Word's heading styles numbered as in the
 * HTML, quotes in the Quote styles with their participant codes and without evidence links, the coding frame as a
 * Word table and as a picture with its alternative text, citations and the reference list as the study's CSL style
 * formats them. The document's language is the study's; its properties are the title, authors, keywords and the
 * document's date. The same input gives the same bytes.
 */
public final class DocxWriter {

    /** A4 with margins of 2.54 cm: the text is 451 points wide. */
    static final double TEXT_WIDTH_PT = (11906 - 2 * 1440) / 20.0;
    /** The tallest a figure may be: the text's height less room for its caption. */
    static final double FIGURE_HEIGHT_PT = (16838 - 2 * 1440) / 20.0 - 100;

    private DocxWriter() {
    }

    public static void write(StudyInfo info, ArticleView view, Manuscript manuscript, Words words, Instant date,
                             StudyFonts fonts, OutputFiles publication, Diagnostics diagnostics, BuildCache cache) {
        write(info, view, manuscript, words, date, fonts, publication, diagnostics, cache, Optional.empty());
    }

    /**
     * As {@link #write(StudyInfo, ArticleView, Manuscript, Words, Instant, StudyFonts, OutputFiles, Diagnostics,
     * BuildCache)}; given {@code reviewCopy}, the article's web page marked up as a review copy, the document's
     * paragraphs are marked as its passages are ({@link DocxReviewMarks}).
     */
    public static void write(StudyInfo info, ArticleView view, Manuscript manuscript, Words words, Instant date,
                             StudyFonts fonts, OutputFiles publication, Diagnostics diagnostics, BuildCache cache,
                             Optional<String> reviewCopy) {
        document(OutputNames.DOCX, info, view, manuscript, Optional.empty(), words, date, fonts, publication, diagnostics,
                cache, reviewCopy);
    }

    /**
     * Writes {@value OutputNames#TITLE_PAGE}, the title page apart that journals with double-anonymous review ask for
     * beside the anonymised manuscript: the title block of {@code view}, the article's counts ({@code counts}: its words,
     * tables and figures) and the back sections of {@code sections} (by anchor: those an anonymised copy leaves out).
     */
    public static void writeTitlePage(StudyInfo info, ArticleView view, java.util.Set<String> sections, ArticleCounts counts,
                                      Words words, Instant date, StudyFonts fonts, OutputFiles publication,
                                      Diagnostics diagnostics, BuildCache cache) {
        ArticleView page = view.titlePage(sections);
        document(OutputNames.TITLE_PAGE, info, page, weft.render.manuscript.ManuscriptReader.read(page, words),
                Optional.of(counts), words, date, fonts, publication, diagnostics, cache, Optional.empty());
    }

    private static void document(String name, StudyInfo info, ArticleView view, Manuscript manuscript,
                                 Optional<ArticleCounts> counts, Words words, Instant date, StudyFonts fonts,
                                 OutputFiles publication, Diagnostics diagnostics, BuildCache cache,
                                 Optional<String> reviewCopy) {
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean rightToLeft = Direction.isRightToLeft(info.language());
            styles(doc, info.language(), rightToLeft, info.presentation().lineSpacing());
            page(doc, info.presentation().lineNumbers() && counts.isEmpty()); // a title page's lines are not reviewed
            DocxText text = new DocxText(doc, manuscript, rightToLeft);
            DocxBody body = new DocxBody(text, DocxLists.of(doc), diagnostics, fonts, cache, publication.files());
            headerAndFooter(doc, text, manuscript);
            titlePage(text, info, view, manuscript, words);
            counts.ifPresent(c -> titlePageFacts(text, info, c, words));
            abstracts(text, body, view, manuscript, words);
            // a submission's tables and figures after the references, a callout where each stood (a journal's request)
            Optional<FloatsAtEnd> moved = info.presentation().tablesAndFiguresAtEnd()
                    ? Optional.of(FloatsAtEnd.of(manuscript, words)) : Optional.empty();
            body.write(moved.map(FloatsAtEnd::body).orElse(manuscript.body()));
            body.write(moved.map(FloatsAtEnd::back).orElse(manuscript.back()));
            references(text, manuscript, words);
            moved.ifPresent(m -> {
                body.writeOnOwnPages(m.tables());
                body.writeOnOwnPages(m.figures());
            });
            body.writeAppendices(manuscript.appendices());
            properties(doc, info, view, date);
            reviewCopy.ifPresent(marked -> DocxReviewMarks.mark(doc, org.jsoup.Jsoup.parse(marked)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            publication.add(name, StableZip.rewrite(out.toByteArray(), zipTime(date)));
        } catch (IOException | XmlException | InvalidFormatException e) {
            diagnostics.error(SourcePosition.ofFile(name), "cannot write the Word document: " + e.getMessage());
        }
    }

    /** The body's line spacing in twentieths of a point per line of 12: Weft's 1.5 lines unless the study asks. */
    private static final java.util.Map<String, String> LINES = java.util.Map.of("single", "240", "1.5", "360", "double", "480");

    /**
     * Weft's styles in the study's language; {@code lineSpacing} ("single", "1.5" or "double") sets the spacing of the
     * text, its quotes, lists and references (headings, tables, captions and the title block keep theirs).
     */
    private static void styles(XWPFDocument doc, String language, boolean rightToLeft, String lineSpacing)
            throws IOException, XmlException {
        String xml;
        try (InputStream in = DocxWriter.class.getResourceAsStream("styles.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String lang = language.isEmpty() ? "en" : language;
        xml = xml.replace("{LANG}", lang);
        if (!lineSpacing.equals("1.5")) { // the text's spacing, and the quotes' and references' that set their own
            String line = "w:line=\"" + LINES.get(lineSpacing) + "\"";
            xml = xml.replace("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"360\"",
                            "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" " + line)
                    .replace("<w:spacing w:before=\"120\" w:after=\"160\" w:line=\"276\"",
                            "<w:spacing w:before=\"120\" w:after=\"160\" " + line)
                    .replace("<w:spacing w:after=\"80\" w:line=\"240\"", "<w:spacing w:after=\"80\" " + line);
        }
        if (rightToLeft) {
            // every paragraph right to left (Word's bidi), and headings at the paragraph's start, not at the left
            xml = xml.replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:bidi/>").replace("<w:jc w:val=\"left\"/>", "");
        }
        doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
    }

    /** A4 with 2.5 cm margins; with {@code lineNumbers}, every line numbered in the margin, on from page to page. */
    private static void page(XWPFDocument doc, boolean lineNumbers) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
        if (lineNumbers) { // <w:lnNumType> after <w:pgMar>, as the schema orders them (POI's schema classes have no type for it)
            try (org.apache.xmlbeans.XmlCursor after = margins.newCursor()) {
                after.toEndToken();
                after.toNextToken();
                String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
                after.beginElement(new javax.xml.namespace.QName(w, "lnNumType", "w"));
                after.insertAttributeWithValue(new javax.xml.namespace.QName(w, "countBy", "w"), "1");
                after.insertAttributeWithValue(new javax.xml.namespace.QName(w, "restart", "w"), "continuous");
            }
        }
    }

    /**
     * Every page's header holds the running head (the study's short title, when it gives one) at its end, and its footer
     * the page's number, as a field Word and LibreOffice fill in: what a journal asks of a manuscript's pages.
     */
    private static void headerAndFooter(XWPFDocument doc, DocxText text, Manuscript manuscript) {
        if (!manuscript.shortTitle().isEmpty()) {
            XWPFParagraph head = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            // at the end: Word reads a right-to-left paragraph's left and right as its start and end
            head.setAlignment(ParagraphAlignment.RIGHT);
            text.inlines(head, manuscript.shortTitle());
            head.getRuns().forEach(r -> r.setFontSize(9));
            unnumbered(head);
        }
        XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        foot.setAlignment(ParagraphAlignment.CENTER);
        unnumbered(foot);
        var page = foot.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1"); // shown until the field is updated
    }

    /** A header's or footer's paragraph: never counted by the line numbers (LibreOffice would count it). */
    private static void unnumbered(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSuppressLineNumbers();
    }

    private static void titlePage(DocxText text, StudyInfo info, ArticleView view, Manuscript manuscript, Words words) {
        if (view.buildNote() != null && !view.buildNote().isEmpty()) {
            text.run(text.paragraph("ArticleFacts"), view.buildNote()).setItalic(true);
        }
        if (!view.articleType().isEmpty()) {
            text.run(text.paragraph("Subtitle"), view.articleType());
        }
        text.inlines(text.paragraph("Title"), manuscript.title());
        if (!view.authors().isEmpty()) {
            XWPFParagraph authors = text.paragraph("Authors");
            for (int i = 0; i < view.authors().size(); i++) {
                ArticleView.AuthorView a = view.authors().get(i);
                if (i > 0) {
                    text.run(authors, i == view.authors().size() - 1 ? " " + words.get("and") + " " : ", ");
                }
                text.run(authors, a.name());
                String marks = String.join(",", a.marks()) + (a.corresponding() ? ",*" : "");
                if (!marks.isEmpty()) {
                    text.run(authors, marks.startsWith(",") ? marks.substring(1) : marks)
                            .setVerticalAlignment("superscript");
                }
            }
        }
        for (ArticleView.AffiliationView af : view.affiliations()) {
            XWPFParagraph p = text.paragraph("Affiliation");
            text.run(p, af.mark()).setVerticalAlignment("superscript");
            text.run(p, " " + af.name() + (af.country() == null || af.country().isEmpty() ? "" : ", " + af.country()));
        }
        List<Author> corresponding = info.authors().stream().filter(Author::corresponding).toList();
        if (!corresponding.isEmpty()) {
            XWPFParagraph p = text.paragraph("Affiliation");
            text.run(p, "*").setVerticalAlignment("superscript");
            text.run(p, words.get("correspondingAuthor") + " " + corresponding.stream()
                    .map(a -> a.name() + (a.email().isEmpty() ? "" : " (" + a.email() + ")"))
                    .collect(Collectors.joining(", ")));
        }
        for (ArticleView.LabelValue d : view.dates()) {
            text.run(text.paragraph("ArticleFacts"), d.label() + ": " + d.value());
        }
        if (!view.doi().isEmpty()) {
            text.run(text.paragraph("ArticleFacts"), "DOI: " + view.doi());
        }
        if (view.contentNote() != null && !view.contentNote().isEmpty()) {
            text.run(text.paragraph("ArticleFacts"), view.contentNote()).setItalic(true);
        }
    }

    /** What only the title page apart states: each author's ORCID iD (as ORCID asks it written) and the counts. */
    private static void titlePageFacts(DocxText text, StudyInfo info, ArticleCounts c, Words words) {
        for (Author a : info.authors()) {
            if (!a.orcid().isEmpty()) {
                text.run(text.paragraph("ArticleFacts"), a.name() + ": https://orcid.org/" + a.orcid());
            }
        }
        text.run(text.paragraph("ArticleFacts"), words.format("titlePageCounts", java.util.Map.of(
                "text", words.number(c.text(), ""), "abstract", words.number(c.abstractWords(), ""),
                "tables", words.number(c.tables(), ""), "figures", words.number(c.figures(), ""))));
    }

    private static void abstracts(DocxText text, DocxBody body, ArticleView view, Manuscript manuscript, Words words) {
        if (!manuscript.abstractBlocks().isEmpty()) {
            text.heading(1, "abstract", words.get("abstract"));
            body.write(manuscript.abstractBlocks());
            keywords(text, words.get("keywords"), view.keywords());
        }
        for (Manuscript.Translation t : manuscript.translations()) {
            text.language(t.lang(), () -> {
                text.heading(1, "abstract-" + t.lang(), t.heading());
                if (!t.title().isEmpty()) {
                    // an italic paragraph: what its Markdown emphasises is set upright, as in italic type
                    XWPFParagraph title = text.paragraph(null);
                    text.inlines(title, t.title());
                    title.getRuns().forEach(r -> r.setItalic(!r.isItalic()));
                }
                body.write(t.abstractBlocks());
                keywords(text, t.keywordsLabel(), t.keywords());
            });
        }
    }

    private static void keywords(DocxText text, String label, List<String> keywords) {
        if (keywords.isEmpty()) {
            return;
        }
        XWPFParagraph p = text.paragraph("Keywords");
        text.run(p, label).setBold(true);
        text.run(p, " " + String.join(", ", keywords));
    }

    private static void references(DocxText text, Manuscript manuscript, Words words) {
        if (manuscript.references().isEmpty()) {
            return;
        }
        text.heading(1, "references", words.get("references"));
        for (Manuscript.Reference r : manuscript.references()) {
            XWPFParagraph p = text.paragraph("Bibliography");
            text.bookmark(p, r.id());
            if (!r.label().isEmpty()) {
                text.run(p, r.label());
                text.run(p, "").addTab();
            }
            text.inlines(p, r.text());
        }
    }

    private static void properties(XWPFDocument doc, StudyInfo info, ArticleView view, Instant date)
            throws InvalidFormatException {
        PackageProperties core = doc.getPackage().getPackageProperties();
        core.setTitleProperty(view.title());
        core.setCreatorProperty(Optional.of(info.authors().stream().map(Author::name).collect(Collectors.joining("; "))));
        core.setKeywordsProperty(Optional.of(String.join(", ", info.keywords())));
        core.setLanguageProperty(Optional.of(info.language()));
        core.setSubjectProperty(Optional.ofNullable(view.articleType()));
        core.setCreatedProperty(Optional.of(Date.from(date)));
        core.setModifiedProperty(Optional.of(Date.from(date)));
        core.setLastModifiedByProperty(Optional.empty());
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Weft");
    }

    /** The date in the zip entries: the document's, in UTC; DOS times begin in 1980. */
    private static LocalDateTime zipTime(Instant date) {
        LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        return time.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : time;
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.PdfLines;
import weft.support.TestProjects;

/**
 * An article whose language is written right to left (the Arabic test study: synthetic text) is right to left as a
 * whole in every format: the web page and the evidence site say so ({@code dir="rtl"}), the PDF sets its lines from the
 * right margin, the Word document's paragraphs and tables run right to left; what is in a left-to-right language within
 * it (an English abstract, an English reference, a Finnish original) runs left to right. A left-to-right study stays so,
 * but for a quote in a right-to-left language.
 */
class RightToLeftTest {

    /** A4 with 22 mm side margins (print.css), in points. */
    private static final float MARGIN = 22 / 25.4f * 72;
    @TempDir
    Path temp;
    static OutputFiles arabic;
    static OutputFiles english;

    @BeforeAll
    static void build() {
        arabic = TestProjects.publication(TestProjects.fixture("arabic-study"));
        english = TestProjects.publication(TestProjects.fixture("mini-study"));
    }

    @Test
    void the_web_pages_are_right_to_left_and_what_is_in_another_language_left_to_right() {
        Document article = Jsoup.parse(arabic.text("index.html"));
        assertThat(article.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(article.selectFirst("section.abstract-translation[lang=en]").attr("dir")).isEqualTo("ltr");
        assertThat(article.select("#references li.csl-entry")).isNotEmpty()
                .allSatisfy(li -> assertThat(li.attr("dir")).as("a reference's own direction").isEqualTo("auto"));
        assertThat(article.select(".article-facts a[href^=https://doi.org/]").attr("dir")).isEqualTo("ltr");
        Document overview = Jsoup.parse(arabic.text("evidence/index.html"));
        assertThat(overview.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Document quote = Jsoup.parse(arabic.text("evidence/quotes/we-cook.html"));
        assertThat(quote.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(quote.selectFirst(".original blockquote[lang=fi]").attr("dir")).as("the Finnish original").isEqualTo("ltr");

        assertThat(article.select("#fig-coding-frame figcaption").text()).as("the mirrored figure's counts are at the left")
                .contains("الرقم على يسار كل مربع");

        Document englishArticle = Jsoup.parse(english.text("index.html"));
        assertThat(englishArticle.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(englishArticle.select("#fig-coding-frame figcaption").text()).contains("The figure at the right of each box");
        assertThat(Jsoup.parse(english.text("evidence/index.html")).selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void the_pdf_sets_the_arabic_lines_from_the_right_margin_and_the_english_ones_from_the_left() {
        List<PdfLines.Line> lines = PdfLines.of(arabic.files().get("article.pdf"));
        for (String arabicText : List.of("ظهر موضوعان", "النتائج", "يصف سكان المساكن المشتركة")) {
            PdfLines.Line line = PdfLines.find(lines, arabicText);
            assertThat(line.rightSpace()).as("'%s' ends at the right margin", arabicText).isCloseTo(MARGIN, offset(3f));
            assertThat(line.left()).as("'%s' is short: it does not reach the left margin", arabicText).isGreaterThan(2 * MARGIN);
        }
        for (String englishText : List.of("Residents of shared housing describe their meals", "Eating Together")) {
            PdfLines.Line line = PdfLines.find(lines, englishText);
            assertThat(line.left()).as("'%s' begins at the left margin", englishText).isCloseTo(MARGIN, offset(3f));
            assertThat(line.rightSpace()).as("'%s' is short: it does not reach the right margin", englishText)
                    .isGreaterThan(2 * MARGIN);
        }
        PdfLines.Line englishArticle = PdfLines.find(PdfLines.of(english.files().get("article.pdf")), "Two themes emerged");
        assertThat(englishArticle.left()).as("a left-to-right article's paragraph").isCloseTo(MARGIN, offset(3f));
    }

    /**
     * A table's columns from the right in the PDF, as the web page has them: openhtmltopdf lays tables out from the left,
     * so the print document puts each row's cells in the reverse order. Table 1's first column (the section's number)
     * is at the right margin, its last (the quotes in all) at the left.
     */
    @Test
    void the_pdfs_tables_run_from_the_right() {
        List<PdfLines.Line> lines = PdfLines.of(arabic.files().get("article.pdf"));
        PdfLines.Line section = PdfLines.find(lines, "القسم");
        PdfLines.Line level = PdfLines.find(lines, "المستوى");
        PdfLines.Line inAll = PdfLines.find(lines, "مجموع الاقتباسات");
        assertThat(section.rightSpace()).as("the first column's header at the right margin").isCloseTo(MARGIN, offset(6f));
        assertThat(inAll.left()).as("the last column's header at the left margin").isCloseTo(MARGIN, offset(6f));
        assertThat(level.right()).as("the level between them").isLessThan(section.left()).isGreaterThan(inAll.right());
        PdfLines.Line number = PdfLines.find(lines, "3.1");
        assertThat(number.page()).isEqualTo(section.page());
        assertThat(number.rightSpace()).as("a row's section number under its header").isCloseTo(MARGIN, offset(6f));
        PdfLines.Line englishSection = PdfLines.find(PdfLines.of(english.files().get("article.pdf")), "Section");
        assertThat(englishSection.left()).as("a left-to-right article's table from the left").isCloseTo(MARGIN, offset(6f));
    }

    /**
     * The page footer in the words' own direction: the Arabic study's words file has no word for "Page", so its
     * footer is English, and reads "Page 1 of 2" left to right, centred (the margin box's content laid out alone put it
     * backwards: "2 of 1Page").
     */
    @Test
    void the_page_footer_reads_in_its_words_direction() {
        List<PdfLines.Line> lines = PdfLines.of(arabic.files().get("article.pdf"));
        PdfLines.Line footer = PdfLines.find(lines, "Page 1 of 2");
        assertThat(footer.page()).isEqualTo(1);
        assertThat(footer.left() - footer.pageWidth() + footer.right()).as("centred").isCloseTo(0f, offset(4f));
        assertThat(lines).noneMatch(l -> l.text().contains("of 1Page"));
        assertThat(PdfLines.find(PdfLines.of(english.files().get("article.pdf")), "Page 2 of 2").page()).isEqualTo(2);
    }

    @Test
    void the_word_document_runs_right_to_left_with_its_english_abstract_left_to_right() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(arabic.files().get("article.docx")))) {
            assertThat(defaultParagraph(doc)).as("every paragraph right to left by default").contains("<w:bidi/>");
            assertThat(doc.getTables()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().isSetBidiVisual()).as("first column at the right").isTrue());
            XWPFParagraph english = paragraph(doc, "Residents of shared housing describe their meals.");
            assertThat(english.getCTPPr().isSetBidi()).isTrue();
            assertThat(english.getCTPPr().getBidi().xmlText()).as("left to right").contains("w:val=\"off\"");
            XWPFParagraph arabicParagraph = paragraph(doc, "يصف سكان المساكن المشتركة وجباتهم.");
            assertThat(arabicParagraph.getCTPPr() == null || !arabicParagraph.getCTPPr().isSetBidi())
                    .as("the document's default direction").isTrue();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(english.files().get("article.docx")))) {
            assertThat(defaultParagraph(doc)).doesNotContain("bidi");
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().isSetBidiVisual()).isFalse());
        }
    }

    /** The paragraph properties of the document's defaults, as styles.xml has them. */
    private static String defaultParagraph(XWPFDocument doc) throws IOException {
        try (var in = doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/styles.xml"))
                .getInputStream()) {
            String styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return styles.substring(styles.indexOf("<w:pPrDefault>"), styles.indexOf("</w:pPrDefault>"));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** A quote runs in the direction of its own words: one in Arabic in the English test study, in every format. */
    @Test
    void an_arabic_quote_in_an_english_article_runs_right_to_left() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "The evenings at the table are long and good.",
                "الأمسيات حول المائدة طويلة وجميلة.");
        OutputFiles mixed = TestProjects.publication(project);
        Document article = Jsoup.parse(mixed.text("index.html"));
        assertThat(article.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(article.select("blockquote.quote")).isNotEmpty().allSatisfy(q -> assertThat(q.attr("dir")).isEqualTo("auto"));
        assertThat(Jsoup.parse(mixed.text("evidence/quotes/long-evenings.html")).select("blockquote").first().attr("dir"))
                .isEqualTo("auto");

        List<PdfLines.Line> lines = PdfLines.of(mixed.files().get("article.pdf"));
        PdfLines.Line arabic = PdfLines.find(lines, "الأمسيات حول المائدة");
        float indent = 18 + 8 + 1.5f; // the quote's margin, padding and rule (print.css)
        assertThat(arabic.rightSpace()).as("the Arabic quote ends at the quotation's right edge")
                .isCloseTo(MARGIN + indent, offset(3f));
        assertThat(arabic.left()).isGreaterThan(3 * MARGIN);
        PdfLines.Line english = PdfLines.find(lines, "Same table, same people");
        assertThat(english.left()).as("an English quote still begins at the left").isCloseTo(MARGIN + indent, offset(3f));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(mixed.files().get("article.docx")))) {
            XWPFParagraph quote = doc.getParagraphs().stream().filter(p -> p.getText().contains("الأمسيات")).findFirst()
                    .orElseThrow();
            assertThat(quote.getCTPPr().getBidi().xmlText()).as("right to left").contains("w:val=\"on\"");
            XWPFParagraph englishQuote = doc.getParagraphs().stream().filter(p -> p.getText().contains("Same table"))
                    .findFirst().orElseThrow();
            assertThat(englishQuote.getCTPPr().isSetBidi()).isFalse();
        }
    }

    /**
     * A quote with an invisible control of the text's direction (pasted from a forum, or hostile: U+202E reverses the
     * words after it): a warning at the control. The Arabic study, written right to left without controls, has none.
     */
    @Test
    void a_quote_with_a_direction_control_is_a_warning_at_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "text: We cook on Sundays",
                "text: We cook \u202Eon Sundays");
        weft.build.BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).contains("WARNING coded-data/quotes/quotes.yaml:3:19: quote 'we-cook'"
                + " holds an invisible control of the text's direction, U+202E (RIGHT-TO-LEFT OVERRIDE), which reorders how"
                + " the words after it are shown; remove it unless the words need it");
        assertThat(TestProjects.diagnostics(TestProjects.render(TestProjects.fixture("arabic-study"))))
                .noneMatch(d -> d.contains("invisible control"));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's callouts ({@code ::: {.callout-note title="…"}}, a heading as the title, {@code ::: callout-tip}), as an
 * article's "Strengths and limitations of this study" or "Key messages" box is written: a box set apart from the text,
 * its title first, in the web page, the PDF, the Word document and the JATS.
 */
class CalloutTest {

    private static final String BOXES = """

            Before the boxes.

            ::: {.callout-note title="Strengths and limitations of this study"}
            - The families were *interviewed* twice.
            - One site only.
            :::

            ::: callout-tip
            ## Key messages

            Meals matter.
            :::

            ::: {.callout-important collapse="true" title="<script>alert(1)</script> & more"}
            Untitled? No: the title is text.

            ### A heading in the box
            :::

            ::: {.callout-warning lang=fi}
            Kotona on hyvä olla.
            :::

            ::: {.callout-caution title="Counts"}
            | Site | Families |
            |------|----------|
            | A    | 12       |
            :::

            After the boxes.

            ## A heading after them
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        built = TestProjects.Built.withMethods(temp.resolve("callouts"), BOXES);
    }

    @Test
    void the_web_page_sets_each_box_apart_with_its_title_first() {
        Element methods = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods");
        List<Element> boxes = methods.select("div.callout");
        assertThat(boxes).extracting(b -> b.attr("role")).containsOnly("note");
        assertThat(boxes).extracting(Element::className).containsExactly("callout callout-note", "callout callout-tip",
                "callout callout-important", "callout callout-warning", "callout callout-caution");
        assertThat(boxes.get(4).select("table td").eachText()).containsExactly("A", "12");
        assertThat(boxes.get(0).child(0).is("p.callout-title")).isTrue();
        assertThat(boxes.get(0).child(0).text()).isEqualTo("Strengths and limitations of this study");
        assertThat(boxes.get(0).select("li").eachText()).containsExactly("The families were interviewed twice.",
                "One site only.");
        assertThat(boxes.get(1).select("p").eachText()).containsExactly("Key messages", "Meals matter.");
        assertThat(boxes.get(1).select("h2, h3, h4")).as("the title is no heading of the article").isEmpty();
        assertThat(boxes.get(2).child(0).text()).isEqualTo("<script>alert(1)</script> & more");
        assertThat(boxes.get(2).select("script")).isEmpty();
        assertThat(boxes.get(2).select("p strong").eachText()).as("a heading further in: a line in bold")
                .containsExactly("A heading in the box");
        assertThat(boxes.get(3).attr("lang")).isEqualTo("fi");
        assertThat(boxes.get(3).child(0).outerHtml()).as("no title given: the kind's name in the article's language, as"
                + " Quarto prints it, marked as English in a Finnish box").isEqualTo("<p class=\"callout-title\" lang=\"en\">Warning</p>");
        assertThat(methods.text()).doesNotContain(":::", "callout-", "title=");
        // the heading that was a box's title is not numbered: the one after the boxes takes the number
        assertThat(methods.select("h3").eachText()).containsExactly("2.1 A heading after them");
    }

    @Test
    void attributes_of_a_callout_weft_does_not_read_are_a_warning_at_the_fence() {
        assertThat(TestProjects.diagnostics(built.result())).singleElement().asString().isEqualTo("WARNING content/methods.md:22:1:"
                + " of this fenced div ('::: {.callout-important collapse=\"true\" title=\"<script>al...'),"
                + " Weft does not read collapse=\"true\": a callout is a box with its title in every format; its id is read"
                + " when it is a cross-reference label of its kind (#nte- for a note, #tip- a tip, #imp- important, #cau-"
                + " caution, #wrn- a warning); other ids and classes and Quarto's screen options (collapse, appearance, icon)"
                + " are not read");
    }

    @Test
    void the_pdf_prints_the_box_shaded_with_its_title() throws Exception {
        byte[] pdf = built.publication().files().get("article.pdf");
        assertThat(TestProjects.pdfText(pdf)).containsSubsequence("Before the boxes.",
                "Strengths and limitations of this study", "The families were interviewed twice.", "Key messages",
                "Meals matter.", "After the boxes.");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int page = 0;
            for (int i = 1; i <= doc.getNumberOfPages() && page == 0; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                page = stripper.getText(doc).contains("Meals matter.") ? i : 0;
            }
            assertThat(page).isPositive();
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 50);
            int shaded = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    shaded += (image.getRGB(x, y) & 0xFFFFFF) == 0xF2F2F2 ? 1 : 0;
                }
            }
            assertThat(shaded).as("pixels of the boxes' shading").isGreaterThan(2_000);
        }
    }

    @Test
    void the_word_document_puts_each_box_in_a_shaded_cell_its_title_in_bold() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            List<IBodyElement> body = doc.getBodyElements();
            int before = body.stream().map(e -> e instanceof XWPFParagraph p ? p.getText() : "").toList()
                    .indexOf("Before the boxes.");
            assertThat(before).isPositive();
            XWPFTable first = (XWPFTable) body.get(before + 1);
            XWPFTableCell cell = first.getRow(0).getCell(0);
            assertThat(first.getNumberOfRows()).isOne();
            assertThat(cell.getColor()).isEqualTo("F2F2F2");
            assertThat(first.getRow(0).isCantSplitRow()).as("not broken across pages where it fits one").isTrue();
            assertThat(cell.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "Strengths and limitations of this study", "The families were interviewed twice.", "One site only.");
            assertThat(cell.getParagraphs().get(0).getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
            assertThat(cell.getParagraphs().get(1).getNumID()).as("a bulleted list in the box").isNotNull();
            List<String> cells = body.stream().filter(e -> e instanceof XWPFTable).map(e -> ((XWPFTable) e).getText().strip())
                    .toList();
            assertThat(cells).contains("Key messages\tMeals matter.", "Warning\tKotona on hyvä olla.");
            // a box that holds a table: Word's cell takes paragraphs alone here, so its title in bold, then the table
            int counts = body.stream().map(e -> e instanceof XWPFParagraph p ? p.getText() : "").toList().indexOf("Counts");
            assertThat(((XWPFParagraph) body.get(counts)).getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
            assertThat(((XWPFTable) body.get(counts + 1)).getText()).contains("Site", "Families", "12");
        }
    }

    @Test
    void style_sheets_copied_before_boxes_are_each_a_warning(@TempDir Path copied) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(copied.resolve("study"), BOXES);
        java.nio.file.Files.createDirectories(project.resolve("templates"));
        for (String sheet : List.of("style.css", "print.css")) {
            try (var in = CalloutTest.class.getResourceAsStream("/weft/templates/" + sheet)) {
                String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                java.nio.file.Files.writeString(project.resolve("templates/" + sheet), css.replaceAll("(?m)^.*callout.*$", ""));
            }
        }
        assertThat(TestProjects.diagnostics(TestProjects.built(project))).contains("WARNING templates/style.css: the"
                + " article has boxes (Quarto's callouts), and this style sheet has no rule for them (.callout): each is"
                + " printed as plain paragraphs; the project's style.css is a copy made before Weft set boxes apart: copy"
                + " the rules for .callout and .callout-title from Weft's style.css", "WARNING templates/print.css: the"
                + " article has boxes (Quarto's callouts), and this style sheet has no rule for them (.callout): each is"
                + " printed as plain paragraphs; the project's print.css is a copy made before Weft set boxes apart: copy"
                + " the rules for .callout and .callout-title from Weft's print.css");
    }

    @Test
    void an_untitled_box_of_a_study_in_finnish_is_titled_in_finnish_in_every_format(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: callout-important
                Kotona on hyvä olla.
                :::

                ::: {.callout-tip title="Oma otsikko"}
                Otsikko annettu.
                :::
                """);
        Path study = project.resolve("coded-data/study.yaml");
        java.nio.file.Files.writeString(study, java.nio.file.Files.readString(study).replaceFirst("(?m)^language: en$",
                "language: fi"));
        weft.publish.OutputFiles publication = TestProjects.built(project).publication().orElseThrow();
        List<Element> titles = Jsoup.parse(publication.text("index.html")).select("#sec-methods p.callout-title");
        assertThat(titles).extracting(Element::outerHtml).containsExactly("<p class=\"callout-title\">Tärkeää</p>",
                "<p class=\"callout-title\">Oma otsikko</p>");
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).containsSubsequence("Tärkeää",
                "Kotona on hyvä olla.", "Oma otsikko");
        assertThat(publication.text("article.jats.xml").replaceAll(">\\s+<", "><")).contains(
                "<boxed-text content-type=\"callout-important\"><caption><title>Tärkeää</title>");
    }

    @Test
    void a_box_or_a_list_in_the_abstract_keeps_the_jats_valid(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), "");
        java.nio.file.Files.writeString(project.resolve("content/abstract.md"), "\n::: {.callout-note title=\"Key"
                + " messages\"}\n- Meals matter.\n:::\n\n- A list of the abstract's own.\n", java.nio.file.StandardOpenOption.APPEND);
        String jats = TestProjects.built(project).publication().orElseThrow().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<abstract><p>Residents of shared housing describe meals.</p>"
                + "<p><boxed-text content-type=\"callout-note\"><caption><title>Key messages</title>",
                "<p><list list-type=\"bullet\"><list-item><p>A list of the abstract\u2019s own.</p>");
    }

    @Test
    void the_jats_has_boxed_text_with_its_title_as_caption() throws Exception {
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<boxed-text content-type=\"callout-note\"><caption><title>Strengths and limitations of"
                + " this study</title></caption><list list-type=\"bullet\">", "<boxed-text content-type=\"callout-tip\">"
                + "<caption><title>Key messages</title></caption><p>Meals matter.</p></boxed-text>",
                "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title></caption><p>Untitled? No: the title is text.</p>"
                + "<p><bold>A heading in the box</bold></p></boxed-text>");
    }
}

package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * A manuscript written in Word ({@code weft import paper.docx}): read as Markdown, then cut as a Pandoc manuscript is.
 * The Word documents are Weft's own (its article.docx, written by Apache POI as Word writes one: heading styles,
 * numbering, footnotes, tables, pictures with captions) and documents made here for what Weft's has not (another
 * language's heading style, a reference manager's field, tracked changes, text that would read as Markdown).
 */
class DocxManuscriptTest {

    @TempDir
    Path temp;

    private record Run(Optional<ManuscriptImport.Imported> imported, List<String> diagnostics, List<String> written) {
    }

    private Run importInto(Path project, Path document) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(document, project, diagnostics);
        List<String> written = imported.isPresent() ? ManuscriptImport.write(project, imported.get()) : List.of();
        return new Run(imported, diagnostics.sorted().stream().map(Object::toString).toList(), written);
    }

    private static String body(Path project, String path) throws IOException {
        String text = Files.readString(project.resolve(path));
        return text.substring(text.indexOf("\n---\n") + 5);
    }

    @Test
    void weft_s_own_word_document_comes_back_as_the_sections_it_was_written_from() throws IOException {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("written"));
        Files.writeString(study.resolve("content/methods.md"), """
                ---
                id: methods
                title: Methods
                kind: section
                order: 20
                ---
                We read *every* post, **twice**, as m^2^ and a note says.^[The note’s *own* words.] See [the forum](https://example.org/forum).

                - first
                - second
                    - nested

                Then:

                1. one
                2. two
                """);
        byte[] docx = TestProjects.publication(study).files().get("article.docx");
        Path paper = Files.write(Files.createDirectories(temp.resolve("paper")).resolve("paper.docx"), docx);
        Path project = temp.resolve("imported");

        Run run = importInto(project, paper);

        assertThat(run.imported()).isPresent();
        assertThat(run.imported().get().report()).containsSubsequence(
                "  content/abstract.md: abstract 'Abstract', order 10 (paper.docx paragraph 12)",
                "  content/introduction.md: section 'Introduction', order 20 (paper.docx paragraph 15)",
                "  content/methods.md: section 'Methods', order 30 (paper.docx paragraph 20)",
                "  content/results.md: results 'Results', order 40 (paper.docx paragraph 28)",
                "  content/discussion.md: section 'Discussion', order 50 (paper.docx paragraph 43)",
                "Left out 'References' (paragraph 47): Weft prints the references list after the sections, from the works the"
                        + " text cites");
        assertThat(run.diagnostics()).contains(
                "WARNING paper.docx: paragraph 15: the heading's number '1.' is left out of the section's title: Weft numbers the sections",
                "WARNING paper.docx: paragraph 18: the heading's number '1.1' is left out: Weft numbers the subsections");
        assertThat(body(project, "content/methods.md")).isEqualTo("""
                We read *every* post, **twice**, as m^2^ and a note says.^[The note’s *own* words.] See [the forum](https://example.org/forum).

                - first
                - second
                    - nested

                Then:

                1. one
                1. two
                """);
        assertThat(body(project, "content/abstract.md")).isEqualTo("Residents of shared housing describe meals.\n\n**Key words:** Meals, Housing\n");
        assertThat(body(project, "content/introduction.md")).contains("## Aim\n\nTo describe meals. Raw \\<b onclick=\"x()\"\\>HTML\\</b\\>");
        assertThat(run.imported().get().report()).contains("Mind: the document's title and subtitle are not imported: give"
                + " them in coded-data/study.yaml (title), which an import does not write");
        assertThat(run.written()).contains("Copied content/figures/picture-1.png");

        TestProjects.copyTree(study.resolve("coded-data"), project.resolve("coded-data"));
        Files.copy(study.resolve("content/references.bib"), project.resolve("content/references.bib"));
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("#sec-methods").text()).contains("We read every post, twice, as m2 and a note says.",
                "first second nested", "one two");
        assertThat(article.select("#sec-methods em").eachText()).contains("every");
        assertThat(article.select("#sec-methods a[href=https://example.org/forum]").eachText()).containsExactly("the forum");
    }

    @Test
    void a_heading_style_of_another_language_a_reference_managers_field_and_hostile_text_are_read_as_written() throws Exception {
        XWPFDocument document = new XWPFDocument();
        CTStyle heading = CTStyle.Factory.newInstance();
        heading.setStyleId("berschrift1");
        heading.setType(STStyleType.PARAGRAPH);
        heading.addNewName().setVal("\u00dcberschrift 1");
        heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        document.createStyles().addStyle(new XWPFStyle(heading));
        CTStyle quote = CTStyle.Factory.newInstance();
        quote.setStyleId("Zitat");
        quote.setType(STStyleType.PARAGRAPH);
        quote.addNewName().setVal("Quote");
        document.getStyles().addStyle(new XWPFStyle(quote));
        CTStyle abstractStyle = CTStyle.Factory.newInstance();
        abstractStyle.setStyleId("Abstract");
        abstractStyle.setType(STStyleType.PARAGRAPH);
        abstractStyle.addNewName().setVal("Abstract");
        document.getStyles().addStyle(new XWPFStyle(abstractStyle));
        XWPFParagraph summary = document.createParagraph();
        summary.setStyle("Abstract");
        summary.createRun().setText("Wir lasen Beiträge.");
        XWPFParagraph title = document.createParagraph();
        title.setStyle("berschrift1");
        title.createRun().setText("Methoden");
        XWPFParagraph text = document.createParagraph();
        text.createRun().setText("Wie {{quote:we-cook}} und @handle schrieben, *nicht* [@lee2019] <script>x</script> ");
        XWPFRun begin = text.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        text.createRun().getCTR().addNewInstrText().setStringValue(" ADDIN ZOTERO_ITEM CSL_CITATION {\"citationID\":\"x\"} ");
        text.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text.createRun().setText("(Lee, 2019)");
        text.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.createParagraph().createRun().setText("2020. Ein Jahr, - kein Listenpunkt.");
        XWPFParagraph said = document.createParagraph();
        said.setStyle("Zitat");
        XWPFRun words = said.createRun();
        words.setText("- Wir kochen sonntags.");
        words.addBreak();
        words.setText("Alle bringen etwas mit.");
        document.createParagraph().getCTP().addNewOMath().addNewR().addNewT2().setStringValue("E=mc2");
        XWPFParagraph linked = document.createParagraph();
        linked.createRun().setText("Siehe ");
        linked.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        linked.createRun().getCTR().addNewInstrText().setStringValue(" HYPERLINK \"https://example.org/forum\" ");
        linked.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        linked.createRun().setText("das Forum");
        linked.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        linked.createRun().setText(".");
        linked.createRun().getCTR().addNewPict().set(org.apache.xmlbeans.XmlObject.Factory.parse("<w:pict"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>In einem Kasten</w:t></w:r></w:p></w:txbxContent>"
                + "</v:textbox></v:shape></w:pict>"));
        document.createComments().createComment(BigInteger.ONE).createParagraph().createRun().setText("Check this.");
        // a chart, a SmartArt graphic and an Excel sheet embedded: none is read, each is counted
        document.createChart(document.createParagraph().createRun(), 3_000_000, 2_000_000);
        document.createParagraph().createRun().getCTR().addNewDrawing().set(org.apache.xmlbeans.XmlObject.Factory.parse("<w:drawing"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><wp:inline><wp:extent cx=\"1\" cy=\"1\"/>"
                + "<wp:docPr id=\"90\" name=\"Diagram 1\"/><a:graphic><a:graphicData"
                + " uri=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\"/></a:graphic></wp:inline></w:drawing>"));
        document.createParagraph().createRun().getCTR().addNewObject().set(org.apache.xmlbeans.XmlObject.Factory.parse("<w:object"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\""
                + " ObjectID=\"_1\"/></w:object>"));
        Path paper = write(document, "paper.docx");

        Run run = importInto(temp.resolve("study"), paper);

        assertThat(run.diagnostics()).containsExactly(
                "WARNING paper.docx: 1 SmartArt graphic left out: SmartArt is not read: save each as a picture (right-click,"
                        + " Save as Picture) and put the picture in its place, with its caption, to import it as a figure",
                "WARNING paper.docx: 1 chart left out: Word's charts are not read: save each as a picture (right-click, Save as"
                        + " Picture) and put the picture in its place, with its caption, to import it as a figure",
                "WARNING paper.docx: 1 citation of a reference manager (Zotero, Mendeley,"
                + " EndNote) kept as printed, text Weft does not link to its references: write each as Pandoc's [@key], the key"
                + " of content/references.bib (Zotero with Better BibTeX exports the keys)",
                "WARNING paper.docx: 1 comment left out: a reviewer's comments are no part of the text",
                "WARNING paper.docx: 1 embedded object left out: objects of other programs (an Excel sheet) are not read: paste"
                        + " a table as a Word table, anything else as a picture",
                "WARNING paper.docx: 1 equation left out: Word's equations are not read: write each as text, or as a figure",
                "WARNING paper.docx: 1 text box left out: the text of text boxes and shapes is not read: move it into the text");
        assertThat(run.written()).containsExactly("Wrote content/abstract.md", "Wrote content/methoden.md");
        assertThat(body(temp.resolve("study"), "content/abstract.md")).isEqualTo("Wir lasen Beiträge.\n");
        assertThat(Files.readString(temp.resolve("study/content/abstract.md"))).contains("kind: abstract\n");
        assertThat(body(temp.resolve("study"), "content/methoden.md")).isEqualTo("Wie \\{\\{quote:we-cook\\}\\} und \\@handle"
                + " schrieben, \\*nicht\\* \\[\\@lee2019\\] \\<script\\>x\\</script\\> (Lee, 2019)\n\n2020\\. Ein Jahr, - kein"
                + " Listenpunkt.\n\n> \\- Wir kochen sonntags.\\\n> Alle bringen etwas mit.\n\nSiehe [das Forum](https://example.org/forum).\n");
    }

    /**
     * Word's cross-references to a figure or a table ("see Figure 1", a REF field naming the bookmark its caption holds)
     * or to a heading become Weft's ({@code @fig-picture-1}, {@code @sec-sampling}), so that the numbers follow Weft's
     * numbering; one to a heading by its title is a link to it; one to what is neither keeps its printed text.
     */
    @Test
    void words_cross_references_to_captions_and_headings_become_wefts() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        for (String[] style : new String[][] {{"Heading1", "heading 1"}, {"Heading2", "heading 2"}, {"Caption", "caption"}}) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId(style[0]);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal(style[1]);
            styles.addStyle(new XWPFStyle(ct));
        }
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Heading1");
        heading.createRun().setText("Methods");
        XWPFParagraph text = document.createParagraph();
        text.createRun().setText("As ");
        reference(text, "_Ref100", "Figure 1");
        text.createRun().setText(" and table ");
        reference(text, "_Ref200", "1");
        text.createRun().setText(" show, and ");
        reference(text, "_Ref999", "Section 2");
        text.createRun().setText(", as ");
        reference(text, "_Ref300", "Section 1.1");
        text.createRun().setText(" (");
        reference(text, "_Ref300", "Sampling");
        text.createRun().setText(") says.");
        XWPFParagraph sampling = document.createParagraph();
        sampling.setStyle("Heading2");
        var mark = sampling.getCTP().addNewBookmarkStart();
        mark.setName("_Ref300");
        mark.setId(BigInteger.valueOf(300));
        sampling.createRun().setText("1.1 Sampling");
        sampling.getCTP().addNewBookmarkEnd().setId(mark.getId());
        byte[] png = Files.readAllBytes(TestProjects.defaultStudy()
                .resolve("weft-engine/src/test/resources/invalid/prose-images/content/figures/plan.png"));
        document.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png),
                org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "plan.png", 914400, 457200);
        caption(document, "_Ref100", "Figure 1. The plan");
        XWPFTable table = document.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Site");
        table.getRow(0).getCell(1).setText("Posts");
        table.getRow(1).getCell(0).setText("North");
        table.getRow(1).getCell(1).setText("12");
        caption(document, "_Ref200", "Table 1: The sites");

        Run run = importInto(temp.resolve("study"), write(document, "paper.docx"));

        assertThat(run.diagnostics()).containsExactly("WARNING paper.docx: paragraph 3: the heading's number '1.1' is left"
                + " out: Weft numbers the subsections");
        assertThat(body(temp.resolve("study"), "content/methods.md")).isEqualTo("""
                As @fig-picture-1 and table [-@tbl-table-1] show, and Section 2, as @sec-sampling ([Sampling](#sec-sampling)) says.

                ## Sampling {#sec-sampling}

                ![The plan](figures/picture-1.png){#fig-picture-1}

                | Site | Posts |
                |---|---|
                | North | 12 |

                : The sites {#tbl-table-1}
                """);
        TestProjects.copyTree(TestProjects.fixture("mini-study").resolve("coded-data"), temp.resolve("study/coded-data"));
        Files.copy(TestProjects.fixture("mini-study").resolve("content/references.bib"), temp.resolve("study/content/references.bib"));
        Document article = Jsoup.parse(TestProjects.publication(temp.resolve("study")).text("index.html"));
        assertThat(article.select("#sec-methods").first().text()).contains("As Figure 1 and table 1 show, and Section 2, as"
                + " Section 1.1 (Sampling) says.");
        assertThat(article.select("#sec-methods a[href=#sec-sampling]").eachText()).containsExactly("Section 1.1", "Sampling");
    }

    private static void reference(XWPFParagraph paragraph, String bookmark, String printed) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" REF " + bookmark + " \\h ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText(printed);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void caption(XWPFDocument document, String bookmark, String words) {
        XWPFParagraph caption = document.createParagraph();
        caption.setStyle("Caption");
        var start = caption.getCTP().addNewBookmarkStart();
        start.setName(bookmark);
        start.setId(BigInteger.valueOf(bookmark.hashCode() & 0xffff));
        caption.createRun().setText(words);
        caption.getCTP().addNewBookmarkEnd().setId(start.getId());
    }

    @Test
    void a_document_with_tracked_changes_without_headings_or_that_is_no_word_document_is_refused_and_nothing_is_written() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph heading = document.createParagraph();
        heading.createRun().setText("Methods");
        heading.getCTP().addNewIns().setAuthor("Reviewer");
        Path tracked = write(document, "tracked.docx");
        Path broken = Files.writeString(temp.resolve("broken.docx"), "not a zip");

        Run run = importInto(temp.resolve("study"), tracked);
        assertThat(run.imported()).isEmpty();
        assertThat(run.diagnostics()).containsExactly("ERROR tracked.docx: the document has tracked changes: accept or reject"
                + " them in Word (Review, Accept), save, and import it again; which words stand is the author's choice");
        XWPFDocument unstyled = new XWPFDocument();
        XWPFRun bold = unstyled.createParagraph().createRun();
        bold.setBold(true);
        bold.setText("Methods");
        unstyled.createParagraph().createRun().setText("We read posts.");
        run = importInto(temp.resolve("study"), write(unstyled, "unstyled.docx"));
        assertThat(run.diagnostics()).containsExactly("ERROR unstyled.docx: no heading to cut the document at: Weft makes a"
                + " section of content/ of each paragraph of Word's style \"Heading 1\" (Home, Styles; a paragraph that is"
                + " only bold or large is no heading to Word); give each section's title that style");
        run = importInto(temp.resolve("study"), broken);
        assertThat(run.diagnostics()).singleElement().asString().startsWith("ERROR broken.docx: the document cannot be read"
                + " (a .docx file of Word or LibreOffice is expected)");
        assertThat(temp.resolve("study")).doesNotExist();
    }

    private Path write(XWPFDocument document, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        document.close();
        return Files.write(temp.resolve(name), bytes.toByteArray());
    }
}

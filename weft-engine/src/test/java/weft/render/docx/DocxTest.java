package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.TestProjects;

/** article.docx of the default study read back with Apache POI: its styles, table, figure and properties. */
class DocxTest {

    static byte[] docx;
    static XWPFDocument doc;
    static Document html;

    @BeforeAll
    static void build() throws IOException {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        docx = result.publication().orElseThrow().files().get("article.docx");
        html = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        doc = new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> textsIn(String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void its_main_parts_are_valid_against_the_office_open_xml_schema() throws Exception {
        for (org.apache.xmlbeans.XmlObject part : List.of(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(part("word/document.xml")),
                org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(part("word/styles.xml")),
                org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(part("word/numbering.xml")),
                org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument.Factory.parse(part("word/footer1.xml")))) {
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            boolean valid = part.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
            assertThat(errors).as(part.schemaType().toString()).isEmpty();
            assertThat(valid).isTrue();
        }
    }

    @Test
    void its_lines_are_numbered_only_when_the_study_asks(@TempDir java.nio.file.Path temp) throws Exception {
        assertThat(doc.getDocument().getBody().getSectPr().xmlText()).doesNotContain("lnNumType");
        java.nio.file.Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:",
                "presentation:\n  lineNumbers: true");
        byte[] numbered = TestProjects.publication(project).files().get("article.docx");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(numbered))) {
            var section = word.getDocument().getBody().getSectPr();
            assertThat(section.xmlText()).containsPattern("<w:pgMar [^>]*/><w:lnNumType w:countBy=\"1\" w:restart=\"continuous\"/>");
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            assertThat(org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(
                    word.getDocument().getDomNode().getOwnerDocument()).validate(
                    new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))).as("%s", errors).isTrue();
        }
    }

    @Test
    void its_text_is_double_spaced_when_the_study_asks(@TempDir java.nio.file.Path temp) throws Exception {
        String styles = part("word/styles.xml");
        assertThat(styles).contains("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"360\"");
        java.nio.file.Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  lineSpacing: double");
        byte[] doubled = TestProjects.publication(project).files().get("article.docx");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(doubled))) {
            assertThat(new String(part(doubled, "word/styles.xml"), StandardCharsets.UTF_8))
                    .contains("<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"480\" w:lineRule=\"auto\"/>");
            assertThat(word.getStyles().getStyle("Quote").getCTStyle().getPPr().getSpacing().getLine().toString()).isEqualTo("480");
            assertThat(word.getStyles().getStyle("Bibliography").getCTStyle().getPPr().getSpacing().getLine().toString()).isEqualTo("480");
            assertThat(word.getStyles().getStyle("TableText").getCTStyle().getPPr().getSpacing().getLine().toString())
                    .as("a table's text keeps its own").isEqualTo("240");
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            assertThat(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(
                    new String(part(doubled, "word/styles.xml"), StandardCharsets.UTF_8)).validate(
                    new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))).as("%s", errors).isTrue();
        }
    }

    @Test
    void headings_are_in_words_own_heading_styles_numbered_as_in_the_html() {
        assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
        assertThat(textsIn("Heading1")).containsExactly("Abstract", "1. Introduction", "2. Methods", "3. Results",
                "4. Discussion", "5. Conclusions", "References");
        List<String> html2 = html.select("section.section h3").eachText();
        assertThat(textsIn("Heading2")).containsExactlyElementsOf(html2);
        assertThat(textsIn("Heading2")).contains("3.1 Meaning of the family for coping", "1.1 Research purpose and aim");
        assertThat(textsIn("Heading3")).containsExactlyElementsOf(html.select("section.section h4").eachText());
        assertThat(textsIn("Title")).containsExactly(html.selectFirst("h1").text());
    }

    @Test
    void quotes_are_in_the_quote_styles_with_no_evidence_links() throws IOException {
        assertThat(textsIn("Quote")).hasSize(html.select("main blockquote.quote").size()).isNotEmpty();
        long inline = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> "QuoteChar".equals(r.getStyle())).count();
        assertThat(inline).isEqualTo(html.select("main span.quote").size()).isGreaterThan(30);
        assertThat(part("word/_rels/document.xml.rels")).doesNotContain("evidence/").doesNotContain("quotes/");
        assertThat(part("word/document.xml")).doesNotContain("evidence/");
    }

    @Test
    void every_link_within_the_document_leads_to_one_bookmark() throws IOException {
        String xml = part("word/document.xml");
        List<String> bookmarks = java.util.regex.Pattern.compile("<w:bookmarkStart w:name=\"([^\"]+)\"").matcher(xml)
                .results().map(m -> m.group(1)).toList();
        assertThat(bookmarks).doesNotHaveDuplicates().allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(40));
        List<String> anchors = java.util.regex.Pattern.compile("<w:hyperlink w:anchor=\"([^\"]+)\"").matcher(xml)
                .results().map(m -> m.group(1)).toList();
        assertThat(anchors).hasSizeGreaterThan(80); // the citations, the cross-references, the table's nodes
        assertThat(bookmarks).containsAll(anchors);
    }

    @Test
    void the_coding_frame_is_a_word_table_with_its_counts() {
        XWPFTable table = doc.getTables().get(0);
        int nodes = html.select("table.coding-frame tbody tr").size();
        assertThat(table.getNumberOfRows()).isEqualTo(nodes + 2);
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText())
                .containsExactly("3.1", "Meaning of the family for coping", "main category", "0", "11");
        assertThat(table.getRow(nodes + 1).getCell(4).getText()).isEqualTo("46");
    }

    @Test
    void the_figure_is_a_picture_with_the_svgs_alternative_text() {
        List<XWPFPicture> pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertThat(pictures).hasSize(1);
        assertThat(pictures.get(0).getPictureData().getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
        String alt = html.selectFirst("figure svg title").text();
        assertThat(pictures.get(0).getDescription()).startsWith(alt).contains("Meaning of the family for coping");
        XWPFRun run = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
        var drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        assertThat(drawing.getTitle()).isEqualTo(alt);
        assertThat(drawing.getDescr()).isEqualTo(pictures.get(0).getDescription());
        assertThat(textsIn("Caption")).anySatisfy(c -> assertThat(c).startsWith("Figure 1."));
    }

    @Test
    void citations_and_references_are_as_the_csl_style_formats_them() {
        String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(body).contains("in many countries,[1] the family");
        List<String> references = textsIn("Bibliography");
        assertThat(references).hasSize(html.select("ol.reference-list > li").size());
        assertThat(references.get(14)).startsWith("15.\tEpstein NB, Bishop DS, Levin S. The McMaster model");
    }

    @Test
    void the_properties_and_the_language_are_the_studys() throws Exception {
        PackageProperties core = doc.getPackage().getPackageProperties();
        assertThat(core.getTitleProperty()).contains(html.selectFirst("h1").text());
        assertThat(core.getCreatorProperty()).contains("Mari Salminen-Tuomaala; Ari Haasio; Hajime Naka");
        assertThat(core.getLanguageProperty()).contains("en");
        assertThat(core.getKeywordsProperty()).contains("Family, Experience, Hikikomori, Socially withdrawn, Communication");
        assertThat(core.getCreatedProperty().orElseThrow().toInstant()).isEqualTo(Instant.parse("2021-06-18T00:00:00Z"));
        assertThat(part("word/styles.xml")).contains("<w:lang w:val=\"en\"");
    }

    @Test
    void the_same_input_gives_the_same_bytes_and_the_date_comes_from_source_date_epoch() throws Exception {
        byte[] again = TestProjects.render(TestProjects.defaultStudy()).publication().orElseThrow().files().get("article.docx");
        assertThat(again).isEqualTo(docx);
        Instant epoch = Instant.parse("2024-05-06T07:08:09Z");
        byte[] dated = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults().sourceDateEpoch(Optional.of(epoch)))
                .publication().orElseThrow().files().get("article.docx");
        try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(dated))) {
            assertThat(other.getPackage().getPackageProperties().getCreatedProperty().orElseThrow().toInstant()).isEqualTo(epoch);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(dated))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("[Content_Types].xml");
            assertThat(first.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2024, 5, 6, 7, 8, 8)); // DOS: even seconds
        }
    }

    @Test
    void lists_are_word_lists_numbered_as_the_study_says() throws IOException {
        XWPFParagraph numbered = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Going outside their home"))
                .findFirst().orElseThrow(); // the introduction's list of the official definition
        assertThat(numbered.getNumFmt()).isEqualTo("decimal");
        assertThat(numbered.getNumLevelText()).isEqualTo("%1.");
        XWPFParagraph lettered = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("The hikikomoris are not a"))
                .findFirst().orElseThrow(); // the translational section's list: the discussion's listStyle is lower-alpha
        assertThat(lettered.getNumFmt()).isEqualTo("lowerLetter");
        assertThat(html.select("ol.list-lower-alpha li").first().text()).startsWith("The hikikomoris are not a");
        byte[] mini = TestProjects.render(TestProjects.fixture("mini-study")).publication().orElseThrow().files().get("article.docx");
        try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(mini))) {
            XWPFParagraph first = other.getParagraphs().stream().filter(p -> p.getText().equals("Cook together."))
                    .findFirst().orElseThrow(); // listStyle: lower-alpha
            assertThat(first.getNumFmt()).isEqualTo("lowerLetter");
            XWPFParagraph question = other.getParagraphs().stream().filter(p -> p.getText().startsWith("RQ1"))
                    .findFirst().orElseThrow(); // labelled by the study, as in the HTML: not numbered again
            assertThat(question.getNumID()).isNull();
            assertThat(question.getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void a_build_can_leave_it_out() {
        BuildResult without = new Weft().render(TestProjects.fixture("mini-study"), BuildOptions.defaults().docx(false));
        assertThat(without.publication().orElseThrow().files()).doesNotContainKey("article.docx").containsKey("article.jats.xml");
    }

    @Test
    void the_anonymised_copy_names_no_author() throws IOException {
        byte[] anonymous = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults().anonymous(true))
                .publication().orElseThrow().files().get("article.docx");
        String everything = allParts(anonymous);
        for (String name : List.of("Salminen-Tuomaala", "Haasio", "Naka", "Seinäjoki", "Tokoha")) {
            assertThat(everything).as(name).doesNotContain(name);
        }
    }

    @Test
    void a_translated_abstract_is_spell_checked_in_its_language() throws IOException {
        byte[] portuguese = TestProjects.render(TestProjects.fixture("portuguese-study")).publication().orElseThrow()
                .files().get("article.docx");
        try (XWPFDocument pt = new XWPFDocument(new ByteArrayInputStream(portuguese))) {
            assertThat(new String(part(portuguese, "word/styles.xml"), StandardCharsets.UTF_8)).contains("<w:lang w:val=\"pt-BR\"");
            XWPFParagraph heading = pt.getParagraphs().stream().filter(p -> "Abstract".equals(p.getText())).findFirst().orElseThrow();
            assertThat(heading.getRuns()).extracting(XWPFRun::getLang).containsOnly("en");
        }
    }

    private static String part(String name) throws IOException {
        return new String(part(docx, name), StandardCharsets.UTF_8);
    }

    private static byte[] part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the document");
    }

    private static String allParts(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}

package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * presentation.tablesAndFigures: end: the Word document's numbered tables and figures follow its references, tables
 * then figures, each on a page of its own, with a callout where each stood; an appendix's stay in it.
 */
class FloatsAtEndTest {

    @TempDir
    static Path temp;
    static XWPFDocument inline;
    static XWPFDocument atEnd;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("inline"));
        Files.writeString(project.resolve("content/introduction.md"), """

                Table: Meals in a week {#tab-meals}

                | Day | Meals cooked together |
                |---|---|
                | Monday | Two |

                As {{ref:tab-meals}} shows, meals are shared.
                """, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(project.resolve("content/appendix.md"), """
                ---
                id: guide
                title: Interview guide
                kind: appendix
                order: 90
                ---
                Table: Topics {#tab-topics}

                | Topic |
                |---|
                | Meals |
                """);
        inline = word(project);
        Path end = TestProjects.copy(project, temp.resolve("end"));
        TestProjects.replaceIn(end.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  tablesAndFigures: end\n");
        atEnd = word(end);
    }

    private static XWPFDocument word(Path project) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(TestProjects.publication(project).files().get("article.docx")));
    }

    /** The document's body, each paragraph as its text and each table as "TABLE". */
    private static List<String> body(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            out.add(e instanceof XWPFTable ? "TABLE" : ((XWPFParagraph) e).getText());
        }
        return out;
    }

    private static List<String> captions(List<String> body) {
        return body.stream().filter(t -> t.matches("(Table|Figure) [0-9A-Z]+\\. .*")).map(t -> t.substring(0, t.indexOf('.'))).toList();
    }

    @Test
    void each_numbered_table_and_figure_leaves_a_callout_where_it_stood() {
        List<String> before = captions(body(inline));
        assertThat(before).containsExactly("Table 1", "Figure 1", "Table 2", "Table A1"); // the prose's table, then the results'
        List<String> body = body(atEnd);
        int references = body.indexOf("References");
        assertThat(body.subList(0, references).stream().filter(t -> t.startsWith("[")).toList())
                .containsExactly("[Table 1 near here]", "[Figure 1 near here]", "[Table 2 near here]");
        assertThat(body.subList(0, references)).doesNotContain("TABLE");
        assertThat(body.subList(0, references)).contains("As Table 1 shows, meals are shared.");
        assertThat(atEnd.getParagraphs().stream().filter(p -> p.getText().endsWith("near here]")))
                .allSatisfy(p -> assertThat(p.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER));
    }

    @Test
    void after_the_references_come_the_tables_then_the_figures_each_on_its_own_page_then_the_appendices() {
        List<String> body = body(atEnd);
        int references = body.indexOf("References");
        assertThat(captions(body.subList(references, body.size()))).containsExactly("Table 1", "Table 2", "Figure 1", "Table A1");
        assertThat(body.stream().filter("TABLE"::equals).count()).isEqualTo(body(inline).stream().filter("TABLE"::equals).count());
        List<XWPFParagraph> paragraphs = atEnd.getParagraphs();
        for (String caption : List.of("Table 1. ", "Table 2. ")) {
            assertThat(paragraphs.stream().filter(p -> p.getText().startsWith(caption)).findFirst().orElseThrow().isPageBreak())
                    .as(caption).isTrue();
        }
        XWPFParagraph picture = paragraphs.stream().filter(p -> "Figure".equals(p.getStyle())).findFirst().orElseThrow();
        assertThat(picture.isPageBreak()).as("the figure's picture begins its page").isTrue();
        int figure = atEnd.getBodyElements().indexOf(picture);
        assertThat(figure).isGreaterThan(body.subList(0, appendixOf(body)).lastIndexOf("TABLE"));
        // the appendix keeps its table, after the figures
        int appendix = appendixOf(body);
        assertThat(appendix).isGreaterThan(figure);
        assertThat(body.subList(appendix, body.size())).contains("TABLE");
    }

    private static int appendixOf(List<String> body) {
        return body.indexOf("Appendix A. Interview guide");
    }

    @Test
    void a_study_that_does_not_ask_keeps_them_where_the_text_puts_them() {
        List<String> body = body(inline);
        assertThat(body).noneMatch(t -> t.endsWith("near here]"));
        assertThat(body.indexOf("TABLE")).isLessThan(body.indexOf("References"));
    }

    @Test
    void its_document_is_valid_and_every_link_leads_to_a_bookmark() throws Exception {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        assertThat(org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(
                atEnd.getDocument().getDomNode().getOwnerDocument()).validate(
                new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))).as("%s", errors).isTrue();
        String xml = atEnd.getDocument().xmlText();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("w:anchor=\"([^\"]+)\"").matcher(xml);
        int links = 0;
        while (link.find()) {
            links++;
            assertThat(xml).as(link.group(1)).contains("w:name=\"" + link.group(1) + "\"");
        }
        assertThat(links).isPositive();
    }
}

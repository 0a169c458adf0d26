package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputFiles;
import weft.qda.QdaExport;
import weft.support.StudyHistory;
import weft.support.TestProjects;

/**
 * A theme named in a participant's words, with straight quotation marks, an apostrophe and a double hyphen as a QDA
 * tool or a YAML file holds them, is printed with the article's typography everywhere the label is (heading, contents,
 * Table 1, the figure, the evidence, Word, JATS, the PDF); every other character as written; the REFI-QDA export keeps
 * the label as written.
 */
class LabelTypographyTest {

    static final String WRITTEN = "'It's a cage' -- and \"home\" *here*";
    static final String PRINTED = "\u2018It\u2019s a cage\u2019 \u2013 and \u201Chome\u201D *here*";

    @TempDir
    static Path temp;
    static Path project;
    static OutputFiles publication;

    @BeforeAll
    static void build() {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food",
                "label: \"'It's a cage' -- and \\\"home\\\" *here*\"");
        TestProjects.addIssn(project);
        publication = TestProjects.publication(project);
    }

    @Test
    void the_label_is_printed_with_the_articles_typography_in_every_output() throws Exception {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.expectFirst("#node-friction h3, #node-friction h4, [id=node-friction] > :first-child").text())
                .endsWith(PRINTED);
        assertThat(page.select("nav.toc li").eachText()).anyMatch(t -> t.endsWith(PRINTED));
        assertThat(page.select("table.coding-frame td, table.coding-frame th").eachText()).contains(PRINTED);
        assertThat(publication.text("article.fig-coding-frame.svg")).contains(PRINTED).doesNotContain("It's");
        assertThat(Jsoup.parse(publication.text("evidence/nodes/friction.html")).expectFirst("h1").text()).contains(PRINTED);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains(PRINTED);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.endsWith(PRINTED));
        }
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("sec > title").eachText()).contains(PRINTED);
        assertThat(new String(publication.files().get("article.jats.xml"), StandardCharsets.UTF_8)).doesNotContain("It's");
    }

    @Test
    void the_refi_qda_export_keeps_the_label_as_written() {
        Diagnostics diagnostics = new Diagnostics();
        byte[] qdc = QdaExport.of(project, QdaExport.Format.QDC, Optional.empty(), diagnostics).orElseThrow();
        assertThat(new String(qdc, StandardCharsets.UTF_8)).contains("name=\"'It's a cage' -- and &quot;home&quot; *here*\"");
    }

    @Test
    void a_label_the_same_in_both_revisions_is_not_a_relabelling_on_the_changes_page() throws Exception {
        try (StudyHistory history = StudyHistory.ofProject(temp.resolve("history"), project).commit("v1")) {
            history.replace("coded-data/quotes/quotes.yaml", "text: The evenings at the table are long and good.",
                    "text: The evenings at the table are long and good, always.").commit("v2");
            BuildResult result = new Weft().render(history.folder(), BuildOptions.defaults().changesSince(Optional.of("v1")));
            assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
            Document changes = Jsoup.parse(result.publication().orElseThrow().text("evidence/changes.html"));
            assertThat(changes.select(".changes-summary").text()).isEqualTo("Since v1: 1 change to a quote and no changes to nodes.");
            assertThat(changes.text()).doesNotContain("relabelled");
        }
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * A study that numbers its results as the paper prints them ("Theme 1", "1.1"; the coding frame as Table 2):
 * the same numbers in the headings, the contents, the table, the figure, the cross-references, the evidence and
 * the PDF's bookmarks.
 */
class NumberingTest {

    @TempDir
    Path temp;

    private static OutputFiles build(Path project) {
        return TestProjects.publication(project);
    }

    @Test
    void headings_contents_and_table_print_the_numbers_of_the_pattern() {
        Document article = Jsoup.parse(build(TestProjects.fixture("interview-study")).text("index.html"));
        assertThat(article.select("section.node > h3").eachText()).containsExactly(
                "Theme 1 A place to belong", "Theme 2 A rhythm for the week", "Theme 3 What holds people back");
        assertThat(article.select("section.node > h4").eachText()).startsWith("1.1 Meeting neighbours", "1.2 Working side by side",
                "2.1 A reason to go out");
        assertThat(article.select("nav a").eachText()).contains("Theme 1 A place to belong", "3.3 Feeling left out")
                .doesNotContain("3.1 A place to belong");
        assertThat(article.select("table.coding-frame caption .label").text()).isEqualTo("Table 2.");
        assertThat(article.select("table.coding-frame thead th").first().text()).isEqualTo("Number");
        assertThat(article.select("table.coding-frame tbody td:eq(0)").eachText()).startsWith("Theme 1", "1.1", "1.2", "Theme 2");
        assertThat(article.select("figure.figure figcaption .label").text()).isEqualTo("Figure 1.");
        assertThat(article.select("figure.figure desc").text())
                .startsWith("Theme 1 A place to belong (4 quotes); Subtheme 1.1 Meeting neighbours (2 quotes);");
    }

    @Test
    void cross_references_name_the_theme_or_the_level_of_a_bare_number() {
        Document article = Jsoup.parse(build(TestProjects.fixture("interview-study")).text("index.html"));
        assertThat(article.select("a.xref").eachText()).containsExactly("Table 2", "Figure 1", "Theme 2", "Subtheme 2.2");
        assertThat(article.select("a.xref").eachAttr("href"))
                .containsExactly("#tab-coding-frame", "#fig-coding-frame", "#node-routine", "#node-seasons");
    }

    @Test
    void the_evidence_and_the_pdf_bookmarks_use_the_same_numbers() throws IOException {
        OutputFiles site = build(TestProjects.fixture("interview-study"));
        Document node = Jsoup.parse(site.text("evidence/nodes/meeting-neighbours.html"));
        assertThat(node.select("h1").text()).contains("1.1");
        assertThat(node.select(".number").eachText()).contains("Theme 1", "1.1");
        try (PDDocument pdf = Loader.loadPDF(site.files().get("article.pdf"))) {
            List<String> bookmarks = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            assertThat(bookmarks).contains("Theme 1 A place to belong", "1.1 Meeting neighbours", "3.3 Feeling left out");
        }
    }

    @Test
    void a_pattern_with_the_sections_number_goes_on_from_the_results_subsections() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "numberFormat: [\"Theme {1}\", \"{1}.{2}\"]",
                "numberFormat: [\"{s}.{1}\", \"{s}.{1}.{2}\"]");
        Document article = Jsoup.parse(build(project).text("index.html"));
        assertThat(article.select("section.node > h3").eachText()).containsExactly(
                "3.1 A place to belong", "3.2 A rhythm for the week", "3.3 What holds people back");
        assertThat(article.select("section.node > h4").eachText()).startsWith("3.1.1 Meeting neighbours");
        assertThat(article.select("a.xref").eachText()).containsExactly("Table 2", "Figure 1", "Theme 3.2", "Subtheme 3.2.2");
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            titles.add(item.getTitle());
            collect(item, titles);
        });
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.Audience;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The coding frame against an attribute of the participants ({@code {{crosstab:group}}}), a QDA tool's matrix coding
 * query printed as a table of the article, in the synthetic interview study: the participants of each value behind
 * each node, or their quotes; withheld quotes counting; in every format; strict where it is misused.
 */
class CrosstabTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithCrosstab() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("content/results.md"),
                "Table 1, the participants' characteristics, is not reproduced in this test study.",
                "The themes by group are in {{ref:tab-by-group}}.\n\n"
                        + "Table: The themes by the participants' group {#tab-by-group}\n\n{{crosstab:group}}\n");
    }

    private Element table(Path study) {
        return Jsoup.parse(TestProjects.publication(study).text("index.html")).expectFirst("table#tab-by-group");
    }

    @Test
    void each_node_has_the_participants_of_each_value_whose_quotes_are_coded_to_it_or_below() {
        Element table = table(project);
        assertThat(table.select("caption").text()).isEqualTo("Table 2. The themes by the participants\u2019 group");
        assertThat(TestProjects.tableRows(table)).containsExactly(
                List.of("Node", "Resident (n = 3)", "Volunteer (n = 1)", "Residents (n = 1)", "Residents and volunteers (n = 1)"),
                List.of("A place to belong", "2", "0", "1", "0"),
                List.of("Meeting neighbours", "2", "0", "0", "0"),
                List.of("Working side by side", "0", "0", "1", "0"),
                List.of("A rhythm for the week", "2", "1", "0", "0"),
                List.of("A reason to go out", "2", "0", "0", "0"),
                List.of("Following the seasons", "0", "1", "0", "0"),
                List.of("What holds people back", "2", "0", "0", "1"),
                List.of("Bodily limits", "1", "0", "0", "1"),
                List.of("Weather", "0", "0", "0", "1"),
                List.of("Feeling left out", "1", "0", "0", "0"));
        assertThat(table.select("thead th").get(1).html()).as("no line break within n = 3").isEqualTo("Resident (n&nbsp;=&nbsp;3)");
        assertThat(table.select("tbody tr").first().select("a").attr("href")).isEqualTo("#node-belonging");
        assertThat(table.select("tbody tr").first().hasClass("depth-1")).isTrue();
    }

    @Test
    void the_quotes_option_counts_quotes_and_a_node_narrows_it_to_its_subtree_and_not_given_is_a_column() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{crosstab:group}}", "{{crosstab:sex:belonging|quotes}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"),
                "attributes: {group: Volunteer, sex: Female, age: \"69\"}", "attributes: {group: Volunteer, age: \"69\"}");
        assertThat(TestProjects.tableRows(table(project))).containsExactly(
                List.of("Node", "Male (n = 2)", "Female (n = 1)", "Mixed (n = 2)", "Not given (n = 1)"),
                List.of("A place to belong", "1", "1", "2", "0"),
                List.of("Meeting neighbours", "1", "1", "0", "0"),
                List.of("Working side by side", "0", "0", "2", "0"));
    }

    /** Ages in bands of ten, from the lowest up; a focus group's age range, no number, keeps a column of its own. */
    @Test
    void bands_give_a_numeric_attribute_a_column_per_band() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{crosstab:group}}", "{{crosstab:age|bands-10}}");
        assertThat(TestProjects.tableRows(table(project))).containsExactly(
                List.of("Node", "60\u201369 (n = 1)", "70\u201379 (n = 2)", "80\u201389 (n = 1)", "68-85 (n = 1)", "66-88 (n = 1)"),
                List.of("A place to belong", "0", "1", "1", "1", "0"),
                List.of("Meeting neighbours", "0", "1", "1", "0", "0"),
                List.of("Working side by side", "0", "0", "0", "1", "0"),
                List.of("A rhythm for the week", "1", "1", "1", "0", "0"),
                List.of("A reason to go out", "0", "1", "1", "0", "0"),
                List.of("Following the seasons", "1", "0", "0", "0", "0"),
                List.of("What holds people back", "0", "2", "0", "0", "1"),
                List.of("Bodily limits", "0", "1", "0", "0", "1"),
                List.of("Weather", "0", "0", "0", "0", "1"),
                List.of("Feeling left out", "0", "1", "0", "0", "0"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{crosstab:age|bands-10}}", "{{crosstab:age:limits|quotes,bands-20}}");
        assertThat(TestProjects.tableRows(table(project))).containsExactly(
                List.of("Node", "60\u201379 (n = 3)", "80\u201399 (n = 1)", "68-85 (n = 1)", "66-88 (n = 1)"),
                List.of("What holds people back", "2", "0", "0", "2"),
                List.of("Bodily limits", "1", "0", "0", "1"),
                List.of("Weather", "0", "0", "0", "1"),
                List.of("Feeling left out", "1", "0", "0", "0"));
    }

    @Test
    void withheld_quotes_count_as_in_table_1() throws IOException {
        // knees is p40's only quote under Bodily limits
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "  - id: knees\n",
                "  - id: knees\n    audience: reviewers\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().audience(Audience.PUBLIC));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Element table = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("table#tab-by-group");
        assertThat(TestProjects.tableRows(table)).contains(List.of("Bodily limits", "1", "0", "0", "1"));
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_print_the_table() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains(
                "Table 2. The themes by the participants\u2019 group", "A rhythm for the week 2 1 0 0");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.expectFirst("table-wrap#tab-by-group").select("tbody tr").first().select("th, td").eachText())
                .containsExactly("A place to belong", "2", "0", "1", "0");
        // the Word document sets a theme's row heading in bold, as the web page does, its link included
        assertThat(TestProjects.documentXml(publication.files().get("article.docx"))).contains(
                "<w:t>Residents and volunteers (n\u00a0=\u00a01)</w:t>",
                "<w:hyperlink w:anchor=\"w_node_belonging\"><w:r><w:rPr><w:b/></w:rPr><w:t>A place to belong</w:t>");
    }

    @Test
    void attribute_values_are_text_in_both_tables() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{crosstab:group}}", "{{crosstab:group}}\n\n{{characteristics:group}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "attributes: {group: Volunteer, sex: Female, age: \"69\"}",
                "attributes: {group: \"<script>alert(1)</script>\", sex: \"<b>x</b>\", age: \"${7*7}\"}");
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("script:containsData(alert)")).isEmpty();
        assertThat(article.select("table.crosstab thead th").eachText()).contains("<script>alert(1)</script> (n = 1)");
        assertThat(article.select("table.characteristics th").eachText()).contains("<script>alert(1)</script>");
    }

    @Test
    void a_misused_crosstab_is_an_error_at_it() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n\nSee {{crosstab:group}} here.\n\n{{crosstab:height}}\n\n"
                + "{{crosstab}}\n\n{{crosstab:group:nowhere}}\n\n{{crosstab:group|voices}}\n\n{{crosstab:sex|bands-10}}\n");
        List<String> errors = TestProjects.diagnostics(TestProjects.render(project)).stream().filter(d -> d.startsWith("ERROR")).toList();
        assertThat(errors).containsExactly(
                "ERROR content/methods.md:10:5: {{crosstab}} prints a table: put it in a paragraph of its own",
                "ERROR content/methods.md:12:1: {{crosstab}}: no participant has the attribute 'height' (they have: group, sex, age)",
                "ERROR content/methods.md:14:1: {{crosstab}} needs the attribute to count by: {{crosstab:ATTRIBUTE}} (the"
                        + " participants have: group, sex, age)",
                "ERROR content/methods.md:16:1: unknown node 'nowhere' in {{crosstab:group:nowhere}}",
                "ERROR content/methods.md:18:1: unknown option 'voices' in {{crosstab:group|voices}} (allowed: quotes,"
                        + " bands-N such as bands-10, both: quotes,bands-10)",
                "ERROR content/methods.md:20:1: {{crosstab:sex|bands-10}}: bands count numbers, and no participant's 'sex' is"
                        + " one (digits, with a decimal point if need be)");
    }
}

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
 * The participants' table an interview study prints ("Table 1. Participants' characteristics"), made from the
 * participants of study.yaml by {@code {{participants}}} (synthetic study): captioned and numbered as any table of the
 * prose, in every format; strict where it is misused; its text escaped.
 */
class ParticipantsTableTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithParticipantsTable() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "firstTable: 2", "firstTable: 1");
        TestProjects.replaceIn(project.resolve("content/results.md"),
                "Table 1, the participants' characteristics, is not reproduced in this test study.",
                "The participants are described in {{ref:tab-participants}}.\n\n"
                        + "Table: The participants' characteristics {#tab-participants}\n\n{{participants|quotes}}\n");
    }

    @Test
    void the_table_lists_each_participant_with_their_attributes_and_quotes() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        Element table = article.expectFirst("table#tab-participants");
        assertThat(table.select("caption").text()).isEqualTo("Table 1. The participants\u2019 characteristics");
        assertThat(article.select("a.xref[href=#tab-participants]").text()).isEqualTo("Table 1");
        assertThat(article.select("table#tab-coding-frame caption .label").text()).isEqualTo("Table 2.");
        assertThat(TestProjects.tableRows(table)).containsExactly(
                List.of("Participant", "Group", "Sex", "Age", "Quotes"),
                List.of("25M83", "Resident", "Male", "83", "2"),
                List.of("31F77", "Resident", "Female", "77", "2"),
                List.of("12F69", "Volunteer", "Female", "69", "1"),
                List.of("40M71", "Resident", "Male", "71", "2"),
                List.of("FG1", "Residents", "Mixed", "68-85", "2"),
                List.of("FG2", "Residents and volunteers", "Mixed", "66-88", "2"));
        assertThat(table.select("td.num").eachText()).containsExactly("2", "2", "1", "2", "2", "2");
    }

    @Test
    void without_the_option_the_table_has_no_quotes_and_a_missing_attribute_is_an_empty_cell() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{participants|quotes}}", "{{participants}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"),
                "attributes: {group: Volunteer, sex: Female, age: \"69\"}", "attributes: {group: Volunteer, role: Gardener}");
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-participants");
        List<List<String>> rows = TestProjects.tableRows(table);
        assertThat(rows.get(0)).containsExactly("Participant", "Group", "Sex", "Age", "Role");
        assertThat(table.select("tr").get(3).select("th, td").stream().map(Element::text).toList())
                .containsExactly("12F69", "Volunteer", "", "", "Gardener");
        assertThat(table.select("tr").get(1).select("td").last().text()).isEmpty();
    }

    /** A QDA tool's cases bring every variable (a consent, an interview's date): the article prints those it names. */
    @Test
    void the_argument_chooses_the_attributes_and_their_order() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{participants|quotes}}", "{{participants:age, group}}");
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-participants");
        assertThat(TestProjects.tableRows(table)).startsWith(List.of("Participant", "Age", "Group"), List.of("25M83", "83", "Resident"));
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_print_the_table() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Table 1. The participants\u2019 characteristics",
                "Participant Group Sex Age Quotes", "25M83 Resident Male 83 2", "FG2 Residents and volunteers Mixed 66-88 2");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        Element wrap = jats.expectFirst("table-wrap#tab-participants");
        assertThat(wrap.select("label").text()).isEqualTo("Table 1");
        assertThat(wrap.select("tbody tr").first().select("th, td").eachText()).containsExactly("25M83", "Resident", "Male", "83", "2");
        assertThat(wrap.select("td[align=right]").eachText()).containsExactly("2", "2", "1", "2", "2", "2");
        String docx = TestProjects.documentXml(publication.files().get("article.docx"));
        assertThat(docx).contains("<w:t>Residents and volunteers</w:t>").containsPattern("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t>1</w:t>");
    }

    /**
     * {@code sorted}: the rows by the columns' values, the first column first (the groups together, then by age within a
     * group: 71 before 77), numbers by their value and before a group's range, words as the language sorts them.
     */
    @Test
    void sorted_orders_the_rows_by_the_columns() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{participants|quotes}}", "{{participants:group, age|sorted}}");
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-participants");
        assertThat(TestProjects.tableRows(table)).containsExactly(
                List.of("Participant", "Group", "Age"),
                List.of("40M71", "Resident", "71"),
                List.of("31F77", "Resident", "77"),
                List.of("25M83", "Resident", "83"),
                List.of("FG1", "Residents", "68-85"),
                List.of("FG2", "Residents and volunteers", "66-88"),
                List.of("12F69", "Volunteer", "69"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{participants:group, age|sorted}}",
                "{{participants:age|quotes,sorted}}");
        assertThat(TestProjects.tableRows(Jsoup.parse(TestProjects.publication(project).text("index.html"))
                .expectFirst("table#tab-participants")).stream().map(r -> r.get(1)).toList())
                .containsExactly("Age", "69", "71", "77", "83", "66-88", "68-85");
    }

    /** A survey's hundreds of respondents as rows: printed as asked, with a warning that points to the aggregate table. */
    @Test
    void a_table_of_hundreds_of_participants_is_a_warning() throws IOException {
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            more.append("  - {id: r").append(i).append(", citedAs: R").append(i).append("}\n");
        }
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", more + "presentation:");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("{{participants}}")).containsExactly(
                "WARNING content/results.md:11:1: {{participants}} prints a row for each of the study's 206 participants, pages of"
                        + " them: {{characteristics}} gives their attributes in aggregate (a survey's respondents are rarely listed"
                        + " one by one)");
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("index.html")).select("table#tab-participants tbody tr"))
                .hasSize(206);
    }

    @Test
    void withheld_quotes_count_for_their_participant() throws IOException {
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "  - id: knees\n", "  - id: knees\n    audience: reviewers\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().audience(Audience.PUBLIC));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Element table = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("table#tab-participants");
        assertThat(TestProjects.tableRows(table)).contains(List.of("40M71", "Resident", "Male", "71", "2"));
    }

    @Test
    void participants_text_is_escaped() throws IOException {
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "attributes: {group: Volunteer, sex: Female, age: \"69\"}",
                "attributes: {group: \"<script>alert(1)</script>\", \"<b>sex</b>\": \"${7*7}\"}");
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("script:containsData(alert)")).isEmpty();
        assertThat(article.select("table#tab-participants b")).isEmpty();
        Element table = article.expectFirst("table#tab-participants");
        assertThat(table.text()).contains("<script>alert(1)</script>", "<b>sex</b>", "${7*7}");
    }

    @Test
    void a_misused_participants_directive_is_an_error_at_it() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods)
                + "\n\nAs listed {{participants}} here.\n\n{{participants:age, height}}\n\n{{participants|age}}\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        List<String> errors = TestProjects.diagnostics(result).stream().filter(d -> d.startsWith("ERROR")).toList();
        assertThat(errors).containsExactly(
                "ERROR content/methods.md:10:11: {{participants}} prints a table: put it in a paragraph of its own",
                "ERROR content/methods.md:12:1: {{participants}}: no participant has the attribute 'height' (they have: group, sex, age)",
                "ERROR content/methods.md:14:1: unknown option 'age' in {{participants|age}} (allowed: quotes, sorted, both:"
                        + " quotes,sorted)");

        Path plain = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("default"));
        Path intro = plain.resolve("content/introduction.md");
        Files.writeString(intro, Files.readString(intro) + "\n\n{{participants}}\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(plain))).anyMatch(d -> d.startsWith("ERROR content/introduction.md:")
                && d.endsWith(": {{participants}}: the study declares no participants (participants: in coded-data/study.yaml"
                + " or participants.yaml)"));
    }
}

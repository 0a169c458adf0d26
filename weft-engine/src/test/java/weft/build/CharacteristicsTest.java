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
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The participants' characteristics in aggregate, as qualitative articles report them ({@code {{characteristics}}}),
 * in the synthetic interview study: each attribute's values with the participants' number and share, the mean and
 * range of a numeric one, "not given" for a participant without it; of the persons, or of the groups of a study of
 * groups; no row names a participant; in every format; strict where it is misused.
 */
class CharacteristicsTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithCharacteristics() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "firstTable: 2", "firstTable: 1");
        TestProjects.replaceIn(project.resolve("content/results.md"),
                "Table 1, the participants' characteristics, is not reproduced in this test study.",
                "The participants are described in {{ref:tab-characteristics}}.\n\n"
                        + "Table: The participants' characteristics {#tab-characteristics}\n\n{{characteristics}}\n");
    }

    private Element table() {
        return Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-characteristics");
    }

    @Test
    void each_value_has_its_participants_and_share_and_a_numeric_attribute_its_mean_and_range() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        Element table = article.expectFirst("table#tab-characteristics");
        assertThat(table.select("caption").text()).isEqualTo("Table 1. The participants\u2019 characteristics");
        assertThat(article.select("a.xref[href=#tab-characteristics]").text()).isEqualTo("Table 1");
        // the four persons (the two focus groups are not persons): 3 residents, 1 volunteer; ages 83, 77, 69, 71
        assertThat(TestProjects.tableRows(table)).containsExactly(
                List.of("Characteristic", "n (%)"),
                List.of("Group"), List.of("Resident", "3 (75)"), List.of("Volunteer", "1 (25)"),
                List.of("Sex"), List.of("Male", "2 (50)"), List.of("Female", "2 (50)"),
                List.of("Age, mean (range)", "75.0 (69–83)"));
        assertThat(table.select("tr.depth-1 td:not(.num)")).hasSize(2).allMatch(td -> td.text().isEmpty());
        assertThat(table.select("tr.depth-1 th").eachText()).containsExactly("Group", "Sex", "Age, mean (range)");
        assertThat(table.text()).doesNotContain("25M83").doesNotContain("FG1");
    }

    @Test
    void the_argument_chooses_the_attributes_and_a_participant_without_one_is_not_given() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:age, sex}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"),
                "attributes: {group: Volunteer, sex: Female, age: \"69\"}", "attributes: {group: Volunteer, age: \"69.5\"}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"),
                "attributes: {group: Resident, sex: Male, age: \"71\"}", "attributes: {group: Resident, sex: Male}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "sex: Female, age: \"77\"", "sex: \" \", age: \"77\"");
        assertThat(TestProjects.tableRows(table())).containsExactly(
                List.of("Characteristic", "n (%)"),
                // mean of 83, 77 and 69.5 to one decimal more than the values have; the range as written
                List.of("Age, mean (range)", "76.50 (69.5–83.0)"), List.of("Not given", "1 (25)"),
                // a blank value is not given either
                List.of("Sex"), List.of("Male", "2 (50)"), List.of("Not given", "2 (50)"));
    }

    @Test
    void an_attribute_written_with_leading_zeros_is_a_code_counted_by_value_not_averaged() throws IOException {
        // a ward's, a site's or a room's code: "0755" is no quantity, and a mean of codes means nothing
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:age}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"83\"", "age: \"0755\"");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"77\"", "age: \"0755\"");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"69\"", "age: \"07\"");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"71\"", "age: \"0.5\"");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Age"),
                List.of("0755", "2 (50)"), List.of("07", "1 (25)"), List.of("0.5", "1 (25)"));
    }

    @Test
    void an_attribute_not_all_numbers_is_counted_by_value() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:age}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"83\"", "age: \"80-89\"");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Age"),
                List.of("80-89", "1 (25)"), List.of("77", "1 (25)"), List.of("69", "1 (25)"), List.of("71", "1 (25)"));
    }

    @Test
    void a_study_of_groups_counts_its_groups() throws IOException {
        Path study = project.resolve("coded-data/study.yaml");
        String text = Files.readString(study);
        for (String id : List.of("p25", "p31", "p12", "p40")) {
            text = text.replace("  - id: " + id + "\n", "  - id: " + id + "\n    kind: group\n");
        }
        Files.writeString(study, text);
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:sex}}");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Sex"),
                List.of("Male", "2 (33)"), List.of("Female", "2 (33)"), List.of("Mixed", "2 (33)"));
    }

    /** Bands tell less of any one participant than the mean and the range (the oldest participant's exact age). */
    @Test
    void a_numeric_attribute_in_bands_from_the_lowest_up() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:age|bands-10}}");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "age: \"71\"", "age: \"69.5\"");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Age"),
                List.of("60–69", "2 (50)"), List.of("70–79", "1 (25)"), List.of("80–89", "1 (25)"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics:age|bands-10}}",
                "{{characteristics:age, group|groups,bands-5}}");
        // the groups' ages are ranges, not numbers: counted by value, bands or not
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Age"),
                List.of("68-85", "1 (50)"), List.of("66-88", "1 (50)"), List.of("Group"), List.of("Residents", "1 (50)"),
                List.of("Residents and volunteers", "1 (50)"));
    }

    @Test
    void the_groups_option_counts_the_groups_of_a_study_of_persons_and_groups() throws IOException {
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:group|groups}}");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Characteristic", "n (%)"), List.of("Group"),
                List.of("Residents", "1 (50)"), List.of("Residents and volunteers", "1 (50)"));
    }

    @Test
    void the_article_s_language_writes_the_words_and_the_numbers() throws IOException {
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: de\n");
        TestProjects.replaceIn(project.resolve("content/results.md"), "{{characteristics}}", "{{characteristics:age}}");
        assertThat(TestProjects.tableRows(table())).containsExactly(List.of("Merkmal", "n (%)"),
                List.of("Age, Mittelwert (Spannweite)", "75,0 (69–83)"));
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_print_the_table() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Table 1. The participants\u2019 characteristics",
                "Characteristic n (%)", "Resident 3 (75)", "Age, mean (range) 75.0 (69–83)");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        Element wrap = jats.expectFirst("table-wrap#tab-characteristics");
        assertThat(wrap.select("label").text()).isEqualTo("Table 1");
        assertThat(wrap.select("tbody tr").eachText()).contains("Volunteer 1 (25)");
        assertThat(TestProjects.documentXml(publication.files().get("article.docx"))).contains("<w:t>Age, mean (range)</w:t>",
                "<w:t>75.0 (69–83)</w:t>");
        // as in the web page: an attribute's row in bold, its values indented under it
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(publication.files().get("article.docx")))) {
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.getTables().get(0);
            org.apache.poi.xwpf.usermodel.XWPFParagraph sex = table.getRow(4).getCell(0).getParagraphs().get(0);
            org.apache.poi.xwpf.usermodel.XWPFParagraph male = table.getRow(5).getCell(0).getParagraphs().get(0);
            assertThat(sex.getText()).isEqualTo("Sex");
            assertThat(sex.getRuns()).isNotEmpty().allMatch(org.apache.poi.xwpf.usermodel.XWPFRun::isBold);
            assertThat(sex.getIndentationLeft()).isLessThanOrEqualTo(0);
            assertThat(male.getText()).isEqualTo("Male");
            assertThat(male.getRuns()).noneMatch(org.apache.poi.xwpf.usermodel.XWPFRun::isBold);
            assertThat(male.getIndentationLeft()).isPositive();
        }
    }

    @Test
    void a_misused_characteristics_directive_is_an_error_at_it() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods)
                + "\n\nAs counted {{characteristics}} here.\n\n{{characteristics:age, height}}\n\n{{characteristics|quotes}}\n");
        List<String> errors = TestProjects.diagnostics(TestProjects.render(project)).stream().filter(d -> d.startsWith("ERROR")).toList();
        assertThat(errors).containsExactly(
                "ERROR content/methods.md:10:12: {{characteristics}} prints a table: put it in a paragraph of its own",
                "ERROR content/methods.md:12:1: {{characteristics}}: no participant has the attribute 'height' (they have: group, sex, age)",
                "ERROR content/methods.md:14:1: unknown option 'quotes' in {{characteristics|quotes}} (allowed: groups,"
                        + " bands-N such as bands-10, both: groups,bands-10)");

        Path plain = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("default"));
        Path intro = plain.resolve("content/introduction.md");
        Files.writeString(intro, Files.readString(intro) + "\n\n{{characteristics}}\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(plain))).anyMatch(d -> d.startsWith("ERROR content/introduction.md:")
                && d.endsWith(": {{characteristics}}: the study declares no participants (participants: in coded-data/study.yaml"
                + " or participants.yaml)"));
    }
}

package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's variables: {@code {{< var name >}}} in a section's text, a part's or a node's narrative prints the value
 * content/_variables.yml gives the name (a nested one by its dotted name), read as Markdown, in every format; a name
 * with no value is an error at the shortcode; a diagnostic in a value is at its place in content/_variables.yml.
 */
class QuartoVariablesTest {

    private static final String VARIABLES = """
            # the study's facts, written once
            forum: Vauva.fi
            sites: 3
            tool: "*QualCoder* 3.6"
            contact:
              ethics: the ethics board
            """;

    @TempDir
    Path temp;

    private Path study(String methods) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), methods);
        Files.writeString(project.resolve("content/_variables.yml"), VARIABLES);
        return project;
    }

    @Test
    void a_variable_prints_its_value_as_markdown_in_every_format() throws Exception {
        Path project = study("""

                The posts of {{< var forum >}} ({{< var sites >}} boards) were coded in {{< var tool >}}; questions to
                {{< var contact.ethics >}}. In code it is text: `{{< var forum >}}`.

                {{< include _part.md >}}
                """);
        Files.writeString(project.resolve("content/_part.md"), "A part names {{< var forum >}} too.\n");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "Conflicts were frequent,",
                "Conflicts on {{< var forum >}} were frequent,");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "title: Discussion",
                "title: \"Discussion: *{{< var forum >}}* as a place\"");
        BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        OutputFiles publication = result.publication().orElseThrow();
        Element methods = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.text()).contains("The posts of Vauva.fi (3 boards) were coded in QualCoder 3.6; questions to"
                + " the ethics board. In code it is text: {{< var forum >}}.", "A part names Vauva.fi too.");
        assertThat(methods.expectFirst("em").text()).isEqualTo("QualCoder");
        assertThat(Jsoup.parse(publication.text("index.html")).expectFirst("#node-friction").text())
                .contains("Conflicts on Vauva.fi were frequent");
        Element discussion = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-discussion h2");
        assertThat(discussion.text()).isEqualTo("4. Discussion: Vauva.fi as a place");
        assertThat(discussion.expectFirst("em").text()).isEqualTo("Vauva.fi");
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf")).replaceAll("\\s+", " "))
                .contains("The posts of Vauva.fi (3 boards) were coded in QualCoder 3.6", "Conflicts on Vauva.fi were");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("The posts of Vauva.fi (3 boards) were coded in QualCoder 3.6");
        }
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("The posts of Vauva.fi (3 boards) were coded in <italic>QualCoder</italic> 3.6")
                .doesNotContain("{{< var forum >}} (");
    }

    @Test
    void a_name_without_a_value_is_an_error_at_the_shortcode_and_a_value_is_checked_where_it_is_written() throws Exception {
        Path project = study("""

                Unknown {{< var forums >}}, a group {{< var contact >}}.
                """);
        Files.writeString(project.resolve("content/_variables.yml"), VARIABLES + "count: \"{{value:nothing}}\"\n"
                + "again: \"as {{< var forum >}}\"\n");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "a group", "{{< var count >}} {{< var again >}}, a group");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly(
                "ERROR content/_variables.yml:7:9: unknown value 'nothing' (no such field in coded-data/study.yaml)",
                "WARNING content/_variables.yml:8:12: a variable within a variable's value ('{{< var forum >}}') is not"
                        + " read: printed as written; write its value there",
                "ERROR content/methods.md:9:9: unknown variable 'forums' (not in content/_variables.yml; it names"
                        + " again, contact.ethics, count, forum, sites …)",
                "ERROR content/methods.md:9:74: the variable 'contact' holds other variables (contact.ethics): print one"
                        + " of them");
    }

    @Test
    void without_the_file_a_variable_is_an_error_and_quartos_files_in_the_root_are_warnings(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), "\n\nThe {{< var forum >}} forum.\n");
        Files.writeString(project.resolve("_variables.yml"), VARIABLES);
        Files.writeString(project.resolve("_quarto.yml"), "project:\n  type: manuscript\nbibliography: references.bib\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly(
                "WARNING _quarto.yml: not read: Quarto's project file; Weft takes the study's title, authors and citation"
                        + " style from coded-data/study.yaml, the prose from content/*.md, the bibliography from"
                        + " content/references.bib (.json, .yaml, .ris) and Quarto's variables from content/_variables.yml",
                "WARNING _variables.yml: not read: Weft reads Quarto's variables ({{< var name >}}) from"
                        + " content/_variables.yml, beside the prose (move the file there)",
                "ERROR content/methods.md:10:5: unknown variable 'forum': the study has no content/_variables.yml"
                        + " (Quarto's _variables.yml, which Weft reads from content/)");
    }

    /**
     * In a grid or a simple table, whose cells stand in columns, a variable shorter than its shortcode keeps the table as
     * drawn (padded, as Quarto reads the table with the shortcode in it); a longer one is a warning at it.
     */
    @Test
    void a_variable_in_a_grid_tables_row_keeps_the_table_as_drawn() throws Exception {
        Path project = study("""

                +------------------------+---------+
                | Forum                  | Threads |
                +========================+=========+
                | {{< var forum >}}      |      12 |
                +------------------------+---------+

                Forum                Threads
                -----------------    -------
                {{< var forum >}}         12
                """);
        BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        for (Element table : Jsoup.parse(result.publication().orElseThrow().text("index.html"))
                .select("#sec-methods table.prose-table")) {
            assertThat(TestProjects.tableRows(table)).containsExactly(List.of("Forum", "Threads"), List.of("Vauva.fi", "12"));
        }
        Files.writeString(project.resolve("content/_variables.yml"), "forum: A forum whose name is long\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains("WARNING content/methods.md:12:3: in a"
                + " table's row, this variable's value ('A forum whose name is long') is wider than the shortcode, which"
                + " moves what follows it out of its column: widen the column, or write the value there");
    }

    @Test
    void a_variable_in_a_sections_title_is_checked_where_the_title_is_written() throws Exception {
        Path project = study("");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "title: Discussion",
                "title: Discussion of {{< var forums >}}");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly("ERROR content/discussion.md:3:22:"
                + " unknown variable 'forums' (not in content/_variables.yml; it names contact.ethics, forum, sites, tool)");
    }

    /** Quarto's {@code {{< meta >}}}: the document's metadata, which in a study is study.yaml's, as {{value:…}} prints it. */
    @Test
    void metadata_is_study_yamls_and_a_field_it_lacks_is_an_error(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), "\n\nIn *{{< meta title >}}*,"
                + " {{< meta corpus.messages >}} messages; `{{< meta title >}}` in code.\n");
        BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        Element methods = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.text()).contains("In Sharing meals in shared housing, 1,534 messages; {{< meta title >}} in code.");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{< meta corpus.messages >}}", "{{< meta author >}}");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly("ERROR content/methods.md:10:26:"
                + " unknown value 'author' (no such field in coded-data/study.yaml)");
    }

    @Test
    void a_file_that_is_no_map_of_names_is_an_error_at_its_place() throws Exception {
        Path project = study("\n\nThe {{< var forum >}} forum.\n");
        Files.writeString(project.resolve("content/_variables.yml"), "- forum\n- sites\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains(
                "ERROR content/_variables.yml:1:1: Quarto's variables are named values (version: 1.2), not a list");
        Files.writeString(project.resolve("content/_variables.yml"), "forum: [unclosed\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).anySatisfy(d ->
                assertThat(d).startsWith("ERROR content/_variables.yml:"));
        Files.delete(project.resolve("content/_variables.yml"));
        Files.createDirectory(project.resolve("content/_variables.yml"));
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains(
                "ERROR content/_variables.yml: is a folder, not a file");
    }
}

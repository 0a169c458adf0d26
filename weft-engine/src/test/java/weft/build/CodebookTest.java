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
 * The codebook a journal asks for as a table (synthetic interview study): {@code {{codebook}}} prints every node with
 * its level, description and quotes, captioned and numbered as any table of the prose, in every format; {@code
 * {{codebook:NODE}}} a theme's subtree; misuse is an error at the directive.
 */
class CodebookTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithCodebook() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Path discussion = project.resolve("content/discussion.md");
        Files.writeString(discussion, Files.readString(discussion) + """

                The codebook is {{ref:tab-codebook}}.

                Table: The codebook {#tab-codebook}

                {{codebook}}
                """);
    }

    @Test
    void the_codebook_lists_every_node_with_its_description_and_quotes() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        Element table = article.expectFirst("table#tab-codebook");
        assertThat(table.select("caption").text()).isEqualTo("Table 3. The codebook");
        assertThat(article.select("a.xref[href=#tab-codebook]").text()).isEqualTo("Table 3");
        List<List<String>> rows = TestProjects.tableRows(table);
        assertThat(rows).hasSize(1 + 10);
        assertThat(rows.get(0)).containsExactly("Number", "Node", "Level", "Description", "Quotes in all");
        // each node's number as the results number its heading, though the results come before the discussion
        assertThat(rows.get(1)).containsExactly("Theme 1", "A place to belong", "theme",
                "The garden as a place where residents feel they belong.", "4");
        assertThat(rows.get(2)).containsExactly("1.1", "Meeting neighbours", "subtheme", "Getting to know the people who live nearby.", "2");
        assertThat(rows.get(10)).containsExactly("3.3", "Feeling left out", "subtheme",
                "Groups that had formed before a newcomer arrived.", "1");
        assertThat(table.select("tbody tr").eachAttr("class")).startsWith("depth-1", "depth-2", "depth-2", "depth-1");
        assertThat(table.select("tbody th a").first().attr("href")).isEqualTo("#node-belonging");
        assertThat(article.getElementById("node-belonging")).isNotNull();
    }

    @Test
    void a_node_gives_the_codebook_of_its_subtree() throws IOException {
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "{{codebook}}", "{{codebook:limits}}");
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-codebook");
        assertThat(table.select("tbody th").eachText()).containsExactly("What holds people back", "Bodily limits", "Weather",
                "Feeling left out");
    }

    /** A codebook before the results (in the methods) has the numbers too; a node without a heading has none. */
    @Test
    void the_numbers_are_those_of_the_results_wherever_the_codebook_stands() throws IOException {
        Path discussion = project.resolve("content/discussion.md");
        Files.writeString(discussion, Files.readString(discussion).replace("{{codebook}}", "The codebook is printed in the methods.")
                .replace(" ({{ref:sec-node-seasons}})", "")); // a subtheme has no heading of its own below
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n\nTable: The codebook {#tab-codebook}\n\n{{codebook}}\n");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "headingLevels: 2", "headingLevels: 1");
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-codebook");
        assertThat(table.select("tr").stream().map(tr -> tr.child(0).text()).toList()).containsExactly("Number",
                "Theme 1", "", "", "Theme 2", "", "", "Theme 3", "", "", "");
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_print_it() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Table 3. The codebook",
                "Kneeling, bending and carrying.");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        Element wrap = jats.expectFirst("table-wrap#tab-codebook");
        assertThat(wrap.select("label").text()).isEqualTo("Table 3");
        assertThat(wrap.select("tbody tr").get(7).select("th, td").eachText())
                .containsExactly("3.1", "Bodily limits", "subtheme", "Kneeling, bending and carrying.", "2");
        // each row's level, as the web page's class names it, for the journal's typesetter to indent
        assertThat(wrap.select("tbody tr").eachAttr("content-type")).startsWith("depth-1", "depth-2", "depth-2", "depth-1");
        assertThat(TestProjects.documentXml(publication.files().get("article.docx")))
                .contains("<w:t>Getting to know the people who live nearby.</w:t>");
    }

    /**
     * {@code |examples}: each node's example quote, escaped, with its attribution and linked to its evidence; the first
     * presented quote coded to the node itself, or the one the author named; none for a theme whose quotes are below it.
     */
    @Test
    void with_examples_each_node_shows_its_example_quote() throws IOException {
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "{{codebook}}", "{{codebook|examples}}");
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        // the author's choice for one node; a node whose first quote is evidence only takes the next presented one
        TestProjects.replaceIn(frame, "        description: Getting to know the people who live nearby.\n",
                "        description: Getting to know the people who live nearby.\n        example: same-stairwell\n");
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "text: someone always waters, nobody has to ask", "text: <b>{{quote:old-hands}}</b> & more");
        TestProjects.replaceIn(quotes, "quotes:\n", """
                quotes:
                  - id: rota-on-the-shed
                    text: The rota hangs on the shed door.
                    codes: [shared-work]
                    presented: false
                    participant: fg1
                    source: {recorded: true, kind: focus-group}
                """);
        OutputFiles publication = TestProjects.publication(project);
        Element table = Jsoup.parse(publication.text("index.html")).expectFirst("table#tab-codebook");
        List<List<String>> rows = TestProjects.tableRows(table);
        assertThat(rows.get(0)).containsExactly("Number", "Node", "Level", "Description", "Quotes in all", "Example");
        assertThat(table.select("tbody tr").get(0).select("td.example").text()).isEmpty(); // a theme: its quotes are below it
        assertThat(rows.get(2)).endsWith("\u201cIt turned out we share a stairwell.\u201d (31F77)");
        Element example = table.select("tbody tr").get(1).expectFirst("td.example a.quote-link");
        assertThat(example.attr("href")).isEqualTo("evidence/quotes/same-stairwell.html");
        assertThat(table.select("tbody tr").get(2).select("td.example").text())
                .isEqualTo("\u201c<b>{{quote:old-hands}}</b> & more\u201d (FG1)");
        assertThat(table.select("tbody tr").get(2).select("td.example b")).isEmpty();
        assertThat(rows.get(8)).endsWith("\u201cWithout the raised beds I could not take part at all.\u201d (FG2)");
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Number Node Level Description Quotes Example");
        assertThat(TestProjects.documentXml(publication.files().get("article.docx"))).contains("<w:t>Example</w:t>");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.expectFirst("table-wrap#tab-codebook").select("thead th").eachText()).contains("Example");
    }

    @Test
    void an_example_the_codebook_cannot_print_is_reported_at_it() throws IOException {
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "{{codebook}}", "{{codebook|examples}}");
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        TestProjects.replaceIn(frame, "        description: Getting to know the people who live nearby.\n",
                "        description: Getting to know the people who live nearby.\n        example: nobody-said-this\n");
        TestProjects.replaceIn(frame, "        description: Doing the work of the garden together.\n",
                "        description: Doing the work of the garden together.\n        example: raised-beds\n");
        TestProjects.replaceIn(frame, "        description: Kneeling, bending and carrying.\n",
                "        description: Kneeling, bending and carrying.\n        example: knees\n");
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result).stream().filter(d -> d.contains("example")).toList()).containsExactly(
                "ERROR coded-data/coding-frame.yaml:13:18: node 'meeting-neighbours' names unknown quote 'nobody-said-this' as its example",
                "ERROR coded-data/coding-frame.yaml:21:18: quote 'raised-beds', the example of node 'shared-work', is not coded"
                        + " to it or below it (coded to 'bodily-limits'): name one of the node's quotes",
                "WARNING coded-data/coding-frame.yaml:47:18: quote 'knees', the example of node 'bodily-limits' in the"
                        + " codebook, is marked evidence-only (presented: false) but the codebook presents it");
    }

    /** An example withheld from a public build gives way to a presented quote of the node, with a note; a build for its audience prints it. */
    @Test
    void an_example_withheld_from_the_build_gives_way() throws IOException {
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "{{codebook}}", "{{codebook|examples}}");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "        description: Getting to know the people who live nearby.\n",
                "        description: Getting to know the people who live nearby.\n        example: same-stairwell\n");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "{{codebook|examples}}", "{{codebook:meeting-neighbours|examples}}");
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    participant: p31\n    source: {recorded: true, kind: interview}\n  - id: someone",
                "    participant: p31\n    audience: reviewers\n    source: {recorded: true, kind: interview}\n  - id: someone");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "\n\n          {{quote:same-stairwell}}", "");
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).contains("NOTE coded-data/coding-frame.yaml:13:18: quote 'same-stairwell', the"
                + " example of node 'meeting-neighbours', is withheld from this build for privacy: the codebook prints the"
                + " node's first presented quote instead");
        Element table = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("table#tab-codebook");
        assertThat(table.select("td.example").text()).isEqualTo("\u201cI had lived here nine years and never knew their first names.\u201d (25M83)");
        assertThat(table.text()).doesNotContain("stairwell");
    }

    @Test
    void a_misused_codebook_is_an_error_at_it() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n\nSee {{codebook}} here.\n\n{{codebook:nowhere}}\n\n{{codebook|all}}\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result).stream().filter(d -> d.startsWith("ERROR")).toList()).containsExactly(
                "ERROR content/methods.md:10:5: {{codebook}} prints a table: put it in a paragraph of its own",
                "ERROR content/methods.md:12:1: unknown node 'nowhere' in {{codebook:nowhere}}",
                "ERROR content/methods.md:14:1: unknown option 'all' in {{codebook|all}} (allowed: examples)");
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code {{abstraction}}}: the example of the analysis's abstraction a content analysis paper prints, from the quotes'
 * reduced expressions: each presented quote with one, its reduction, and its node and those above it under their
 * levels' names, captioned and numbered as any table, in every format; misuse is an error at the directive.
 */
class AbstractionTableTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithReductions() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: The evenings at the table are long and good.\n",
                "    text: The evenings at the table are long and good.\n    reduced: long <good> evenings\n");
        TestProjects.replaceIn(quotes, "    text: We cook on Sundays & everyone brings <something>\n",
                "    text: We cook on Sundays & everyone brings <something>\n    reduced: cooking on Sundays\n");
        TestProjects.replaceIn(quotes, "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    reduced: a full sink\n"); // evidence only: not in the table
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                The abstraction is shown in {{ref:tab-abstraction}}.

                Table: An example of the abstraction {#tab-abstraction}

                {{abstraction:togetherness}}
                """);
    }

    @Test
    void each_presented_quote_with_a_reduction_is_a_row_from_its_words_up_to_its_theme() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        Document article = Jsoup.parse(publication.text("index.html"));
        Element table = article.expectFirst("table#tab-abstraction");
        assertThat(table.select("caption").text()).startsWith("Table ").endsWith(". An example of the abstraction");
        List<List<String>> rows = TestProjects.tableRows(table);
        assertThat(rows).containsExactly(
                List.of("Original expression", "Reduced expression", "Sub-theme", "Theme"),
                List.of("\u201CWe cook on Sundays & everyone brings <something>\u201D", "cooking on Sundays",
                        "Cooking together", "Togetherness at the table"),
                List.of("\u201CThe evenings at the table are long and good.\u201D", "long <good> evenings", "Cooking together",
                        "Togetherness at the table"));
        assertThat(table.select("td.example a").first().attr("href")).endsWith("evidence/quotes/we-cook.html");

        String caption = table.select("caption").text();
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf")).replaceAll("\\s+", " ")).contains(caption,
                "Original expression Reduced", "cooking on Sundays", "long <good>"); // the cells' words wrap
        assertThat(TestProjects.documentXml(publication.files().get("article.docx"))).contains("<w:t>Reduced expression</w:t>",
                "long &lt;good> evenings");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.expectFirst("table-wrap#tab-abstraction").select("thead th").eachText())
                .containsExactly("Original expression", "Reduced expression", "Sub-theme", "Theme");
    }

    /** {@code {{abstraction:NODE|a,b}}}: the author's choice of examples, in the order named, where many more are reduced. */
    @Test
    void the_quotes_named_are_the_rows_in_the_order_named() throws Exception {
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: Same table, same people, every night.\n",
                "    text: Same table, same people, every night.\n    reduced: the same table nightly\n");
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods).replace("{{abstraction:togetherness}}",
                "{{abstraction:togetherness|same-table, long-evenings}}") + "\n{{abstraction|sink-full}}\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).contains("WARNING content/methods.md:15:1: quote 'sink-full' is marked"
                + " evidence-only (presented: false) but {{abstraction|sink-full}} presents it");
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(TestProjects.tableRows(article.expectFirst("table#tab-abstraction"))).containsExactly(
                List.of("Original expression", "Reduced expression", "Sub-theme", "Theme"),
                List.of("\u201CSame table, same people, every night.\u201D", "the same table nightly", "Eating together",
                        "Togetherness at the table"),
                List.of("\u201CThe evenings at the table are long and good.\u201D", "long <good> evenings", "Cooking together",
                        "Togetherness at the table"));
        // a quote coded to two nodes is a row for each
        assertThat(article.select("table.abstraction").get(1).select("tbody tr").eachText()).containsExactly(
                "\u201CThe sink is always full.\u201D a full sink Friction over food",
                "\u201CThe sink is always full.\u201D a full sink Unwashed dishes Friction over food");
    }

    @Test
    void misuse_is_an_error_at_the_directive() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods).replace("""
                The abstraction is shown in {{ref:tab-abstraction}}.

                Table: An example of the abstraction {#tab-abstraction}

                {{abstraction:togetherness}}
                """, """
                {{abstraction:friction}}

                Inline {{abstraction}} here.

                {{abstraction:nowhere}}

                {{abstraction|all}}

                {{abstraction:cooking-together|we-cook,,same-table,we-cook}}

                {{abstraction:togetherness|same-table}}

                {{abstraction|sink-full}}
                """));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    audience: team\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result).stream().filter(d -> d.startsWith("ERROR")).toList()).containsExactly(
                "ERROR content/methods.md:9:1: {{abstraction:friction}}: no quote the article presents coded to 'friction' or"
                        + " below it has a reduced expression (reduced: in its quote file)",
                "ERROR content/methods.md:11:8: {{abstraction}} prints a table: put it in a paragraph of its own",
                "ERROR content/methods.md:13:1: unknown node 'nowhere' in {{abstraction:nowhere}}",
                "ERROR content/methods.md:15:1: unknown quote 'all' in {{abstraction|all}}",
                "ERROR content/methods.md:17:1: an empty quote id in {{abstraction:cooking-together|we-cook,,same-table,we-cook}}:"
                        + " name the quotes to show, separated by commas",
                "ERROR content/methods.md:17:1: quote 'same-table' is not coded to 'cooking-together' or below it (coded to"
                        + " 'eating-together'): name one of its quotes",
                "ERROR content/methods.md:17:1: quote 'we-cook' is named twice in"
                        + " {{abstraction:cooking-together|we-cook,,same-table,we-cook}}",
                "ERROR content/methods.md:19:1: {{abstraction:togetherness|same-table}}: none of the quotes it names has a"
                        + " reduced expression to show",
                "ERROR content/methods.md:21:1: quote 'sink-full' is withheld from this build for privacy (its audience is"
                        + " narrower than the build's): the table cannot present it; build for its audience (--audience), or"
                        + " choose another");
        assertThat(TestProjects.diagnostics(result)).contains("WARNING content/methods.md:19:1: quote 'same-table' has no"
                + " reduced expression in this build (reduced: in its quote file; a build that shows its excerpt alone shows"
                + " none): {{abstraction:togetherness|same-table}} leaves it out");
    }
}

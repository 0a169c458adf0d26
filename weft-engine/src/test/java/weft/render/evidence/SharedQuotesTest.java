package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.model.Audience;
import weft.support.HtmlChecker;
import weft.support.LinkChecker;
import weft.support.TestProjects;

/**
 * The nodes that share quotes, as a reviewer asking whether the categories exclude each other reads them, in the
 * miniature study recoded for the test: three quotes coded to nodes of two branches (one of them also to a node and
 * the node above it, which shares nothing), one of them for the reviewers alone (its nodes are numbered as the article
 * numbers them: the themes alone). The overview says how many, a page
 * pairs the nodes (the most shared first) with the quotes coded to both, and each node's page names the nodes it shares
 * quotes with, linked to the pair; a quote the build withholds is counted, never named.
 */
class SharedQuotesTest {

    @TempDir
    static Path temp;
    static Path project;
    static Path open;
    static Path reviewers;

    @BeforeAll
    static void build() {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: The evenings at the table are long and good.\n    translatedFrom: fi\n"
                + "    codes: [cooking-together]", "    text: The evenings at the table are long and good.\n    translatedFrom: fi\n"
                + "    codes: [cooking-together, friction]");
        TestProjects.replaceIn(quotes, "    codes: [eating-together]", "    codes: [eating-together, dishes]\n    audience: reviewers");
        TestProjects.replaceIn(quotes, "    codes: [dishes, friction]", "    codes: [dishes, friction, cooking-together]");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        try {
            Files.writeString(project.resolve("content/methods.md"), "\n\n{{count:shared|Words}} of the {{count:quotes}} quotes"
                    + " are coded to more than one node.\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        open = built(BuildOptions.defaults(), "public");
        reviewers = built(BuildOptions.defaults().audience(Audience.REVIEWERS), "reviewers");
    }

    private static Path built(BuildOptions options, String name) {
        Path out = temp.resolve(name);
        BuildResult result = new Weft().build(project, out, options);
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return out;
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void the_overview_says_how_many_quotes_are_shared_and_links_the_pairs() throws IOException {
        assertThat(page(open, "evidence/index.html").select(".shared-summary p").text()).isEqualTo("3 quotes are coded to"
                + " two nodes or more, not one within the other (3 pairs of nodes). Which nodes share which quotes");
        assertThat(page(open, "evidence/index.html").select(".shared-summary a").attr("href")).isEqualTo("shared-quotes.html");
    }

    @Test
    void the_page_pairs_the_nodes_the_most_shared_first_and_counts_a_withheld_quote_without_naming_it() throws IOException {
        Document shared = page(open, "evidence/shared-quotes.html");
        assertThat(TestProjects.tableRows(shared.selectFirst("table.shared-quotes"))).containsExactly(
                List.of("Node", "Node", "Quotes coded to both", "Quotes"),
                List.of("Cooking together", "3.2 Friction over food", "2", "Quote long-evenings, Quote sink-full"),
                List.of("Cooking together", "Unwashed dishes", "1", "Quote sink-full"),
                List.of("Eating together", "Unwashed dishes", "1", "1 withheld for privacy"));
        assertThat(shared.select("#shared-cooking-together--friction a").eachAttr("href"))
                .containsExactly("nodes/cooking-together.html", "nodes/friction.html", "quotes/long-evenings.html",
                        "quotes/sink-full.html");
        assertThat(shared.html()).doesNotContain("same-table");
        assertThat(TestProjects.tableRows(page(reviewers, "evidence/shared-quotes.html").selectFirst("table.shared-quotes")))
                .contains(List.of("Eating together", "Unwashed dishes", "1", "Quote same-table"));
    }

    @Test
    void a_nodes_page_names_the_nodes_it_shares_quotes_with_linked_to_the_pair() throws IOException {
        Document dishes = page(open, "evidence/nodes/dishes.html");
        assertThat(dishes.select(".shared-with li").eachText()).containsExactly(
                "Cooking together 1 quote in common", "Eating together 1 quote in common");
        assertThat(dishes.select(".shared-with a.child-count").eachAttr("href")).containsExactly(
                "../shared-quotes.html#shared-cooking-together--dishes", "../shared-quotes.html#shared-eating-together--dishes");
        // a node and the node above it share nothing: friction's page does not name dishes
        assertThat(page(open, "evidence/nodes/friction.html").select(".shared-with li").eachText())
                .containsExactly("Cooking together 2 quotes in common");
        assertThat(page(open, "evidence/nodes/togetherness.html").select(".shared-with")).isEmpty();
        assertThat(new LinkChecker(open).problems()).isEmpty();
    }

    @Test
    void the_article_counts_them_as_the_evidence_does_withheld_quotes_too() throws IOException {
        assertThat(page(open, "index.html").text()).contains("Three of the 4 quotes are coded to more than one node.");
    }

    @Test
    void the_evidence_pdf_pairs_them_too() throws IOException {
        String pdf = TestProjects.pdfText(Files.readAllBytes(open.resolve("evidence.pdf"))).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Nodes that share quotes", "3 quotes are coded to two nodes or more",
                "Cooking together 3.2 Friction over food 2 Quote long-evenings, Quote sink-full",
                "Eating together Unwashed dishes 1 1 withheld for privacy").doesNotContain("same-table");
    }

    @Test
    void the_page_is_valid_html5_and_a_study_whose_nodes_share_nothing_has_none() throws IOException {
        HtmlChecker checker = new HtmlChecker();
        assertThat(checker.errors(open.resolve("evidence/shared-quotes.html"))).isEmpty();
        assertThat(checker.errors(open.resolve("evidence/nodes/dishes.html"))).isEmpty();
        Path plain = TestProjects.build(TestProjects.fixture("mini-study"), temp.resolve("plain"));
        assertThat(plain.resolve("evidence/shared-quotes.html")).doesNotExist();
        assertThat(page(plain, "evidence/index.html").select(".shared-summary p").text()).isEqualTo("No two nodes share a"
                + " quote: each quote is coded to one node, or to nodes one within the other.");
        // a frame that says its nodes exclude each other: the overview says so too
        Path declared = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("declared"));
        TestProjects.replaceIn(declared.resolve("coded-data/coding-frame.yaml"), "levels:", "exclusive: true\nlevels:");
        Path built = TestProjects.build(declared, temp.resolve("declared-out"));
        assertThat(page(built, "evidence/index.html").select(".shared-summary p").text()).endsWith("one within the other."
                + " The coding frame says its nodes exclude each other.");
        assertThat(Files.exists(plain.resolve("evidence/index.html"))).isTrue();
    }
}

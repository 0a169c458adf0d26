package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.LinkChecker;
import weft.support.TestProjects;

/**
 * The quote entries and node pages of the miniature study, whose data has what the default study lacks:
 * an original text, a recorded source, an evidence-only quote, a quote coded to two nodes.
 */
class EvidenceEntriesTest {

    @TempDir
    Path temp;

    private static Map<String, byte[]> build(Path project) {
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow().files();
    }

    private static Document page(Map<String, byte[]> files, String path) {
        assertThat(files).containsKey(path);
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void the_original_text_is_shown_in_its_language_beside_the_translation() {
        Document entry = page(build(TestProjects.fixture("mini-study")), "evidence/quotes/we-cook.html");
        assertThat(entry.expectFirst(".entry-quote blockquote").text()).isEqualTo("\u201CWe cook on Sundays & everyone brings <something>\u201D");
        assertThat(entry.expectFirst(".entry-quote figcaption").text()).isEqualTo("Translated from Finnish.");
        Element original = entry.expectFirst(".original blockquote");
        assertThat(original.attr("lang")).isEqualTo("fi");
        assertThat(original.text()).as("in Finnish marks").isEqualTo("\u201DKokkaamme sunnuntaisin\u201D");
        assertThat(entry.expectFirst(".original h2").text()).isEqualTo("Original text (Finnish)");
        assertThat(entry.expectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void a_recorded_source_is_listed_and_an_unrecorded_one_is_said_to_be_unrecorded() {
        Map<String, byte[]> files = build(TestProjects.fixture("mini-study"));
        assertThat(page(files, "evidence/quotes/we-cook.html").expectFirst(".source-facts").text())
                .isEqualTo("Thread Sunday meals Message 12");
        assertThat(page(files, "evidence/quotes/long-evenings.html").select(".entry-facts > div:nth-child(2) dd").text())
                .isEqualTo("Not recorded. The article does not report the thread.");
    }

    @Test
    void an_evidence_only_quote_says_that_the_article_does_not_present_it() {
        Map<String, byte[]> files = build(TestProjects.fixture("mini-study"));
        Document entry = page(files, "evidence/quotes/sink-full.html");
        assertThat(entry.select(".entry-facts > div:nth-child(3) dd").text())
                .isEqualTo("Not presented in the article: this quote is part of the evidence only.");
        assertThat(entry.select(".code-paths li").eachText()).hasSize(2);
        assertThat(entry.select(".code-paths li a").eachAttr("href"))
                .containsExactly("../nodes/friction.html", "../nodes/dishes.html", "../nodes/friction.html");
        Document friction = page(files, "evidence/nodes/friction.html");
        assertThat(friction.select(".quote-group > h3").eachText())
                .containsExactly("Coded to this theme itself 1 quote", "Unwashed dishes 1 quote");
        assertThat(friction.expectFirst(".counts").text()).isEqualTo("1 quote in all, 1 coded to the theme itself");
        assertThat(friction.expectFirst(".quote-meta").text()).isEqualTo("Evidence only: not presented in the article");
    }

    @Test
    void a_quote_the_article_prints_after_a_narrative_links_back_to_that_place() {
        Map<String, byte[]> files = build(TestProjects.fixture("mini-study"));
        Document entry = page(files, "evidence/quotes/same-table.html");
        Element place = entry.expectFirst(".entry-facts > div:nth-child(3) dd a");
        assertThat(place.attr("href")).isEqualTo("../../index.html#quote-same-table");
        Document article = page(files, "index.html");
        assertThat(article.getElementById("quote-same-table").closest(".node").id()).isEqualTo("node-eating-together");
    }

    @Test
    void the_publication_keeps_every_link_after_its_folder_is_moved() throws IOException {
        Path built = temp.resolve("built");
        assertThat(new Weft().build(TestProjects.fixture("mini-study"), built, BuildOptions.defaults())
                .succeeded()).isTrue();
        Path moved = Files.createDirectories(temp.resolve("elsewhere/deeper")).resolve("publication");
        Files.move(built, moved);
        LinkChecker links = new LinkChecker(moved);
        assertThat(links.pages()).hasSize(1 + 1 + 5 + 4);
        assertThat(links.problems()).isEmpty();
    }

    @Test
    void hostile_quote_text_is_text_on_every_evidence_page_and_in_the_search_index() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("hostile"));
        String hostile = "<script>window.pwned=1</script> \\\"><img src=x onerror=\\\"window.pwned=2\\\"> ${7*7} {{quote:we-cook}}";
        String shown = "<script>window.pwned=1</script> \"><img src=x onerror=\"window.pwned=2\"> ${7*7} {{quote:we-cook}}";
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The sink is always full.", "text: \"" + hostile + "\"");
        Map<String, byte[]> files = build(project);
        for (String path : new String[] {"evidence/quotes/sink-full.html", "evidence/nodes/dishes.html", "evidence/nodes/friction.html"}) {
            Document page = page(files, path);
            assertThat(page.select("main script, main img")).as(path).isEmpty();
            assertThat(page.select("blockquote").eachText()).as(path).contains("\u201C" + shown + "\u201D");
        }
        String index = new String(files.get("evidence/search-index.js"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("<script", "</script", "<img").contains("\\u003cscript\\u003ewindow.pwned=1");
    }
}

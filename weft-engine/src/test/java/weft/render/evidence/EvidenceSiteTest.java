package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.LinkChecker;
import weft.support.TestProjects;

/** The evidence site of the default study, as a reviewer would check it: pages, numbers, counts, links back. */
class EvidenceSiteTest {

    @TempDir
    static Path temp;
    static Path out;
    static Document article;

    @BeforeAll
    static void build() throws IOException {
        out = temp.resolve("publication");
        BuildResult result = new Weft().build(TestProjects.defaultStudy(), out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        article = page("index.html");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    static List<String> files(String dir) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve(dir))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void every_node_has_a_page_and_every_quote_an_entry() throws IOException {
        assertThat(files("evidence/nodes")).hasSize(2 + 5 + 16).contains("poor-family-dynamics.html", "family-violence.html");
        assertThat(files("evidence/quotes")).hasSize(46).contains("loved-before-death.html", "like-outsiders.html");
        assertThat(files("evidence/assets")).containsExactly("evidence.css", "icon.svg", "lunr.min.js", "search.js", "tree.js");
        assertThat(out.resolve("evidence/index.html")).isRegularFile();
    }

    @Test
    void the_overview_shows_the_whole_tree_numbered_as_the_article_with_its_counts() throws IOException {
        Document overview = page("evidence/index.html");
        List<String> numbered = overview.select(".tree-link:has(.number)").eachText();
        assertThat(numbered).isEqualTo(article.select("section.node > h3, section.node > h4").eachText());
        assertThat(overview.select(".frame-tree > li")).hasSize(2);
        assertThat(overview.select(".tree-item")).hasSize(23);
        assertThat(overview.expectFirst("#tree-meaning-of-family > .tree-row").text())
                .isEqualTo("3.1 Meaning of the family for coping 11 quotes");
        assertThat(overview.expectFirst("#tree-poor-emotional-intelligence > .tree-row").text())
                .isEqualTo("Poor emotional intelligence skills 5 quotes");
        assertThat(overview.select("#tree-family-challenges-children > li").eachAttr("id"))
                .containsExactly("tree-poor-family-dynamics", "tree-harmful-and-abusive-experiences", "tree-family-socioeconomic-status");
    }

    @Test
    void a_node_page_shows_its_path_description_children_grouped_quotes_and_the_places_that_discuss_it() throws IOException {
        Document node = page("evidence/nodes/poor-family-dynamics.html");
        assertThat(node.select(".breadcrumbs li").eachText())
                .containsExactly("Evidence", "3.4 Challenges in the family situation and dynamics", "3.5 Poor family dynamics");
        assertThat(node.select(".breadcrumbs a").eachAttr("href"))
                .containsExactly("../index.html", "family-challenges.html");
        assertThat(node.expectFirst("h1").text()).isEqualTo("3.5 Poor family dynamics");
        assertThat(node.expectFirst(".counts").text()).isEqualTo("24 quotes in all, 0 coded to the category itself");
        assertThat(node.expectFirst(".description").text()).startsWith("Lack of close relationships, poor emotional skills");
        assertThat(node.select(".places a").eachAttr("href")).containsExactly(
                "../../index.html#node-poor-family-dynamics", "../../index.html#mention-poor-family-dynamics-1");
        assertThat(node.select(".places li").eachText()).containsExactly(
                "3.5 Poor family dynamics its heading", "3.4 Challenges in the family situation and dynamics named in the text");
        assertThat(node.select(".child-list li")).hasSize(7);
        assertThat(node.select(".quote-group > h3").eachText()).startsWith(
                "Lack of close, genuine relationships 1 quote", "Poor emotional intelligence skills 5 quotes");
        assertThat(node.select(".quote-group .quote-item")).hasSize(24);
        Element first = node.expectFirst("#quotes-under-lack-of-close-relationships .quote-item");
        assertThat(first.expectFirst("blockquote a").attr("href")).isEqualTo("../quotes/loved-before-death.html");
        assertThat(first.expectFirst(".quote-meta a").attr("href")).isEqualTo("../../index.html#quote-loved-before-death");
    }

    @Test
    void a_leaf_page_lists_the_quotes_coded_to_it_and_the_paragraph_that_presents_them() throws IOException {
        Document node = page("evidence/nodes/poor-emotional-intelligence.html");
        assertThat(node.select(".breadcrumbs li").eachText()).containsExactly("Evidence",
                "3.4 Challenges in the family situation and dynamics", "3.5 Poor family dynamics",
                "Poor emotional intelligence skills");
        assertThat(node.expectFirst(".kicker").text()).isEqualTo("Sub-category · label reconstructed from the article’s text");
        assertThat(node.select(".quote-group > h3").eachText()).containsExactly("Coded to this sub-category itself 5 quotes");
        assertThat(node.select(".places li").eachText()).containsExactly(
                "3.5 Poor family dynamics › Poor emotional intelligence skills its paragraph");
        assertThat(node.select("section.children")).isEmpty();
    }

    @Test
    void a_quote_entry_gives_its_text_codes_source_place_in_the_article_and_neighbours() throws IOException {
        Document entry = page("evidence/quotes/like-outsiders.html");
        assertThat(entry.expectFirst(".entry-quote blockquote").text()).isEqualTo("\u201Clike outsiders\u201D");
        assertThat(entry.expectFirst(".entry-quote figcaption").text())
                .isEqualTo("Translated from Finnish. The original wording is not part of the data.");
        assertThat(entry.select(".code-paths li a").eachText()).containsExactly(
                "3.4 Challenges in the family situation and dynamics", "3.5 Poor family dynamics",
                "Poor emotional intelligence skills");
        assertThat(entry.select(".entry-facts > div:nth-child(2) dd").text())
                .isEqualTo("Not recorded. The article does not report the thread or message this quote was taken from.");
        Element place = entry.expectFirst(".entry-facts > div:nth-child(3) dd a");
        assertThat(place.attr("href")).isEqualTo("../../index.html#quote-like-outsiders");
        assertThat(place.text()).isEqualTo("3.5 Poor family dynamics › Poor emotional intelligence skills");
        assertThat(article.getElementById("quote-like-outsiders")).isNotNull();
        assertThat(entry.expectFirst(".neighbours .position").text()).isEqualTo("Quote 2 of 5 coded to it, in the order of the data.");
        assertThat(entry.select(".neighbours li a").eachAttr("href")).containsExactly("afraid-of-emotions.html", "living-on-autopilot.html");
        assertThat(entry.expectFirst(".neighbours h2 a").attr("href")).isEqualTo("../nodes/poor-emotional-intelligence.html");
    }

    @Test
    void the_content_note_of_the_study_stands_where_the_evidence_begins() throws IOException {
        String note = "Content note. The participant quotes in this article describe suicidal thoughts, family violence and sexual abuse. Some readers may find them distressing.";
        Document overview = page("evidence/index.html");
        Element shown = overview.expectFirst("main .content-note");
        assertThat(shown.text()).isEqualTo(note);
        assertThat(shown.elementSiblingIndex()).isLessThan(overview.expectFirst("section.frame").elementSiblingIndex());
        for (String path : List.of("evidence/nodes/family-violence.html", "evidence/quotes/locked-in-the-cellar.html")) {
            Document p = page(path);
            assertThat(p.expectFirst(".content-note").text()).as(path).isEqualTo(note);
            Element firstQuote = p.expectFirst("blockquote");
            assertThat(p.expectFirst(".content-note").elementSiblingIndex()).as(path)
                    .isLessThan(firstQuote.closest("main > *").elementSiblingIndex());
        }
    }

    @Test
    void the_corpus_facts_come_from_the_study_data() throws IOException {
        String facts = page("evidence/index.html").expectFirst(".corpus dl").text();
        assertThat(facts).contains("What was collected Discussion threads dealing with family",
                "Language of the data Finnish", "When May 2020 (2020-05)", "Threads included 42 of 2,589 threads",
                "Messages 2,644", "How the data were selected Only the discussion threads dealing with family were included.",
                "Quotes 46 coded quotes: 46 presented in the article, 0 evidence only",
                "Translated 46 of 46 quotes translated from Finnish",
                "Coding frame 23 nodes: 2 main categories, 5 categories, 16 sub-categories");
    }

    @Test
    void the_article_links_every_category_heading_and_every_quote_to_its_evidence() {
        for (Element heading : article.select("section.node > h3, section.node > h4")) {
            String node = heading.parent().id().substring("node-".length());
            assertThat(heading.expectFirst("a").attr("href")).isEqualTo("evidence/nodes/" + node + ".html");
        }
        for (Element quote : article.select("[data-quote]")) {
            assertThat(quote.expectFirst("a").attr("href")).isEqualTo("evidence/quotes/" + quote.attr("data-quote") + ".html");
        }
        assertThat(article.select("[data-quote]")).hasSizeGreaterThanOrEqualTo(46);
    }

    @Test
    void no_link_of_the_whole_publication_is_broken_and_every_one_is_relative() {
        LinkChecker links = new LinkChecker(out);
        assertThat(links.pages()).hasSize(1 + 1 + 23 + 46 + 1); // article, overview, nodes, quotes, checklist
        assertThat(links.linkCount()).isGreaterThan(1000);
        assertThat(links.problems()).isEmpty();
    }

    @Test
    void the_publication_does_not_depend_on_where_it_was_built() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // read as bytes (ISO 8859-1): the output holds binary files too; the paths sought are ASCII
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(out.toString(), out.toUri().toString());
            }
        }
    }
}

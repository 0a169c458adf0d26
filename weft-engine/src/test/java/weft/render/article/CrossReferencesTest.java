package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/** Cross-references from prose to sections, subsections, numbered nodes, the figure and the table. */
class CrossReferencesTest {

    @TempDir
    Path temp;

    @Test
    void labels_become_numbered_links_forward_and_backward() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("xref"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes.\n\nSee @sec-results (@sec-node-friction), @fig-coding-frame and @tab-coding-frame; the aim is"
                        + " in @sec-introduction-aim.\n\nMail ada@sec-example.org, write \\@sec-results or `@sec-results`.");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        Element methods = article.expectFirst("#sec-methods");
        assertThat(methods.select("a.xref").eachText())
                .containsExactly("Section 3", "Section 3.2", "Figure 1", "Table 1", "Section 1.1");
        for (Element link : methods.select("a.xref")) {
            assertThat(article.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(methods.select("a.xref").eachAttr("href")).containsExactly("#sec-results", "#node-friction",
                "#fig-coding-frame", "#tab-coding-frame", "#sec-introduction-aim");
        assertThat(methods.text()).contains("Mail ada@sec-example.org, write @sec-results or @sec-results.");
        assertThat(methods.expectFirst("code").text()).isEqualTo("@sec-results");
        assertThat(article.expectFirst("#fig-coding-frame figcaption").text()).startsWith("Figure 1.");
        assertThat(article.expectFirst("#tab-coding-frame caption").text()).startsWith("Table 1.");
    }

    /** Quarto's {@code tbl-} and Pandoc-crossref's colon forms ({@code {#fig:plan}}, {@code @sec:results}) are Weft's own. */
    @Test
    void quarto_and_pandoc_crossref_labels_are_read_as_weft_s() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("forms"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes.\n\nTable: Meals {#tbl-meals}\n\n| Day | Meals |\n|---|--:|\n| Monday | 2 |\n\n"
                        + "Table: Dishes {#tbl:dishes}\n\n| Day | Dishes |\n|---|--:|\n| Monday | 5 |\n\n"
                        + "See @tbl-meals, @tbl:dishes, @tab:coding-frame, @fig:coding-frame, @sec:results and {{ref:tbl-meals}};"
                        + " `@tbl:meals` is code,"
                        + " ada@tbl-x.org an address.");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        // the address is one for the privacy check; the labels are no social-media handles
        assertThat(TestProjects.diagnostics(result)).singleElement().asString().contains("looks like an e-mail address");
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        Element methods = article.expectFirst("#sec-methods");
        assertThat(methods.select("table")).extracting(Element::id).containsExactly("tab-meals", "tab-dishes");
        assertThat(methods.select("a.xref").eachText()).containsExactly("Table 1", "Table 2", "Table 3", "Figure 1", "Section 3",
                "Table 1");
        assertThat(methods.select("a.xref").eachAttr("href")).containsExactly("#tab-meals", "#tab-dishes", "#tab-coding-frame",
                "#fig-coding-frame", "#sec-results", "#tab-meals");
        assertThat(methods.expectFirst("code").text()).isEqualTo("@tbl:meals");
        assertThat(methods.text()).contains("ada@tbl-x.org an address.");
    }

    /**
     * Quarto's variations of a reference: {@code [-@tbl-x]} the number alone, {@code @Tbl-x} capitalised as a sentence
     * begins (Weft's words are capitalised already; a study's own words file may not be), {@code [Tab. @tbl-x]} words of
     * its own before the number, {@code [@tbl-x]} as {@code @tbl-x}.
     */
    @Test
    void quartos_variations_print_the_number_alone_capitalised_or_after_words_of_the_authors() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("variations"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes.\n\n| Day | Meals |\n|---|--:|\n| Monday | 2 |\n\n: Meals {#tbl-meals}\n\n"
                        + "Tables [-@tbl-meals] and [-@tab-coding-frame]. @Tbl-meals and @Sec-results, [Tab. @tbl-meals],"
                        + " [@fig-coding-frame], sections [-@sec-results] and [-@sec-node-friction].");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).isEmpty(); // @Tbl-meals is no social-media handle
        Element methods = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("a.xref").eachText()).containsExactly("1", "2", "Table 1", "Section 3", "Tab. 1",
                "Figure 1", "3", "3.2");
        assertThat(methods.select("a.xref").get(4).html()).isEqualTo("Tab.&nbsp;1"); // kept on one line
        assertThat(methods.select("a.xref").eachAttr("href")).containsExactly("#tab-meals", "#tab-coding-frame",
                "#tab-meals", "#sec-results", "#tab-meals", "#fig-coding-frame", "#sec-results", "#node-friction");
        assertThat(TestProjects.pdfText(result.publication().orElseThrow().files().get("article.pdf")).replace('\u00a0', ' '))
                .contains("Tables 1 and 2. Table 1 and Section 3, Tab. 1, Figure 1, sections 3 and 3.2.");
    }

    @Test
    void several_cross_references_in_one_pair_of_brackets_are_an_error_that_says_how_to_write_them() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("several"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "Two themes emerged.",
                "Two themes emerged [@fig-coding-frame; @tab-coding-frame].");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains("ERROR content/results.md:7:20: unknown"
                + " citation key 'fig-coding-frame' (not in content/references.bib); a cross-reference is written alone"
                + " (@fig-coding-frame, or [-@fig-coding-frame] for its number, [words @fig-coding-frame] with words of its"
                + " own before it), not among others in one pair of brackets");
    }

    @Test
    void an_unknown_label_is_an_error_where_it_is_written() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("unknown"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "Two themes emerged.", "Two themes emerged (@tab-themes).");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR content/results.md:7:21: unknown cross-reference label 'tab-themes' (tables: tab-coding-frame)");
    }

    /**
     * A link whose text cites a work or refers to a figure, as Pandoc reads one ({@code [the study by @smith2020](…)}):
     * a link, its citation and cross-reference printed in its text as text (no link within a link), in the web page and
     * the Word document alike; a bracketed citation beside it stays a citation.
     */
    @Test
    void a_links_text_may_cite_and_refer_and_stays_one_link() throws Exception {
        var built = TestProjects.Built.withMethods(temp.resolve("links"), "See [the study by @smith2020](https://example.org/a),"
                + " [see @fig-coding-frame](https://example.org/b) and [@smith2020].");
        Document article = Jsoup.parse(built.publication().text("index.html"));
        Element methods = article.selectFirst("#sec-methods");
        assertThat(methods.select("a a")).isEmpty();
        assertThat(methods.selectFirst("a[href=https://example.org/a]").text()).isEqualTo("the study by Smith and Virtanen [2]");
        assertThat(methods.selectFirst("a[href=https://example.org/b]").text()).isEqualTo("see Figure 1");
        assertThat(methods.text()).doesNotContain("](", "@");
        assertThat(methods.select(".citation a[href=#ref-smith2020]")).isNotEmpty(); // the bracketed one, linked as ever
        String word = TestProjects.documentXml(built.publication().files().get("article.docx"));
        assertThat(word).contains("see Figure 1").doesNotContain("https://example.org/a)");
    }
}

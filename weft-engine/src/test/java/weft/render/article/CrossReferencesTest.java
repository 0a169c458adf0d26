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

    @Test
    void an_unknown_label_is_an_error_where_it_is_written() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("unknown"));
        TestProjects.replaceIn(project.resolve("content/results.md"), "Two themes emerged.", "Two themes emerged (@tab-themes).");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR content/results.md:7:21: unknown cross-reference label 'tab-themes' (tables: tab-coding-frame)");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.TestProjects;

/**
 * Pandoc's {@code nocite} in a prose file's front matter: works listed in the references though the text does not cite
 * them (the data's own source, a software), after the cited ones in a numbered style; {@code @*} lists every work.
 */
class NociteTest {

    @TempDir
    Path temp;

    /** The mini study with a third, uncited work (fictitious, as the others), and {@code nocite} in its discussion. */
    private BuildResult build(String nocite, String style) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(project.resolve("content/references.bib"), Files.readString(project.resolve("content/references.bib"))
                + "\n@book{brown2018,\n  author = {Brown, Alex},\n  title = {A Fictitious Forum Archive},\n"
                + "  publisher = {Example Press},\n  year = {2018}\n}\n");
        if (!nocite.isEmpty()) {
            TestProjects.replaceIn(project.resolve("content/discussion.md"), "listStyle: lower-alpha",
                    "listStyle: lower-alpha\nnocite: \"" + nocite + "\"");
        }
        if (!style.isEmpty()) {
            TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:",
                    "presentation:\n  citationStyle: " + style);
        }
        return new Weft().render(project, BuildOptions.defaults());
    }

    private static List<String> references(BuildResult result) {
        Document page = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        return page.select("#references li, #references .csl-entry").eachText();
    }

    @Test
    void a_work_the_text_does_not_cite_is_listed_after_the_cited_ones_and_not_reported_as_never_cited() throws Exception {
        BuildResult without = build("", "");
        assertThat(references(without)).hasSize(2).noneMatch(r -> r.contains("Fictitious Forum Archive"));
        assertThat(without.diagnostics().toString()).contains("reference 'brown2018' is never cited");

        BuildResult with = build("@brown2018", "");
        assertThat(with.succeeded()).as("%s", with.diagnostics()).isTrue();
        List<String> listed = references(with);
        assertThat(listed).hasSize(3);
        assertThat(listed.get(2)).startsWith("3.").contains("Brown A. A Fictitious Forum Archive");
        assertThat(with.diagnostics().toString()).doesNotContain("never cited");
    }

    @Test
    void every_work_with_a_star_in_an_author_date_style_sorted_as_the_style_sorts() throws Exception {
        BuildResult with = build("@*", "apa");
        assertThat(with.succeeded()).as("%s", with.diagnostics()).isTrue();
        List<String> listed = references(with);
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0)).startsWith("Brown, A. (2018)");
    }
}

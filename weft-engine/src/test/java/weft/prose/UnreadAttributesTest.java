package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.read.ImageFilesForTests;
import weft.support.TestProjects;

/**
 * What a manuscript writes after a figure, a heading or a span and Weft does not read (Quarto's {@code fig-align}, a class, a
 * title, an HTML attribute) is a warning at it, instead of being dropped without a word by the sanitiser; the page
 * carries none of it.
 */
class UnreadAttributesTest {

    @Test
    void a_figures_a_headings_and_a_spans_unread_attributes_are_each_a_warning(@TempDir Path temp) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), """

                ![A plan](figures/plan.png "A title"){#fig-plan fig-align="center" .lightbox loading=lazy width=50%}

                ## Data {#sec-data data-x=1 style="color:red" onclick="zqx()"}

                ![Read](figures/plan.png){#fig-read width=40% fig-alt="A plan, read"}

                ## Read {#sec-read lang=fi}

                Words [underlined]{.underline data-x=1 #span-id} and [chez soi]{lang=fr}.
                """);
        TestProjects.figure(project, "plan.png", ImageFilesForTests.pngWithAlpha());
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING content/methods.md:9:1: of this figure, Weft does not read .lightbox its title \"A title\""
                        + " fig-align=\"center\" loading=\"lazy\": a figure reads its id {#fig-…}, width=…%, fig-alt,"
                        + " audience and participant; it is centred, and its caption is its description",
                "WARNING content/methods.md:11:1: of this heading, Weft does not read data-x=\"1\" style=\"color:red\""
                        + " onclick=\"zqx()\": a heading reads its id {#…}, {-} or .unnumbered (no number), .unlisted (not"
                        + " in the contents) and lang=…",
                "WARNING content/methods.md:17:7: of this bracketed span ('[underlined]{.underline data-x=1 #span-id}'),"
                        + " Weft does not read data-x=1 #span-id: a span reads its language (lang=fr), .smallcaps,"
                        + " .underline, .mark and Quarto's conditional content, the rest is not");
        String html = result.publication().orElseThrow().text("index.html");
        Document page = Jsoup.parse(html);
        assertThat(page.expectFirst("#fig-plan img").attr("style")).isEqualTo("width: 50%");
        assertThat(page.expectFirst("#sec-data").text()).isEqualTo("2.1 Data");
        assertThat(html).doesNotContain("data-weft-unread", "zqx", "lightbox", "loading=", "color:red");
    }
}

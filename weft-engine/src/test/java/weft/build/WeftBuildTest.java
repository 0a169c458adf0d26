package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/** The build as its users meet it: output folder, determinism, failure, other studies, hostile text. */
class WeftBuildTest {

    @TempDir
    Path temp;

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void two_builds_of_the_same_input_give_byte_identical_files() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(new Weft().build(TestProjects.defaultStudy(), a, BuildOptions.defaults()).succeeded()).isTrue();
        assertThat(new Weft().build(TestProjects.defaultStudy(), b, BuildOptions.defaults()).succeeded()).isTrue();
        assertThat(tree(a)).containsKey("index.html").isEqualTo(tree(b));
    }

    @Test
    void a_failed_build_leaves_the_previous_publication_untouched() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path out = temp.resolve("out");
        assertThat(new Weft().build(project, out, BuildOptions.defaults()).succeeded()).isTrue();
        Map<String, String> before = tree(out);
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [dishes, friction]", "codes: [nowhere]");
        BuildResult failed = new Weft().build(project, out, BuildOptions.defaults());
        assertThat(failed.succeeded()).isFalse();
        assertThat(tree(out)).isEqualTo(before);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("study", "out");
    }

    @Test
    void a_cancelled_build_writes_nothing_and_says_so_with_the_output_folder() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path out = temp.resolve("out");
        Path pages = temp.resolve("pages");
        assertThat(new Weft().build(project, out, pages, BuildOptions.defaults()).succeeded()).isTrue();
        Map<String, String> before = tree(out);
        Map<String, String> pagesBefore = tree(pages);
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [dishes, friction]", "codes: [dishes]");

        int[] asked = {0};
        BuildResult cancelled = new Weft().build(project, out, pages, BuildOptions.defaults(), () -> ++asked[0] > 0);

        assertThat(cancelled.succeeded()).isFalse();
        assertThat(asked[0]).isEqualTo(1);
        assertThat(TestProjects.diagnostics(cancelled)).contains("ERROR " + out + ": the build was cancelled before it"
                + " wrote anything: the previous publication stays as it was");
        assertThat(tree(out)).isEqualTo(before);
        assertThat(tree(pages)).isEqualTo(pagesBefore);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("study", "out", "pages");
        BuildResult notCancelled = new Weft().build(project, out, pages, BuildOptions.defaults(), () -> false);
        assertThat(notCancelled.succeeded()).isTrue();
        assertThat(tree(out)).isNotEqualTo(before);
    }

    @Test
    void a_study_with_another_depth_and_other_sections_builds_without_code_changes() {
        BuildResult result = TestProjects.render(TestProjects.fixture("deep-study"));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.select("section.section > h2").eachText())
                .containsExactly("1. Background", "2. Approach", "3. Findings", "4. Implications");
        assertThat(article.select("section.node > h3, section.node > h4, section.node > h5").eachText()).containsExactly(
                "3.1 Time", "3.1.1 Uncertainty", "3.1.1.1 Not knowing how long", "3.2 Place", "3.2.1 Crowding");
        assertThat(article.expectFirst("#node-no-estimate").text()).isEqualTo("No estimate was given: \u201CNobody said anything for hours.\u201D");
        assertThat(article.expectFirst("#node-time").child(1).text()).isEqualTo("Time was the first domain, with 2 quotes.");
        assertThat(article.expectFirst("#sec-approach").text()).contains("A hospital with 14 participants.");
        assertThat(article.select("#tab-coding-frame tbody tr td:nth-child(3)").eachText())
                .containsExactly("domain", "theme", "category", "code", "code", "domain", "theme");
    }

    @Test
    void hostile_quote_text_is_escaped_and_never_evaluated() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("hostile"));
        String hostile = "<script>window.pwned=1</script> \\\"><img src=x onerror=\\\"window.pwned=2\\\"> ${7*7} {{quote:we-cook}} [@smith2020]";
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: \"" + hostile + "\"");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isTrue();
        String html = result.publication().orElseThrow().text("index.html");
        Document article = Jsoup.parse(html);
        assertThat(article.select("script, img")).isEmpty();
        assertThat(article.expectFirst("#quote-long-evenings").text()).isEqualTo(
                "\u201C<script>window.pwned=1</script> \"><img src=x onerror=\"window.pwned=2\"> ${7*7} {{quote:we-cook}} [@smith2020]\u201D");
        assertThat(html).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;").doesNotContain("${7*7}".replace("7*7", "49"));
    }
}

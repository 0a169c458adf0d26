package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/** A researcher recodes a quote in a copy of the default study and rebuilds: the article follows. */
class RecodingTest {

    private static final String QUOTE = "right-kind-of-family-background";
    private static final String DIRECTIVE = " One participant wrote, {{quote:" + QUOTE + "}}.";

    @TempDir
    Path temp;

    private static Document article(BuildResult result) {
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return Jsoup.parse(result.publication().orElseThrow().text("index.html"));
    }

    /** What the figure of the coding frame draws, as its text description says it. */
    private static String figure(Document article) {
        return article.expectFirst("#fig-coding-frame svg desc").text();
    }

    private static String row(Document article, String nodeId) {
        return article.expectFirst("#tab-coding-frame a[href=#node-" + nodeId + "]").closest("tr").text();
    }

    @Test
    void moving_a_quote_to_another_category_moves_it_in_the_article_the_counts_and_the_table() {
        Path project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("study"));
        BuildResult built = TestProjects.render(project);
        Document before = article(built);
        assertThat(before.getElementById("quote-" + QUOTE).closest(".node").id())
                .isEqualTo("node-parents-poor-socioeconomic-situation");
        assertThat(row(before, "family-socioeconomic-status")).endsWith("0 2");
        assertThat(row(before, "difficulty-of-communication")).endsWith("3 3");
        assertThat(figure(before)).contains("Sub-category Difficulty of communication (3 quotes)")
                .contains("Category 3.7 The family\u2019s socioeconomic status as a background for one\u2019s failure (2 quotes)");

        TestProjects.replaceIn(project.resolve("coded-data/quotes/family-challenges.yaml"),
                "codes: [parents-poor-socioeconomic-situation]\n    presented: true\n    source: {recorded: false, note: \"The article does not report the thread or message this quote was taken from.\"}\n  - id: being-seen",
                "codes: [difficulty-of-communication]\n    presented: true\n    source: {recorded: false, note: \"The article does not report the thread or message this quote was taken from.\"}\n  - id: being-seen");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), DIRECTIVE, "");
        BuildResult rebuilt = TestProjects.render(project);
        Document after = article(rebuilt);

        Element moved = after.getElementById("quote-" + QUOTE);
        assertThat(moved.closest(".node").id()).isEqualTo("node-difficulty-of-communication");
        assertThat(after.expectFirst("#node-family-socioeconomic-status").text()).doesNotContain("right kind of family background");
        assertThat(row(after, "family-socioeconomic-status")).endsWith("0 1");
        assertThat(row(after, "parents-poor-socioeconomic-situation")).endsWith("1 1");
        assertThat(row(after, "difficulty-of-communication")).endsWith("4 4");
        assertThat(row(after, "poor-family-dynamics")).endsWith("0 25");
        assertThat(after.expectFirst("#tab-coding-frame tfoot").text()).isEqualTo("All quotes 46");
        assertThat(figure(after)).contains("Sub-category Difficulty of communication (4 quotes)")
                .contains("Category 3.5 Poor family dynamics (25 quotes)")
                .contains("Category 3.7 The family\u2019s socioeconomic status as a background for one\u2019s failure (1 quote)");
        assertThat(TestProjects.diagnostics(rebuilt)).isEqualTo(TestProjects.diagnostics(built));
    }

    @Test
    void a_narrative_left_citing_a_recoded_quote_is_reported_as_stale() {
        Path project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("stale"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/family-challenges.yaml"),
                "codes: [parents-poor-socioeconomic-situation]\n    presented: true\n    source: {recorded: false, note: \"The article does not report the thread or message this quote was taken from.\"}\n  - id: being-seen",
                "codes: [difficulty-of-communication]\n    presented: true\n    source: {recorded: false, note: \"The article does not report the thread or message this quote was taken from.\"}\n  - id: being-seen");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                .matches("WARNING coded-data/coding-frame\\.yaml:\\d+:\\d+: quote '" + QUOTE
                        + "' is presented in the narrative of 'parents-poor-socioeconomic-situation' but is not coded to it.*stale after a recoding"));
    }
}

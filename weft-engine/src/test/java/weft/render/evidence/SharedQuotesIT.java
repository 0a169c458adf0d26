package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.Axe;
import weft.support.ServedPublication;
import weft.support.TestProjects;

/**
 * The nodes that share quotes in headless Chromium, as a reviewer follows them: from the overview to the pairs, from a
 * pair to a quote coded to both, from a node's page to its pair's row (marked as the reader arrives); axe-clean.
 */
class SharedQuotesIT {

    @TempDir
    static Path temp;
    static ServedPublication site;

    @BeforeAll
    static void buildAndServe() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    codes: [dishes, friction]",
                "    codes: [dishes, friction, cooking-together]");
        Path out = temp.resolve("publication");
        BuildResult result = new Weft().build(project, out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        site = new ServedPublication(out, "/study/");
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void the_changes_pages_comparison_of_the_shared_quotes_is_axe_clean() throws Exception {
        String quotes = "coded-data/quotes/quotes.yaml";
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("history-project"));
        TestProjects.replaceIn(project.resolve(quotes), "    codes: [dishes, friction]", "    codes: [dishes, friction, cooking-together]");
        try (weft.support.StudyHistory history = weft.support.StudyHistory.ofProject(temp.resolve("history"), project).commit("v1")) {
            history.replace(quotes, "    codes: [dishes, friction, cooking-together]", "    codes: [dishes, friction]").commit("v2");
            Path out = temp.resolve("changes");
            BuildResult result = new Weft().build(history.folder(), out,
                    BuildOptions.defaults().changesSince(java.util.Optional.of("v1")));
            assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
            try (ServedPublication changes = new ServedPublication(out, "/history/")) {
                changes.open("evidence/changes.html");
                assertThat(changes.browser().driver().findElement(By.cssSelector("#shared p")).getText())
                        .isEqualTo("Quotes coded to two nodes or more, not one within the other: 1 in v1, 0 now.");
                assertThat(Axe.violations(changes.browser())).isEmpty();
                assertThat(changes.browser().consoleErrors()).isEmpty();
            }
        }
    }

    @Test
    void a_reviewer_follows_the_overview_to_the_pairs_and_a_node_to_its_pair_and_the_pages_are_axe_clean() {
        site.open("evidence/index.html");
        site.browser().driver().findElement(By.linkText("Which nodes share which quotes")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/shared-quotes.html");
        assertThat(Axe.violations(site.browser())).isEmpty();
        site.browser().driver().findElement(By.cssSelector("#shared-cooking-together--dishes td:last-child a")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/quotes/sink-full.html");

        site.open("evidence/nodes/dishes.html");
        assertThat(Axe.violations(site.browser())).isEmpty();
        site.browser().driver().findElement(By.cssSelector(".shared-with a.child-count")).click();
        assertThat(site.browser().driver().getCurrentUrl())
                .endsWith("/study/evidence/shared-quotes.html#shared-cooking-together--dishes");
        String targeted = site.browser().driver().findElement(By.cssSelector("#shared-cooking-together--dishes"))
                .getCssValue("background-color");
        String other = site.browser().driver().findElement(By.cssSelector("table.shared-quotes thead tr"))
                .getCssValue("background-color");
        assertThat(targeted).as("the pair arrived at is marked").isNotEqualTo(other);
        assertThat(site.browser().consoleErrors()).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
    }
}

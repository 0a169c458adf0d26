package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
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
import weft.support.StudyHistory;

/**
 * The "Changes in the coding" page in headless Chromium, as a reviewer uses it: axe-clean; a moved quote leads to its
 * entry, whose mark leads back to the change, and a merged node to the node it went into; a quote the public now sees
 * only as its excerpt is listed with the excerpt alone.
 */
class ChangesPageIT {

    @TempDir
    static Path temp;
    static ServedPublication site;

    @BeforeAll
    static void buildAndServe() throws Exception {
        try (StudyHistory history = StudyHistory.of(temp.resolve("study")).commit("v1-submitted")) {
            history.recode("loved-before-death", "difficulty-of-communication")
                    .replace(StudyHistory.QUOTES, "text: \"like outsiders\"", "text: \"like complete outsiders\"")
                    .remove(StudyHistory.FRAME, "          - id: estrangement-between-family-members\n")
                    .recode("family-becomes-estranged", "broken-relationships-in-the-home")
                    .replace(StudyHistory.QUOTES, "the whole family together\"\n", "the whole family together\"\n"
                            + "    excerpt: \"My relatives … have always enjoyed sorting out things\"\n    textAudience: reviewers\n")
                    .commit("v2-revision");
            Path out = temp.resolve("publication");
            BuildResult result = new Weft().build(history.folder(), out,
                    BuildOptions.defaults().changesSince(Optional.of("v1-submitted")));
            assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
            site = new ServedPublication(out, "/study/");
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void a_reviewer_follows_a_moved_quote_to_its_entry_and_back_and_the_page_is_axe_clean() {
        site.open("evidence/index.html");
        site.browser().driver().findElement(By.linkText("Changes")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/changes.html");
        assertThat(Axe.violations(site.browser())).isEmpty();
        assertThat(site.browser().driver().findElement(By.cssSelector("#node-estrangement-between-family-members")).getText())
                .isEqualTo("Estrangement between family members: merged into Broken relationships in the home");

        site.browser().driver().findElement(By.cssSelector("#quote-loved-before-death a")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/quotes/loved-before-death.html");
        assertThat(site.browser().driver().findElements(By.cssSelector(".coding-history li"))).hasSize(2);
        assertThat(Axe.violations(site.browser())).isEmpty();
        site.browser().driver().findElement(By.cssSelector(".changed-mark a")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/changes.html#quote-loved-before-death");

        site.browser().driver().findElement(By.linkText("Broken relationships in the home")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/nodes/broken-relationships-in-the-home.html");
        assertThat(site.browser().driver().findElement(By.cssSelector(".changed-mark")).getText())
                .isEqualTo("Changed since v1-submitted");
        assertThat(site.browser().consoleErrors()).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
    }

    @Test
    void a_quote_now_shown_as_its_excerpt_alone_is_listed_without_the_words_cut() {
        site.open("evidence/changes.html");
        String change = site.browser().driver().findElement(By.cssSelector("#quote-relatives-gossiping")).getText();
        assertThat(change).contains("excerpt changed", "My relatives … have always enjoyed sorting out things")
                .doesNotContain("ailments", "gossiping about");
        assertThat(site.browser().driver().getPageSource()).doesNotContain("ailments");
        site.browser().driver().findElement(By.cssSelector("#quote-relatives-gossiping a")).click();
        assertThat(site.browser().driver().findElement(By.cssSelector(".shown-as-excerpt")).getText())
                .isEqualTo("Shown here as the article prints it: the whole passage is kept for the reviewers.");
        assertThat(site.browser().consoleErrors()).isEmpty();
    }
}

package weft.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.build.BuildOptions;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * The live preview in headless Chromium, as an author uses it: the open pages change by themselves when a narrative
 * is edited or a quote recoded on disk, show the diagnostics of a broken file over the last good page, and drop them
 * when it is fixed.
 */
class PreviewIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    Path project;
    Preview preview;
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        preview = Preview.start(project, BuildOptions.defaults(), InetAddress.getLoopbackAddress(), 0, false,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        try {
            browser.close();
        } finally {
            preview.close();
        }
    }

    @Test
    void the_article_follows_an_edited_narrative_and_a_recoded_quote_without_a_manual_reload() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(900, 420));
        browser.driver().get(preview.uri().toString());
        awaitListening();
        assertThat(browser.driver().getPageSource()).contains("Sub-theme Cooking together (2 quotes)");
        browser.script("window.scrollTo(0, 400); window.notReloaded = true;");

        Path frame = project.resolve("coded-data/coding-frame.yaml");
        Files.writeString(frame, Files.readString(frame).replace("was common.", "was common in every flat."));
        await(() -> browser.driver().getPageSource().contains("was common in every flat."));
        assertThat(browser.script("return window.notReloaded === undefined")).as("the page reloaded itself").isEqualTo(true);
        await(() -> ((Number) browser.script("return window.scrollY")).longValue() == 400);

        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
        await(() -> browser.driver().getPageSource().contains("Sub-theme Cooking together (3 quotes)"));
        assertThat(browser.driver().getPageSource()).contains("Sub-theme Eating together (0 quotes)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_evidence_page_shows_the_diagnostics_of_a_broken_file_and_clears_them_when_it_is_fixed() throws Exception {
        browser.driver().get(preview.uri().resolve("evidence/nodes/cooking-together.html").toString());
        awaitListening();
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        String good = Files.readString(frame);
        Files.writeString(frame, good.replace("levels: [theme, sub-theme]", "levels: [theme, sub-theme"));

        await(() -> !browser.driver().findElements(By.id("weft-preview-diagnostics")).isEmpty());
        WebElement overlay = browser.driver().findElement(By.id("weft-preview-diagnostics"));
        assertThat(overlay.isDisplayed()).isTrue();
        assertThat(overlay.getAttribute("role")).isEqualTo("alert");
        assertThat(overlay.getText()).containsPattern("ERROR coded-data/coding-frame\\.yaml:\\d+:\\d+: ")
                .contains("The build failed: this page is the last good one.");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Cooking together");
        assertThat(Axe.violations(browser)).as("the page with its overlay").isEmpty();
        browser.screenshot("preview-overlay", 1000);

        Files.writeString(frame, good.replace("Preparing food as a group.", "Preparing food as a group, weekly."));
        await(() -> browser.driver().getPageSource().contains("Preparing food as a group, weekly."));
        assertThat(browser.driver().findElements(By.id("weft-preview-diagnostics"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_diagnostic_with_markup_in_it_is_shown_as_text() throws Exception {
        browser.driver().get(preview.uri().toString());
        awaitListening();
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.saveByRename(project, quotes, Files.readString(quotes).replace("codes: [dishes, friction]",
                "codes: [dishes, \"<img id=injected src=x onerror=window.injected=1>\"]"));
        await(() -> !browser.driver().findElements(By.id("weft-preview-diagnostics")).isEmpty());
        assertThat(browser.driver().findElement(By.id("weft-preview-diagnostics")).getText())
                .contains("unknown node '<img id=injected src=x onerror=window.injected=1>'");
        assertThat(browser.driver().findElements(By.id("injected"))).isEmpty();
        assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);
    }

    /** Until the page has connected to the reload channel, a change could be missed by it. */
    private void awaitListening() {
        await(() -> preview.listeners() > 0);
    }

    private void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), PATIENCE).until(driver -> condition.getAsBoolean());
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.StaticServer;

/**
 * axe-core in headless Chromium over the article and each page type of the evidence, served over HTTP on the loopback
 * interface: no violation of any rule axe runs by default (WCAG 2.0/2.1 A and AA, and its best practices), no error
 * on the console, and no request for a file that is not there (the favicon included).
 */
class AccessibilityIT {

    @TempDir
    static Path temp;
    static Path out;
    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void buildAndStart() {
        out = temp.resolve("publication");
        BuildResult result = new Weft().build(Path.of(System.getProperty("weft.projectDir")), out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        server = new StaticServer(out, "/study/");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static List<String> violations() {
        return Axe.violations(browser);
    }

    private static void open(String page) {
        browser.driver().get(server.url(page).toString());
    }

    @Test
    void axe_reports_violations_when_a_page_has_some() throws IOException {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<input type=\"text\"><p style=\"color:#ccc\">faint</p></body></html>");
        browser.open(bad);
        assertThat(violations()).anyMatch(v -> v.startsWith("html-has-lang")).anyMatch(v -> v.startsWith("label"))
                .anyMatch(v -> v.startsWith("color-contrast"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "evidence/index.html", "evidence/nodes/poor-family-dynamics.html",
        "evidence/nodes/sexual-abuse.html", "evidence/quotes/couple-relationship-challenges.html", "evidence/checklist.html"})
    void the_page_has_no_accessibility_violation(String page) {
        open(page);
        assertThat(violations()).as(page).isEmpty();
        assertThat(browser.consoleErrors()).as(page).isEmpty();
        assertThat(server.misses()).as("requests answered 404").isEmpty();
    }

    @Test
    void the_overview_with_search_results_and_a_closed_branch_has_no_accessibility_violation() {
        open("evidence/index.html");
        browser.driver().findElement(By.id("q")).sendKeys("family", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        browser.driver().findElement(By.cssSelector("#tree-meaning-of-family .tree-toggle")).click();
        assertThat(violations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(server.misses()).as("requests answered 404").isEmpty();
    }
}

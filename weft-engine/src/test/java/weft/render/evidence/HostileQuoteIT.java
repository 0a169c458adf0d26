package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * A quote written to attack the reader's browser, added to a copy of the default study: on every page that shows
 * it, and in the search, it must be text and nothing else.
 */
class HostileQuoteIT {

    static final String HOSTILE = "<script>window.pwned=1</script> \"><img src=x onerror=\"window.pwned=2\"> ${7*7} {{quote:x}}";
    /** A quote the article prints cut, its excerpt's words and the author's bracketed ones as hostile as its text. */
    static final String CUT_TEXT = "First words <script>window.pwned=4</script> middle words ${7*7} last words";
    static final String EXCERPT = "First words … <script>window.pwned=4</script> [<svg onload=\"window.pwned=5\"> ${7*7}]";

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Path project = TestProjects.copy(Path.of(System.getProperty("weft.projectDir")), temp.resolve("study"));
        Files.writeString(project.resolve("coded-data/quotes/family-challenges.yaml"), """
                  - id: hostile-test
                    text: "%s"
                    reduced: "%s"
                    codes: [family-violence]
                    presented: true
                    source: {recorded: false, note: "Added by a test."}
                  - id: hostile-excerpt
                    text: "%s"
                    excerpt: "%s"
                    codes: [family-violence]
                    presented: true
                    source: {recorded: false, note: "Added by a test."}
                """.formatted(yaml(HOSTILE), yaml(HOSTILE), yaml(CUT_TEXT), yaml(EXCERPT)), java.nio.file.StandardOpenOption.APPEND);
        out = TestProjects.build(project, temp.resolve("publication"));
        browser = new Browser();
    }

    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void assertNothingRan() {
        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.script("return document.querySelectorAll('img').length")).isEqualTo(0L);
    }

    @Test
    void every_page_that_shows_the_quote_shows_it_as_text_and_runs_nothing() {
        for (String page : List.of("index.html", "evidence/quotes/hostile-test.html", "evidence/nodes/family-violence.html",
                "evidence/nodes/harmful-and-abusive-experiences.html", "evidence/nodes/family-challenges.html")) {
            browser.open(out.resolve(page));
            assertNothingRan();
            List<String> texts = browser.driver().findElements(By.cssSelector("blockquote, .quote")).stream()
                    .map(WebElement::getText).toList();
            assertThat(texts).as(page).contains("\u201C" + HOSTILE + "\u201D");
            assertThat(browser.consoleErrors()).as(page).isEmpty();
        }
    }

    /**
     * Its reduced expression, as hostile, is text on the quote's page, under it on its node's page and in the evidence's
     * table of the abstraction.
     */
    @Test
    void a_hostile_reduced_expression_is_text_and_runs_nothing() {
        browser.open(out.resolve("evidence/quotes/hostile-test.html"));
        assertNothingRan();
        assertThat(browser.driver().findElement(By.cssSelector(".entry-facts .reduced dd")).getText()).isEqualTo(HOSTILE);
        browser.open(out.resolve("evidence/nodes/family-violence.html"));
        assertNothingRan();
        assertThat(browser.driver().findElements(By.cssSelector(".quote-reduced span")).stream().map(WebElement::getText)
                .toList()).contains(HOSTILE);
        // and in the abstraction's table, beside the quote's words
        browser.open(out.resolve("evidence/abstraction.html"));
        assertNothingRan();
        assertThat(browser.driver().findElements(By.cssSelector("table.abstraction tbody td:nth-child(2)")).stream()
                .map(WebElement::getText).toList()).contains(HOSTILE);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_excerpt_the_article_prints_is_text_in_the_article_and_beside_the_whole_quote_in_its_evidence() {
        browser.open(out.resolve("index.html"));
        assertNothingRan();
        assertThat(browser.driver().findElement(By.cssSelector("[data-quote=hostile-excerpt]")).getText())
                .startsWith("\u201C" + EXCERPT + "\u201D");
        browser.open(out.resolve("evidence/quotes/hostile-excerpt.html"));
        assertNothingRan();
        assertThat(browser.driver().findElement(By.cssSelector(".entry-quote blockquote")).getText())
                .isEqualTo("\u201C" + CUT_TEXT + "\u201D");
        assertThat(browser.driver().findElement(By.cssSelector("blockquote.printed-excerpt")).getText())
                .isEqualTo("\u201C" + EXCERPT + "\u201D");
        // the words it prints marked in the whole passage, a run from its first mark to its last, as text
        assertThat(browser.driver().findElements(By.cssSelector(".entry-quote mark.printed")).stream().map(WebElement::getText))
                .containsExactly("First words", "<script>window.pwned=4</script>");
        assertThat(weft.support.Axe.violations(browser)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        // the node's page marks them too, as text, and stays axe-clean
        browser.open(out.resolve("evidence/nodes/family-violence.html"));
        assertNothingRan();
        assertThat(browser.driver().findElements(By.cssSelector("mark.printed")).stream().map(WebElement::getText))
                .containsExactly("First words", "<script>window.pwned=4</script>");
        assertThat(weft.support.Axe.violations(browser)).isEmpty();
    }

    @Test
    void the_search_finds_the_quote_and_shows_it_as_text() {
        browser.open(out.resolve("evidence/index.html"));
        browser.driver().findElement(By.id("q")).sendKeys("pwned onerror");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results li"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).findElement(By.tagName("a")).getText()).isEqualTo("\u201C" + HOSTILE + "\u201D");
        assertThat(results.get(0).findElement(By.tagName("a")).findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactly("pwned", "onerror", "pwned");
        // its reduced expression, as hostile, is found and shown as text too, the words marked
        WebElement reduced = results.get(0).findElement(By.cssSelector(".result-reduced"));
        assertThat(reduced.getText()).isEqualTo("Reduced expression: " + HOSTILE);
        assertThat(reduced.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactly("pwned", "onerror", "pwned");
        assertNothingRan();
        results.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("evidence/quotes/hostile-test.html"));
        assertNothingRan();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

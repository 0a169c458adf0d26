package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.Browser;
import weft.support.StaticServer;
import weft.support.TestProjects;

/**
 * A reviewer in a real browser (headless Chromium): from the article opened as a file to the evidence and back,
 * search, the tree from the keyboard, the site served from a sub-path of a web server. No page may log an error
 * to the console. Screenshots of every page type go to target/screenshots.
 */
class EvidenceBrowserIT {

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void buildAndStart() {
        out = temp.resolve("publication");
        BuildResult result = new Weft().build(Path.of(System.getProperty("weft.projectDir")), out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterEach
    void the_console_shows_no_error() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static String relativeUrl() {
        String url = driver.getCurrentUrl();
        String root = out.toUri().toString();
        return url.startsWith(root) ? url.substring(root.length()) : url;
    }

    @Test
    void a_category_heading_leads_to_its_evidence_and_the_evidence_back_to_the_heading() {
        browser.open(out.resolve("index.html"));
        driver.findElement(By.cssSelector("#node-poor-family-dynamics-title a")).click();
        await().until(ExpectedConditions.urlContains("evidence/nodes/poor-family-dynamics.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("3.5 Poor family dynamics");
        assertThat(driver.findElements(By.cssSelector(".quote-item"))).hasSize(24);

        driver.findElement(By.linkText("3.5 Poor family dynamics")).click();
        await().until(ExpectedConditions.urlContains("index.html#node-poor-family-dynamics"));
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("node-poor-family-dynamics");

        driver.navigate().back();
        await().until(ExpectedConditions.urlContains("evidence/nodes/poor-family-dynamics.html"));
        driver.navigate().back();
        await().until(d -> relativeUrl().equals("index.html"));
        assertThat(driver.getTitle()).startsWith("Meaning of the family and family communication");
    }

    @Test
    void a_quote_leads_to_its_entry_and_the_entry_back_to_the_exact_place_in_the_article() {
        browser.open(out.resolve("index.html"));
        driver.findElement(By.cssSelector("#quote-like-outsiders a")).click();
        await().until(ExpectedConditions.urlContains("evidence/quotes/like-outsiders.html"));
        assertThat(driver.findElement(By.cssSelector(".entry-quote blockquote")).getText()).isEqualTo("\u201Clike outsiders\u201D");

        driver.findElement(By.cssSelector(".entry-facts a[href$='#quote-like-outsiders']")).click();
        await().until(ExpectedConditions.urlContains("index.html#quote-like-outsiders"));
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("quote-like-outsiders");
        assertThat(((Number) browser.script("return document.getElementById('quote-like-outsiders').getBoundingClientRect().top")).doubleValue())
                .as("the quote is scrolled into view").isBetween(-1.0, 900.0);

        driver.navigate().back();
        await().until(ExpectedConditions.urlContains("evidence/quotes/like-outsiders.html"));
        driver.findElement(By.cssSelector(".neighbours .next a")).click();
        await().until(ExpectedConditions.urlContains("evidence/quotes/living-on-autopilot.html"));
    }

    @Test
    void searching_for_a_word_of_a_quote_finds_it_and_leads_to_its_entry() {
        browser.open(out.resolve("evidence/index.html"));
        WebElement input = driver.findElement(By.id("q"));
        input.sendKeys("autopilot");
        await().until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).contains("\u201Cliving on autopilot\u201D");
        assertThat(results.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("autopilot");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("1 result for \u201Cautopilot\u201D.");
        results.get(0).findElement(By.tagName("a")).click();
        await().until(ExpectedConditions.urlContains("evidence/quotes/living-on-autopilot.html"));
    }

    @Test
    void the_search_box_of_any_page_searches_the_categories_and_their_descriptions_too() {
        browser.open(out.resolve("evidence/quotes/prejudice.html"));
        driver.findElement(By.id("site-search")).sendKeys("violence", Keys.ENTER);
        await().until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(relativeUrl()).isEqualTo("evidence/index.html?q=violence");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("violence");
        List<String> found = driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
        assertThat(found).startsWith("Family violence", "3.6 Harmful and abusive experiences").contains(
                "\u201C. . . family violence, the situation escalates and gets out of hand when you don\u2019t know how to control and deal with your emotions\u201D");
        assertThat(driver.findElement(By.cssSelector("#search-results li")).getText()).startsWith("SUB-CATEGORY Family violence");
    }

    @Test
    void the_tree_opens_and_closes_from_the_keyboard() {
        browser.open(out.resolve("evidence/index.html"));
        WebElement toggle = driver.findElement(By.cssSelector("#tree-poor-family-dynamics > .tree-row > .tree-toggle"));
        WebElement children = driver.findElement(By.id("tree-poor-family-dynamics-children"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(children.isDisplayed()).isTrue();
        WebElement body = driver.findElement(By.tagName("body"));
        int tabs = 0;
        while (!toggle.equals(driver.switchTo().activeElement()) && tabs < 60) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            tabs++;
        }
        assertThat(driver.switchTo().activeElement()).as("reached with %d tabs", tabs).isEqualTo(toggle);
        toggle.sendKeys(Keys.ENTER);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(children.isDisplayed()).isFalse();
        toggle.sendKeys(Keys.SPACE);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(children.isDisplayed()).isTrue();
        driver.findElement(By.xpath("//button[text()='Collapse all']")).click();
        assertThat(driver.findElements(By.cssSelector(".tree-children")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(body.getText()).contains("3.1 Meaning of the family for coping", "3.4 Challenges in the family situation");
    }

    @Test
    void search_and_links_work_from_a_sub_path_of_a_web_server() {
        String base = "/reviews/2021/study/";
        try (StaticServer server = new StaticServer(out, base)) {
            String root = server.url("").toString();
            driver.get(root + "evidence/index.html?q=telegram");
            await().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
            driver.findElement(By.cssSelector("#search-results li a")).click();
            await().until(ExpectedConditions.urlToBe(root + "evidence/quotes/telegram-communication.html"));
            driver.findElement(By.cssSelector(".code-paths a:last-of-type")).click();
            await().until(ExpectedConditions.urlToBe(root + "evidence/nodes/difficulty-of-communication.html"));
            assertThat(browser.script("return getComputedStyle(document.querySelector('.content-note')).borderLeftStyle"))
                    .as("the stylesheet loaded").isEqualTo("solid");
            assertThat(server.misses()).as("requests answered 404 (the favicon included)").isEmpty();
        }
    }

    @Test
    void every_page_type_is_photographed_for_a_person_to_look_at() throws IOException {
        String[][] pages = {
            {"article", "index.html"},
            {"overview", "evidence/index.html"},
            {"node", "evidence/nodes/poor-family-dynamics.html"},
            {"quote", "evidence/quotes/couple-relationship-challenges.html"},
        };
        for (String[] page : pages) {
            browser.open(out.resolve(page[1]));
            assertThat(Files.size(browser.screenshot(page[0], 1280))).isGreaterThan(20_000);
            assertThat(Files.size(browser.screenshot(page[0] + "-mobile", 390))).isGreaterThan(20_000);
            assertThat(browser.overflowAt(390)).as("%s scrolls sideways at phone width by", page[0]).isZero();
        }
        browser.open(out.resolve("evidence/index.html"));
        driver.findElement(By.id("q")).sendKeys("family support", Keys.ENTER);
        await().until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(Files.size(browser.screenshot("search", 1280))).isGreaterThan(20_000);
        assertThat(Files.size(browser.screenshot("search-mobile", 390))).isGreaterThan(20_000);
    }
}

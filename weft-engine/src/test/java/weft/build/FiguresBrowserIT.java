package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.read.ImageFilesForTests;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.ServedPublication;
import weft.support.TestProjects;

/**
 * The figures of the prose in headless Chromium, the publication served over HTTP: each image loads from the
 * publication's own files, no wider than the text on a desktop or a phone, and the page has no accessibility violation.
 */
class FiguresBrowserIT {

    @TempDir
    static Path temp;
    static ServedPublication site;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/wide.png"), ImageFilesForTests.widePng());
        Files.write(project.resolve("content/figures/map.jpg"), ImageFilesForTests.jpegWithExif("A"));
        // a drawing whose file would run a script when opened on its own, and change the page's title when loaded
        Files.writeString(project.resolve("content/figures/model.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"120mm\" height=\"60mm\" viewBox=\"0 0 120 60\" onload=\"document.title='ran'\">"
                + "<script>window.ran = true; document.title = 'ran';</script>"
                + "<rect width=\"120\" height=\"60\" fill=\"#c8102e\"/><text x=\"6\" y=\"30\">Kitchen</text></svg>\n");
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n![A wide plan of the garden](figures/wide.png)\n\n"
                + "![Where the neighbours met](figures/map.jpg){width=50%}\n\n![A model of the kitchen](figures/model.svg)\n");
        site = ServedPublication.built(project, temp.resolve("publication"));
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> images() {
        return (List<Map<String, Object>>) browser.script("return Array.from(document.querySelectorAll('figure.prose-figure"
                + " img')).map(i => ({src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0,"
                + " natural: i.naturalWidth, shown: i.getBoundingClientRect().width,"
                + " text: i.closest('section').getBoundingClientRect().width}));");
    }

    @Test
    void each_figure_loads_and_fits_the_text_on_a_desktop_and_a_phone() {
        for (int width : new int[] {1280, 375}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            site.open("index.html");
            List<Map<String, Object>> images = images();
            assertThat(images).extracting(i -> i.get("src")).containsExactly("figures/wide.png", "figures/map.jpg",
                    "figures/model.svg");
            assertThat(images).allSatisfy(i -> {
                assertThat(i.get("loaded")).as("%s loaded", i.get("src")).isEqualTo(true);
                assertThat(((Number) i.get("shown")).doubleValue()).as("%s at %d", i.get("src"), width)
                        .isLessThanOrEqualTo(((Number) i.get("text")).doubleValue());
            });
            assertThat(((Number) images.get(0).get("natural")).intValue()).isEqualTo(1600);
            assertThat(((Number) images.get(2).get("natural")).intValue()).as("the drawing's 120 mm").isEqualTo(454);
            double text = ((Number) images.get(1).get("text")).doubleValue();
            assertThat(((Number) images.get(1).get("shown")).doubleValue()).as("the map at half the text's width")
                    .isCloseTo(text / 2, org.assertj.core.data.Offset.offset(text * 0.05));
            assertThat(browser.overflowAt(width)).as("sideways scrolling at %d", width).isZero();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
    }

    /** The published drawing opened on its own, as a reader following its address would: it draws, and runs nothing. */
    @Test
    void the_published_drawing_opened_on_its_own_runs_no_script() {
        site.open("figures/model.svg");
        assertThat(browser.script("return document.documentElement.localName + ' ' + document.querySelectorAll('rect').length"
                + " + ' ' + document.querySelectorAll('script').length;")).isEqualTo("svg 1 0");
        assertThat(browser.script("return String(window.ran) + ' ' + document.title;")).isEqualTo("undefined ");
        // a document that is not a page has no icon of its own, so the browser asks the site for /favicon.ico
        assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("/favicon.ico"));
        assertThat(site.server().misses()).allSatisfy(m -> assertThat(m).isEqualTo("404 /favicon.ico"));
        site.open("index.html");
        assertThat(browser.script("return String(window.ran) + ' ' + (document.title === 'ran');")).isEqualTo("undefined false");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(site.server().misses()).isEmpty();
    }

    @Test
    void the_article_with_figures_has_no_accessibility_violation() {
        site.open("index.html");
        assertThat(Axe.violations(browser)).isEmpty();
        browser.screenshot("figures-of-the-prose", 1280);
    }
}

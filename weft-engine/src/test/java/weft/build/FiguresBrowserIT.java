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
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n![A wide plan of the garden](figures/wide.png)\n\n"
                + "![Where the neighbours met](figures/map.jpg){width=50%}\n");
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
            assertThat(images).extracting(i -> i.get("src")).containsExactly("figures/wide.png", "figures/map.jpg");
            assertThat(images).allSatisfy(i -> {
                assertThat(i.get("loaded")).as("%s loaded", i.get("src")).isEqualTo(true);
                assertThat(((Number) i.get("shown")).doubleValue()).as("%s at %d", i.get("src"), width)
                        .isLessThanOrEqualTo(((Number) i.get("text")).doubleValue());
            });
            assertThat(((Number) images.get(0).get("natural")).intValue()).isEqualTo(1600);
            double text = ((Number) images.get(1).get("text")).doubleValue();
            assertThat(((Number) images.get(1).get("shown")).doubleValue()).as("the map at half the text's width")
                    .isCloseTo(text / 2, org.assertj.core.data.Offset.offset(text * 0.05));
            assertThat(browser.overflowAt(width)).as("sideways scrolling at %d", width).isZero();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
    }

    @Test
    void the_article_with_figures_has_no_accessibility_violation() {
        site.open("index.html");
        assertThat(Axe.violations(browser)).isEmpty();
        browser.screenshot("figures-of-the-prose", 1280);
    }
}

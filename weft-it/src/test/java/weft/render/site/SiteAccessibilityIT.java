package weft.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.ProjectSite;
import weft.support.StaticServer;

/**
 * Every page of the project site (target/site/*.html, as the Maven Site Plugin built it), served over HTTP on the
 * loopback interface and opened in headless Chromium: axe finds no violation of WCAG 2.1 A and AA, the console shows
 * no error, the page names an icon that the server has, and the browser asks for nothing that is not there.
 */
class SiteAccessibilityIT {

    static final Path SITE = ProjectSite.root();
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void serveAndStart() {
        server = new StaticServer(SITE, "/study/");
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

    static Stream<String> sitePages() {
        List<String> pages = ProjectSite.pages(SITE).stream().filter(p -> !p.contains("/")).toList();
        assertThat(pages).contains("index.html", "building.html", "data-and-ethics.html", "reproducibility.html");
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("sitePages")
    void the_site_page_passes_axe_and_shows_no_error(String page) {
        open(page);
        assertThat(Axe.violations(browser, Axe.WCAG21_AA)).as(page).isEmpty();
        assertTheIconResolves(page);
        assertThat(browser.consoleErrors()).as(page).isEmpty();
        assertThat(server.misses()).as("requests answered 404").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"publication/index.html", "publication/evidence/index.html"})
    void the_publication_inside_the_site_shows_its_icon_and_no_error(String page) {
        open(page);
        assertTheIconResolves(page);
        assertThat(browser.consoleErrors()).as(page).isEmpty();
        assertThat(server.misses()).as("requests answered 404").isEmpty();
    }

    /** Opens the page and waits until it has loaded: the CI once read a page's head before the page was there. */
    private static void open(String page) {
        browser.driver().get(server.url(page).toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.script(
                "return document.readyState === 'complete' && location.pathname.endsWith(arguments[0]);", page)
                .equals(Boolean.TRUE));
    }

    /** The page's {@code <link rel="icon">} answers 200 with an SVG (Chromium asks for /favicon.ico when there is none). */
    private static void assertTheIconResolves(String page) {
        Object icon = browser.script("var l = document.querySelector('link[rel~=icon]'); return l && l.href;");
        assertThat(icon).as(page + ": <link rel=icon>").isNotNull();
        assertThat(browser.script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('Content-Type'));", icon))
                .as(page + ": " + icon).isEqualTo("200 image/svg+xml");
    }
}

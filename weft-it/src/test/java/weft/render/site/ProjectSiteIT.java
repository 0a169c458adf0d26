package weft.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import weft.support.Browser;
import weft.support.LinkChecker;
import weft.support.ProjectSite;

/**
 * The project site as the Maven Site Plugin built it (target/site, with the publication copied in): every link
 * resolves from disk, every page is reachable from the home page, the menu leads to the publication, no page carries
 * a build date, the reproducibility page states the manifest the PDF embeds, and the pages look right in Chromium.
 */
class ProjectSiteIT {

    static final Path SITE = ProjectSite.root();

    @Test
    void every_internal_link_of_the_site_resolves_from_disk() {
        LinkChecker links = new LinkChecker(SITE);
        assertThat(links.problems()).isEmpty();
        assertThat(links.pages()).extracting(p -> SITE.relativize(p).toString())
                .contains("index.html", "building.html", "data-and-ethics.html", "reproducibility.html",
                        "publication/index.html", "publication/evidence/index.html");
        assertThat(links.linkCount()).isGreaterThan(500);
    }

    @Test
    void every_page_is_reachable_from_the_home_page() {
        Set<String> pages = ProjectSite.pages(SITE);
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(ProjectSite.reachable(SITE, "index.html")).containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void the_menu_leads_to_the_site_pages_and_the_publication() throws IOException {
        Document home = Jsoup.parse(SITE.resolve("index.html").toFile(), "UTF-8");
        List<String> menu = new ArrayList<>();
        for (Element item : home.select("nav .nav-list li:not(.nav-header)")) {
            Element a = item.expectFirst("a");
            menu.add(a.text() + " -> " + (a.hasAttr("href") ? a.attr("href") : "(this page)"));
        }
        assertThat(menu).containsExactly("Home -> (this page)", "Article (HTML) -> publication/index.html",
                "Article (PDF) -> publication/article.pdf", "Manuscript (Word) -> publication/article.docx",
                "Article (JATS XML) -> publication/article.jats.xml", "Evidence -> publication/evidence/index.html",
                "How it is built -> building.html", "Data & ethics -> data-and-ethics.html",
                "Reproducibility -> reproducibility.html");
        assertThat(new String(Files.readAllBytes(SITE.resolve("publication/article.pdf")), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.readAllBytes(SITE.resolve("publication/index.html")))
                .isEqualTo(Files.readAllBytes(SITE.resolve("../publication/index.html")));
        assertThat(SITE.resolve("CITATION.cff")).hasSameTextualContentAs(SITE.resolve("../../CITATION.cff"));
    }

    @Test
    void no_page_carries_the_date_or_the_year_of_the_build() throws IOException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String year = Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
        // a year the study data state (published, received) may be printed; the year of the build may not
        boolean studyStatesYear = Files.readString(SITE.resolve("../../coded-data/study.yaml")).contains(year);
        List<String> found = new ArrayList<>();
        for (String page : ProjectSite.pages(SITE)) {
            String html = Files.readString(SITE.resolve(page));
            for (String stamp : List.of("Last Published", today, "\u00a9", "&copy;", " at " + year)) {
                if (html.contains(stamp)) {
                    found.add(page + ": " + stamp);
                }
            }
            if (!page.startsWith("publication/") && !studyStatesYear && html.contains(year)) {
                found.add(page + ": the year " + year);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_reproducibility_page_states_the_manifest_that_the_pdf_embeds() throws IOException {
        JsonNode manifest;
        try (PDDocument pdf = Loader.loadPDF(SITE.resolve("publication/article.pdf").toFile())) {
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            assertThat(names).as("the PDF's name dictionary").isNotNull();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsKey("manifest.json");
            manifest = new ObjectMapper().readTree(files.get("manifest.json").getEmbeddedFile().toByteArray());
        }
        Document page = Jsoup.parse(SITE.resolve("reproducibility.html").toFile(), "UTF-8");
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : page.select("main table").first().select("tbody tr")) {
            rows.add(tr.select("td").eachText());
        }
        List<List<String>> inputs = new ArrayList<>();
        manifest.path("inputs").forEach(i -> inputs.add(List.of(i.path("path").asText(), i.path("bytes").asText(),
                i.path("sha256").asText())));
        assertThat(rows).isNotEmpty().isEqualTo(inputs);
        assertThat(page.expectFirst("main dl").select("dd").eachText()).containsExactly(
                manifest.path("codingFrame").path("nodes").asText(), manifest.path("codingFrame").path("quotes").asText(),
                manifest.path("codingFrame").path("presentedQuotes").asText());
    }

    @Test
    void the_home_page_and_the_article_inside_the_site_show_in_chromium_without_errors() throws IOException {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.open(SITE.resolve("index.html"));
            assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                    .isEqualTo("Meaning of the family and family communication \u2014 Experiences of Hikikomoris");
            assertThat(driver.findElement(By.cssSelector("main .cite-reference")).isDisplayed()).isTrue();
            browser.screenshot("site-home", 1280);
            assertThat(browser.consoleErrors()).as("home page").isEmpty();

            driver.findElement(By.linkText("Article (HTML)")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/target/site/publication/index.html");
            assertThat(driver.findElement(By.cssSelector("#cite .cite-reference")).getText())
                    .startsWith("Salminen-Tuomaala M, Haasio A, Naka H.");
            browser.screenshot("site-article", 1280);
            Files.write(Browser.SCREENSHOTS.resolve("site-article-cite.png"),
                    driver.findElement(By.id("cite")).getScreenshotAs(OutputType.BYTES));
            assertThat(browser.consoleErrors()).as("article").isEmpty();

            browser.open(SITE.resolve("reproducibility.html"));
            browser.screenshot("site-reproducibility", 1280);
            assertThat(browser.consoleErrors()).as("reproducibility page").isEmpty();
        }
    }
}

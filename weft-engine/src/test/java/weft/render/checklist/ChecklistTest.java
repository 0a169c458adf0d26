package weft.render.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * The filled reporting checklist: each item's page is the page of article.pdf, as laid out in the same build, on
 * which the item's place begins (its heading or caption is printed there), for the default study and for a study
 * whose sections move to later pages when quotes are added; and the checklist's diagnostics.
 */
class ChecklistTest {

    @TempDir
    Path temp;

    /** An item as the checklist page shows it: where it points, the place's name, and the page. */
    record Shown(String item, String place, String label, int page) {
    }

    private static List<Shown> shown(OutputFiles site) {
        Document page = Jsoup.parse(site.text(OutputNames.CHECKLIST));
        List<Shown> items = new ArrayList<>();
        for (Element row : page.select("tr.checklist-reported")) {
            Element link = row.selectFirst("a");
            items.add(new Shown(row.selectFirst("th").text(), link.attr("href").substring(link.attr("href").indexOf('#') + 1),
                    link.text(), Integer.parseInt(row.selectFirst(".checklist-page").text())));
        }
        return items;
    }

    /** The text of each page of a PDF, from page 1. */
    private static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first words of a place's name, as the PDF prints them (a caption's start, a heading whole). */
    private static String printed(String label) {
        String s = label.replace(" \u2026", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static void assertEachPlaceBeginsOnItsPage(List<Shown> items, List<String> pages) {
        assertThat(items).isNotEmpty();
        for (Shown s : items) {
            assertThat(s.page()).as(s.toString()).isBetween(1, pages.size());
            assertThat(pages.get(s.page() - 1)).as("page %d of article.pdf for item %s", s.page(), s).contains(printed(s.label()));
        }
    }

    @Test
    void the_default_studys_items_name_the_pages_their_places_begin_on() {
        BuildResult result = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        OutputFiles site = result.publication().orElseThrow();
        List<Shown> items = shown(site);
        List<String> pages = pages(site.files().get(OutputNames.PDF));
        assertEachPlaceBeginsOnItsPage(items, pages);
        // the results run over several pages: the checklist names the first, where its heading is
        Shown results = items.stream().filter(s -> s.place().equals("sec-results")).findFirst().orElseThrow();
        assertThat(pages.get(results.page() - 1)).contains("3. Results");
        assertThat(pages.get(results.page())).doesNotContain("3. Results");
        Document page = Jsoup.parse(site.text(OutputNames.CHECKLIST));
        assertThat(page.select("tbody tr")).hasSize(32);
        assertThat(page.select("tr.checklist-notApplicable, tr.checklist-notReported, tr.checklist-reported")).hasSize(32);
        assertThat(page.selectFirst("#item-1").text()).contains("Not applicable: The data are existing posts");
        assertThat(page.select("tbody td[lang=en][dir=ltr] .checklist-name")).as("COREQ's own items are English, whatever"
                + " the study's language").hasSize(32);
        assertThat(page.select(".checklist-source").text()).contains("Tong A, Sainsbury P, Craig J", "doi:10.1093/intqhc/mzm042");
        assertThat(site.files()).containsKey(OutputNames.CHECKLIST_PDF);
        assertThat(pages(site.files().get(OutputNames.CHECKLIST_PDF)).get(0)).contains("COREQ reporting checklist", "2.4 Rigor");
        assertThat(Jsoup.parse(site.text(OutputNames.ARTICLE)).select(".colophon a:not(.formats a)").attr("href"))
                .isEqualTo(OutputNames.CHECKLIST);
        assertThat(Jsoup.parse(site.text(OutputNames.EVIDENCE)).select(".checklist-summary a").attr("href")).isEqualTo("checklist.html");
    }

    /** A mini study with an SRQR checklist whose places are the discussion (late) and the methods (early). */
    private Path studyWithChecklist() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        StringBuilder yaml = new StringBuilder("checklist: srqr\nitems:\n");
        for (int i = 1; i <= 21; i++) {
            yaml.append("  - item: S").append(i).append('\n').append(switch (i) {
                case 10 -> "    at: sec-methods\n";
                case 16 -> "    at: sec-results\n";
                case 19 -> "    at: sec-discussion\n";
                default -> "    notReported: not in this test study\n";
            });
        }
        write(project.resolve("coded-data/checklist.yaml"), yaml.toString());
        return project;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> pagesOf(List<Shown> items) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        items.forEach(s -> pages.put(s.place(), s.page()));
        return pages;
    }

    @Test
    void when_quotes_added_push_a_section_to_a_later_page_its_item_follows() throws IOException {
        Path project = studyWithChecklist();
        OutputFiles before = TestProjects.publication(project);
        Map<String, Integer> first = pagesOf(shown(before));
        assertEachPlaceBeginsOnItsPage(shown(before), pages(before.files().get(OutputNames.PDF)));

        StringBuilder quotes = new StringBuilder("quotes:\n");
        for (int i = 1; i <= 40; i++) {
            quotes.append("  - id: added-").append(i).append('\n')
                    .append("    text: A long added quote that takes some room on the page, number ").append(i)
                    .append(", so that the sections after it move down. ".repeat(4)).append('\n')
                    .append("    codes: [cooking-together]\n    presented: true\n")
                    .append("    source: {recorded: false, note: Made up for this test.}\n");
        }
        write(project.resolve("coded-data/quotes/added.yaml"), quotes.toString());
        OutputFiles after = TestProjects.publication(project);
        Map<String, Integer> second = pagesOf(shown(after));
        assertEachPlaceBeginsOnItsPage(shown(after), pages(after.files().get(OutputNames.PDF)));

        assertThat(second.get("sec-methods")).isEqualTo(first.get("sec-methods"));
        assertThat(second.get("sec-discussion")).isGreaterThan(first.get("sec-discussion"));
    }

    @Test
    void items_left_unanswered_are_warnings_and_strict_fails_on_them() {
        Path project = studyWithChecklist();
        TestProjects.replaceIn(project.resolve("coded-data/checklist.yaml"), "  - item: S21\n    notReported: not in this test study\n", "");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING coded-data/checklist.yaml:1:12: SRQR item S21"
                + " (Funding) is not answered: give it at (the article's place that reports it), notApplicable or notReported");
        assertThat(Jsoup.parse(result.publication().orElseThrow().text(OutputNames.CHECKLIST)).selectFirst("#item-S21").text())
                .contains("Not answered");
        assertThat(new Weft().render(project, BuildOptions.defaults().strict(true)).succeeded()).isFalse();
    }

    @Test
    void validate_checks_the_places_without_laying_out_a_pdf() {
        Path project = studyWithChecklist();
        TestProjects.replaceIn(project.resolve("coded-data/checklist.yaml"), "at: sec-discussion", "at: sec-discusion");
        BuildResult result = new Weft().validate(project, BuildOptions.defaults());
        assertThat(TestProjects.diagnostics(result)).containsExactly("ERROR coded-data/checklist.yaml:40:9: SRQR item S19 points"
                + " at 'sec-discusion', which is no id of the article (such as sec-methods, sec-methods-data-analysis, node-ID,"
                + " tab-coding-frame)");
    }

    @Test
    void a_study_without_a_checklist_gets_no_checklist_and_no_link() {
        OutputFiles site = TestProjects.publication(TestProjects.fixture("mini-study"));
        assertThat(site.files()).doesNotContainKeys(OutputNames.CHECKLIST, OutputNames.CHECKLIST_PDF);
        assertThat(Jsoup.parse(site.text(OutputNames.ARTICLE)).select(".colophon a:not(.formats a)")).isEmpty();
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * Participants as a reader meets them in the interview study (synthetic): each quote attributed in the article,
 * the PDF, the evidence pages and the search; a page per participant only where the study asks for it.
 */
class ParticipantsTest {

    @TempDir
    Path temp;

    private static OutputFiles build(Path project) {
        return TestProjects.publication(project);
    }

    @Test
    void a_block_quotation_stays_a_block_with_its_participant_after_the_quote() {
        Document article = Jsoup.parse(build(TestProjects.fixture("interview-study")).text("index.html"));
        Element block = article.selectFirst("blockquote#quote-same-stairwell");
        assertThat(block).isNotNull();
        assertThat(block.text()).isEqualTo("\u201CIt turned out we share a stairwell.\u201D (31F77)");
        assertThat(block.select("p > .attribution").text()).isEqualTo("(31F77)");
        Element inline = article.selectFirst("span#quote-someone-always-waters");
        assertThat(inline.text()).isEqualTo("\u201Csomeone always waters, nobody has to ask\u201D (FG1)");
        assertThat(inline.parent().tagName()).isEqualTo("p");
    }

    @Test
    void the_pdf_prints_the_attribution_after_each_quote() throws IOException {
        byte[] pdf = build(TestProjects.fixture("interview-study")).files().get("article.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("\u201CIt turned out we share a stairwell.\u201D (31F77)")
                    .contains("nobody has to ask\u201D (FG1)");
        }
    }

    @Test
    void the_evidence_shows_who_said_each_quote_and_links_the_participants_pages() {
        OutputFiles site = build(TestProjects.fixture("interview-study"));
        Document quote = Jsoup.parse(site.text("evidence/quotes/first-names.html"));
        Element participant = quote.selectFirst(".entry-facts dt:containsOwn(Participant) + dd a");
        assertThat(participant.text()).isEqualTo("25M83");
        assertThat(participant.attr("href")).isEqualTo("../participants/p25.html");
        assertThat(quote.select(".entry-facts dd .source-facts").first().text()).contains("Group Resident", "Age 83");
        assertThat(Jsoup.parse(site.text("evidence/quotes/raised-beds.html")).select(".entry-facts dt").eachText())
                .contains("Participants (a group)");

        Document node = Jsoup.parse(site.text("evidence/nodes/meeting-neighbours.html"));
        assertThat(node.select(".quote-participant").eachText()).containsExactly("Participant 25M83", "Participant 31F77");

        Document page = Jsoup.parse(site.text("evidence/participants/p25.html"));
        assertThat(page.select("h1").text()).isEqualTo("25M83");
        assertThat(page.select(".quote-list .quote-text").eachText()).containsExactly(
                "\u201CI had lived here nine years and never knew their first names.\u201D",
                "\u201CI put on my garden clothes and the day has started.\u201D");
        assertThat(page.select(".quote-list a[href=../quotes/first-names.html]")).hasSize(1);

        Document overview = Jsoup.parse(site.text("evidence/index.html"));
        assertThat(overview.select(".participant-list li").eachText()).containsExactly(
                "25M83 2 quotes", "31F77 2 quotes", "12F69 1 quote", "40M71 2 quotes", "FG1 2 quotes", "FG2 2 quotes");
        assertThat(overview.select(".corpus dt").eachText()).contains("Interviews", "Focus groups", "Participants by group");
        assertThat(overview.select(".corpus dt:containsOwn(Focus groups) + dd").text())
                .isEqualTo("2, 3 hours of recording, 11 participants");
    }

    @Test
    void the_search_finds_a_quote_by_its_participant() {
        String index = build(TestProjects.fixture("interview-study")).text("evidence/search-index.js");
        assertThat(index).contains("\"id\":\"first-names\",\"href\":\"quotes/first-names.html\"")
                .contains("\"participant\":\"25M83\"");
        assertThat(build(TestProjects.fixture("mini-study")).text("evidence/search-index.js"))
                .as("a study without participants indexes none").doesNotContain("participant");
    }

    @Test
    void without_participant_pages_there_is_no_page_and_no_link_to_one() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "participantPages: true", "participantPages: false");
        OutputFiles site = build(project);
        assertThat(site.files().keySet()).noneMatch(path -> path.contains("participants/"));
        assertThat(site.text("evidence/quotes/first-names.html")).doesNotContain("participants/");
        assertThat(site.text("evidence/index.html")).doesNotContain("participant-list");
        assertThat(Jsoup.parse(site.text("evidence/quotes/first-names.html"))
                .selectFirst(".entry-facts dt:containsOwn(Participant) + dd").text()).startsWith("25M83");
    }

    @Test
    void an_attribution_pattern_chooses_the_attributes_and_hostile_codes_stay_text() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "quoteAttribution: \"({citedAs})\"",
                "quoteAttribution: \"[{citedAs}, {group}]\"");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "citedAs: 31F77", "citedAs: \"<b>31F77</b>{group}\"");
        OutputFiles site = build(project);
        Document article = Jsoup.parse(site.text("index.html"));
        assertThat(article.select("blockquote#quote-same-stairwell .attribution").text())
                .isEqualTo("[<b>31F77</b>{group}, Resident]");
        assertThat(article.select("blockquote#quote-same-stairwell b")).isEmpty();
        assertThat(article.select("span#quote-first-names .attribution").text()).isEqualTo("[25M83, Resident]");
        assertThat(site.text("evidence/search-index.js")).contains("\\u003cb\\u003e31F77");
    }
}

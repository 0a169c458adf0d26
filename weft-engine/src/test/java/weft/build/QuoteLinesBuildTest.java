package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * A focus group's exchange quoted as it was said, a turn a line (synthetic words, in the interview study): every
 * output breaks a block quotation's lines where the text does, and runs the lines of a quote in a sentence in.
 */
class QuoteLinesBuildTest {

    private static final String EXCHANGE = """
            |
                  Moderator: And when it rains?
                  P3: Then we do not see each other.

                  P5: <b>Some</b> weeks it rains every day.
            """;

    @TempDir
    static Path temp;

    private static OutputFiles site;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "text: Some weeks it rains every day and then we do not see each other.\n",
                "text: " + EXCHANGE.strip() + "\n");
        TestProjects.replaceIn(quotes, "text: Without the raised beds I could not take part at all.",
                "text: \"Without the raised beds\\nI could not take part at all.\"");
        TestProjects.addIssn(project);
        site = TestProjects.publication(project);
    }

    @Test
    void the_article_breaks_a_block_quotations_lines_and_runs_an_inline_ones_in() {
        Document article = Jsoup.parse(site.text("index.html"));
        Element link = article.selectFirst("blockquote#quote-rainy-weeks a.quote-link");
        assertThat(link.select("br")).hasSize(3); // three lines, then an empty one between the paragraphs
        assertThat(link.wholeText().replaceAll("\\s*\n\\s*", "|")).isEqualTo("\u201CModerator: And when it rains?|P3: Then"
                + " we do not see each other.|P5: <b>Some</b> weeks it rains every day.\u201D");
        assertThat(link.select("b")).isEmpty();
        assertThat(article.selectFirst("blockquote#quote-rainy-weeks").text()).endsWith("every day.\u201D (FG2)");
        assertThat(article.selectFirst("span#quote-raised-beds").text())
                .isEqualTo("\u201CWithout the raised beds / I could not take part at all.\u201D (FG2)");
    }

    @Test
    void the_evidence_pages_break_the_lines_too_and_the_search_runs_them_in() {
        for (String page : new String[] {"evidence/quotes/rainy-weeks.html", "evidence/nodes/weather.html",
                "evidence/participants/fg2.html"}) {
            Document doc = Jsoup.parse(site.text(page));
            Element quote = doc.selectFirst("blockquote:contains(when it rains) p");
            assertThat(quote.select("br")).as(page).hasSize(3);
            assertThat(quote.wholeText()).as(page).contains("\u201CModerator: And when it rains?")
                    .contains("P5: <b>Some</b> weeks it rains every day.\u201D");
        }
        // the search shows a quote's text on one line: its lines run in
        assertThat(site.text("evidence/search-index.js")).contains("\"text\":\"Moderator: And when it rains? / P3: Then we"
                + " do not see each other. / P5: \\u003cb\\u003eSome\\u003c/b\\u003e weeks it rains every day.\"");
        assertThat(Jsoup.parse(site.text("evidence/quotes/raised-beds.html")).selectFirst(".entry-quote p").html()
                .replaceAll("\\s*\n\\s*", ""))
                .isEqualTo("\u201CWithout the raised beds<br>I could not take part at all.\u201D");
    }

    @Test
    void the_pdf_prints_a_line_for_each_line_of_the_quote() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(site.files().get("article.pdf"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[ \t]+\n", "\n");
            assertThat(text).contains("\u201CModerator: And when it rains?\nP3: Then we do not see each other.\n")
                    .contains("P5: <b>Some</b> weeks it rains every day.\u201D (FG2)");
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("\u201CWithout the raised beds / I could not take part at all.\u201D (FG2)");
        }
    }

    @Test
    void word_breaks_the_lines_and_jats_gives_each_line_a_paragraph() throws Exception {
        String document = TestProjects.documentXml(site.files().get("article.docx"));
        assertThat(document).contains("<w:t>\u201CModerator: And when it rains?</w:t></w:r><w:r><w:br/></w:r>"
                + "<w:r><w:t>P3: Then we do not see each other.</w:t></w:r><w:r><w:br/></w:r><w:r><w:br/></w:r>"
                + "<w:r><w:t>P5: &lt;b>Some&lt;/b> weeks it rains every day.\u201D</w:t></w:r>");

        String jats = site.text("article.jats.xml");
        Element quote = Jsoup.parse(jats, "", org.jsoup.parser.Parser.xmlParser()).selectFirst("disp-quote#quote-rainy-weeks");
        assertThat(quote.select("> p").eachText()).containsExactly("\u201CModerator: And when it rains?",
                "P3: Then we do not see each other.", "P5: <b>Some</b> weeks it rains every day.\u201D");
        assertThat(quote.select("> attrib").text()).isEqualTo("(FG2)");
        assertThat(jats).contains("\u201CWithout the raised beds / I could not take part at all.\u201D");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }
}

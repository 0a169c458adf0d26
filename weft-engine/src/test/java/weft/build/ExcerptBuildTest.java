package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * A quote the author cut (its excerpt, in the miniature study's made-up quotes): every format of the article prints the
 * excerpt, the evidence keeps the whole text and shows the excerpt beside it, and the anonymised copy names no author in
 * the author's bracketed words.
 */
class ExcerptBuildTest {

    private static final String WHOLE = "The evenings at the table are long and good.";
    private static final String CUT = "The evenings [after work] … are long";

    @TempDir
    static Path temp;

    private static Path project;
    private static OutputFiles site;

    @BeforeAll
    static void build() {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: " + WHOLE + "\n", "    text: " + WHOLE + "\n    excerpt: \"" + CUT + "\"\n");
        TestProjects.replaceIn(quotes, "    text: Same table, same people, every night.\n",
                "    text: Same table, same people, every night.\n    excerpt: \"Same table … every night [Ada Example asked]\"\n");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  evidencePdf: true");
        TestProjects.addIssn(project);
        site = TestProjects.publication(project);
    }

    @Test
    void the_web_page_prints_the_excerpt_linked_to_the_whole_quotes_evidence() {
        Document article = Jsoup.parse(site.text("index.html"));
        assertThat(article.selectFirst("[data-quote=long-evenings] a.quote-link").text()).isEqualTo("\u201C" + CUT + "\u201D");
        assertThat(article.selectFirst("[data-quote=long-evenings] a.quote-link").attr("href"))
                .isEqualTo("evidence/quotes/long-evenings.html");
        assertThat(article.text()).doesNotContain("long and good");
    }

    @Test
    void the_pdf_word_and_jats_print_the_excerpt_too() throws Exception {
        String pdf = TestProjects.pdfText(site.files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains(CUT).doesNotContain("long and good");
        String word = TestProjects.documentXml(site.files().get("article.docx"));
        assertThat(word).contains("The evenings [after work] … are long").doesNotContain("long and good");
        String jats = site.text("article.jats.xml");
        assertThat(jats).contains(CUT).doesNotContain("long and good");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void the_evidence_keeps_the_whole_quote_and_shows_the_excerpt_the_article_prints() {
        Document page = Jsoup.parse(site.text("evidence/quotes/long-evenings.html"));
        assertThat(page.selectFirst(".entry-quote blockquote").text()).isEqualTo("\u201C" + WHOLE + "\u201D");
        assertThat(page.selectFirst("blockquote.printed-excerpt").text()).isEqualTo("\u201C" + CUT + "\u201D");
        assertThat(page.selectFirst("blockquote.printed-excerpt").parent().text()).contains("The article prints an excerpt:",
                "Its words are marked in the whole passage above.");
        // the words it prints, marked where they stand in the whole passage
        assertThat(page.select(".entry-quote mark.printed").eachText()).containsExactly("The evenings", "are long");
        // the node's page and the search hold the whole text, as the evidence does, the node's page with the same marks
        Document node = Jsoup.parse(site.text("evidence/nodes/cooking-together.html"));
        assertThat(node.text()).contains(WHOLE);
        assertThat(node.select("mark.printed").eachText()).containsExactly("The evenings", "are long");
        assertThat(node.selectFirst("li.quote-item:has(mark.printed) .quote-meta").text()).endsWith("· marked: the words it prints");
        assertThat(site.text("evidence/search-index.js")).contains(WHOLE);
        // a quote without an excerpt says nothing of one
        assertThat(Jsoup.parse(site.text("evidence/quotes/we-cook.html")).select(".printed-excerpt")).isEmpty();
        assertThat(site.text("evidence/quotes.csv")).contains(",yes," + CUT + ",cooking-together,");
    }

    @Test
    void the_evidence_pdf_prints_the_whole_quote_then_the_excerpt() throws Exception {
        String text = TestProjects.pdfText(site.files().get("evidence.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("\u201C" + WHOLE + "\u201D");
        assertThat(text.substring(text.indexOf(WHOLE))).contains("The article prints an excerpt: \u201C" + CUT + "\u201D");
    }

    /**
     * A passage whose whole text is for the reviewers ({@code textAudience: reviewers}): the public build holds its
     * excerpt alone, in every output byte (the evidence, the search, the spreadsheet, the PDFs and what they embed); the
     * reviewers' build holds the whole, as the quote's evidence page shows it.
     */
    @Test
    void a_whole_text_for_the_reviewers_is_in_no_byte_of_the_public_build_which_shows_the_excerpt_in_its_place() throws Exception {
        Path own = TestProjects.copy(project, temp.resolve("cut-for-the-public"));
        TestProjects.replaceIn(own.resolve("coded-data/quotes/quotes.yaml"), "    excerpt: \"" + CUT + "\"\n",
                "    excerpt: \"" + CUT + "\"\n    textAudience: reviewers\n");
        BuildResult open = new Weft().render(own, BuildOptions.defaults());
        assertThat(open.succeeded()).as("%s", open.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(open)).contains("NOTE coded-data/quotes: a build for the audience 'public': 4 quotes"
                + " published (1 as its excerpt alone, the whole text for a narrower audience), 0 withheld for privacy; the PDF"
                + " does not embed coded-data/quotes/quotes.yaml");
        java.util.Map<String, String> outputs = weft.support.OutputBytes.everyByte(open);
        assertThat(weft.support.OutputBytes.holding(outputs, "long and good")).isEmpty();
        assertThat(weft.support.OutputBytes.holding(outputs, "[after work]")).isNotEmpty();
        Document page = Jsoup.parse(open.publication().orElseThrow().text("evidence/quotes/long-evenings.html"));
        assertThat(page.selectFirst(".entry-quote blockquote").text()).isEqualTo("\u201C" + CUT + "\u201D");
        assertThat(page.select(".shown-as-excerpt").text()).isEqualTo("Shown here as the article prints it: the whole passage"
                + " is kept for the reviewers.");
        assertThat(page.select(".printed-excerpt")).isEmpty();
        assertThat(page.text()).doesNotContain("The original wording is not part of the data");

        BuildResult reviewers = new Weft().render(own, BuildOptions.defaults().audience(weft.model.Audience.REVIEWERS));
        assertThat(reviewers.succeeded()).as("%s", reviewers.diagnostics()).isTrue();
        Document whole = Jsoup.parse(reviewers.publication().orElseThrow().text("evidence/quotes/long-evenings.html"));
        assertThat(whole.selectFirst(".entry-quote blockquote").text()).isEqualTo("\u201C" + WHOLE + "\u201D");
        assertThat(whole.selectFirst("blockquote.printed-excerpt").text()).isEqualTo("\u201C" + CUT + "\u201D");
        assertThat(Jsoup.parse(reviewers.publication().orElseThrow().text("index.html"))
                .selectFirst("[data-quote=long-evenings] a.quote-link").text()).isEqualTo("\u201C" + CUT + "\u201D");
    }

    @Test
    void a_text_audience_without_an_excerpt_is_an_error_at_it() {
        Path own = TestProjects.copy(project, temp.resolve("no-excerpt"));
        TestProjects.replaceIn(own.resolve("coded-data/quotes/quotes.yaml"), "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    textAudience: team\n");
        BuildResult result = new Weft().render(own, BuildOptions.defaults());
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).contains("ERROR coded-data/quotes/quotes.yaml:24:19: quote 'sink-full':"
                + " textAudience team keeps its whole text from wider audiences, who are shown its excerpt in its place, but it"
                + " has no excerpt: give the words the article prints as excerpt:, or set the quote's audience: to keep all of it"
                + " from them");
    }

    @Test
    void the_anonymised_copy_replaces_an_authors_name_in_the_authors_bracketed_words() {
        BuildResult result = new Weft().render(project, BuildOptions.defaults().anonymous(true));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.selectFirst("[data-quote=same-table] a.quote-link").text())
                .isEqualTo("\u201CSame table … every night [[Author] asked]\u201D");
        assertThat(article.text()).doesNotContain("Ada Example");
    }
}

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
        assertThat(page.selectFirst("blockquote.printed-excerpt").parent().text()).contains("The article prints an excerpt:");
        // the node's page and the search hold the whole text, as the evidence does
        assertThat(Jsoup.parse(site.text("evidence/nodes/cooking-together.html")).text()).contains(WHOLE);
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

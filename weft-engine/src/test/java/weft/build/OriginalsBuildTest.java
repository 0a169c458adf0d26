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
 * {@code presentation.originals: after} in the miniature study (its quotes and their "originals" made up for the test):
 * every format of the article prints a translated quote's original wording after it, in its language and quotation
 * marks; beside an excerpt only the original's own excerpt, never the whole original.
 */
class OriginalsBuildTest {

    private static final String BLOCK_ORIGINAL = "Illat pöydän ääressä ovat pitkiä ja hyviä.";

    @TempDir
    static Path temp;

    private static Path project;
    private static OutputFiles site;

    @BeforeAll
    static void build() {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  originals: after");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: The evenings at the table are long and good.\n",
                "    text: The evenings at the table are long and good.\n    original: {text: \"" + BLOCK_ORIGINAL
                        + "\", language: fi}\n");
        TestProjects.addIssn(project);
        site = TestProjects.publication(project);
    }

    @Test
    void the_web_page_prints_the_original_after_a_quote_in_a_sentence_and_after_a_block_quotation() {
        Document article = Jsoup.parse(site.text("index.html"));
        Element inline = article.selectFirst("span#quote-we-cook");
        assertThat(inline.text()).isEqualTo("\u201CWe cook on Sundays & everyone brings <something>\u201D"
                + " [\u201DKokkaamme sunnuntaisin\u201D]");
        assertThat(inline.selectFirst(".original span[lang=fi]").text()).isEqualTo("\u201DKokkaamme sunnuntaisin\u201D");
        Element block = article.selectFirst("blockquote#quote-long-evenings");
        assertThat(block.select("p")).hasSize(2);
        assertThat(block.selectFirst("p.original span[lang=fi]").text()).isEqualTo("\u201D" + BLOCK_ORIGINAL + "\u201D");
        assertThat(block.selectFirst("a.quote-link").text()).isEqualTo("\u201CThe evenings at the table are long and good.\u201D");
    }

    @Test
    void the_pdf_word_and_jats_print_the_originals_in_their_language() throws Exception {
        String pdf = TestProjects.pdfText(site.files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("[\u201DKokkaamme sunnuntaisin\u201D]", "\u201D" + BLOCK_ORIGINAL + "\u201D");
        String word = TestProjects.documentXml(site.files().get("article.docx"));
        assertThat(word).contains("Kokkaamme sunnuntaisin", BLOCK_ORIGINAL);
        assertThat(word.substring(word.lastIndexOf("<w:r>", word.indexOf(BLOCK_ORIGINAL)), word.indexOf(BLOCK_ORIGINAL)))
                .contains("<w:lang w:val=\"fi\"/>");
        String jats = site.text("article.jats.xml");
        assertThat(jats).contains("<styled-content xml:lang=\"fi\">\u201D" + BLOCK_ORIGINAL + "\u201D</styled-content>");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void the_codebooks_example_quote_is_printed_with_its_original_in_every_format() throws Exception {
        Path own = TestProjects.copy(project, temp.resolve("codebook"));
        java.nio.file.Files.writeString(own.resolve("content/methods.md"), "\n\n{{codebook|examples}}\n",
                java.nio.file.StandardOpenOption.APPEND);
        OutputFiles built = TestProjects.publication(own);
        Element example = Jsoup.parse(built.text("index.html")).selectFirst("table.codebook td.example:has(.quote)");
        assertThat(example.text()).isEqualTo("\u201CWe cook on Sundays & everyone brings <something>\u201D"
                + " [\u201DKokkaamme sunnuntaisin\u201D]");
        assertThat(example.selectFirst(".original span[lang=fi]").text()).isEqualTo("\u201DKokkaamme sunnuntaisin\u201D");
        String word = TestProjects.documentXml(built.files().get("article.docx"));
        String cell = word.substring(word.lastIndexOf("<w:tc>", word.lastIndexOf("Kokkaamme sunnuntaisin")),
                word.lastIndexOf("Kokkaamme sunnuntaisin"));
        assertThat(cell).contains("We cook on Sundays").contains("<w:lang w:val=\"fi\"/>");
        String jats = built.text("article.jats.xml");
        assertThat(jats.substring(jats.indexOf("<table"))).contains("<styled-content xml:lang=\"fi\">\u201DKokkaamme"
                + " sunnuntaisin\u201D</styled-content>");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(TestProjects.pdfText(built.files().get("article.pdf")).replaceAll("\\s+", " "))
                .containsPattern("(?s)Kokkaamme sunnuntaisin.*Kokkaamme sunnuntaisin");
    }

    @Test
    void beside_an_excerpt_only_the_originals_excerpt_is_printed_and_without_one_none_with_a_warning() {
        Path own = TestProjects.copy(project, temp.resolve("excerpts"));
        Path quotes = own.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: The evenings at the table are long and good.\n",
                "    text: The evenings at the table are long and good.\n    excerpt: The evenings … are long\n");
        BuildResult without = TestProjects.render(own);
        assertThat(TestProjects.diagnostics(without)).anyMatch(d -> d.startsWith("WARNING coded-data/quotes/quotes.yaml:11:14:"
                + " quote 'long-evenings': its original is not printed beside its excerpt (presentation.originals), as the"
                + " whole original would tell the words cut"));
        Element block = Jsoup.parse(without.publication().orElseThrow().text("index.html")).selectFirst("blockquote#quote-long-evenings");
        assertThat(block.select("p.original")).isEmpty();
        assertThat(block.text()).doesNotContain("pöydän");

        TestProjects.replaceIn(quotes, BLOCK_ORIGINAL + "\", language: fi}", BLOCK_ORIGINAL + "\", language: fi, excerpt: \"Illat …"
                + " ovat pitkiä\"}");
        BuildResult with = TestProjects.render(own);
        assertThat(TestProjects.diagnostics(with)).noneMatch(d -> d.contains("its original is not printed"));
        block = Jsoup.parse(with.publication().orElseThrow().text("index.html")).selectFirst("blockquote#quote-long-evenings");
        assertThat(block.selectFirst("p.original").text()).isEqualTo("\u201DIllat … ovat pitkiä\u201D");

        TestProjects.replaceIn(quotes, "excerpt: \"Illat … ovat pitkiä\"", "excerpt: \"Illat … ovat lyhyitä\"");
        assertThat(TestProjects.diagnostics(TestProjects.render(own))).anyMatch(d -> d.startsWith("ERROR coded-data/quotes/"
                + "quotes.yaml:") && d.contains("quote 'long-evenings': the original's excerpt is not the original's words"
                + " here: 'ovat lyhyitä'"));
    }

    @Test
    void an_original_runs_in_its_own_languages_direction_a_finnish_one_left_to_right_in_an_arabic_article() {
        Path arabic = TestProjects.copy(TestProjects.fixture("arabic-study"), temp.resolve("arabic"));
        TestProjects.replaceIn(arabic.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  originals: after");
        Document article = Jsoup.parse(TestProjects.publication(arabic).text("index.html"));
        assertThat(article.attr("dir")).isEmpty();
        assertThat(article.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element original = article.selectFirst("#quote-we-cook .original");
        assertThat(original.selectFirst("[lang=fi]").attr("dir")).isEqualTo("ltr");
        assertThat(original.text()).contains("Kokkaamme sunnuntaisin");
    }

    @Test
    void without_the_setting_no_original_is_printed() {
        Document article = Jsoup.parse(TestProjects.publication(TestProjects.copy(TestProjects.fixture("mini-study"),
                temp.resolve("plain"))).text("index.html"));
        assertThat(article.select(".original")).isEmpty();
        assertThat(article.text()).doesNotContain("Kokkaamme");
    }
}

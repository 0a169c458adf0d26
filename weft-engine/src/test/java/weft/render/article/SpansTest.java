package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's bracketed spans: {@code [words]{lang=fr}} in their language (the web page's {@code lang}, the PDF's tagged
 * {@code /Lang}, the Word run's language, JATS's {@code styled-content xml:lang}), {@code .smallcaps} and
 * {@code .underline} in every format; a span with nothing Weft reads is printed as written, with a warning.
 */
class SpansTest {

    @TempDir
    static Path temp;
    static BuildResult result;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        result = TestProjects.built(TestProjects.miniStudyWithMethods(temp.resolve("spans"), """

                Residents felt [chez soi]{lang=fr}, [*very* much]{.smallcaps} and [at home]{.underline lang="en-GB"}.
                A [marked]{.highlight} word; `[code]{lang=fr}` is code.
                """));
        publication = result.publication().orElseThrow();
    }

    @Test
    void the_web_page_has_each_span_with_its_language_and_classes() {
        Element methods = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.expectFirst("span[lang=fr]").text()).isEqualTo("chez soi");
        assertThat(methods.expectFirst("span.smallcaps").html()).isEqualTo("<em>very</em> much");
        Element underline = methods.expectFirst("span.underline");
        assertThat(underline.text()).isEqualTo("at home");
        assertThat(underline.attr("lang")).isEqualTo("en-GB");
        assertThat(methods.text()).contains("A [marked] word;", "[code]{lang=fr} is code.").doesNotContain("{lang=fr},", "{.smallcaps}");
        assertThat(methods.select("span.highlight")).isEmpty();
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .startsWith("WARNING content/methods.md:10:3: Pandoc's bracketed span ('[marked]{.highlight}') has nothing Weft reads");
    }

    @Test
    void the_pdf_tags_the_words_in_their_language() throws Exception {
        assertThat(TestProjects.taggedLanguages(publication.files().get("article.pdf"))).contains("Span fr", "Span en-GB");
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Residents felt chez soi,");
    }

    @Test
    void the_word_document_sets_small_capitals_underline_and_the_words_language() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            List<XWPFRun> runs = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Residents felt"))
                    .findFirst().orElseThrow().getRuns();
            assertThat(runs).filteredOn(XWPFRun::isSmallCaps).extracting(r -> r.getText(0)).containsExactly("very", " much");
            assertThat(runs).filteredOn(r -> r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE)
                    .extracting(XWPFRun::text).containsExactly("at home");
            assertThat(runs).filteredOn(r -> r.getLang() != null).extracting(r -> r.getText(0) + " " + r.getLang())
                    .containsExactly("chez soi fr", "at home en-GB");
        }
    }

    @Test
    void the_jats_has_sc_underline_and_the_words_language() throws Exception {
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("Residents felt <styled-content xml:lang=\"fr\">chez soi</styled-content>, <italic><sc>very</sc>"
                + "</italic><sc> much</sc> and <styled-content xml:lang=\"en-GB\"><underline>at home</underline></styled-content>.");
    }

    /**
     * Quarto's highlighted words, {@code [words]{.mark}} (as an author marks a revision's changes for the reviewers): a
     * background in the web page and the PDF, Word's highlighting, JATS's styled content of style "highlight".
     */
    @Test
    void highlighted_words_are_highlighted_in_every_format(@TempDir Path other) throws Exception {
        OutputFiles out = TestProjects.built(TestProjects.miniStudyWithMethods(other.resolve("mark"), """

                The residents [cooked together *twice* a week]{.mark} in the second round.
                """)).publication().orElseThrow();
        Element mark = Jsoup.parse(out.text("index.html")).expectFirst("#sec-methods span.mark");
        assertThat(mark.text()).isEqualTo("cooked together twice a week");
        assertThat(mark.select("em").text()).isEqualTo("twice");
        assertThat(TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " "))
                .contains("The residents cooked together twice a week in the second round.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.files().get("article.docx")))) {
            List<XWPFRun> runs = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("The residents"))
                    .findFirst().orElseThrow().getRuns();
            assertThat(runs).filteredOn(XWPFRun::isHighlighted).extracting(XWPFRun::text)
                    .containsExactly("cooked together ", "twice", " a week");
            assertThat(runs).filteredOn(r -> r.text().contains("second round")).allSatisfy(r ->
                    assertThat(r.isHighlighted()).isFalse());
        }
        String jats = out.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<styled-content style-type=\"highlight\">cooked together </styled-content>",
                "<italic><styled-content style-type=\"highlight\">twice</styled-content></italic>");
    }

    @Test
    void a_style_sheet_copied_before_highlighting_is_a_warning(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), "\nA [highlighted]{.mark} word.\n");
        java.nio.file.Files.createDirectories(project.resolve("templates"));
        try (var in = SpansTest.class.getResourceAsStream("/weft/templates/style.css")) {
            String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.writeString(project.resolve("templates/style.css"), css.replaceAll("(?m)^\\.mark .*$", ""));
        }
        assertThat(TestProjects.diagnostics(TestProjects.built(project))).containsExactly("WARNING templates/style.css:"
                + " the article has highlighted words ([words]{.mark}), and this style sheet has no rule for them (.mark):"
                + " they are printed as any other; the project's style.css is a copy made before Weft highlighted them:"
                + " copy the rules for .mark from Weft's style.css");
    }
}

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
}

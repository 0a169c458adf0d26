package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's conditional content ({@code ::: {.content-visible when-format="html"}}): each of the article's formats
 * prints the divs meant for it, and no other, as Quarto decides it; a note called from text a format leaves out goes
 * with it; a format's name that is none of Weft's is a warning at the fence.
 */
class ConditionalContentTest {

    private static final String PROSE = """

            Before the conditions.

            ::: {.content-visible when-format="html"}
            Only on the web page.
            :::

            ::: {.content-hidden when-format="html"}
            Everywhere but the web page.[^printed]
            :::

            [^printed]: A note of the printed text[, printed in the Word document]{.content-visible when-format="docx"}.

            ::: {.content-visible unless-format="docx" lang=fi}
            Ei Word-asiakirjassa.
            :::

            ::: content-hidden
            Nowhere at all.
            :::

            ::: {.content-visible when-format="jats"}
            Only in the JATS.
            :::

            ::: {.content-visible when-format="latex"}
            Only in the PDF.
            :::

            ::: {.content-visible when-format="epub"}
            Only in an e-book.
            :::

            ::: content-visible
            Everywhere, as any text.[^always]
            :::

            [^always]: A note of every format.

            After the conditions. Read it [on the web page]{.content-visible when-format="html"}[on paper]{.content-visible unless-format="html"}.
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("conditions"), PROSE);
        weft.build.BuildResult result = TestProjects.built(project);
        built = new TestProjects.Built(result, result.publication().orElseThrow());
    }

    @Test
    void the_web_page_prints_what_is_meant_for_html_and_nothing_else() {
        Element methods = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("p").eachText()).containsSubsequence("Before the conditions.", "Only on the web page.",
                "Ei Word-asiakirjassa.", "Everywhere, as any text.1", "After the conditions. Read it on the web page.");
        assertThat(methods.text()).doesNotContain("Everywhere but the web page", "Nowhere at all", "Only in the JATS",
                "Only in the PDF", "Only in an e-book", ":::");
        assertThat(methods.select("div[lang=fi]").text()).isEqualTo("Ei Word-asiakirjassa.");
        assertThat(methods.text()).contains("Read it on the web page.").doesNotContain("on paper");
        assertThat(built.publication().text("index.html")).doesNotContain("data-weft-formats", "A note of the printed text");
        // the note the web page prints is its first: numbered 1 in its call and its list, the PDF's second
        Element page = Jsoup.parse(built.publication().text("index.html"));
        assertThat(page.select("a[role=doc-noteref]").eachText()).containsExactly("1");
        assertThat(page.select("a[role=doc-noteref]").attr("href")).isEqualTo("#fn-2");
        assertThat(page.select("#fn-2").text()).contains("A note of every format.");
        assertThat(built.publication().text("article.jats.xml")).contains("A note of the printed text.")
                .doesNotContain("printed in the Word document", "data-weft-formats");
    }

    @Test
    void the_pdf_prints_what_is_meant_for_pdf_and_its_note() throws Exception {
        String pdf = TestProjects.pdfText(built.publication().files().get("article.pdf"));
        assertThat(pdf).containsSubsequence("Before the conditions.", "Everywhere but the web page.", "Ei Word-asiakirjassa.",
                "Only in the PDF.", "Everywhere, as any text.", "After the conditions.", "A note of the printed text.");
        assertThat(pdf).doesNotContain("Only on the web page", "Nowhere at all", "Only in the JATS", "Only in an e-book",
                "on the web page.").contains("Read it on paper.");
    }

    @Test
    void the_word_document_and_the_jats_print_what_is_meant_for_each() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Everywhere but the web page.", "Everywhere, as any text.",
                            "A note of the printed text, printed in the Word document.", "Read it on paper.")
                    .doesNotContain("Only on the web page", "Ei Word-asiakirjassa", "Nowhere at all", "Only in the JATS",
                            "Only in the PDF");
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("Everywhere but the web page.", "Ei Word-asiakirjassa.", "Only in the JATS.",
                "A note of the printed text.").doesNotContain("Only on the web page", "Nowhere at all", "Only in the PDF");
    }

    @Test
    void text_the_pdf_alone_prints_is_checked_for_characters_its_fonts_lack(@TempDir Path other) {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="pdf"}
                Printed alone: 家族.
                :::
                """);
        assertThat(TestProjects.diagnostics(TestProjects.built(project))).singleElement().asString()
                .startsWith("WARNING content/methods.md:10:16: the PDF's fonts have no glyph for '家族' (U+5BB6, U+65CF)");
    }

    @Test
    void a_format_weft_does_not_write_is_a_warning_at_the_fence() {
        assertThat(TestProjects.diagnostics(built.result())).containsExactly("WARNING content/methods.md:37:1: of this fenced"
                + " div ('::: {.content-visible when-format=\"epub\"}'): when-format=\"epub\" names none of Weft's formats"
                + " (html, the web page; pdf or latex; docx; jats): the text is printed in none of them");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
 * Pandoc's fenced divs: the {@code :::} lines are no part of the text; a div in a language of its own
 * ({@code ::: {lang=fi}}) puts its paragraphs in that language in every format; another div's text is printed as any
 * other, with a warning that its attributes are not read.
 */
class DivsTest {

    @TempDir
    static Path temp;
    static BuildResult result;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        result = TestProjects.built(TestProjects.miniStudyWithMethods(temp.resolve("divs"), """

                ::: {lang=fi}
                Kotona on *hyvä* olla.

                Toinen kappale.
                :::

                ::: {.highlight}
                A marked passage.
                :::

                After all.
                """));
        publication = result.publication().orElseThrow();
    }

    @Test
    void the_web_page_has_the_div_in_its_language_and_no_fence_line() {
        Element methods = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.expectFirst("div[lang=fi]").select("> p").eachText())
                .containsExactly("Kotona on hyvä olla.", "Toinen kappale.");
        assertThat(methods.select("> p").eachText()).endsWith("A marked passage.", "After all.");
        assertThat(methods.text()).doesNotContain(":::", "highlight", "lang=");
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .startsWith("WARNING content/methods.md:15:1: Pandoc's fenced div ('::: {.highlight}') has nothing Weft reads");
    }

    @Test
    void the_pdf_tags_the_div_in_its_language() throws Exception {
        assertThat(TestProjects.taggedLanguages(publication.files().get("article.pdf"))).contains("Div fi");
    }

    @Test
    void the_word_document_and_the_jats_give_its_words_their_language() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            XWPFParagraph kotona = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Kotona")).findFirst().orElseThrow();
            assertThat(kotona.getRuns()).extracting(XWPFRun::getLang).containsOnly("fi");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals("After all.")).findFirst().orElseThrow()
                    .getRuns()).extracting(XWPFRun::getLang).containsOnlyNulls();
        }
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<p><styled-content xml:lang=\"fi\">Kotona on </styled-content>", "<p>After all.</p>");
    }

    /**
     * A div whose last block is a definition list, its closing fence on the line after the definition (as Pandoc
     * allows): the fence closes the div; before, the parser took it into the definition and it was the error "a '#'
     * heading in prose".
     */
    @Test
    void a_fence_right_after_a_definition_closes_its_div(@TempDir Path other) {
        BuildResult built = TestProjects.built(TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {lang=fi}
                Kotona
                : At home
                :::

                After the div.
                """));
        assertThat(TestProjects.diagnostics(built)).isEmpty();
        Element methods = Jsoup.parse(built.publication().orElseThrow().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("div[lang=fi] > dl > dd").text()).isEqualTo("At home");
        assertThat(methods.select("div[lang=fi] + p").text()).isEqualTo("After the div.");
        assertThat(methods.select("h1, h2:not(#sec-methods-title)")).isEmpty();
    }
}

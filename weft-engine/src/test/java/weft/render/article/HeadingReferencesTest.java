package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's implicit references to headings, as a Pandoc manuscript refers to its own sections: {@code [Results]},
 * {@code [the aim][Aim]}, {@code [Discussion][]} link to the heading so titled in the web page, the JATS and the Word
 * document; a bracketed text that names no heading, code and a quote's words stay as written.
 */
class HeadingReferencesTest {

    private static final String TEXT = """

            See [Results], [the aim][Aim], [discussion][] and [Friction over food], but not [sic], `[Results]` or
            [Nothing so titled].

            ## A note on terms {.unnumbered .unlisted}

            See [A note on terms].
            """;

    @TempDir
    static Path temp;
    static OutputFiles publication;

    @BeforeAll
    static void build() {
        publication = TestProjects.publication(TestProjects.miniStudyWithMethods(temp.resolve("study"), TEXT));
    }

    @Test
    void each_names_its_heading_in_the_web_page_and_the_rest_stays_text() {
        Element p = Jsoup.parse(publication.text("index.html")).select("#sec-methods p").stream()
                .filter(e -> e.text().startsWith("See ")).findFirst().orElseThrow();
        assertThat(p.select("a.xref")).extracting(a -> a.text() + " " + a.attr("href")).containsExactly(
                "Results #sec-results", "the aim #sec-introduction-aim", "discussion #sec-discussion",
                "Friction over food #node-friction");
        assertThat(p.text()).endsWith("but not [sic], [Results] or [Nothing so titled].");
        assertThat(p.expectFirst("code").text()).isEqualTo("[Results]");
    }

    @Test
    void an_unlisted_heading_is_left_out_of_the_contents_and_still_linked() {
        org.jsoup.nodes.Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("nav.toc a").eachText()).contains("2 Methods").doesNotContain("A note on terms");
        Element heading = page.expectFirst("#sec-methods h3");
        assertThat(heading.text()).isEqualTo("A note on terms");
        assertThat(page.select("#sec-methods a.xref").eachAttr("href")).contains("#" + heading.id());
    }

    @Test
    void the_jats_and_the_word_document_link_them_too() throws Exception {
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<xref ref-type=\"sec\" rid=\"sec-results\">Results</xref>");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(publication.files().get("article.docx")))) {
            var see = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("See ")).findFirst().orElseThrow();
            assertThat(see.getCTP().getHyperlinkList()).extracting(h -> h.getAnchor()).contains("w_sec_results",
                    "w_sec_introduction_aim");
        }
    }
}

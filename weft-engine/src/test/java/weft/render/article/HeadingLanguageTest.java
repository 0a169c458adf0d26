package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * A heading in a language of its own ({@code ## Kotona {lang=fi}}), as a subsection named with a participant's word is
 * written: the heading in that language, as Pandoc marks it, in every format (a screen reader reads it so). Before,
 * the attribute was dropped.
 */
class HeadingLanguageTest {

    @Test
    void a_heading_is_in_its_language_in_every_format(@TempDir Path temp) throws Exception {
        TestProjects.Built built = TestProjects.Built.withMethods(temp.resolve("study"), """

                ## Kotona {lang=fi}

                At home.
                """);
        Element heading = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods h3");
        assertThat(heading.text()).isEqualTo("2.1 Kotona");
        assertThat(heading.expectFirst("span[lang=fi]").text()).isEqualTo("Kotona");
        assertThat(heading.attr("lang")).isEqualTo("fi");
        assertThat(TestProjects.taggedLanguages(built.publication().files().get("article.pdf"))).contains("H3 fi");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            XWPFParagraph kotona = doc.getParagraphs().stream().filter(p -> p.getText().contains("Kotona")).findFirst()
                    .orElseThrow();
            assertThat(kotona.getRuns().stream().filter(r -> r.text().contains("Kotona"))).extracting(XWPFRun::getLang)
                    .containsOnly("fi");
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<title><styled-content xml:lang=\"fi\">Kotona</styled-content></title>");
        assertThat(TestProjects.diagnostics(built.result())).isEmpty();
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * A section's title from its front matter is set as its text is (the language's quotation marks, dashes, ellipsis,
 * apostrophes) in every output: the web page's heading and contents, the JATS, the Word document.
 */
class SectionTitleTest {

    @TempDir
    Path temp;

    @Test
    void a_sections_title_has_the_typography_of_its_text_in_every_output() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "title: Methods",
                "title: \"Participants' \\\"own\\\" words -- and more...\"");
        OutputFiles publication = TestProjects.publication(project);
        String typeset = "Participants\u2019 \u201Cown\u201D words \u2013 and more\u2026";

        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.expectFirst("#sec-methods-title").text()).isEqualTo("2. " + typeset);
        assertThat(page.select("nav.toc a[href=#sec-methods]").text()).contains(typeset);
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("sec > title").eachText()).contains(typeset);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.endsWith(typeset));
        }
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * A section's title from its front matter is set as its text is (the language's quotation marks, dashes, ellipsis,
 * apostrophes) and keeps the emphasis of its Markdown in every output: the web page's heading and contents, the PDF,
 * the JATS, the Word document.
 */
class SectionTitleTest {

    @TempDir
    Path temp;

    /** The mini study's publication with its methods section titled {@code title} (as YAML writes it). */
    private OutputFiles withMethodsTitled(String title) {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "title: Methods", "title: " + title);
        return TestProjects.publication(project);
    }

    @Test
    void a_sections_title_has_the_typography_of_its_text_in_every_output() throws IOException {
        OutputFiles publication = withMethodsTitled("\"Participants' \\\"own\\\" words -- and more...\"");
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

    @Test
    void a_sections_title_keeps_its_emphasis_where_a_heading_can_and_is_plain_words_in_the_contents() throws IOException {
        OutputFiles publication = withMethodsTitled("\"Living with *hikikomori* and CO~2~\"");

        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.expectFirst("#sec-methods-title").html())
                .endsWith("Living with <em>hikikomori</em> and CO<sub>2</sub>");
        assertThat(page.select("nav.toc a[href=#sec-methods]").text()).endsWith("Living with hikikomori and CO2")
                .doesNotContain("*");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("sec#sec-methods > title").outerHtml())
                .isEqualTo("<title>Living with <italic>hikikomori</italic> and CO<sub>2</sub></title>");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            XWPFParagraph heading = docx.getParagraphs().stream().filter(p -> p.getText().endsWith("hikikomori and CO2"))
                    .findFirst().orElseThrow();
            assertThat(heading.getRuns()).filteredOn(r -> r.text().equals("hikikomori")).singleElement()
                    .matches(XWPFRun::isItalic);
        }
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).contains("2. Living with hikikomori and CO2");
            assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Living with hikikomori and CO2")
                    .doesNotContain("*hikikomori*");
        }
    }
}

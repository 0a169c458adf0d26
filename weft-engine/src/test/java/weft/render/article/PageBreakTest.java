package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * LaTeX's {@code \newpage} (or Quarto's {@code {{< pagebreak >}}}) on a line of its own, as Pandoc's authors write one:
 * a page break in the PDF and the Word document, nothing in the web page; within a sentence it is text.
 */
class PageBreakTest {

    @TempDir
    static Path temp;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        publication = TestProjects.publication(TestProjects.miniStudyWithMethods(temp.resolve("breaks"), """

                Before the break; a \\newpage within a sentence is text.

                \\newpage

                After the break.

                {{< pagebreak >}}

                After Quarto's break.
                """));
    }

    @Test
    void the_web_page_shows_nothing_of_the_break() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("#sec-methods p").eachText()).contains("Before the break; a \\newpage within a sentence is text.",
                "After the break.").noneMatch(text -> text.strip().equals("\\newpage"));
        assertThat(page.select("#sec-methods div.page-break")).hasSize(2);
        assertThat(page.text()).doesNotContain("pagebreak");
    }

    @Test
    void the_pdf_begins_a_page_after_it() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            int before = page(pdf, "Before the break");
            int after = page(pdf, "After the break.");
            assertThat(after).isEqualTo(before + 1);
            assertThat(page(pdf, "After Quarto")).isEqualTo(after + 1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(after);
            stripper.setEndPage(after);
            stripper.setSortByPosition(true);
            // the running head, then the text after the break
            assertThat(stripper.getText(pdf).lines().filter(l -> !l.isBlank()).skip(1).findFirst()).hasValue("After the break.");
        }
    }

    @Test
    void the_word_document_begins_a_page_at_the_paragraph_after_it() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            XWPFParagraph after = doc.getParagraphs().stream().filter(p -> p.getText().equals("After the break.")).findFirst().orElseThrow();
            assertThat(after.isPageBreak()).isTrue();
            assertThat(doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak)).extracting(XWPFParagraph::getText)
                    .containsExactly("After the break.", "After Quarto's break.".replace('\'', '\u2019'));
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().strip().equals("\\newpage"));
        }
    }

    private static int page(PDDocument pdf, String text) throws java.io.IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page;
            }
        }
        return -1;
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's definition lists ({@code Term}, then {@code :   definition} or {@code ~ definition}), as a glossary of a
 * study's terms is written: a list of terms and their definitions in the web page and the PDF, terms in bold with
 * their definitions indented in the Word document, a def-list in the JATS.
 */
class DefinitionListTest {

    private static final String GLOSSARY = """

            Sensemaking
            :   How participants *understood* their care.

            Coping

            :   What they did.

                A second paragraph.

            Belonging
            ~ Being one of the residents.
            : Or of the house.
            """;

    @TempDir
    static Path temp;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        publication = TestProjects.publication(TestProjects.miniStudyWithMethods(temp.resolve("glossary"), GLOSSARY));
    }

    @Test
    void the_web_page_lists_each_term_with_its_definitions() {
        Element list = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-methods dl");
        assertThat(list.select("> dt")).extracting(Element::text).containsExactly("Sensemaking", "Coping", "Belonging");
        assertThat(list.select("> dd")).extracting(Element::text).containsExactly("How participants understood their care.",
                "What they did. A second paragraph.", "Being one of the residents.", "Or of the house.");
        assertThat(list.expectFirst("dd em").text()).isEqualTo("understood");
        assertThat(publication.text("index.html")).doesNotContain(":   How", "~ Being");
    }

    @Test
    void the_pdf_prints_the_terms_and_definitions_without_their_marks() throws Exception {
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).containsSubsequence("Sensemaking",
                "How participants understood their care.", "Coping", "What they did.", "A second paragraph.", "Belonging",
                "Being one of the residents.", "Or of the house.").doesNotContain("~ Being");
    }

    @Test
    void the_word_document_sets_each_term_in_bold_and_its_definitions_indented() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            List<XWPFParagraph> paragraphs = doc.getBodyElements().stream().filter(e -> e instanceof XWPFParagraph)
                    .map(IBodyElement.class::cast).map(XWPFParagraph.class::cast).toList();
            int term = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("Sensemaking");
            assertThat(term).isPositive();
            XWPFParagraph sensemaking = paragraphs.get(term);
            assertThat(sensemaking.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
            assertThat(sensemaking.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(paragraphs.subList(term + 1, term + 7)).extracting(XWPFParagraph::getText).containsExactly(
                    "How participants understood their care.", "Coping", "What they did.", "A second paragraph.", "Belonging",
                    "Being one of the residents.");
            assertThat(paragraphs.get(term + 1).getIndentationLeft()).isEqualTo(567);
            assertThat(paragraphs.get(term + 2).getIndentationLeft()).isNotEqualTo(567);
        }
    }

    @Test
    void the_jats_has_a_valid_def_list() throws Exception {
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).containsSubsequence("<def-list>", "<def-item>", "<term>Sensemaking</term>", "<def>",
                "<p>How participants <italic>understood</italic> their care.</p>", "<term>Coping</term>", "<p>What they did.</p>",
                "<p>A second paragraph.</p>", "<term>Belonging</term>", "<def>", "<p>Being one of the residents.</p>", "</def>",
                "<def>", "<p>Or of the house.</p>", "</def-list>");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Back matter (kind: back), as a journal prints it: acknowledgements and funding after the numbered sections, before
 * the references, without numbers, in every output; JATS puts them in its back, the acknowledgements as ack.
 */
class BackMatterTest {

    @TempDir
    static Path temp;
    static Path project;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        // an order before the introduction's: back matter follows the numbered sections all the same
        Files.writeString(project.resolve("content/acknowledgements.md"), """
                ---
                id: acknowledgements
                title: Acknowledgements
                kind: back
                order: 1
                ---
                We thank the residents. Funding is in {{ref:sec-funding}}, the methods in {{ref:sec-methods}}.
                """);
        Files.writeString(project.resolve("content/funding.md"), """
                ---
                id: funding
                title: Funding
                kind: back
                order: 90
                ---
                None.

                ## Competing interests

                None declared.
                """);
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  journal: Journal of Examples\n",
                "  journal: Journal of Examples\n  issnOnline: \"1234-5678\"\n");
        publication = TestProjects.publication(project);
    }

    @Test
    void the_web_page_prints_back_matter_after_the_sections_and_before_the_references_without_numbers() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("article > section").eachAttr("id")).containsSubsequence("sec-introduction", "sec-methods",
                "sec-results", "sec-discussion", "sec-acknowledgements", "sec-funding", "references");
        assertThat(page.select("#sec-introduction-title").text()).isEqualTo("1. Introduction");
        assertThat(page.select("#sec-acknowledgements-title").text()).isEqualTo("Acknowledgements");
        assertThat(page.select("#sec-funding h3").text()).isEqualTo("Competing interests");
        assertThat(page.select("nav.toc li").eachText()).containsSubsequence("1 Introduction", "Acknowledgements",
                "Funding", "Competing interests");
        Element thanks = page.expectFirst("#sec-acknowledgements p");
        assertThat(thanks.text()).isEqualTo("We thank the residents. Funding is in Funding, the methods in Section 2.");
        assertThat(thanks.select("a.xref").eachAttr("href")).containsExactly("#sec-funding", "#sec-methods");
    }

    @Test
    void the_pdf_word_and_jats_print_it_so_too() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).containsSubsequence("1. Introduction", "Acknowledgements", "Funding", "References");
        }
        String text = TestProjects.pdfText(publication.files().get("article.pdf"));
        assertThat(text.indexOf("Acknowledgements We thank")).isGreaterThan(text.indexOf("Discussion"))
                .isLessThan(text.indexOf("References"));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsSubsequence("1. Introduction", "Acknowledgements", "Funding",
                    "Competing interests", "References");
        }

        String jats = publication.text("article.jats.xml");
        org.jsoup.nodes.Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("body > sec").eachAttr("id")).doesNotContain("sec-acknowledgements", "sec-funding");
        assertThat(xml.select("back > *").eachAttr("id")).startsWith("sec-acknowledgements", "sec-funding");
        assertThat(xml.expectFirst("back > ack > title").text()).isEqualTo("Acknowledgements");
        assertThat(xml.select("back > ack > label")).isEmpty();
        assertThat(xml.select("back > sec#sec-funding > sec > title").text()).isEqualTo("Competing interests");
        assertThat(xml.select("back > *").last().tagName()).isEqualTo("ref-list");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void an_anonymised_review_copy_leaves_the_acknowledgements_and_funding_out() {
        BuildResult review = new Weft().render(project, BuildOptions.defaults().anonymous(true));
        assertThat(review.succeeded()).as("%s", review.diagnostics()).isTrue();
        String page = review.publication().orElseThrow().text("index.html");
        assertThat(page).doesNotContain("We thank the residents", "Competing interests");
    }
}

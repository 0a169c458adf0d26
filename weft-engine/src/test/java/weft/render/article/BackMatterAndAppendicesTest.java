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
 * Back matter (kind: back) and appendices (kind: appendix), as a journal prints them: acknowledgements and funding after
 * the numbered sections, before the references, without numbers; the appendices after the references, lettered, in
 * every output. JATS puts both in its back, the acknowledgements as ack, the appendices in an app-group.
 */
class BackMatterAndAppendicesTest {

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
        // two appendices, the second written first (by file name) but ordered after the first
        Files.writeString(project.resolve("content/a-consent.md"), """
                ---
                id: consent
                title: The consent form
                kind: appendix
                order: 2
                ---
                As signed. The guide is {{ref:sec-guide}}; its closing questions {{ref:sec-guide-closing}}.

                Table: The signatures {#tab-signatures}

                | Who | Signed |
                |---|---|
                | Residents | yes |
                """);
        Files.writeString(project.resolve("content/guide.md"), """
                ---
                id: guide
                title: The interview guide
                kind: appendix
                order: 1
                ---
                As asked.

                ## Opening

                How did you come here? The questions are in {{ref:tab-questions}}, the room in {{ref:fig-room}}.

                Table: The questions {#tab-questions}

                | Part | Questions |
                |---|--:|
                | Opening | 1 |

                ![The room](figures/room.png){#fig-room}

                Table: The prompts {#tab-prompts}

                | Prompt |
                |---|
                | Why? |

                ## Closing

                Anything else?
                """);
        // the article's own table: appendices' tables are numbered apart and do not move its numbers on
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.", """
                {{count:quotes}} quotes ({{ref:tab-sources}}).

                Table: The sources {#tab-sources}

                | Source | Threads |
                |---|--:|
                | Forum | 2 |
                """);
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/room.png"), weft.read.ImageFilesForTests.pngWithAlpha());
        TestProjects.addIssn(project);
        publication = TestProjects.publication(project);
    }

    @Test
    void the_web_page_prints_back_matter_after_the_sections_and_before_the_references_without_numbers() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("article > section").eachAttr("id")).containsSubsequence("sec-introduction", "sec-methods",
                "sec-results", "sec-discussion", "sec-acknowledgements", "sec-funding", "references", "sec-guide",
                "sec-consent");
        assertThat(page.select("#sec-introduction-title").text()).isEqualTo("1. Introduction");
        assertThat(page.select("#sec-acknowledgements-title").text()).isEqualTo("Acknowledgements");
        assertThat(page.select("#sec-funding h3").text()).isEqualTo("Competing interests");
        assertThat(page.select("nav.toc li").eachText()).containsSubsequence("1 Introduction", "Acknowledgements",
                "Funding", "Competing interests");
        assertThat(page.select("#sec-guide-title").text()).isEqualTo("Appendix A. The interview guide");
        assertThat(page.select("#sec-guide h3").eachText()).containsExactly("A.1 Opening", "A.2 Closing");
        assertThat(page.select("#sec-consent-title").text()).isEqualTo("Appendix B. The consent form");
        assertThat(page.select("#sec-consent p").text())
                .isEqualTo("As signed. The guide is Appendix A; its closing questions Section A.2.");
        assertThat(page.select("nav.toc li").eachText()).containsSubsequence("Funding", "References",
                "Appendix A The interview guide",
                "A.1 Opening", "Appendix B The consent form");
        Element thanks = page.expectFirst("#sec-acknowledgements p");
        assertThat(thanks.text()).isEqualTo("We thank the residents. Funding is in Funding, the methods in Section 2.");
        assertThat(thanks.select("a.xref").eachAttr("href")).containsExactly("#sec-funding", "#sec-methods");
    }

    @Test
    void an_appendix_numbers_its_tables_and_figures_after_its_letter_and_the_article_numbers_its_own_on() throws Exception {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("#sec-methods table caption").text()).startsWith("Table 1. The sources");
        assertThat(page.select("#sec-results table caption").text()).startsWith("Table 2.");
        assertThat(page.select("#sec-guide table caption").eachText()).containsExactly("Table A1. The questions",
                "Table A2. The prompts");
        assertThat(page.select("#sec-guide figcaption").eachText()).containsExactly("Figure A1. The room");
        assertThat(page.select("#sec-consent table caption").eachText()).containsExactly("Table B1. The signatures");
        assertThat(page.select("#sec-results figcaption").text()).startsWith("Figure 1.");
        Element opening = page.expectFirst("#sec-guide-opening + p");
        assertThat(opening.text()).isEqualTo("How did you come here? The questions are in Table A1, the room in Figure A1.");
        assertThat(opening.select("a.xref").eachAttr("href")).containsExactly("#tab-questions", "#fig-room");

        String text = TestProjects.pdfText(publication.files().get("article.pdf"));
        assertThat(text).contains("Table A1. The questions", "Figure A1. The room", "Table B1. The signatures");
        // each appendix begins a page of its own in the PDF
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            int references = firstPageWith(pdf, "References");
            int guide = firstPageWith(pdf, "Appendix A. The interview guide");
            int consent = firstPageWith(pdf, "Appendix B. The consent form");
            assertThat(guide).isGreaterThan(references);
            assertThat(consent).isGreaterThan(guide);
            // after the running header ("… Page 3 of 4"), the appendix's title first
            assertThat(pageText(pdf, guide).replaceFirst("^.*? Page \\d+ of \\d+ ", "")).startsWith("Appendix A. The interview guide");
            assertThat(pageText(pdf, consent).replaceFirst("^.*? Page \\d+ of \\d+ ", "")).startsWith("Appendix B. The consent form");
        }
        String jats = publication.text("article.jats.xml");
        org.jsoup.nodes.Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("app#sec-guide table-wrap > label").eachText()).containsExactly("Table A1", "Table A2");
        assertThat(xml.select("app#sec-guide fig > label").eachText()).containsExactly("Figure A1");
    }

    private static int firstPageWith(PDDocument pdf, String text) throws java.io.IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pageText(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    private static String pageText(PDDocument pdf, int page) throws java.io.IOException {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void the_pdf_word_and_jats_print_it_so_too() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).containsExactly("Abstract", "1. Introduction", "2. Methods", "3. Results", "4. Discussion",
                    "Acknowledgements", "Funding", "References", "Appendix A. The interview guide",
                    "Appendix B. The consent form");
        }
        String text = TestProjects.pdfText(publication.files().get("article.pdf"));
        assertThat(text.indexOf("Acknowledgements We thank")).isGreaterThan(text.indexOf("Discussion"))
                .isLessThan(text.indexOf("References"));
        assertThat(text.indexOf("Appendix A. The interview guide As asked.")).isGreaterThan(text.lastIndexOf("References"));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsSubsequence("1. Introduction", "Acknowledgements", "Funding",
                    "Competing interests", "References", "Appendix A. The interview guide", "A.1 Opening",
                    "Appendix B. The consent form");
            // each appendix begins a page, as in the PDF; nothing before them does
            assertThat(docx.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).map(XWPFParagraph::getText))
                    .containsExactly("Appendix A. The interview guide", "Appendix B. The consent form");
        }

        String jats = publication.text("article.jats.xml");
        org.jsoup.nodes.Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("body > sec").eachAttr("id")).doesNotContain("sec-acknowledgements", "sec-funding");
        assertThat(xml.expectFirst("back > ack > title").text()).isEqualTo("Acknowledgements");
        assertThat(xml.select("back > ack > label")).isEmpty();
        assertThat(xml.select("back > sec#sec-funding > sec > title").text()).isEqualTo("Competing interests");
        assertThat(xml.select("back > *").eachAttr("id")).startsWith("sec-acknowledgements", "sec-funding");
        assertThat(xml.select("back > *").stream().map(Element::tagName)).containsExactly("ack", "sec", "ref-list",
                "app-group");
        assertThat(xml.select("back > app-group > app").eachAttr("id")).containsExactly("sec-guide", "sec-consent");
        assertThat(xml.select("back > app-group > app > label").eachText()).containsExactly("Appendix A", "Appendix B");
        assertThat(xml.select("app#sec-guide > sec > label").eachText()).containsExactly("A.1", "A.2");
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

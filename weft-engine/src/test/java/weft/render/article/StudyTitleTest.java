package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The study's title (study.yaml) is Markdown within a line, as a section's is: a species or a foreign word in
 * italics, a formula's subscript. Printed so where a title can be (the article's heading, the PDF, Word, JATS, the
 * project site's home page, a translated title), in plain words where only words go (the page's title, the metadata,
 * the citations, the evidence pages' headers). The short title is the running head of the PDF's and the Word
 * document's pages, the JATS's alt-title and the citations' short title.
 */
class StudyTitleTest {

    static final String TITLE = "Living with *hikikomori*: CO~2~ and \\\"home\\\"";
    static final String PLAIN = "Living with hikikomori: CO2 and \u201Chome\u201D";

    @TempDir
    static Path temp;
    static Path project;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "title: \"Sharing meals in shared housing\"",
                "title: \"" + TITLE + "\"\nshortTitle: \"*Hikikomori* and home\"");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "keywords: [Meals, Housing]", """
                keywords: [Meals, Housing]
                translations:
                  - language: fi
                    title: "Elämää *hikikomorina*"
                    keywords: [Ateriat]""");
        TestProjects.addIssn(project);
        publication = TestProjects.publication(project);
    }

    @Test
    void the_web_page_prints_the_titles_emphasis_in_its_heading_and_plain_words_in_its_title_and_metadata() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.expectFirst("h1").html()).isEqualTo("Living with <em>hikikomori</em>: CO<sub>2</sub> and \u201Chome\u201D");
        assertThat(page.title()).isEqualTo(PLAIN);
        assertThat(page.select("meta[name=citation_title]").attr("content")).isEqualTo(PLAIN);
        assertThat(page.expectFirst("p.translated-title").html()).isEqualTo("Elämää <em>hikikomorina</em>");
        assertThat(page.html()).doesNotContain("*hikikomori*", "~2~");
    }

    @Test
    void the_pdf_word_and_jats_print_it_so_too_and_their_metadata_in_plain_words() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PLAIN);
        }
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains(PLAIN).doesNotContain("*hikikomori*", "~2~");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            XWPFParagraph title = docx.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            assertThat(title.getText()).isEqualTo(PLAIN);
            assertThat(title.getRuns()).filteredOn(r -> r.text().equals("hikikomori")).singleElement()
                    .matches(XWPFRun::isItalic);
            assertThat(title.getRuns()).filteredOn(r -> r.text().startsWith("Living")).allMatch(r -> !r.isItalic());
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(PLAIN);
            // the translated title is an italic paragraph: what its Markdown emphasises stands upright in it
            XWPFParagraph translated = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Elämää"))
                    .findFirst().orElseThrow();
            assertThat(translated.getRuns()).filteredOn(r -> r.text().equals("hikikomorina")).singleElement()
                    .matches(r -> !r.isItalic());
            assertThat(translated.getRuns()).filteredOn(r -> r.text().startsWith("Elämää")).allMatch(XWPFRun::isItalic);
        }

        String jats = publication.text("article.jats.xml");
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.expectFirst("article-meta > title-group > article-title").outerHtml())
                .isEqualTo("<article-title>Living with <italic>hikikomori</italic>: CO<sub>2</sub> and \u201Chome\u201D</article-title>");
        assertThat(xml.expectFirst("trans-title-group[xml:lang=fi] > trans-title").outerHtml())
                .isEqualTo("<trans-title>Elämää <italic>hikikomorina</italic></trans-title>");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void the_short_title_is_the_running_head_of_the_pdf_and_word_pages_and_the_jats_alt_title() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf).lines().findFirst().orElse("")).as("page %d", page)
                        .isEqualTo("Journal of Examples · 2024, Vol. 3, No. 1 Hikikomori and home");
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            assertThat(docx.getHeaderList()).singleElement().satisfies(h -> {
                assertThat(h.getText().strip()).isEqualTo("Hikikomori and home");
                assertThat(h.getParagraphs().get(0).getRuns()).filteredOn(r -> r.text().equals("Hikikomori"))
                        .singleElement().matches(XWPFRun::isItalic);
            });
            assertThat(docx.getFooterList()).singleElement()
                    .satisfies(f -> assertThat(f.getParagraphs().get(0).getCTP().xmlText()).contains("w:instr=\"PAGE\""));
        }
        Document xml = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(xml.expectFirst("title-group > alt-title[alt-title-type=running-head]").outerHtml())
                .isEqualTo("<alt-title alt-title-type=\"running-head\"><italic>Hikikomori</italic> and home</alt-title>");
        assertThat(Jsoup.parse(publication.text("index.html")).expectFirst("pre.cite-bibtex").text())
                .contains("shorttitle = {Hikikomori and home}");
    }

    @Test
    void citations_and_the_evidence_pages_give_the_title_in_plain_words() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.expectFirst("pre.cite-bibtex").text()).contains("title = {" + PLAIN + "}");
        assertThat(page.expectFirst("p.cite-reference").text()).contains(PLAIN);
        Document evidence = Jsoup.parse(publication.text("evidence/index.html"));
        assertThat(evidence.title()).endsWith(" \u2014 " + PLAIN);
    }

    @Test
    void the_project_sites_home_page_prints_it_as_the_article_does_and_its_citation_files_in_plain_words() {
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        OutputFiles pages = result.sitePages().orElseThrow();
        Document home = Jsoup.parse(pages.text(weft.render.site.SitePagesWriter.HOME), "", Parser.xmlParser());
        assertThat(home.expectFirst("h1").html()).isEqualTo("Living with <em>hikikomori</em>: CO<sub>2</sub> and \u201Chome\u201D");
        assertThat(home.expectFirst("title").text()).isEqualTo(PLAIN);
        assertThat(pages.text(weft.render.site.SitePagesWriter.CITATION_CFF)).contains("title: \"" + PLAIN + "\"");
        assertThat(pages.text(weft.render.site.SitePagesWriter.BIBTEX)).contains("title = {" + PLAIN + "}");
    }
}

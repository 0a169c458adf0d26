package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostics;
import weft.model.Quote;
import weft.model.Study;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.support.TestProjects;

/** The default study's article.pdf as a reader, an archivist and a screen reader meet it. */
class ArticlePdfTest {

    static final String TITLE = "Meaning of the family and family communication \u2014 Experiences of Hikikomoris";
    static final String VENUE = "Clinical Nursing Studies \u00B7 2021, Vol. 9, No. 2";

    static BuildResult result;
    static OutputFiles publication;
    static PdfFile pdf;
    static Document html;

    @BeforeAll
    static void build() {
        result = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        publication = result.publication().orElseThrow();
        assertThat(publication.files()).containsKey(OutputNames.PDF);
        pdf = new PdfFile(publication.files().get(OutputNames.PDF));
        html = Jsoup.parse(publication.text("index.html"));
    }

    @Test
    void the_renderer_has_nothing_to_warn_about() {
        assertThat(result.diagnostics()).noneMatch(d -> d.toString().contains("article-print.ftlh"));
    }

    @Test
    void the_title_is_the_one_H1_and_the_sections_are_H2_of_the_tag_structure() {
        List<PdfFile.Tag> headings = pdf.headings();
        assertThat(headings).filteredOn(h -> h.type().equals("H1")).extracting(PdfFile.Tag::text).containsExactly(TITLE);
        assertThat(headings).filteredOn(h -> h.type().equals("H2")).extracting(PdfFile.Tag::text).containsExactly(
                "Abstract", "1. Introduction", "2. Methods", "3. Results", "4. Discussion", "5. Conclusions", "References");
        assertThat(headings).filteredOn(h -> h.type().equals("H3")).extracting(PdfFile.Tag::text).contains(
                "2.1 Participants", "3.1 Meaning of the family for coping", "3.4 Challenges in the family situation and dynamics");
        assertThat(headings).filteredOn(h -> h.type().equals("H4")).extracting(PdfFile.Tag::text)
                .containsExactly("3.2 Appreciation of family as a support to one\u2019s coping",
                        "3.3 Protecting the cohesion of the nuclear family", "3.5 Poor family dynamics",
                        "3.6 Harmful and abusive experiences",
                        "3.7 The family\u2019s socioeconomic status as a background for one\u2019s failure");
    }

    @Test
    void every_heading_of_the_html_article_appears_in_the_same_order() {
        List<String> expected = html.select("section.section h2, section.section h3, section.section h4").eachText();
        assertThat(expected).hasSizeGreaterThan(15);
        String text = pdf.text();
        int from = 0;
        for (String heading : expected) {
            int at = text.indexOf(heading, from);
            assertThat(at).as("'%s' after position %d", heading, from).isGreaterThanOrEqualTo(0);
            from = at + heading.length();
        }
    }

    @Test
    void the_outline_mirrors_the_headings_and_leads_to_their_pages() {
        List<PdfFile.Bookmark> outline = pdf.outline();
        List<String> headings = pdf.headings().stream().filter(h -> !h.type().equals("H1"))
                .map(h -> (Integer.parseInt(h.type().substring(1)) - 2) + " " + h.text()).toList();
        assertThat(outline.stream().map(b -> b.depth() + " " + b.title()).toList()).isEqualTo(headings);
        List<String> pages = pdf.pages();
        for (PdfFile.Bookmark b : outline) {
            assertThat(b.page()).as(b.title()).isBetween(1, pages.size());
            assertThat(pages.get(b.page() - 1)).as("page %d of '%s'", b.page(), b.title()).contains(b.title());
        }
    }

    @Test
    void every_presented_quote_appears_in_quotation_marks() {
        List<Quote> presented = study().quotes().stream().filter(Quote::presented).toList();
        assertThat(presented).hasSize(46);
        String text = body();
        for (Quote q : presented) {
            assertThat(text).as(q.id()).contains("\u201C" + PdfFile.normalise(q.text()) + "\u201D");
        }
    }

    @Test
    void every_page_is_A4_with_the_running_header_and_its_number() throws IOException {
        List<String> pages = pdf.pages();
        assertThat(pages.size()).as("pages").isBetween(10, 24);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1)
                    .startsWith(VENUE).endsWith("Page " + (i + 1) + " of " + pages.size());
        }
        try (PDDocument doc = pdf.open()) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, within(0.5f));
            }
        }
    }

    @Test
    void the_document_metadata_names_the_article() throws IOException {
        try (PDDocument doc = pdf.open()) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(TITLE);
            assertThat(info.getAuthor()).isEqualTo("Mari Salminen-Tuomaala; Ari Haasio; Hajime Naka");
            assertThat(info.getSubject()).isEqualTo(
                    "Original article. Clinical Nursing Studies, 2021, Vol. 9, No. 2. DOI 10.5430/cns.v9n2p1");
            assertThat(info.getKeywords()).isEqualTo("Family, Experience, Hikikomori, Socially withdrawn, Communication");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            // no SOURCE_DATE_EPOCH and no presentation.date: the date of publication
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2021-06-18T00:00:00Z"));
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Instant.parse("2021-06-18T00:00:00Z"));
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">" + TITLE + "</rdf:li>",
                    "<xmp:CreateDate>2021-06-18T00:00:00Z</xmp:CreateDate>", "<dc:language><rdf:Bag><rdf:li>en</rdf:li>",
                    "<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>");
        }
    }

    @Test
    void it_carries_the_inputs_and_the_manifest_as_associated_files() throws IOException {
        Path project = TestProjects.defaultStudy();
        List<String> inputs = new ProjectFiles(project, BuildOptions.DEFAULT_MAX_FILE_BYTES).allInputs();
        assertThat(inputs).contains("coded-data/study.yaml", "coded-data/coding-frame.yaml", "content/results.md");
        Map<String, PdfFile.Embedded> files = pdf.embeddedFiles();
        List<String> expected = new ArrayList<>(inputs);
        expected.add("manifest.json");
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pdf.associatedFiles()).containsExactlyInAnyOrderElementsOf(expected);
        for (String input : inputs) {
            assertThat(files.get(input).content()).as(input).isEqualTo(Files.readAllBytes(project.resolve(input)));
            assertThat(files.get(input).relationship()).isEqualTo("Source");
        }
        assertThat(files.get("coded-data/study.yaml").mimeType()).isEqualTo("application/yaml");
        assertThat(files.get("content/results.md").mimeType()).isEqualTo("text/markdown");
        assertThat(new String(files.get("manifest.json").content(), StandardCharsets.UTF_8))
                .isEqualTo(publication.text("manifest.json"));
        assertThat(files.get("manifest.json").relationship()).isEqualTo("Source");
    }

    @Test
    void links_lead_into_the_document_or_to_the_web_and_say_where() throws IOException {
        int internal = 0;
        try (PDDocument doc = pdf.open()) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    assertThat(link.getContents()).isNotBlank();
                    if (link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).startsWith("https://");
                    } else {
                        var destination = link.getDestination() != null ? link.getDestination()
                                : ((PDActionGoTo) link.getAction()).getDestination();
                        assertThat(destination).isInstanceOf(PDPageDestination.class);
                        internal++;
                    }
                }
            }
        }
        // the coding frame's table links each node to its heading, the prose its node mentions and citations
        assertThat(internal).isGreaterThan(23);
        assertThat(pdf.text()).doesNotContain("evidence/");
    }

    @Test
    void its_fonts_are_embedded_DejaVu_without_ligature_glyphs() throws IOException {
        try (PDDocument doc = pdf.open()) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
        assertThat(pdf.glyphs().codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count()).isZero();
        assertThat(pdf.text()).contains("Seinäjoki", "\u201Cgenuine presence\u201D", "30\u201332");
    }

    @Test
    void two_builds_give_the_same_bytes_and_the_source_date_epoch_dates_it() throws IOException {
        byte[] again = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults())
                .publication().orElseThrow().files().get(OutputNames.PDF);
        assertThat(again).isEqualTo(pdf.bytes);

        Instant epoch = Instant.parse("2024-05-06T07:08:09Z");
        byte[] dated = new Weft().render(TestProjects.defaultStudy(),
                BuildOptions.defaults().sourceDateEpoch(Optional.of(epoch))).publication().orElseThrow().files().get(OutputNames.PDF);
        try (PDDocument doc = new PdfFile(dated).open()) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(epoch);
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<xmp:ModifyDate>2024-05-06T07:08:09Z</xmp:ModifyDate>");
        }
    }

    /** The text of the pages without their running header and page number: a quote may run across a page break. */
    static String body() {
        List<String> pages = pdf.pages();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            String footer = "Page " + (i + 1) + " of " + pages.size();
            assertThat(page).startsWith(VENUE).endsWith(footer);
            body.append(page, VENUE.length(), page.length() - footer.length()).append(' ');
        }
        return PdfFile.normalise(body.toString());
    }

    static Study study() {
        return new StudyReader(new SchemaChecker())
                .read(new ProjectFiles(TestProjects.defaultStudy(), BuildOptions.DEFAULT_MAX_FILE_BYTES), new Diagnostics())
                .orElseThrow();
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The evidence as one PDF (presentation.evidencePdf), for a journal's supplementary material: every node in tree order
 * with the quotes coded to it, each with where it comes from and where the article presents it; an outline that is the
 * coding frame; links that stay within the PDF.
 */
class EvidencePdfTest {

    @TempDir
    static Path temp;
    static Path project;
    static OutputFiles publication;
    static String text;

    @BeforeAll
    static void build() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        publication = result.publication().orElseThrow();
        text = TestProjects.pdfText(publication.files().get("evidence.pdf")).replaceAll("\\s+", " ");
    }

    @Test
    void every_node_is_there_in_tree_order_with_the_quotes_coded_to_it() {
        List<String> labels = List.of("Togetherness at the table", "Cooking together", "Eating together", "Friction over food", "Unwashed dishes");
        int at = text.indexOf("Coding frame");
        assertThat(at).isNotNegative();
        int table = text.indexOf("Unwashed dishes", at); // the table of the frame first, then the nodes' sections
        int last = table;
        for (String label : labels) {
            int found = text.indexOf(label, last + 1);
            assertThat(found).as(label).isGreaterThan(last);
            last = found;
        }
        // each quote under its node, as written (its markup-like text as text), with its source and where it is presented
        assertThat(text.indexOf("We cook on Sundays & everyone brings <something>", text.indexOf("Cooking together", table)))
                .isPositive().isLessThan(text.indexOf("Eating together", table + 1));
        // a translated quote with its original wording, in its language's quotation marks; one whose original is not in the data
        assertThat(text).contains("We cook on Sundays & everyone brings <something>\u201D Translated from Finnish. Original text"
                + " (Finnish): \u201DKokkaamme sunnuntaisin\u201D we-cook");
        assertThat(text).contains("The evenings at the table are long and good.\u201D Translated from Finnish. The original"
                + " wording is not part of the data. long-evenings");
        assertThat(text).contains("Source: Thread: Sunday meals; Message: 12",
                "Source: Not recorded. The article does not report the thread.", "Evidence only");
        // a quote coded to two nodes is under both, each time naming both
        assertThat(text.split("The sink is always full\\.", -1)).hasSize(3);
        assertThat(text).contains("Coded to: Unwashed dishes; 3.2 Friction over food");
    }

    @Test
    void each_place_in_the_article_gives_the_page_of_article_pdf_it_is_on() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("we-cook · In the article: ([^·]*?), p\\. (\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        int page = Integer.parseInt(m.group(2));
        try (PDDocument article = Loader.loadPDF(publication.files().get("article.pdf"))) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            assertThat(stripper.getText(article).replaceAll("\\s+", " ")).contains("We cook on Sundays");
        }
        assertThat(text).containsPattern("In the article: 3\\.1 Togetherness at the table, p\\. \\d+ \\(its heading\\)");
    }

    @Test
    void its_outline_is_the_coding_frame_and_its_links_stay_within_it() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("evidence.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                for (PDOutlineItem child : item.children()) {
                    outline.add("  " + child.getTitle());
                }
            }
            assertThat(outline).startsWith("Coding frame", "3.1 Togetherness at the table", "  Cooking together");
            int links = 0;
            for (var page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        assertThat(link.getAction()).as("a link within the PDF").isInstanceOf(PDActionGoTo.class);
                    }
                }
            }
            assertThat(links).isPositive();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Evidence: Sharing meals in shared housing");
        }
    }

    @Test
    void the_overview_links_to_it_and_a_study_that_does_not_ask_has_none() {
        assertThat(Jsoup.parse(publication.text("evidence/index.html")).select("a[href=../evidence.pdf]")).hasSize(1);
        OutputFiles plain = TestProjects.render(TestProjects.fixture("mini-study")).publication().orElseThrow();
        assertThat(plain.files()).doesNotContainKey("evidence.pdf");
        assertThat(plain.text("evidence/index.html")).doesNotContain("evidence.pdf");
    }

    @Test
    void a_participants_attributes_are_given_with_their_quote(@TempDir Path interviews) throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("interview-study"), interviews.resolve("study"));
        TestProjects.replaceIn(study.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        String pdf = TestProjects.pdfText(TestProjects.publication(study).files().get("evidence.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("It turned out we share a stairwell.\u201D same-stairwell \u00B7 Participant 31F77 (group:"
                + " Resident, sex: Female, age: 77)");
    }

    @Test
    void the_same_input_gives_the_same_bytes() throws Exception {
        byte[] again = new Weft().render(project, BuildOptions.defaults()).publication().orElseThrow().files().get("evidence.pdf");
        assertThat(again).isEqualTo(publication.files().get("evidence.pdf"));
        assertThat(Files.exists(project)).isTrue();
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's example lists, as linguists and discourse analysts number the utterances they discuss: {@code (@)} and
 * {@code (@label)} items numbered on through the article in print order (the appendix's last, though its file comes
 * first), {@code (@label)} in the text printing the item's number, a reference to a later item and from a later
 * section too, in every format; a label used twice is an error, one too long to number a warning, and neither
 * marker nor reference is taken for a social-media handle.
 */
class ExampleListsTest {

    @TempDir
    static Path temp;
    static BuildResult result;
    static OutputFiles publication;

    @BeforeAll
    static void build() {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), """

                Two utterances show it:

                (@meal) We always eat together on Sundays.
                (@) Nobody cooks on weekdays.

                As (@meal) shows, and unlike (@late), meals matter.

                (@late) Dinner is late again.
                """);
        TestProjects.writeSection(project, "guide", "Interview guide", "appendix", 1, """
                (@pilot) How was dinner?

                As (@pilot) and (@meal) ask.
                """);
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "Practical points:",
                "Recall (@meal) and (@late).\n\nPractical points:");
        result = TestProjects.built(project);
        publication = result.publication().orElseThrow();
    }

    @Test
    void the_items_are_numbered_through_the_article_and_the_references_print_their_numbers() {
        Document page = Jsoup.parse(publication.text("index.html"));
        List<Element> lists = page.select("#sec-methods ol");
        assertThat(lists).extracting(ol -> ol.attr("start") + ":" + ol.children().eachText()).containsExactly(
                ":[We always eat together on Sundays., Nobody cooks on weekdays.]", "3:[Dinner is late again.]");
        assertThat(page.select("#sec-methods p").eachText()).contains("As (1) shows, and unlike (3), meals matter.");
        assertThat(page.select("#sec-discussion p").eachText()).contains("Recall (1) and (3).");
        assertThat(page.select("#sec-guide ol").attr("start")).as("the appendix's, printed last").isEqualTo("4");
        assertThat(page.select("#sec-guide p").eachText()).contains("As (4) and (1) ask.");
        assertThat(page.text()).doesNotContain("(@");
    }

    @Test
    void no_marker_or_reference_is_taken_for_a_handle() {
        assertThat(TestProjects.diagnostics(result)).isEmpty();
    }

    @Test
    void the_pdf_word_and_jats_number_them_alike() throws Exception {
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).containsSubsequence(
                "1. We always eat together on Sundays.", "2. Nobody cooks on weekdays.",
                "As (1) shows, and unlike (3), meals matter.", "3. Dinner is late again.", "Recall (1) and (3).",
                "4. How was dinner?", "As (4) and (1) ask.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            XWPFParagraph late = doc.getParagraphs().stream().filter(p -> p.getText().equals("Dinner is late again."))
                    .findFirst().orElseThrow();
            assertThat(doc.getNumbering().getNum(late.getNumID()).getCTNum().getLvlOverrideArray(0).getStartOverride()
                    .getVal().intValue()).isEqualTo(3);
        }
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<list-item><label>3.</label><p>Dinner is late again.</p>",
                "<p>As (1) shows, and unlike (3), meals matter.</p>");
    }

    @Test
    void a_label_used_twice_is_an_error_and_one_too_long_to_number_a_warning(@TempDir Path other) {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                (@twice) One.

                (@twice) Two.

                (@averyverylonglabel) Three.
                """);
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly(
                "ERROR content/methods.md:11:1: the example label '(@twice)' is already used at content/methods.md:9:1:"
                        + " give each example its own label",
                "WARNING content/methods.md:13:1: Pandoc's example list item ('(@averyverylonglabel)') is not read: Weft"
                        + " numbers (@label) items whose label has at most 11 characters, and (@) items up to the 99th;"
                        + " this one is printed as written, marker and all: give it a shorter label");
    }
}

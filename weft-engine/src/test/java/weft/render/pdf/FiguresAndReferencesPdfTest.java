package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static weft.support.PdfStructure.elements;
import static weft.support.PdfStructure.pageOf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/** The default study's PDF carries the same numbered figure, table, cross-references and reference list as the HTML. */
class FiguresAndReferencesPdfTest {

    static PdfFile pdf;

    @BeforeAll
    static void build() {
        BuildResult result = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        pdf = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
    }

    @Test
    void the_methods_refer_to_figure_1_and_table_1_and_both_are_captioned_with_their_numbers() {
        String text = pdf.text();
        assertThat(text).contains("The coding frame is shown in Figure 1 and summarised with its quote counts in Table 1.")
                .contains("Figure 1. The coding frame as a tree, from main category to sub-category.")
                .contains("Table 1. The coding frame: main category, category, sub-category");
    }

    @Test
    void the_figure_is_drawn_on_one_page_with_its_caption_and_described_for_screen_readers() throws IOException {
        List<String> pages = pdf.pages();
        assertThat(pages.stream().filter(p -> p.contains("Figure 1. The coding frame as a tree"))).hasSize(1);
        try (PDDocument doc = pdf.open()) {
            List<PDStructureElement> figures = elements(doc, "Figure");
            assertThat(figures).hasSize(1);
            assertThat(figures.get(0).getAlternateDescription()).startsWith("The coding frame as a tree")
                    .contains("Main category 3.1 Meaning of the family for coping (11 quotes)",
                            "Sub-category Parents\u2019 poor socioeconomic situation (2 quotes)");
            // one piece of marked content, on the page of the caption: the figure is not split across pages
            assertThat(figures.get(0).getKids()).hasSize(1);
            int page = doc.getPages().indexOf(pageOf(figures.get(0)));
            assertThat(pages.get(page)).contains("Figure 1. The coding frame as a tree");
        }
    }

    @Test
    void the_figures_words_are_text_inside_its_box_which_a_reader_can_select_and_search() throws IOException {
        try (PDDocument doc = pdf.open()) {
            PDStructureElement figure = elements(doc, "Figure").get(0);
            PDPage page = pageOf(figure);
            COSDictionary layout = (COSDictionary) figure.getAttributes().getObject(0).getCOSObject();
            PDRectangle box = new PDRectangle(layout.getCOSArray(COSName.BBOX));
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float top = page.getMediaBox().getHeight() - box.getUpperRightY();
            stripper.addRegion("figure", new Rectangle2D.Float(box.getLowerLeftX(), top, box.getWidth(), box.getHeight()));
            stripper.extractRegions(page);
            String words = stripper.getTextForRegion("figure").replaceAll("\\s+", " ");
            assertThat(words).contains("Main category", "Sub-category", "3.1 Meaning of the", "family for coping",
                    "Parents\u2019 poor socioeconomic situation", "Family violence")
                    .doesNotContain("Figure 1."); // the caption is below the box
        }
    }

    @Test
    void the_reference_list_has_the_75_entries_in_the_articles_order() throws IOException {
        try (PDDocument doc = pdf.open()) {
            assertThat(elements(doc, "L")).anySatisfy(list -> assertThat(list.getKids()).hasSize(75));
        }
        String text = pdf.text();
        String references = text.substring(text.lastIndexOf("References"));
        int at = 0;
        for (int i = 1; i <= 75; i++) {
            Matcher m = Pattern.compile("\\b" + i + "\\. (Reference " + i + " of the published article|[A-Za-z])").matcher(references);
            assertThat(m.find(at)).as("entry %d", i).isTrue();
            at = m.end();
        }
        assertThat(references).contains("36. Saito T. Social Withdrawal: A Neverending Adolescence")
                .contains("Unverified.").contains("Incomplete. Pages unknown.");
    }
}

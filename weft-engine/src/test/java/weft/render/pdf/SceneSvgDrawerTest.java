package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import weft.cache.BuildCache;
import weft.render.figure.Scene;

/**
 * The PDF's own figures are painted from their marks, their words set as text a reader can select and search; words
 * the PDF's faces cannot set as text (right to left, or in a study's font) are still drawn, as outlines; any other SVG,
 * and an SVG that only looks like a figure of the document, is drawn by Batik, as before.
 */
class SceneSvgDrawerTest {

    private static final String PROSE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\""
            + " viewBox=\"0 0 200 60\"><rect x=\"0\" y=\"0\" width=\"200\" height=\"60\" fill=\"#000000\"/>"
            + "<text x=\"10\" y=\"30\" font-size=\"12\" fill=\"#ffffff\">Drawn by Batik</text></svg>";

    @Test
    void a_figures_words_are_text_in_the_pdf_in_its_faces() throws IOException {
        Scene scene = scene("fig-a", "Zebra crossing", "Quiet street");
        PdfFile pdf = render(scene.svg(), Map.of(scene.id(), scene));
        assertThat(pdf.text()).contains("Zebra crossing", "Quiet street", "7");
        // the text is in the PDF's embedded faces, tagged inside the figure: still PDF/UA-1 and PDF/A-3a
        assertThat(pdf.validate(PDFAFlavour.PDFUA_1).failures()).isEmpty();
        assertThat(pdf.validate(PDFAFlavour.PDFA_3_A).failures()).isEmpty();
    }

    @Test
    void without_its_scene_the_same_svg_is_drawn_by_batik_whose_words_are_outlines() throws IOException {
        Scene scene = scene("fig-a", "Zebra crossing", "Quiet street");
        PdfFile pdf = render(scene.svg(), Map.of());
        assertThat(pdf.text()).doesNotContain("Zebra crossing");
        assertThat(inked(pdf)).isGreaterThan(inked(render("", Map.of())));
    }

    @Test
    void an_svg_of_another_size_than_the_scene_of_its_title_is_not_taken_for_it() throws IOException {
        Scene scene = scene("fig-a", "Zebra crossing", "Quiet street");
        String resized = scene.svg().replace("viewBox=\"0 0 300 120\"", "viewBox=\"0 0 300 200\"");
        assertThat(resized).isNotEqualTo(scene.svg());
        assertThat(render(resized, Map.of(scene.id(), scene)).text()).doesNotContain("Zebra crossing");
    }

    @Test
    void words_written_right_to_left_are_drawn_as_outlines() throws IOException {
        Scene arabic = scene("fig-a", "\u0627\u0644\u0637\u0639\u0627\u0645", "");
        Scene blank = scene("fig-a", "", "");
        PdfFile pdf = render(arabic.svg(), Map.of(arabic.id(), arabic));
        assertThat(pdf.text()).doesNotContain("\u0627\u0644\u0637\u0639\u0627\u0645");
        assertThat(inked(pdf)).isGreaterThan(inked(render(blank.svg(), Map.of(blank.id(), blank))));
    }

    @Test
    void a_drawing_of_the_prose_beside_a_figure_is_still_drawn_by_batik() throws IOException {
        Scene scene = scene("fig-a", "Zebra crossing", "Quiet street");
        PdfFile both = render(scene.svg() + PROSE_SVG, Map.of(scene.id(), scene));
        PdfFile figureOnly = render(scene.svg(), Map.of(scene.id(), scene));
        assertThat(both.text()).contains("Zebra crossing").doesNotContain("Drawn by Batik");
        // the prose's drawing is a black rectangle of 200 by 60 pixels
        assertThat(inked(both) - inked(figureOnly)).isGreaterThan(100 * 40);
    }

    /** A figure of a box with a label, a bold count at its right end, and a line of italics below. */
    private static Scene scene(String id, String label, String italics) {
        return new Scene(id, "A figure", "A box", 300, 120, List.of(
                new Scene.Box(10, 10, 280, 60, "#eef3f8", "#34679a"),
                new Scene.Label(12, "#1a1a1a", false, false, List.of(new Scene.Line(20, 35, label))),
                new Scene.Text(280, 35, 11, true, true, "#555555", "7"),
                new Scene.Label(11, "#1a1a1a", false, true, List.of(new Scene.Line(20, 100, italics)))));
    }

    private static PdfFile render(String body, Map<String, Scene> scenes) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Figures</title>"
                + "<style>@page { size: A4; margin: 20mm } body { font-family: 'DejaVu Sans'; }"
                + " figure svg { display: block; width: auto; height: auto; max-width: 100% }</style></head>"
                + "<body><p>Figures</p><figure>" + body.replace("<svg ", "<svg alt=\"A figure\" ") + "</figure></body></html>";
        PdfRenderer.Result result = new PdfRenderer(StudyFonts.none(), BuildCache.none())
                .render(xhtml, scenes, List.of(), Instant.parse("2024-01-01T00:00:00Z"), false);
        return new PdfFile(result.pdf());
    }

    /** How many pixels of the first page, at 72 dpi, are dark. */
    private static long inked(PdfFile pdf) throws IOException {
        try (PDDocument doc = pdf.open()) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                        dark++;
                    }
                }
            }
            return dark;
        }
    }
}

package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * SVG text in the PDF is set in the DejaVu faces of Weft's jar, whatever fonts the machine has: text asking for a
 * family the machine has installed comes out exactly as text asking for the DejaVu face of its kind. (Without
 * Weft's fonts, openhtmltopdf's Batik draws every SVG text in the JVM's logical SansSerif, whatever the machine maps
 * that to.)
 */
class SvgFontsTest {

    static byte[] figure(String fontFamily, String weight) throws IOException {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Figure</title>
                <style>body { font-family: "DejaVu Serif"; }</style></head><body>
                <p>A figure.</p>
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60" alt="Saitō and Bäcker">
                <text x="4" y="30" font-family="%s" font-weight="%s" font-size="16">Saitō – “Bäcker” öffnen</text>
                </svg></body></html>
                """.formatted(fontFamily, weight);
        byte[] pdf = new PdfRenderer(StudyFonts.none(), weft.cache.BuildCache.none()).render(xhtml, Map.of(), List.of(), Instant.EPOCH, false).pdf();
        try (PDDocument doc = new PdfFile(pdf).open()) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    try (InputStream in = form.getContents()) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("the SVG was not drawn as a form");
    }

    @Test
    void text_in_families_the_machine_has_is_drawn_in_the_embedded_dejavu_faces() throws IOException {
        // Liberation comes with Chromium on Debian (fonts-liberation): Batik on its own would draw with it
        byte[] sans = figure("DejaVu Sans", "normal");
        assertThat(sans.length).isGreaterThan(500); // the glyphs' outlines
        assertThat(figure("Liberation Sans, Arial, sans-serif", "normal")).isEqualTo(sans);
        assertThat(figure("Nonexistent Grotesk", "normal")).isEqualTo(sans);
        assertThat(figure("Liberation Serif, serif", "normal")).isEqualTo(figure("DejaVu Serif", "normal")).isNotEqualTo(sans);
    }

    @Test
    void serif_bold_and_sans_are_different_faces() throws IOException {
        byte[] sans = figure("DejaVu Sans", "normal");
        assertThat(figure("serif", "normal")).isNotEqualTo(sans);
        assertThat(figure("DejaVu Sans", "bold")).isNotEqualTo(sans);
    }
}

package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import weft.read.SvgDrawing;
import weft.render.pdf.StudyFonts;
import weft.render.pdf.SvgFonts;

/**
 * The Word document's picture of an SVG figure sets its text in the PDF's fonts, not in whatever fonts the machine
 * has: a family named after an installed font (Liberation Serif, from Debian's fonts-liberation2, which the test
 * command installs) is drawn as DejaVu Serif, as the PDF draws it, so the picture is the same on every machine.
 */
class SvgPictureTest {

    private static byte[] drawing(String family) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"60\" viewBox=\"0 0 400 60\">"
                + "<text x=\"4\" y=\"40\" font-family=\"" + family + "\" font-size=\"30\">mmmmmmmmmm</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** How far right the text's ink reaches, in pixels. */
    private static int inkWidth(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int right = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    right = Math.max(right, x);
                }
            }
        }
        return right;
    }

    @Test
    void the_text_of_a_drawing_is_set_in_the_pdfs_fonts() throws Exception {
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")))
                .as("Debian's fonts-liberation2, installed by scripts/test.sh").isTrue();
        SvgFonts pdfFonts = new SvgFonts(StudyFonts.none());
        byte[] liberation = SvgDrawing.png(drawing("Liberation Serif"), 400, 60, pdfFonts);
        byte[] dejaVu = SvgDrawing.png(drawing("DejaVu Serif"), 400, 60, pdfFonts);
        assertThat(liberation).isEqualTo(dejaVu);
        // the JVM's own fonts would have drawn Liberation Serif, whose m is narrower than DejaVu Serif's
        assertThat(inkWidth(SvgDrawing.png(drawing("Liberation Serif"), 400, 60, null))).isLessThan(inkWidth(dejaVu) - 20);
    }
}

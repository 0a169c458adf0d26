package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import weft.cache.BuildCache;

/** The figure's picture in the Word document: as wide as the text, and no taller than a page (Word cannot split it). */
class FigureImageTest {

    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 "
                + width + " " + height + "\"><rect x=\"10\" y=\"10\" width=\"50\" height=\"50\" fill=\"#000\"/>"
                + "<text x=\"10\" y=\"90\" font-family=\"sans-serif\">Text</text></svg>";
    }

    @Test
    void a_wide_figure_is_as_wide_as_the_text() throws Exception {
        FigureImage.Png png = FigureImage.of(svg(680, 340), 451, 598, BuildCache.none());
        assertThat(png.widthPt()).isEqualTo(451);
        assertThat(png.heightPt()).isEqualTo(225.5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(1253); // 451 pt at 200 dpi
        assertThat(image.getRGB(100, 100)).isEqualTo(0xff000000); // the black square is drawn
    }

    @Test
    void a_tall_figure_is_made_smaller_to_fit_a_page_and_is_drawn_at_a_bounded_size() throws Exception {
        FigureImage.Png png = FigureImage.of(svg(680, 20000), 451, 598, BuildCache.none());
        assertThat(png.heightPt()).isEqualTo(598);
        assertThat(png.widthPt()).isCloseTo(598 * 680 / 20000.0, org.assertj.core.data.Offset.offset(0.001));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getHeight()).isLessThanOrEqualTo(4001);
    }

    @Test
    void the_same_svg_gives_the_same_png() throws Exception {
        assertThat(FigureImage.of(svg(680, 340), 451, 598, BuildCache.none()).bytes()).isEqualTo(FigureImage.of(svg(680, 340), 451, 598, BuildCache.none()).bytes());
    }
}

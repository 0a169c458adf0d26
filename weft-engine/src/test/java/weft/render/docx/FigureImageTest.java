package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.cache.BuildCache;
import weft.render.pdf.StudyFonts;
import weft.render.figure.Scene;
import weft.render.figure.TreeFigure;
import weft.render.figure.TreeNode;
import weft.render.manuscript.Block;
import weft.render.pdf.SvgFonts;
import weft.support.TestFonts;

/**
 * The figure's picture in the Word document: as wide as the text, no taller than a page (Word cannot split it), and
 * the same drawing as the figure's SVG, drawn for comparison by Batik (which draws SVG in the PDF, and drew this figure
 * there until the PDF painted it from its marks with the same painter).
 */
class FigureImageTest {

    private static Scene square(int width, int height) {
        return new Scene("f", "T", "", width, height, List.of(new Scene.Box(10, 10, 50, 50, "#000000", "#000000"),
                new Scene.Text(10, 90, 11, false, false, "#000000", "Text")));
    }

    private static Block.Drawing drawing(Scene scene) {
        return new Block.Drawing(scene.svg(), scene.title(), scene.description(), scene);
    }

    @Test
    void a_wide_figure_is_as_wide_as_the_text() throws Exception {
        FigureImage.Png png = FigureImage.of(drawing(square(680, 340)), 451, 598, StudyFonts.none(), BuildCache.none());
        assertThat(png.widthPt()).isEqualTo(451);
        assertThat(png.heightPt()).isEqualTo(225.5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(1253); // 451 pt at 200 dpi
        assertThat(image.getRGB(100, 100)).isEqualTo(0xff000000); // the black square is drawn
        assertThat(image.getRGB(100, 5)).isEqualTo(0xffffffff); // on white
    }

    @Test
    void a_tall_figure_is_made_smaller_to_fit_a_page_and_is_drawn_at_a_bounded_size() throws Exception {
        FigureImage.Png png = FigureImage.of(drawing(square(680, 20000)), 451, 598, StudyFonts.none(), BuildCache.none());
        assertThat(png.heightPt()).isEqualTo(598);
        assertThat(png.widthPt()).isCloseTo(598 * 680 / 20000.0, org.assertj.core.data.Offset.offset(0.001));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getHeight()).isLessThanOrEqualTo(4001);
    }

    @Test
    void the_same_figure_gives_the_same_png() {
        assertThat(FigureImage.of(drawing(square(680, 340)), 451, 598, StudyFonts.none(), BuildCache.none()).bytes())
                .isEqualTo(FigureImage.of(drawing(square(680, 340)), 451, 598, StudyFonts.none(), BuildCache.none()).bytes());
    }

    /**
     * A frame with every kind of mark: bold main categories, an italic label, labels of two lines, badges drawn from
     * their right end, connectors, a cut-off level's ellipsis, and letters beyond ASCII.
     */
    private static Scene frame() {
        List<TreeNode> roots = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<TreeNode> categories = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                List<TreeNode> subs = new ArrayList<>();
                for (int s = 0; s < 2; s++) {
                    TreeNode deep = new TreeNode("Syvä taso " + s, "", "1", "1 quote", false, List.of(new TreeNode("d", "",
                            "1", "1 quote", false, List.of(new TreeNode("e", "", "1", "1 quote", false, List.of(
                            new TreeNode("f", "", "1", "1 quote", false, List.of())))))));
                    subs.add(new TreeNode("Sub-category with a longer label that wraps over two lines " + r + c + s, "",
                            Integer.toString(10 + s), (10 + s) + " quotes", s == 1, List.of(deep)));
                }
                categories.add(new TreeNode("Category « é » " + c, "3." + r + "." + (c + 1), "33", "33 quotes", false, subs));
            }
            roots.add(new TreeNode("Main category " + r, "3." + r, "66", "66 quotes", false, categories));
        }
        return new TreeFigure().scene("f", "T", List.of("main category", "category", "sub-category"), roots);
    }

    /** A frame labelled in Japanese, which DejaVu lacks: bold main categories, an italic label, a mixed one. */
    private static Scene japaneseFrame() {
        List<TreeNode> roots = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<TreeNode> categories = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                categories.add(new TreeNode("食べ物をめぐる摩擦と台所の掃除 " + r + c + " Sunday meals", "3." + r + "." + (c + 1),
                        "12", "12 quotes", c == 1, List.of()));
            }
            roots.add(new TreeNode("家族と一緒の夕食 " + r, "3." + r, "36", "36 quotes", false, categories));
        }
        return new TreeFigure().scene("f", "T", List.of("main category", "category"), roots);
    }

    /**
     * With a font of the study's for Japanese, the picture sets the labels' Japanese in it, as Batik does from the SVG;
     * without, both draw DejaVu's empty boxes, which is another picture.
     */
    @Test
    void a_label_in_a_script_dejavu_lacks_is_painted_in_the_studys_font_as_batik_draws_it(@TempDir Path temp)
            throws Exception {
        StudyFonts fonts = TestFonts.japaneseFonts(temp);
        Scene frame = japaneseFrame();
        BufferedImage painted = ImageIO.read(new ByteArrayInputStream(
                FigureImage.of(drawing(frame), 451, 598, fonts, BuildCache.none()).bytes()));
        BufferedImage drawn = batik(frame.svg(), painted.getWidth(), fonts);
        double difference = largestTileDifference(painted, drawn, 24);
        System.out.printf("Japanese frame: painted against Batik %.1f%n", difference);
        assertThat(difference).as("painted and drawn with the study's font").isLessThan(10.0);
        BufferedImage withoutFont = ImageIO.read(new ByteArrayInputStream(
                FigureImage.of(drawing(frame), 451, 598, StudyFonts.none(), BuildCache.none()).bytes()));
        assertThat(largestTileDifference(withoutFont, drawn, 24)).as("painted without the study's font").isGreaterThan(15.0);
    }

    /**
     * Labels in Arabic and Hebrew (DejaVu Sans has both): joined, ordered right to left within a left-to-right line, the
     * number first, in the picture as in the PDF's figure; in italics slanted from the upright face where the oblique
     * one lacks the letters, as Batik does, not as empty boxes. Mirrored for a right-to-left article, the same.
     */
    @Test
    void labels_in_arabic_and_hebrew_are_painted_as_batik_draws_them() throws Exception {
        List<TreeNode> roots = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<TreeNode> categories = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                // the reconstructed (italic) labels in both scripts: DejaVu Sans Oblique lacks the Arabic letters
                String label = c == 1 && r == 1 ? "مشاكل حول الطعام " + r + c : "הערבים ליד השולחן " + r + c + " (evenings)";
                categories.add(new TreeNode(label, "3." + r + "." + (c + 1), "12", "12 quotes", c == 1, List.of()));
            }
            roots.add(new TreeNode("مشاكل حول الطعام " + r + " friction", "3." + r, "36", "36 quotes", false, categories));
        }
        Scene frame = new TreeFigure().scene("f", "T", List.of("main category", "category"), roots);
        for (Scene scene : List.of(frame, frame.mirrored())) {
            BufferedImage painted = ImageIO.read(new ByteArrayInputStream(
                    FigureImage.of(drawing(scene), 451, 598, StudyFonts.none(), BuildCache.none()).bytes()));
            // as the PDF's print document gives an SVG to Batik: its Arabic joined, a right-to-left one's anchors
            BufferedImage drawn = batik(weft.render.pdf.BatikFigures.prepare(scene.svg()), painted.getWidth());
            double difference = largestTileDifference(painted, drawn, 24);
            System.out.printf("Arabic and Hebrew frame%s: painted against Batik %.1f%n",
                    scene.rightToLeft() ? ", right to left" : "", difference);
            assertThat(difference).as("right to left: %s", scene.rightToLeft()).isLessThan(10.0);
        }
    }

    /** The SVG drawn by Batik with the PDF's fonts, at a given width in pixels. */
    private static BufferedImage batik(String svg, int width) throws Exception {
        return batik(svg, width, StudyFonts.none());
    }

    /** The SVG drawn by Batik with the PDF's fonts and the study's, at a given width in pixels. */
    private static BufferedImage batik(String svg, int width, StudyFonts fonts) throws Exception {
        BufferedImage[] drawn = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                drawn[0] = image;
            }

            @Override
            protected UserAgent createUserAgent() {
                return new SVGAbstractTranscoderUserAgent() {
                    @Override
                    public FontFamilyResolver getFontFamilyResolver() {
                        return new SvgFonts(fonts);
                    }
                };
            }
        };
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        return drawn[0];
    }

    /** The largest mean difference of a colour channel over any square of {@code tile} pixels, 0 to 255. */
    private static double largestTileDifference(BufferedImage a, BufferedImage b, int tile) {
        double largest = 0;
        for (int ty = 0; ty + tile <= a.getHeight(); ty += tile) {
            for (int tx = 0; tx + tile <= a.getWidth(); tx += tile) {
                long sum = 0;
                for (int y = ty; y < ty + tile; y++) {
                    for (int x = tx; x < tx + tile; x++) {
                        int p = a.getRGB(x, y);
                        int q = b.getRGB(x, y);
                        for (int shift = 0; shift <= 16; shift += 8) {
                            sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                        }
                    }
                }
                largest = Math.max(largest, sum / (3.0 * tile * tile));
            }
        }
        return largest;
    }

    @Test
    void the_picture_is_the_figure_as_batik_draws_its_svg_in_the_pdf() throws Exception {
        Scene frame = frame();
        BufferedImage painted = ImageIO.read(new ByteArrayInputStream(FigureImage.of(drawing(frame), 451, 598, StudyFonts.none(), BuildCache.none()).bytes()));
        BufferedImage drawn = batik(frame.svg(), painted.getWidth());
        assertThat(drawn.getHeight()).isEqualTo(painted.getHeight());
        double difference = largestTileDifference(painted, drawn, 24);
        // about 7 here: anti-aliased edges a fraction of a pixel apart; a square with a badge, a connector or the italic
        // face left out differs by 18 to 25
        assertThat(difference).as("the largest difference over a square of 24 pixels").isLessThan(10.0);
    }
}

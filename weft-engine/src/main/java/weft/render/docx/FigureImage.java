package weft.render.docx;

import com.pngencoder.PngEncoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import weft.cache.BuildCache;
import weft.cache.CacheKey;
import weft.cache.Codec;
import weft.render.figure.Scene;
import weft.render.manuscript.Block;
import weft.render.pdf.ScenePainter;
import weft.render.pdf.StudyFonts;

/**
 * The coding frame's figure as a PNG for Word: its marks painted by Java2D ({@link ScenePainter}, as the PDF paints
 * them), with the DejaVu faces of the jar (so that the image is the same on every machine), without parsing its SVG.
 */
final class FigureImage {

    /** The PNG and its size on the page, in points. */
    record Png(byte[] bytes, double widthPt, double heightPt) {

        static final Codec<Png> CODEC = new Codec<>() {
            @Override
            public void write(Png png, DataOutputStream out) throws IOException {
                Codec.BYTES.write(png.bytes(), out);
                out.writeDouble(png.widthPt());
                out.writeDouble(png.heightPt());
            }

            @Override
            public Png read(DataInputStream in) throws IOException {
                return new Png(Codec.BYTES.read(in), in.readDouble(), in.readDouble());
            }
        };
    }

    private static final double DPI = 200;
    /** At most this many pixels down: a tall tree is drawn at a lower resolution rather than as a huge image. */
    private static final double MAX_PIXELS_HIGH = 4000;
    /** Deflate's level: PNGs as small as ImageIO's, in less time (a figure is mostly runs of one colour). */
    private static final int COMPRESSION = 4;

    /**
     * The figure as large as fits in a box of {@code maxWidthPt} by {@code maxHeightPt} points (Word cannot break a
     * picture across pages, so a tall tree is made smaller to fit one), keeping its proportions; or the drawing
     * {@code cache} kept for the same figure and box.
     */
    static Png of(Block.Drawing drawing, double maxWidthPt, double maxHeightPt, StudyFonts fonts, BuildCache cache) {
        // the SVG, written already for the web page, stands for the marks it is written from
        CacheKey key = cache.key("figure-png").text(drawing.svg()).text(Double.toString(maxWidthPt))
                .text(Double.toString(maxHeightPt));
        if (!fonts.isEmpty()) { // so that a study without fonts of its own keeps its key
            key = key.text(fonts.fingerprint());
        }
        return cache.memo(key, Png.CODEC, () -> draw(drawing.scene(), maxWidthPt, maxHeightPt, fonts));
    }

    private static Png draw(Scene scene, double maxWidthPt, double maxHeightPt, StudyFonts fonts) {
        double ratio = (double) scene.height() / scene.width();
        double widthPt = Math.min(maxWidthPt, maxHeightPt / ratio);
        double heightPt = widthPt * ratio;
        double dpi = Math.min(DPI, MAX_PIXELS_HIGH / (heightPt / 72));
        int width = (int) Math.round(widthPt / 72 * dpi);
        double scale = (double) width / scene.width();
        BufferedImage image = new BufferedImage(width, (int) Math.round(scene.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            new ScenePainter(fonts, ScenePainter.Words.OUTLINES).paint(scene, g);
        } finally {
            g.dispose();
        }
        byte[] png = new PngEncoder().withBufferedImage(image).withMultiThreadedCompressionEnabled(false)
                .withCompressionLevel(COMPRESSION).withPredictorEncoding(false).toBytes();
        return new Png(png, widthPt, heightPt);
    }

    private FigureImage() {
    }
}

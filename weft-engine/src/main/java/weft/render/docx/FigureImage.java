package weft.render.docx;

import com.pngencoder.PngEncoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import weft.cache.BuildCache;
import weft.cache.CacheKey;
import weft.cache.Codec;
import weft.render.figure.Scene;
import weft.render.manuscript.Block;
import weft.render.pdf.StudyFonts;
import weft.render.pdf.SvgFonts;

/**
 * The coding frame's figure as a PNG for Word: its marks painted by Java2D, with the DejaVu faces the PDF's figure
 * uses (so that the image is the same on every machine), as Batik draws its SVG in the PDF, without parsing that SVG.
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
            g.setStroke(new BasicStroke(1f));
            scene.marks().forEach(mark -> paint(mark, g, fonts, scene.rightToLeft()));
        } finally {
            g.dispose();
        }
        byte[] png = new PngEncoder().withBufferedImage(image).withMultiThreadedCompressionEnabled(false)
                .withCompressionLevel(COMPRESSION).withPredictorEncoding(false).toBytes();
        return new Png(png, widthPt, heightPt);
    }

    /** Paints a mark; in a right-to-left figure a text runs right to left and its {@code x} is its start, its right end. */
    private static void paint(Scene.Mark mark, Graphics2D g, StudyFonts fonts, boolean rightToLeft) {
        if (mark instanceof Scene.Box b) {
            RoundRectangle2D box = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * Scene.CORNER,
                    2 * Scene.CORNER);
            g.setColor(Color.decode(b.fill()));
            g.fill(box);
            g.setColor(Color.decode(b.stroke()));
            g.draw(box);
        } else if (mark instanceof Scene.Connector c) {
            Path2D path = new Path2D.Double();
            path.moveTo(c.fromX(), c.fromY());
            path.lineTo(c.midX(), c.fromY());
            path.lineTo(c.midX(), c.toY());
            path.lineTo(c.toX(), c.toY());
            g.setColor(Color.decode(c.stroke()));
            g.draw(path);
        } else if (mark instanceof Scene.Text t) {
            g.setFont(SvgFonts.sans(t.bold(), false, t.size()));
            g.setColor(Color.decode(t.fill()));
            String text = Scene.drawn(t.text());
            TextLayout layout = layout(g, text, style(t.bold(), false), fonts, rightToLeft);
            double advance = layout == null || plain(g.getFont(), text, fonts, rightToLeft)
                    ? g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth() : layout.getAdvance();
            // the text's left end: its start is its left end left to right and its right end right to left
            fill(g, layout, t.anchorEnd() != rightToLeft ? t.x() - advance : t.x(), t.y());
        } else if (mark instanceof Scene.Label l) {
            g.setFont(SvgFonts.sans(l.bold(), l.italic(), l.size()));
            g.setColor(Color.decode(l.fill()));
            for (Scene.Line line : l.lines()) {
                TextLayout layout = layout(g, Scene.drawn(line.text()), style(l.bold(), l.italic()), fonts, rightToLeft);
                fill(g, layout, rightToLeft && layout != null ? line.x() - layout.getAdvance() : line.x(), line.y());
            }
        }
    }

    private static int style(boolean bold, boolean italic) {
        return (bold ? Font.BOLD : Font.PLAIN) | (italic ? Font.ITALIC : Font.PLAIN);
    }

    /**
     * A line of text in the graphics' font, each character that font lacks set in the first of the study's fonts that
     * has it, as the PDF's figure sets it: in {@code style}, emboldened or slanted by Java2D as Batik does, since a
     * study's font is one face; null for no text.
     */
    private static TextLayout layout(Graphics2D g, String text, int style, StudyFonts fonts, boolean rightToLeft) {
        if (text.isEmpty()) {
            return null;
        }
        Font base = g.getFont();
        if (plain(base, text, fonts, rightToLeft)) {
            return new TextLayout(text, base, g.getFontRenderContext());
        }
        AttributedString runs = new AttributedString(text);
        runs.addAttribute(TextAttribute.FONT, base);
        if (rightToLeft) { // the figure's direction, as the SVG sets it (Scene)
            runs.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        } else if (Scene.hasRightToLeft(text)) {
            runs.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_LTR);
        }
        Map<StudyFonts.Font, Font> sized = new HashMap<>(); // each study font at the text's size and style, made once
        // DejaVu Sans's oblique faces lack the Arabic and Hebrew letters its upright ones have: those are slanted
        Font upright = SvgFonts.sans((style & Font.BOLD) != 0, false, base.getSize2D()).deriveFont(style);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!base.canDisplay(cp) && upright.canDisplay(cp)) {
                runs.addAttribute(TextAttribute.FONT, upright, i, i + Character.charCount(cp));
                continue;
            }
            Optional<StudyFonts.Font> font = base.canDisplay(cp) ? Optional.empty() : fonts.forCodePoint(cp);
            if (font.isPresent()) {
                runs.addAttribute(TextAttribute.FONT, sized.computeIfAbsent(font.get(),
                        f -> f.awt().deriveFont(style, base.getSize2D())), i, i + Character.charCount(cp));
            }
        }
        return new TextLayout(runs.getIterator(), g.getFontRenderContext());
    }

    /**
     * Whether a text is set in the graphics' font alone, left to right: no study font, no right-to-left letter, not in a
     * right-to-left figure.
     */
    private static boolean plain(Font base, String text, StudyFonts fonts, boolean rightToLeft) {
        return (fonts.isEmpty() || base.canDisplayUpTo(text) < 0) && !Scene.hasRightToLeft(text) && !rightToLeft;
    }

    /** A line of text filled as the outlines of its glyphs, as Batik draws SVG text, rather than from hinted bitmaps. */
    private static void fill(Graphics2D g, TextLayout layout, double x, double y) {
        if (layout != null) {
            g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
        }
    }

    private FigureImage() {
    }
}

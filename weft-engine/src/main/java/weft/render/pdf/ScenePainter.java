package weft.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import weft.render.figure.Scene;

/**
 * Paints a figure's marks ({@link Scene}) with Java2D, in the DejaVu Sans faces the SVG names, every character DejaVu
 * lacks in the first of the study's fonts that has it: onto an image for the Word document, and onto the PDF's page
 * (see {@link SceneSvgDrawer}), so that the web page's SVG, the PDF and the Word picture draw the same boxes, lines and
 * words from one description.
 */
public final class ScenePainter {

    /** How the figure's words are painted. */
    public enum Words {
        /** As the outlines of their glyphs: on an image. */
        OUTLINES,
        /**
         * As text, in the PDF's own embedded faces, where a text is set in DejaVu Sans alone, left to right (it can be
         * selected, searched, read aloud and copied); else as outlines, set as on an image.
         */
        TEXT
    }

    /** DejaVu Sans's four faces as Java2D fonts of one unit, made from the jar's bytes once per JVM. */
    private static final class SansFaces {
        static final Font[] FACES = {awt("DejaVuSans.ttf"), awt("DejaVuSans-Bold.ttf"), awt("DejaVuSans-Oblique.ttf"),
                awt("DejaVuSans-BoldOblique.ttf")};

        private static Font awt(String file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(PdfFonts.bytes(file)));
            } catch (java.awt.FontFormatException | java.io.IOException e) {
                throw new IllegalStateException("cannot read font " + file, e);
            }
        }
    }

    /**
     * The face of DejaVu Sans that the figures' text is set in, as the SVG names it: the face itself, not a regular face
     * emboldened or slanted by AWT.
     */
    static Font sans(boolean bold, boolean italic, float size) {
        return SansFaces.FACES[(bold ? 1 : 0) + (italic ? 2 : 0)].deriveFont(size);
    }

    private final StudyFonts fonts;
    private final Words words;

    public ScenePainter(StudyFonts fonts, Words words) {
        this.fonts = fonts;
        this.words = words;
    }

    /** Paints {@code scene} on {@code g}, in the scene's units. */
    public void paint(Scene scene, Graphics2D g) {
        g.setStroke(new BasicStroke(1f));
        scene.marks().forEach(mark -> paint(mark, g, scene.rightToLeft()));
    }

    /** Paints a mark; in a right-to-left figure a text runs right to left and its {@code x} is its start, its right end. */
    private void paint(Scene.Mark mark, Graphics2D g, boolean rightToLeft) {
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
            g.setColor(Color.decode(t.fill()));
            Font face = sans(t.bold(), false, t.size());
            String text = Scene.drawn(t.text());
            if (text.isEmpty()) {
                return;
            }
            boolean plain = plain(face, text, rightToLeft);
            TextLayout layout = plain ? null : layout(g, face, text, style(t.bold(), false), rightToLeft);
            double advance = plain ? face.getStringBounds(text, g.getFontRenderContext()).getWidth() : layout.getAdvance();
            // the text's left end: its start is its left end left to right and its right end right to left
            double x = t.anchorEnd() != rightToLeft ? t.x() - advance : t.x();
            draw(g, face, style(t.bold(), false), text, layout, x, t.y());
        } else if (mark instanceof Scene.Label l) {
            g.setColor(Color.decode(l.fill()));
            Font face = sans(l.bold(), l.italic(), l.size());
            for (Scene.Line line : l.lines()) {
                String text = Scene.drawn(line.text());
                if (text.isEmpty()) {
                    continue;
                }
                boolean plain = plain(face, text, rightToLeft);
                TextLayout layout = plain ? null : layout(g, face, text, style(l.bold(), l.italic()), rightToLeft);
                draw(g, face, style(l.bold(), l.italic()), text, layout, rightToLeft ? line.x() - layout.getAdvance()
                        : line.x(), line.y());
            }
        }
    }

    /**
     * A line of text whose left end is at {@code x}: as text in {@code face} when it needs nothing else ({@code layout}
     * null) and the words are painted as text, else as the outlines of its glyphs, as Batik drew SVG text, rather than
     * from hinted bitmaps.
     */
    private void draw(Graphics2D g, Font face, int style, String text, TextLayout layout, double x, double y) {
        if (layout == null && words == Words.TEXT) {
            // the face's weight and posture as style bits, by which the PDF's text drawer picks its embedded face
            g.setFont(face.deriveFont(style, face.getSize2D()));
            g.drawString(text, (float) x, (float) y);
            return;
        }
        TextLayout line = layout != null ? layout : new TextLayout(text, face, g.getFontRenderContext());
        g.fill(line.getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    private static int style(boolean bold, boolean italic) {
        return (bold ? Font.BOLD : Font.PLAIN) | (italic ? Font.ITALIC : Font.PLAIN);
    }

    /**
     * A line of text in {@code base}, each character that face lacks set in the first of the study's fonts that has it:
     * in {@code style}, emboldened or slanted by Java2D, since a study's font is one face.
     */
    private TextLayout layout(Graphics2D g, Font base, String text, int style, boolean rightToLeft) {
        if (fonts.isEmpty() && !Scene.hasRightToLeft(text) && !rightToLeft) {
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
        Font upright = sans((style & Font.BOLD) != 0, false, base.getSize2D()).deriveFont(style);
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
     * Whether a text is set in {@code face} alone, left to right: no right-to-left letter, not in a right-to-left figure,
     * and the face has every character. On an image also where the study has no font for a character the face lacks
     * (its missing-glyph box is drawn either way); as PDF text not, for the PDF's text drawer would then fill the
     * outlines of a face it emboldens or slants once more.
     */
    private boolean plain(Font face, String text, boolean rightToLeft) {
        boolean inFace = face.canDisplayUpTo(text) < 0 || (words == Words.OUTLINES && fonts.isEmpty());
        return inFace && !Scene.hasRightToLeft(text) && !rightToLeft;
    }
}

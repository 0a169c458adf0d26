package weft.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.OpenHtmlGvtFont;
import com.openhtmltopdf.svgsupport.PDFTranscoder;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * The fonts of SVG text that Batik draws: in the PDF a drawing of the prose (the coding frame's figure is painted from
 * its marks, {@link SceneSvgDrawer}), and a drawing's picture in the Word document. Batik would otherwise set
 * {@code <text>} in whatever the machine's AWT finds for the family, so the drawing would differ from machine to
 * machine. Here every family resolves to the DejaVu faces of the jar: a serif family (serif, Times, Georgia …) to
 * DejaVu Serif, a monospaced one to DejaVu Sans Mono, any other to DejaVu Sans. Batik draws the glyphs as outlines
 * (the text is in the drawing's alternate text, not in the text layer).
 */
public final class SvgFonts extends PDFTranscoder.OpenHtmlFontResolver {

    /** The families are built from the jar's bytes once per JVM: they are constants, like the files. */
    private static final class Families {
        static final Family SANS = new Family(PdfFonts.SANS, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf");
        static final Family SERIF = new Family(PdfFonts.SERIF, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf");
        static final Family MONO = new Family(PdfFonts.MONO, "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
                "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf");
    }

    private final StudyFonts studyFonts;
    /** The study's fonts as Batik families, made when a character first needs one (each reads its font's bytes). */
    private final Map<StudyFonts.Font, Family> studyFamilies = new java.util.HashMap<>();

    public SvgFonts(StudyFonts studyFonts) {
        this.studyFonts = studyFonts;
    }

    /**
     * The SVG drawer of the PDF: no scripts, no external resources but a picture embedded in a drawing ({@code data:},
     * which an SVG figure may hold: see {@link weft.read.SvgFigure}; the renderer's own user agent reads nothing else
     * either), and these fonts, then the study's.
     */
    static SVGDrawer drawer(StudyFonts studyFonts) {
        return new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, java.util.Set.of("data")) {
            @Override
            public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
                // instead of @font-face rules: the print CSS has none
                this.fontResolver = new SvgFonts(studyFonts);
            }
        };
    }

    @Override
    public GVTFontFamily resolve(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        if (name.contains("mono") || name.contains("courier")) {
            return Families.MONO;
        }
        if ((name.contains("serif") && !name.contains("sans")) || name.contains("times") || name.contains("georgia")
                || name.contains("charter")) {
            return Families.SERIF;
        }
        return Families.SANS;
    }

    @Override
    public GVTFontFamily getDefault() {
        return Families.SANS;
    }

    /** For a character the figure's family lacks: DejaVu Sans if it has it, else the first of the study's fonts that does. */
    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
        if (Families.SANS.regular.canDisplay(c)) {
            return Families.SANS;
        }
        return studyFonts.forCodePoint(c).<GVTFontFamily>map(this::family).orElse(Families.SANS);
    }

    private synchronized Family family(StudyFonts.Font font) {
        return studyFamilies.computeIfAbsent(font, Family::new);
    }

    /** A DejaVu family for Batik: picks the bold and italic faces by the text's weight and posture. */
    private static final class Family implements GVTFontFamily {
        private final String name;
        private final GVTFont regular;
        private final GVTFont bold;
        private final GVTFont italic;
        private final GVTFont boldItalic;

        Family(String name, String regular, String bold, String italic, String boldItalic) {
            this.name = name;
            this.regular = face(PdfFonts.bytes(regular), regular);
            this.bold = face(PdfFonts.bytes(bold), bold);
            this.italic = face(PdfFonts.bytes(italic), italic);
            this.boldItalic = face(PdfFonts.bytes(boldItalic), boldItalic);
        }

        /** A family of one face, for every weight and posture: a font of the study's. */
        Family(StudyFonts.Font font) {
            this.name = font.family();
            this.regular = face(font.bytes(), font.path());
            this.bold = regular;
            this.italic = regular;
            this.boldItalic = regular;
        }

        /** A face as it is: no weight or posture, which would make AWT embolden or slant it a second time. */
        private GVTFont face(byte[] bytes, String file) {
            try {
                return new OpenHtmlGvtFont(bytes, this, 12f, null, null);
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot read font " + file, e);
            }
        }

        @Override
        public GVTFont deriveFont(float size, AttributedCharacterIterator text) {
            return deriveFont(size, text.getAttributes());
        }

        @Override
        @SuppressWarnings("rawtypes")
        public GVTFont deriveFont(float size, Map attributes) {
            Object weight = attributes.get(TextAttribute.WEIGHT);
            Object posture = attributes.get(TextAttribute.POSTURE);
            boolean isBold = weight instanceof Float w && w >= TextAttribute.WEIGHT_DEMIBOLD;
            boolean isItalic = posture instanceof Float p && p > 0f;
            GVTFont face = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
            return face.deriveFont(size);
        }

        @Override
        public String getFamilyName() {
            return name;
        }

        @Override
        public GVTFontFace getFontFace() {
            return new GVTFontFace(name);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }
}

package weft.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's fonts: DejaVu Serif, Sans and Sans Mono from the {@code net.sf.jasperreports:jasperreports-fonts} jar,
 * never the machine's, so that every build embeds the same glyphs. CSS names them by these family names.
 */
final class PdfFonts {

    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    /** One face of a family, as CSS selects it. */
    record Face(String file, String family, int weight, FontStyle style) {
    }

    static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", SERIF, 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC),
            new Face("DejaVuSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC),
            new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Oblique.ttf", MONO, 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono-BoldOblique.ttf", MONO, 700, FontStyle.ITALIC));

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    /** The font files are constants of the class path: read once per JVM. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    /**
     * Registers every DejaVu face, and each of the study's fonts under its own family, weight and posture (so that
     * print.css may name it); gives the fallbacks to add once the renderer is built. A face is parsed and embedded (as a
     * subset) only when the document uses it, once however many roles it has. A study font of a DejaVu family's name
     * does not take its place: the jar's faces keep the name. DejaVu Sans's regular face is given apart too, for what
     * Weft draws on the pages itself (the lines' numbers).
     */
    static Registered register(PdfRendererBuilder builder, PDDocument doc, StudyFonts fonts) {
        List<Fallback> fallbacks = new ArrayList<>();
        for (StudyFonts.Font font : fonts.fonts()) {
            LazyFace face = new LazyFace(doc, font.path(), font::bytes);
            FontStyle style = font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            fallbacks.add(new Fallback(face, font.family(), font.weight(), style, FontGroup.PRE_BUILT_IN_FALLBACK));
            if (FACES.stream().noneMatch(f -> f.family().equalsIgnoreCase(font.family()))) {
                builder.useFont(face, font.family(), font.weight(), style, true);
            }
        }
        PDFontSupplier sans = null;
        for (Face face : FACES) {
            LazyFace lazy = new LazyFace(doc, face.file(), () -> bytes(face.file()));
            builder.useFont(lazy, face.family(), face.weight(), face.style(), true);
            if (FALLBACK_FACES.contains(face.file())) {
                fallbacks.add(new Fallback(lazy, face.family(), face.weight(), face.style(), FontGroup.FINAL_FALLBACK));
            }
            if (face.file().equals(SANS_REGULAR)) {
                sans = lazy;
            }
        }
        return new Registered(new Fallbacks(List.copyOf(fallbacks)), sans);
    }

    private static final String SANS_REGULAR = "DejaVuSans.ttf";

    /**
     * The fallbacks to add once the renderer is built, and DejaVu Sans's regular face in the document: the same font
     * object as the text's, so that what Weft draws with it adds to the one subset embedded.
     */
    record Registered(Fallbacks fallbacks, PDFontSupplier sans) {
    }

    /** DejaVu's regular faces, the last fallbacks: each has glyphs the other lacks (DejaVu Sans: Hebrew, Arabic …). */
    static final List<String> FALLBACK_FACES = List.of("DejaVuSerif.ttf", SANS_REGULAR);

    private record Fallback(PDFontSupplier face, String family, int weight, FontStyle style, FontGroup group) {
    }

    /**
     * The faces that set a character the fonts a text's CSS names lack: first the study's fonts (those nearest the
     * text's weight and posture first, in file-name order among equals), then DejaVu Serif's and DejaVu Sans's regular
     * faces, so that what DejaVu has is printed whatever family print.css names. openhtmltopdf slants or emboldens a
     * face lighter or more upright than the text. (In PDF/A openhtmltopdf has no built-in fonts, so nothing comes between
     * its two fallback groups.)
     */
    static final class Fallbacks {
        private final List<Fallback> faces;

        private Fallbacks(List<Fallback> faces) {
            this.faces = faces;
        }

        /** Adds them after every font family the CSS names. */
        void addTo(PdfBoxFontResolver resolver) {
            for (Fallback f : faces) {
                resolver.addFont(f.face(), f.family(), f.weight(),
                        f.style() == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL, true, f.group());
            }
        }
    }

    /**
     * A font file parsed by fontbox: as OpenType with PostScript outlines when it begins "OTTO", else as TrueType. The
     * caller closes it.
     */
    static TrueTypeFont parse(byte[] bytes) throws IOException {
        boolean postScript = bytes.length >= 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
        return postScript ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The bytes of a font file of the jar. */
    static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("font not on the class path: " + DIR + f
                            + " (is net.sf.jasperreports:jasperreports-fonts a dependency?)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + f, e);
            }
        });
    }

    /**
     * A face loaded with its GSUB table disabled. With openhtmltopdf's usual stream supplier PDFBox 3 applies the
     * font's ligatures while drawing: "ff" became U+FB00 in the text layer (a heading no longer matched its
     * bookmark, screen readers read a ligature), widths were measured without them, and it was slow.
     */
    private static final class LazyFace extends PDFontSupplier {
        private final PDDocument doc;
        private final String file;
        private final Supplier<byte[]> bytes;
        /** One font in the document, whether CSS names it or it stands in as a fallback (one subset, not two). */
        private PDFont font;

        LazyFace(PDDocument doc, String file, Supplier<byte[]> bytes) {
            super(null);
            this.doc = doc;
            this.file = file;
            this.bytes = bytes;
        }

        @Override
        public synchronized PDFont supply() {
            if (font != null) {
                return font;
            }
            try {
                TrueTypeFont ttf = parse(bytes.get());
                ttf.setEnableGsub(false);
                doc.registerTrueTypeFontForClosing(ttf);
                font = PDType0Font.load(doc, ttf, true);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file, e);
            }
        }
    }

    private PdfFonts() {
    }
}

package weft.render.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.publish.Manifest;
import weft.read.ProjectFiles;

/**
 * The study's own fonts: the TrueType and OpenType files in {@value #DIR}, for the characters DejaVu lacks (Chinese,
 * Japanese, Korean, Thai, Arabic …). The PDF sets each such character, in the text and in the figure, in the first of
 * these fonts (in file-name order) that has it, and the Word document's figure too; DejaVu stays the font of every
 * character it has, so a study that adds a font changes nothing else. A font is embedded in the PDF as a subset of the
 * glyphs used, never as a file: its hash is in the manifest.
 */
public final class StudyFonts {

    public static final String DIR = "templates/fonts";
    /** Larger than any input of text: a font for Chinese or Japanese has tens of thousands of glyphs. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Font files Weft does not read, reported rather than passed over: collections, web fonts, Type 1. */
    private static final List<String> NOT_READ = List.of(".ttc", ".otc", ".woff", ".woff2", ".pfb", ".pfa", ".dfont");
    /** OS/2 fsType: the licence allows no embedding at all; or only of bitmaps, which a PDF of outlines cannot use. */
    private static final int RESTRICTED = 0x0002;
    private static final int BITMAP_ONLY = 0x0200;
    /** OS/2 fsSelection: an italic face; an oblique one. head macStyle: italic. */
    private static final int FS_ITALIC = 0x0001;
    private static final int FS_OBLIQUE = 0x0200;
    private static final int MAC_ITALIC = 0x0002;
    /** OpenType name 16: the family of a family of more than the four classic faces. */
    private static final int TYPOGRAPHIC_FAMILY = 16;

    /** One font file of the study, read and checked. */
    public static final class Font {
        private final String path;
        private final byte[] bytes;
        private final String sha256;
        private final String family;
        private final int weight;
        private final boolean italic;
        private final CmapLookup cmap;
        private final java.awt.Font awt;

        private Font(String path, byte[] bytes, Face face, CmapLookup cmap, java.awt.Font awt) {
            this.path = path;
            this.bytes = bytes;
            this.sha256 = Manifest.sha256(bytes);
            this.family = face.family();
            this.weight = face.weight();
            this.italic = face.italic();
            this.cmap = cmap;
            this.awt = awt;
        }

        /** The file, relative to the project. */
        public String path() {
            return path;
        }

        /**
         * The family name the font gives itself, by which print.css names it: its typographic family (OpenType name 16,
         * "Source Serif 4" of "Source Serif 4 Semibold"), else its family (name 1).
         */
        public String family() {
            return family;
        }

        /** The weight the font gives itself (OS/2 usWeightClass: 400 regular, 700 bold), 400 when it gives none. */
        public int weight() {
            return weight;
        }

        /** Whether the font is an italic or oblique face (OS/2 fsSelection, else the head table's macStyle). */
        public boolean italic() {
            return italic;
        }

        byte[] bytes() {
            return bytes;
        }

        /** Whether the font has a glyph for the character. */
        public boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** The font as a Java2D font of one unit (for a figure painted without SVG). */
        public java.awt.Font awt() {
            return awt;
        }
    }

    private static final StudyFonts NONE = new StudyFonts(List.of());

    private final List<Font> fonts;

    private StudyFonts(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** No fonts of the study's own: DejaVu alone. */
    public static StudyFonts none() {
        return NONE;
    }

    /** The fonts, in the order they are tried. */
    public List<Font> fonts() {
        return fonts;
    }

    public boolean isEmpty() {
        return fonts.isEmpty();
    }

    /** The first font that has a glyph for the character. */
    public Optional<Font> forCodePoint(int codePoint) {
        return fonts.stream().filter(f -> f.has(codePoint)).findFirst();
    }

    /** What the fonts are, for a cache key: each file's path and hash, in order. */
    public String fingerprint() {
        StringBuilder out = new StringBuilder();
        fonts.forEach(f -> out.append(f.path).append(' ').append(f.sha256).append('\n'));
        return out.toString();
    }

    /** Whether the fonts include the file {@code path} with these contents. */
    boolean holds(String path, String sha256) {
        return fonts.stream().anyMatch(f -> f.path.equals(path) && f.sha256.equals(sha256));
    }

    /** The files {@link #read} reads (and the manifest lists): *.ttf and *.otf directly in {@value #DIR}. */
    public static List<String> files(ProjectFiles files) {
        List<String> paths = new ArrayList<>(files.list(DIR, ".ttf"));
        paths.addAll(files.list(DIR, ".otf"));
        return paths.stream().sorted().toList(); // a folder too, so that reading it says so
    }

    /**
     * Reads and checks every font of {@value #DIR}; each that cannot be used is an error at its file, saying why: not a
     * font, a collection or web font, no Unicode character map, a licence that does not allow embedding, too large.
     */
    public static StudyFonts read(ProjectFiles files, Diagnostics diagnostics) {
        for (String ext : NOT_READ) {
            for (String path : files.list(DIR, ext)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: the PDF takes TrueType or OpenType fonts (.ttf,"
                        + " .otf), one font a file; a collection or web font is not one (convert it, or use the .ttf or"
                        + " .otf its makers publish)");
            }
        }
        List<Font> fonts = new ArrayList<>();
        for (String path : files(files)) {
            read(files, path, diagnostics).ifPresent(fonts::add);
        }
        return fonts.isEmpty() ? NONE : new StudyFonts(fonts);
    }

    private static Optional<Font> read(ProjectFiles files, String path, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.ofFile(path);
        Optional<byte[]> read = files.readBytes(path, MAX_BYTES, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        Optional<String> problem = kind(bytes);
        if (problem.isPresent()) {
            diagnostics.error(at, problem.get());
            return Optional.empty();
        }
        try (TrueTypeFont font = PdfFonts.parse(bytes)) {
            if (font instanceof OpenTypeFont otf && !otf.isSupportedOTF()) {
                diagnostics.error(at, "an OpenType font whose outlines the PDF library cannot embed: use the font's"
                        + " TrueType (.ttf) version");
                return Optional.empty();
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int fsType = os2 == null ? 0 : os2.getFsType();
            if ((fsType & 0x000F) == RESTRICTED || (fsType & BITMAP_ONLY) != 0) {
                diagnostics.error(at, "the font's licence does not allow embedding it in a document (OS/2 fsType "
                        + fsType + "): a PDF must embed its fonts; choose a font licensed for embedding, such as one under"
                        + " the SIL Open Font License");
                return Optional.empty();
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(true);
            Face face = face(font, os2, path.substring(path.lastIndexOf('/') + 1));
            try (PDDocument trial = new PDDocument()) { // as the PDF will load it: tables PDFBox needs and fontbox does not
                PDType0Font.load(trial, font, true);
            }
            java.awt.Font awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return Optional.of(new Font(path, bytes, face, cmap, awt));
        } catch (FontFormatException e) { // Java2D's reading, which the figure's painting and Batik use
            diagnostics.error(at, "cannot read the font for the figure (Java2D): " + tableNames(String.valueOf(e.getMessage())));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // fontbox reports a damaged table by an exception of its own: the message is all the user can act on
            diagnostics.error(at, "cannot read the font: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().replaceAll("\\s+", " ").strip()));
            return Optional.empty();
        }
    }

    /** What CSS selects a face by: its family, weight and posture. */
    private record Face(String family, int weight, boolean italic) {
    }

    private static Face face(TrueTypeFont font, OS2WindowsMetricsTable os2, String fileName) throws IOException {
        NamingTable names = font.getNaming();
        String family = null;
        if (names != null) {
            family = firstNonBlank(names.getName(TYPOGRAPHIC_FAMILY, NameRecord.PLATFORM_WINDOWS,
                            NameRecord.ENCODING_WINDOWS_UNICODE_BMP, NameRecord.LANGUAGE_WINDOWS_EN_US),
                    names.getName(TYPOGRAPHIC_FAMILY, NameRecord.PLATFORM_MACINTOSH,
                            NameRecord.ENCODING_MACINTOSH_ROMAN, NameRecord.LANGUAGE_MACINTOSH_ENGLISH),
                    names.getFontFamily());
        }
        int weight = os2 == null || os2.getWeightClass() < 1 || os2.getWeightClass() > 1000 ? 400 : os2.getWeightClass();
        boolean italic = os2 != null ? (os2.getFsSelection() & (FS_ITALIC | FS_OBLIQUE)) != 0
                : font.getHeader() != null && (font.getHeader().getMacStyle() & MAC_ITALIC) != 0;
        return new Face(family == null ? fileName : family.strip(), weight, italic);
    }

    private static String firstNonBlank(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** Java2D names a table by its tag as a number ("bad table, tag=1111577413"): here by its four letters ('BASE'). */
    static String tableNames(String message) {
        return java.util.regex.Pattern.compile("tag=(-?\\d+)").matcher(message).replaceAll(m -> {
            int tag = Integer.parseInt(m.group(1));
            char[] letters = {(char) (tag >>> 24 & 0xff), (char) (tag >>> 16 & 0xff), (char) (tag >>> 8 & 0xff), (char) (tag & 0xff)};
            return "table '" + new String(letters).replaceAll("[^\\x20-\\x7e]", "?") + "'";
        });
    }

    /** Why the bytes are not one TrueType or OpenType font, judged by their first four bytes; empty when they are. */
    private static Optional<String> kind(byte[] bytes) {
        String tag = tag(bytes);
        if (tag.equals("ttcf")) {
            return Optional.of("a font collection (several fonts in one file), which the PDF cannot take: use one font"
                    + " of it as a .ttf or .otf file");
        }
        if (tag.equals("wOFF") || tag.equals("wOF2")) {
            return Optional.of("a web font (WOFF), which the PDF cannot take: use the font's .ttf or .otf file");
        }
        if (tag.equals("OTTO") || tag.equals("true") || tag.equals("\u0000\u0001\u0000\u0000")) {
            return Optional.empty();
        }
        return Optional.of("not a TrueType or OpenType font (it does not begin as one)");
    }

    private static String tag(byte[] bytes) {
        if (bytes.length < 4) {
            return "";
        }
        return new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}

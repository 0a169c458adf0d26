package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import weft.diagnostics.Diagnostics;
import weft.read.ProjectFiles;
import weft.render.pdf.StudyFonts;

/**
 * Fonts for the tests of a study's own fonts: IPAex Gothic for Japanese (IPA Font License, Debian's
 * fonts-ipaexfont-gothic), Garuda for Thai (fonts-tlwg-garuda-ttf), Scheherazade for Arabic (fonts-sil-scheherazade)
 * Lohit Devanagari (fonts-lohit-deva), Liberation Serif (fonts-liberation2) and DejaVu Sans ExtraLight
 * (fonts-dejavu-extra), which scripts/test.sh installs. Not
 * copied into the repository: the tests copy them into temporary projects.
 */
public final class TestFonts {

    public static final Path JAPANESE = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    /** Garuda (GPL with the font exception), a font for Thai, from Debian's fonts-tlwg-garuda-ttf. */
    public static final Path THAI = Path.of("/usr/share/fonts/truetype/tlwg/Garuda.ttf");
    /**
     * Scheherazade (SIL Open Font License), a font for Arabic that joins letters by its OpenType rules only: it has no
     * presentation forms. From Debian's fonts-sil-scheherazade.
     */
    public static final Path ARABIC_WITHOUT_PRESENTATION_FORMS =
            Path.of("/usr/share/fonts/truetype/scheherazade/Scheherazade-Regular.ttf");
    /** Lohit Devanagari (SIL Open Font License), a font for Hindi and Marathi, from Debian's fonts-lohit-deva. */
    public static final Path DEVANAGARI = Path.of("/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf");

    /**
     * Liberation Serif (SIL Open Font License), a serif for Latin text with the widths of Times New Roman, as a journal
     * may require: its regular, bold and italic faces, from Debian's fonts-liberation2.
     */
    public static final Path SERIF_DIR = Path.of("/usr/share/fonts/truetype/liberation2");
    public static final List<String> SERIF_FACES =
            List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf");

    /** Copies Liberation Serif's regular, bold and italic faces into {@code project}'s templates/fonts/. */
    public static void addSerifFaces(Path project) {
        for (String face : SERIF_FACES) {
            add(SERIF_DIR.resolve(face), project, face);
        }
    }

    /**
     * DejaVu Sans ExtraLight (DejaVu's licence), from Debian's fonts-dejavu-extra: a face whose family (OpenType name 1,
     * "DejaVu Sans Light") differs from the family it belongs to (name 16, "DejaVu Sans").
     */
    public static final Path TYPOGRAPHIC_FAMILY = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf");

    /** Copies DejaVu Sans ExtraLight into {@code project}'s templates/fonts/ as {@code name}. */
    public static Path addTypographicFamily(Path project, String name) {
        return add(TYPOGRAPHIC_FAMILY, project, name);
    }

    /** The font's file; a failure, never a skip, when it is missing. */
    public static Path japanese() {
        if (!Files.isRegularFile(JAPANESE)) {
            throw new AssertionError(JAPANESE + " is missing: install Debian's fonts-ipaexfont-gothic (scripts/test.sh does)");
        }
        return JAPANESE;
    }

    /** Copies the font into {@code project}'s templates/fonts/ as {@code name}; gives the copy. */
    public static Path addJapanese(Path project, String name) {
        return add(japanese(), project, name);
    }

    /** Copies Garuda into {@code project}'s templates/fonts/ as {@code name}; a failure when it is missing. */
    public static Path addThai(Path project, String name) {
        return add(THAI, project, name);
    }

    /** Copies Scheherazade into {@code project}'s templates/fonts/ as {@code name}; a failure when it is missing. */
    public static Path addArabicWithoutPresentationForms(Path project, String name) {
        return add(ARABIC_WITHOUT_PRESENTATION_FORMS, project, name);
    }

    /** Copies Lohit Devanagari into {@code project}'s templates/fonts/ as {@code name}; a failure when it is missing. */
    public static Path addDevanagari(Path project, String name) {
        return add(DEVANAGARI, project, name);
    }

    private static Path add(Path font, Path project, String name) {
        if (!Files.isRegularFile(font)) {
            throw new AssertionError(font + " is missing: install it from Debian's packages (scripts/test.sh does)");
        }
        try {
            Path fonts = Files.createDirectories(project.resolve(StudyFonts.DIR));
            return Files.copy(font, fonts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The study fonts of a project that has only the Japanese font. */
    public static StudyFonts japaneseFonts(Path temp) {
        addJapanese(temp, "ipaexg.ttf");
        Diagnostics diagnostics = new Diagnostics();
        StudyFonts fonts = StudyFonts.read(new ProjectFiles(temp, 1 << 20), diagnostics);
        if (diagnostics.count(weft.diagnostics.Severity.ERROR) > 0 || fonts.isEmpty()) {
            throw new AssertionError("the font did not read: " + diagnostics.sorted());
        }
        return fonts;
    }

    private TestFonts() {
    }
}

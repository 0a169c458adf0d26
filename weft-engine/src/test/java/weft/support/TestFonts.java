package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import weft.diagnostics.Diagnostics;
import weft.read.ProjectFiles;
import weft.render.pdf.StudyFonts;

/**
 * A font for Japanese, for the tests of a study's own fonts: IPAex Gothic (IPA Font License), from Debian's package
 * fonts-ipaexfont-gothic, which scripts/test.sh installs. Not copied into the repository: the tests copy it into
 * temporary projects.
 */
public final class TestFonts {

    public static final Path JAPANESE = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    /** The font's file; a failure, never a skip, when it is missing. */
    public static Path japanese() {
        if (!Files.isRegularFile(JAPANESE)) {
            throw new AssertionError(JAPANESE + " is missing: install Debian's fonts-ipaexfont-gothic (scripts/test.sh does)");
        }
        return JAPANESE;
    }

    /** Copies the font into {@code project}'s templates/fonts/ as {@code name}; gives the copy. */
    public static Path addJapanese(Path project, String name) {
        try {
            Path fonts = Files.createDirectories(project.resolve(StudyFonts.DIR));
            return Files.copy(japanese(), fonts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
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

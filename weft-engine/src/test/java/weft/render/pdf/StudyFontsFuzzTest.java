package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;
import weft.support.TestFonts;
import weft.support.TestProjects;

/**
 * A damaged font never escapes a build as an exception: the study, in Japanese so that the font is used in the PDF's
 * text and figure and in the Word figure, is built, or refused with errors at the font's file only. Each input is made
 * from its seed alone: bytes changed at random, the file cut short, or its table directory changed.
 */
@Tag("hostile-inputs")
class StudyFontsFuzzTest {

    private static final int INPUTS = Integer.getInteger("weft.fuzz.fonts", 60);

    @TempDir
    Path temp;

    @Test
    void a_damaged_font_builds_or_is_refused_at_its_file() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: \"家族と一緒の夕食は長くて良い。\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food",
                "label: 食べ物をめぐる摩擦");
        byte[] font = Files.readAllBytes(TestFonts.japanese());
        Path file = TestFonts.addJapanese(project, "f.ttf");
        Weft weft = new Weft();
        List<String> findings = new ArrayList<>();
        int built = 0;
        for (int seed = 0; seed < INPUTS; seed++) {
            Files.write(file, mutate(font, new Random(seed)));
            try {
                BuildResult result = weft.render(project, BuildOptions.defaults());
                built += result.succeeded() ? 1 : 0;
                String input = "seed " + seed;
                result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .filter(d -> !d.position().path().equals("templates/fonts/f.ttf")).map(Diagnostic::toString)
                        .forEach(d -> findings.add(input + ": an error elsewhere: " + d));
            } catch (RuntimeException | Error e) {
                findings.add("seed " + seed + ": " + e);
            }
        }
        System.out.printf("fuzz study fonts: %d inputs, %d built, %d refused, %d findings%n", INPUTS, built,
                INPUTS - built - findings.size(), findings.size());
        assertThat(findings).isEmpty();
    }

    private static byte[] mutate(byte[] font, Random random) {
        byte[] bytes = font.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = random.nextInt(20); i >= 0; i--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, 12 + random.nextInt(bytes.length - 12));
            default -> {
                int at = 12 + random.nextInt(400); // the table directory: tags, offsets and lengths
                for (int i = 0; i < 4; i++) {
                    bytes[at + i] = (byte) random.nextInt(256);
                }
            }
        }
        return bytes;
    }
}

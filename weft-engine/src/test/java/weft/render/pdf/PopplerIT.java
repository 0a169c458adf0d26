package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.Weft;
import weft.publish.OutputNames;
import weft.read.ProjectFiles;
import weft.support.TestProjects;

/**
 * The default study's PDF in poppler's tools (scripts/test.sh installs poppler-utils): the files come out with
 * the commands docs/pdf.md gives, equal to the project's, and the pages render.
 */
class PopplerIT {

    @TempDir
    static Path temp;
    static Path pdf;

    @BeforeAll
    static void build() {
        Path out = temp.resolve("publication");
        assertThat(new Weft().build(TestProjects.defaultStudy(), out, BuildOptions.defaults()).succeeded()).isTrue();
        pdf = out.resolve(OutputNames.PDF);
    }

    static String run(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s%n%s", script, output).isZero();
        return output;
    }

    @Test
    void pdfdetach_extracts_every_input_and_the_manifest_as_documented() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(temp.resolve("extracted"));
        // the commands of docs/pdf.md
        run(dir, "pdfdetach -list '" + pdf + "' | sed -n 's/^[0-9]*: //p' | xargs -r -n1 dirname | sort -u | xargs mkdir -p"
                + " && pdfdetach -saveall '" + pdf + "'");
        Path project = TestProjects.defaultStudy();
        List<String> inputs = new ProjectFiles(project, BuildOptions.DEFAULT_MAX_FILE_BYTES).allInputs();
        List<String> extracted = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f -> extracted.add(dir.relativize(f).toString().replace('\\', '/')));
        }
        List<String> expected = new ArrayList<>(inputs);
        expected.add("manifest.json");
        assertThat(extracted).containsExactlyInAnyOrderElementsOf(expected);
        for (String input : inputs) {
            assertThat(dir.resolve(input)).as(input).hasSameBinaryContentAs(project.resolve(input));
        }
        assertThat(dir.resolve("manifest.json")).hasSameBinaryContentAs(pdf.resolveSibling("manifest.json"));
    }

    @Test
    void pdftoppm_renders_the_first_and_the_last_page_as_A4_with_ink_on_them() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(temp.resolve("pages"));
        String info = run(dir, "pdfinfo '" + pdf + "'");
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .substring("Pages:".length()).strip());
        run(dir, "pdftoppm -r 40 -png -f 1 -l 1 '" + pdf + "' first && pdftoppm -r 40 -png -f " + pages + " -l " + pages
                + " '" + pdf + "' last");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pngs = files.sorted().toList();
            assertThat(pngs).hasSize(2);
            for (Path png : pngs) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat((double) image.getHeight() / image.getWidth()).as(png.toString()).isBetween(1.40, 1.43);
                assertThat(darkPixels(image)).as(png.toString()).isGreaterThan(300);
            }
        }
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 192) {
                    dark++;
                }
            }
        }
        return dark;
    }
}

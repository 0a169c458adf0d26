package weft.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.ProjectSite;
import weft.support.TestProjects;

/**
 * Two builds of the site give the same bytes: the Maven Site Plugin is run a second time (offline; for the root study
 * alone, -N, since site:site packages no module of the reactor; into another folder, -Dweft.site) from the same
 * sources, and every file it writes must equal the first build's. The publication inside the
 * site is a copy of target/publication, whose determinism WeftBuildTest checks.
 */
class SiteDeterminismIT {

    @Test
    void a_second_build_of_the_site_gives_the_same_files(@TempDir Path second) throws IOException, InterruptedException {
        Path first = ProjectSite.root();
        Path log = second.resolveSibling(second.getFileName() + ".log");
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-o", "-N", "site:site", "-Dweft.site=" + second)
                .directory(TestProjects.defaultStudy().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(mvn.waitFor(5, TimeUnit.MINUTES)).as("mvn site:site finished within 5 minutes").isTrue();
        assertThat(mvn.exitValue()).as("mvn site:site: %s", Files.readString(log)).isZero();

        List<String> secondFiles = files(second);
        assertThat(secondFiles).contains("index.html", "reproducibility.html", "building.html", "CITATION.cff");
        assertThat(secondFiles).containsExactlyInAnyOrderElementsOf(
                files(first).stream().filter(f -> !f.startsWith("publication/")).toList());
        for (String file : secondFiles) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

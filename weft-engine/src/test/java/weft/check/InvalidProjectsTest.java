package weft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.TestProjects;

/**
 * Every folder of src/test/resources/invalid holds the files that differ from the miniature study and
 * {@code expected.txt}: the exact diagnostics, and the closing count, that the build must print; and, where the case
 * is a missing input, {@code removed.txt}: the files and folders of the miniature study to delete, one a line.
 */
class InvalidProjectsTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> each_invalid_project_produces_exactly_its_diagnostics() throws IOException {
        List<Path> folders = TestProjects.invalidCases();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(10);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path project = TestProjects.invalidProject(folder, temp.resolve(folder.getFileName().toString()));
            BuildResult result = new Weft().render(project, BuildOptions.defaults());
            List<String> printed = new ArrayList<>(TestProjects.diagnostics(result));
            printed.add(result.summary());
            List<String> expected = Files.readAllLines(folder.resolve("expected.txt"));
            assertThat(printed).containsExactlyElementsOf(expected);
            boolean hasErrors = expected.stream().anyMatch(line -> line.startsWith("ERROR "));
            assertThat(result.succeeded()).isEqualTo(!hasErrors);
        }));
    }

    @Test
    void a_file_over_the_size_limit_is_rejected_before_it_is_parsed() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("big"));
        Files.writeString(project.resolve("coded-data/quotes/huge.yaml"), "quotes:\n" + "#".repeat(2 * 1024 * 1024) + "\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(TestProjects.diagnostics(result))
                .containsExactly("ERROR coded-data/quotes/huge.yaml: file is 2097161 bytes, over the limit of 1048576 bytes");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void strict_mode_fails_on_warnings() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("strict"));
        TestProjects.copyTree(TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/invalid/leaf-without-quote"), project);
        assertThat(new Weft().render(project, BuildOptions.defaults()).succeeded()).isTrue();
        BuildResult strict = new Weft().render(project, BuildOptions.defaults().strict(true));
        assertThat(strict.succeeded()).isFalse();
        assertThat(strict.summary()).isEqualTo("0 errors, 1 warning");
    }
}

package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * Each manuscript of src/test/resources/manuscripts/invalid gives exactly the diagnostics of its folder's expected.txt
 * (one a line, then the summary), and nothing to write exactly when one of them is an error. -Dweft.updateGolden=true
 * writes the expected files again.
 */
class InvalidManuscriptsTest {

    static final Path INVALID = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/manuscripts/invalid");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(INVALID)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void a_bad_manuscript_gives_exactly_its_expected_diagnostics(String name) throws IOException {
        Path manuscript;
        try (Stream<Path> files = Files.list(INVALID.resolve(name))) {
            manuscript = files.filter(f -> f.getFileName().toString().startsWith("paper.")).findFirst().orElseThrow();
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(manuscript, temp.resolve("study"), diagnostics);
        List<String> lines = new ArrayList<>(diagnostics.sorted().stream().map(Object::toString).toList());
        lines.add(diagnostics.summary());
        String actual = String.join("\n", lines) + "\n";
        Path expected = INVALID.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
        assertThat(imported.isEmpty()).as("nothing to write exactly when there is an error").isEqualTo(diagnostics.hasErrors());
    }
}

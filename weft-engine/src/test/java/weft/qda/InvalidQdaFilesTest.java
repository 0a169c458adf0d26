package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * Each bad REFI-QDA file of src/test/resources/qda/invalid gives exactly the diagnostics of its NAME.expected.txt
 * (one a line, then the summary), and nothing to write when one of them is an error. The zips there are made by
 * make-zips.py in that folder; -Dweft.updateGolden=true writes the expected files again.
 */
class InvalidQdaFilesTest {

    static final Path INVALID = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/invalid");

    static Stream<String> files() throws IOException {
        try (Stream<Path> list = Files.list(INVALID)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(qdc|qde|qdpx|csv|xlsx|ods)")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void a_bad_file_gives_exactly_its_expected_diagnostics(String name) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrameImport.Imported> imported = FrameImport.of(INVALID.resolve(name), Optional.empty(), diagnostics);
        List<String> lines = new ArrayList<>(diagnostics.sorted().stream().map(Object::toString).toList());
        lines.add(diagnostics.summary());
        String actual = String.join("\n", lines) + "\n";
        Path expected = INVALID.resolve(name.replaceFirst("\\.[a-z]+$", ".expected.txt"));
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
        assertThat(imported.isEmpty()).as("nothing to write exactly when there is an error").isEqualTo(diagnostics.hasErrors());
    }
}

package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.support.Fuzzer;
import weft.support.TestProjects;

/** Mutated YAML never escapes the reader as an exception: it reads, or it is reported at a place in the file. */
@Tag("hostile-inputs")
class YamlReaderFuzzTest {

    @TempDir
    Path temp;

    @Test
    void the_yaml_reader_reports_every_mutated_file_at_a_position_inside_it() throws IOException {
        Path mini = TestProjects.fixture("mini-study");
        List<String> seeds = List.of(Files.readString(mini.resolve(ProjectFiles.STUDY)),
                Files.readString(mini.resolve(ProjectFiles.CODING_FRAME)), Files.readString(mini.resolve("coded-data/quotes/quotes.yaml")));
        YamlReader reader = new YamlReader();
        Fuzzer.Report report = new Fuzzer("YamlReader", seeds).run(input -> {
            Diagnostics diagnostics = new Diagnostics();
            reader.read("coded-data/study.yaml", input, 1, diagnostics);
            return misplaced(diagnostics.sorted(), input);
        });
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void the_study_reader_reports_every_mutated_quote_file_at_a_position_inside_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        StudyReader reader = new StudyReader(new SchemaChecker());
        Fuzzer.Report report = new Fuzzer("StudyReader", List.of(Files.readString(quotes))).run(input -> {
            try {
                Files.write(quotes, input.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Diagnostics diagnostics = new Diagnostics();
            reader.read(new ProjectFiles(project, 1024 * 1024), diagnostics);
            return misplaced(diagnostics.sorted(), input);
        });
        assertThat(report.findings()).isEmpty();
    }

    /**
     * A finding when a diagnostic lies outside the text it is about (files other than the fuzzed one are intact). Lines
     * are counted as YAML 1.1 counts them: NEL, LS and PS end a line too.
     */
    static String misplaced(List<Diagnostic> diagnostics, String input) {
        long lines = input.split("\r\n|[\n\r\u0085\u2028\u2029]", -1).length + 1;
        for (Diagnostic d : diagnostics) {
            if (d.position().line() < 1 || d.position().column() < 1 || d.position().line() > lines) {
                return "a diagnostic outside the file's " + lines + " lines: " + d;
            }
        }
        return null;
    }
}

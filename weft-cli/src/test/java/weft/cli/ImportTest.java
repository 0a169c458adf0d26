package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * {@code weft import}: writes a new project's coding frame from a REFI-QDA file (exit 0), writes nothing when the file
 * has errors (exit 1), and never replaces a coding frame that exists (exit 2, every byte left as it was).
 */
class ImportTest {

    static final Path SAMPLES = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/samples");
    static final Path INVALID = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/invalid");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Main(temp.resolve("home"), temp));
    }

    @Test
    void a_codebook_becomes_the_coding_frame_of_a_new_project() throws Exception {
        Path project = temp.resolve("new-study");
        assertThat(run("import", SAMPLES.resolve("atlasti-23.4-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(0);
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        assertThat(Files.readString(frame)).contains("  - id: code1\n    label: code1\n    description: description\n");
        assertThat(out.toString()).contains("Wrote " + frame.toAbsolutePath().normalize());
        assertThat(err.toString()).contains("0 errors, 0 warnings");
        try (var files = Files.list(frame.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("coding-frame.yaml");
        }
    }

    @Test
    void a_file_with_errors_writes_nothing() {
        Path project = temp.resolve("new-study");
        assertThat(run("import", INVALID.resolve("doctype.qdc").toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("ERROR doctype.qdc:2:68: the XML declares a DTD");
        assertThat(project.resolve("coded-data/coding-frame.yaml")).doesNotExist();
    }

    @Test
    void an_existing_coding_frame_is_never_replaced() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("weft: coded-data/coding-frame.yaml exists in ")
                .contains("never replaces one");
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
    }
}

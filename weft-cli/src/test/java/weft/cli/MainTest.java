package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/** The command line's exit codes and output: 0 success, 1 input errors, 2 usage errors. */
class MainTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void build_writes_the_article_and_exits_0() {
        Path output = temp.resolve("pub");
        assertThat(run("build", "--project", TestProjects.fixture("mini-study").toString(), "--output", output.toString())).isEqualTo(0);
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve("assets/style.css")).exists();
        assertThat(err.toString()).endsWith("0 errors, 0 warnings" + System.lineSeparator());
        assertThat(out.toString()).contains("Built ");
    }

    @Test
    void validate_prints_diagnostics_with_positions_and_exits_1_on_errors() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("p"));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{value:corpus.messages}}", "{{value:nope}}");
        assertThat(run("validate", "-p", project.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                "ERROR content/methods.md:7:67: unknown value 'nope' (no such field in coded-data/study.yaml)" + System.lineSeparator()
                + "1 error, 0 warnings" + System.lineSeparator());
        assertThat(Files.exists(project.resolve("target"))).isFalse();
    }

    @Test
    void usage_errors_exit_2_and_help_exits_0() {
        assertThat(run("publish")).isEqualTo(2);
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: weft build", "--project", "--output", "--strict");
    }
}

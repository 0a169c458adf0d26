package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * {@code weft words}: writes the words file of the study's language (or the one named) for a researcher to translate,
 * completes one that exists without touching what it has, and fails at study.yaml when the study names no language.
 */
class WordsCommandTest {

    @TempDir
    Path temp;

    private Cli cli;

    private int run(String... args) {
        cli = cli == null ? new Cli(temp) : cli;
        return cli.run(args);
    }

    @Test
    void the_studys_language_gets_its_file_and_a_second_run_adds_nothing() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "language: fa\n");
        assertThat(run("words", "--project", project.toString())).as(cli.err()).isZero();
        Path file = project.resolve("templates/words_fa.properties");
        assertThat(cli.out()).startsWith("Wrote templates/words_fa.properties (").endsWith(" words)\n");
        assertThat(Files.readString(file)).startsWith("# Weft's words for Persian ('fa'), in English: translate each value.")
                .contains("\ncontents=Contents\n");

        Files.writeString(file, Files.readString(file).replace("\ncontents=Contents\n", "\ncontents=فهرست مطالب\n"));
        byte[] translated = Files.readAllBytes(file);
        assertThat(run("words", "fa", "--project", project.toString())).isZero();
        assertThat(cli.out()).endsWith("templates/words_fa.properties has every word Weft generates: nothing to add\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(translated);

        // the translation is the study's words: the next build generates them
        assertThat(TestProjects.publication(project).text("index.html")).contains("فهرست مطالب");
    }

    @Test
    void a_study_that_names_no_language_is_told_where() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en\n", "");
        assertThat(run("words", "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR coded-data/study.yaml: the study names no language: give it (language: ar)");
        assertThat(project.resolve("templates")).doesNotExist();
    }
}

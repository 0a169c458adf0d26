package weft.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * {@code weft export}: writes the study as a .qdpx (exit 0) that {@code weft import} reads back, refuses an output
 * that exists (exit 2, the file untouched), and writes nothing when the study has errors (exit 1).
 */
class ExportTest {

    @TempDir
    Path temp;

    private Cli cli;

    private int run(String... args) {
        cli = cli == null ? new Cli(temp) : cli;
        return cli.run(args);
    }

    @Test
    void the_default_study_exports_and_imports_again() {
        Path qdpx = temp.resolve("study.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", TestProjects.defaultStudy().toString(), "--output",
                qdpx.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Wrote " + qdpx.toAbsolutePath().normalize());
        assertThat(cli.err()).contains("0 errors, 0 warnings");
        Path project = temp.resolve("round-trip");
        assertThat(run("import", qdpx.toString(), "--project", project.toString())).isEqualTo(0);
        assertThat(project.resolve("coded-data/quotes/imported.yaml")).exists();
    }

    @Test
    void an_output_that_exists_is_refused_and_left_as_it_was() throws Exception {
        Path existing = Files.writeString(temp.resolve("study.qdc"), "mine");
        assertThat(run("export", "--format", "qdc", "--project", TestProjects.defaultStudy().toString(), "--output",
                existing.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("study.qdc exists: weft export never replaces a file");
        assertThat(Files.readString(existing)).isEqualTo("mine");
        assertThat(run("export", "--format", "nvpx", "--output", temp.resolve("x").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("weft: --format is qdpx, qdc, xlsx or csv, not 'nvpx'");
    }

    /** An output the file system refuses is said in words (why, and where), exit 1; never "a bug in Weft". */
    @Test
    void an_output_the_file_system_refuses_is_said_in_words() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "mine");
        assertThat(run("export", "--format", "qdc", "--project", TestProjects.defaultStudy().toString(), "--output",
                file.resolve("study.qdc").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("weft: cannot write " + file.resolve("study.qdc") + ": a file or folder of that name"
                + " exists already (" + file + ")").doesNotContain("bug");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    /**
     * {@code --format xlsx}: the coding as a table for a co-author's spreadsheet, which {@code weft import} takes back into
     * the study (unchanged: nothing to change); a table is the team's, so {@code --audience} or {@code --anonymous} with
     * it is a usage error.
     */
    @Test
    void the_coding_as_a_table_imports_back_into_its_study_and_is_the_teams() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path table = temp.resolve("coding.xlsx");
        assertThat(run("export", "--format", "xlsx", "--project", project.toString(), "--output", table.toString()))
                .as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Wrote " + table.toAbsolutePath().normalize());
        String frame = Files.readString(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(run("import", table.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("No changes in the coding since the earlier import.");
        assertThat(Files.readString(project.resolve("coded-data/coding-frame.yaml"))).isEqualTo(frame);

        Path csv = temp.resolve("public.csv");
        assertThat(run("export", "--format", "csv", "--audience", "public", "--project", project.toString(), "--output",
                csv.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("weft: --format csv is the team's table, every quote, for a recoding that comes back by"
                + " weft import: --audience and --anonymous are for qdpx and qdc");
        assertThat(run("export", "--format", "csv", "--anonymous", "--project", project.toString(), "--output",
                csv.toString())).isEqualTo(2);
        assertThat(csv).doesNotExist();
    }

    @Test
    void a_study_with_errors_exports_nothing() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("broken"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [eating-together]", "codes: [nowhere]");
        Path qdpx = temp.resolve("broken.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", project.toString(), "--output", qdpx.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("quote 'same-table' is coded to unknown node 'nowhere'")
                .contains("weft: nothing exported: the study has errors");
        assertThat(qdpx).doesNotExist();
    }

    /** {@code --audience public}: the quotes the public build withholds are not in the file; the team's export has them. */
    @Test
    void an_export_for_the_public_holds_what_the_public_build_publishes() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("audiences"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    audience: team\n");
        Path deposit = temp.resolve("deposit.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", project.toString(), "--output", deposit.toString(),
                "--audience", "public")).as(cli.err()).isEqualTo(0);
        assertThat(cli.err()).contains("NOTE coded-data/quotes: an export for the audience 'public': 3 quotes (1 withheld for"
                + " privacy left out); an import of it into this study would remove what it leaves out");
        Path team = temp.resolve("team.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", project.toString(), "--output", team.toString())).isEqualTo(0);
        try (java.util.zip.ZipFile publicZip = new java.util.zip.ZipFile(deposit.toFile());
             java.util.zip.ZipFile teamZip = new java.util.zip.ZipFile(team.toFile())) {
            assertThat(new String(publicZip.getInputStream(publicZip.getEntry("project.qde")).readAllBytes(), UTF_8))
                    .doesNotContain("sink-full");
            assertThat(new String(teamZip.getInputStream(teamZip.getEntry("project.qde")).readAllBytes(), UTF_8))
                    .contains("sink-full");
        }
        assertThat(run("export", "--format", "qdpx", "--project", project.toString(), "--output", temp.resolve("x.qdpx").toString(),
                "--audience", "everyone")).isEqualTo(2);
        assertThat(cli.err()).contains("'everyone' is no audience: give public, reviewers or team");
        assertThat(temp.resolve("x.qdpx")).doesNotExist();
    }

    /** {@code --anonymous}: the export for a double-anonymous review says so; the study's authors are named nowhere in it. */
    @Test
    void an_anonymised_export_names_no_author() throws Exception {
        Path qdpx = temp.resolve("review.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", TestProjects.defaultStudy().toString(), "--output",
                qdpx.toString(), "--audience", "reviewers", "--anonymous")).as(cli.err()).isEqualTo(0);
        assertThat(cli.err()).contains("NOTE coded-data/study.yaml: an anonymised export:");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), UTF_8))
                    .contains("for the audience 'reviewers': 46 quotes").contains("anonymised for a double-anonymous review")
                    .doesNotContain("Salminen").doesNotContain("Haasio");
        }
    }
}

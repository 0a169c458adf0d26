package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import weft.publish.OutputGuard;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * The command line's exit codes and output: 0 success, 1 input errors, 2 usage errors and refused output folders,
 * 3 unexpected failures. Every refused output leaves every byte of the user's files where it was.
 */
class MainTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A fake home folder holding the user's own files and, in work/, the project beside other work. */
    private Path home;
    private Path project;
    private Path details;

    @BeforeEach
    void userFiles() throws Exception {
        home = temp.resolve("home");
        project = TestProjects.copy(TestProjects.fixture("mini-study"), home.resolve("work/study"));
        FileTrees.write(project.resolve("notes.md"), "Notes the team keeps beside the study.\n");
        FileTrees.write(home.resolve("work/other-study/plan.txt"), "A plan for another study.\n");
        FileTrees.write(home.resolve("letters/draft.txt"), "A draft letter.\n");
        details = Files.createDirectories(temp.resolve("details"));
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Main(home, details));
    }

    private int build(Path output, String... more) {
        String[] args = {"build", "--project", project.toString(), "--output", output.toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    /** The build exits 2 with exactly {@code line} on the error stream, prints nothing else and changes no file. */
    private void assertRefused(String line, Path output, String... more) {
        Map<String, String> before = FileTrees.fingerprint(temp);
        assertThat(build(output, more)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(line + NL);
        assertThat(out.toString()).isEmpty();
        assertThat(FileTrees.fingerprint(temp)).isEqualTo(before);
    }

    @Test
    void build_writes_the_article_and_exits_0() {
        Path output = temp.resolve("pub");
        assertThat(build(output)).isEqualTo(0);
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve("assets/style.css")).exists();
        assertThat(err.toString()).endsWith("0 errors, 0 warnings" + NL);
        assertThat(out.toString()).contains("Built ");
    }

    @Test
    void validate_prints_diagnostics_with_positions_and_exits_1_on_errors() throws Exception {
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{value:corpus.messages}}", "{{value:nope}}");
        assertThat(run("validate", "-p", project.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                "ERROR content/methods.md:7:67: unknown value 'nope' (no such field in coded-data/study.yaml)" + NL
                + "1 error, 0 warnings" + NL);
        assertThat(Files.exists(project.resolve("target"))).isFalse();
    }

    @Test
    void names_given_with_names_are_found_by_the_privacy_check_and_strict_fails_on_them() throws Exception {
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "Same table, same people, every night.",
                "Same table, same people, Aino Example every night.");
        Path names = FileTrees.write(home.resolve("private/names.txt"), "Aino Example\n");
        assertThat(run("validate", "-p", project.toString(), "--names", names.toString())).isEqualTo(0);
        assertThat(err.toString()).startsWith("WARNING coded-data/quotes/quotes.yaml:16:36: quote 'same-table' contains what"
                + " looks like a name on the study's list of names").endsWith("0 errors, 1 warning" + NL).doesNotContain("Aino");
        assertThat(run("validate", "-p", project.toString(), "--names", names.toString(), "--strict")).isEqualTo(1);
    }

    @Test
    void audience_builds_for_reviewers_and_refuses_an_unknown_audience() throws Exception {
        FileTrees.write(project.resolve("coded-data/quotes/restricted.yaml"), "quotes:\n  - id: for-reviewers\n"
                + "    text: Only the reviewers read this.\n    codes: [dishes]\n    presented: false\n    audience: reviewers\n"
                + "    source: {recorded: false, note: Made up.}\n");
        Path output = temp.resolve("for-reviewers");
        assertThat(build(output, "--audience", "reviewers")).isEqualTo(0);
        assertThat(output.resolve("evidence/quotes/for-reviewers.html")).exists();
        assertThat(err.toString()).contains("NOTE coded-data/quotes: a build for the audience 'reviewers': 5 quotes published,"
                + " 0 withheld for privacy; not for publication");
        Path pub = temp.resolve("public");
        assertThat(build(pub)).isEqualTo(0);
        assertThat(pub.resolve("evidence/quotes/for-reviewers.html")).doesNotExist();
        assertThat(build(temp.resolve("x"), "--audience", "everyone")).isEqualTo(2);
        assertThat(err.toString()).contains("'everyone' is no audience: give public, reviewers or team");
    }

    @Test
    void anonymous_builds_a_review_copy_without_the_authors() throws Exception {
        Path output = temp.resolve("anonymised");
        assertThat(build(output, "--anonymous")).isEqualTo(0);
        String article = Files.readString(output.resolve("index.html"));
        assertThat(article).contains("Anonymised review copy").doesNotContain("Ada Example", "Bo Sample", "Sample Institute");
        assertThat(err.toString()).contains("NOTE coded-data/study.yaml: an anonymised review copy: 2 authors and 2 affiliations left out");
        Path named = temp.resolve("named");
        assertThat(build(named)).isEqualTo(0);
        assertThat(Files.readString(named.resolve("index.html"))).contains("Ada Example").doesNotContain("Anonymised review copy");
    }

    @Test
    void a_build_writes_the_word_and_jats_manuscripts_unless_the_word_file_is_left_out() throws Exception {
        Path output = temp.resolve("with-docx");
        assertThat(build(output)).isEqualTo(0);
        assertThat(output.resolve("article.docx")).isNotEmptyFile();
        assertThat(output.resolve("article.jats.xml")).content().contains("<article-title>Sharing meals in shared housing");
        assertThat(output.resolve("article.fig-coding-frame.svg")).isNotEmptyFile();
        Path without = temp.resolve("without-docx");
        assertThat(build(without, "--no-docx")).isEqualTo(0);
        assertThat(without.resolve("article.docx")).doesNotExist();
        assertThat(without.resolve("article.jats.xml")).exists();
    }

    @Test
    void usage_errors_exit_2_and_help_exits_0() {
        assertThat(run("publish")).isEqualTo(2);
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: weft build", "--project", "--output", "--strict");
    }

    @Test
    void the_help_names_every_command_the_daemons_too() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: weft", "  build ", "  validate ", "  serve ", "  diff ",
                "bin/weft also has: daemon status|stop (the build daemon");
    }

    @Test
    void an_unknown_option_is_one_line() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: Unknown option: '--no-such-option' (see 'weft build --help')" + NL);
    }

    @Test
    void a_misspelt_command_or_option_is_one_line_naming_the_one_meant() {
        assertThat(run("biuld")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: unknown command 'biuld'; did you mean 'build'? (see 'weft --help')" + NL);
        err.getBuffer().setLength(0);
        assertThat(run("validate", "--strcit")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: Unknown option: '--strcit'; did you mean '--strict'? (see 'weft validate --help')" + NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999", "253402300800", "-1"})
    void a_source_date_epoch_outside_the_years_a_pdf_holds_is_a_usage_error(String seconds) {
        assertRefused("weft: Invalid value for option '--source-date-epoch': '" + seconds + "' is out of range: a PDF date "
                + "lies between 0 (1970-01-01T00:00:00Z) and 253402300799 (9999-12-31T23:59:59Z) (see 'weft build --help')",
                temp.resolve("pub"), "--source-date-epoch", seconds);
    }

    @Test
    void a_source_date_epoch_that_is_not_a_number_is_a_usage_error() {
        assertRefused("weft: Invalid value for option '--source-date-epoch': '1e9' is not a whole number of seconds "
                + "since 1970-01-01 (see 'weft build --help')", temp.resolve("pub"), "--source-date-epoch", "1e9");
    }

    @Test
    void a_negative_number_of_bench_runs_is_a_usage_error() {
        assertThat(run("bench", "--project", project.toString(), "--runs", "-1")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: Invalid value for option '--runs': '-1' is negative (see 'weft bench --help')" + NL);
    }

    @Test
    void a_project_folder_that_does_not_exist_is_a_usage_error_not_a_study_with_every_file_missing() {
        String missing = temp.resolve("no-such-study").toString();
        assertThat(run("validate", "--project", missing)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: Invalid value for option '--project': '" + missing
                + "' is not a folder (it does not exist) (see 'weft validate --help')" + NL);
        assertThat(temp.resolve("no-such-study")).doesNotExist();
    }

    @Test
    void the_project_folder_is_refused_as_output() {
        assertRefused("weft: refusing to write the publication to " + project + ": it is the project folder", project);
    }

    @Test
    void the_project_s_parent_is_refused_as_output() {
        Path parent = project.getParent();
        assertRefused("weft: refusing to write the publication to " + parent + ": it holds the project folder " + project, parent);
    }

    @Test
    void the_coded_data_folder_is_refused_as_output() {
        assertRefused("weft: refusing to write the publication to " + project.resolve("coded-data")
                + ": it is inside the project's input folder coded-data/", project.resolve("coded-data"));
    }

    @Test
    void a_new_folder_inside_content_is_refused_as_output() {
        assertRefused("weft: refusing to write the publication to " + project.resolve("content/x")
                + ": it is inside the project's input folder content/", project.resolve("content/x"));
    }

    @Test
    void the_project_folder_is_refused_as_site_pages() {
        assertRefused("weft: refusing to write the site pages to " + project + ": it is the project folder",
                temp.resolve("pub"), "--site-pages", project.toString());
    }

    @Test
    void an_existing_file_is_refused_as_output() {
        Path file = home.resolve("letters/draft.txt");
        assertRefused("weft: refusing to write the publication to " + file + ": it is an existing file, not a folder", file);
    }

    @Test
    void a_symbolic_link_to_a_file_is_refused_as_output() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("link"), home.resolve("letters/draft.txt"));
        assertRefused("weft: refusing to write the publication to " + link + ": it is a symbolic link (give the folder itself)", link);
    }

    @Test
    void a_non_empty_folder_without_the_marker_is_refused_as_output() {
        Path letters = home.resolve("letters");
        assertRefused("weft: refusing to write the publication to " + letters + ": the folder is not empty and has no "
                + ".weft-output marker, so Weft did not write it (choose another folder, or empty it: Weft replaces its "
                + "output folder whole)", letters);
    }

    @Test
    void the_root_of_the_file_system_is_refused_as_output() {
        Path root = temp.getRoot();
        assertRefused("weft: refusing to write the publication to " + root + ": it is the root of a file system", root);
    }

    @Test
    void the_user_s_home_is_refused_as_output() {
        assertRefused("weft: refusing to write the publication to " + home + ": it is your home folder", home);
    }

    @Test
    void synth_never_writes_over_a_project() {
        Map<String, String> before = FileTrees.fingerprint(temp);
        assertThat(run("synth", "--quotes", "10", "--nodes", "5", "-o", project.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: refusing to write the synthetic project to " + project
                + ": it exists and is not an empty folder (choose a new or empty folder)" + NL);
        assertThat(FileTrees.fingerprint(temp)).isEqualTo(before);
    }

    @Test
    void an_empty_existing_folder_is_filled() throws Exception {
        Path output = Files.createDirectories(temp.resolve("empty"));
        assertThat(build(output)).isEqualTo(0);
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve(OutputGuard.MARKER)).hasContent(OutputGuard.MARKER_TEXT);
    }

    @Test
    void a_marked_output_is_replaced_on_rebuild_and_the_user_s_files_stay() throws Exception {
        Path output = temp.resolve("pub");
        assertThat(build(output)).isEqualTo(0);
        FileTrees.write(output.resolve("stale.html"), "left from an earlier build");
        Map<String, String> userFiles = FileTrees.fingerprint(home);
        assertThat(build(output)).isEqualTo(0);
        assertThat(output.resolve("stale.html")).doesNotExist();
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve(OutputGuard.MARKER)).hasContent(OutputGuard.MARKER_TEXT);
        assertThat(FileTrees.fingerprint(home)).isEqualTo(userFiles);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("home", "details", "pub");
    }

    @Test
    void folders_named_like_staging_and_previous_folders_survive_builds() throws Exception {
        Path output = temp.resolve("pub");
        FileTrees.write(temp.resolve("pub.staging/mine.txt"), "kept\n");
        FileTrees.write(temp.resolve("pub.previous/mine.txt"), "kept too\n");
        Map<String, String> staging = FileTrees.fingerprint(temp.resolve("pub.staging"));
        Map<String, String> previous = FileTrees.fingerprint(temp.resolve("pub.previous"));
        assertThat(build(output)).isEqualTo(0);
        assertThat(build(output)).isEqualTo(0);
        assertThat(FileTrees.fingerprint(temp.resolve("pub.staging"))).isEqualTo(staging);
        assertThat(FileTrees.fingerprint(temp.resolve("pub.previous"))).isEqualTo(previous);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("home", "details", "pub", "pub.staging", "pub.previous");
    }

    @Test
    void an_unexpected_exception_is_one_line_naming_the_file_with_the_details_and_exits_3() throws Exception {
        assertThat(runFailing(() -> new IllegalStateException("simulated\nsecond line"))).isEqualTo(3);
        assertCrashReported("weft: 'weft boom' failed unexpectedly (java.lang.IllegalStateException: simulated), a bug in Weft; "
                + "the details are in ", "java.lang.IllegalStateException: simulated");
    }

    @Test
    void a_stack_overflow_is_one_line_naming_the_file_with_the_details_and_exits_3() throws Exception {
        assertThat(runFailing(StackOverflowError::new)).isEqualTo(3);
        assertCrashReported("weft: '", "java.lang.StackOverflowError");
        assertThat(err.toString()).contains("failed unexpectedly (java.lang.StackOverflowError), a bug in Weft; the details are in ");
    }

    /** A folder the user may not write in, a read-only or a full disk: the user's to mend, not a bug; no crash file. */
    @Test
    void the_file_systems_refusal_is_said_in_words_and_exits_1_without_a_crash_file() throws Exception {
        assertThat(runFailing(() -> new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException(
                "/srv/study/coded-data/.weft-tmp")))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("weft: 'weft boom' stopped: the file system refused: permission denied"
                + " (/srv/study/coded-data/.weft-tmp)" + NL);
        err.getBuffer().setLength(0);
        assertThat(runFailing(() -> new IllegalStateException(new java.nio.file.FileSystemException("/mnt/cd/out", null,
                "Read-only file system")))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("weft: 'weft boom' stopped: the file system refused: read-only file system"
                + " (/mnt/cd/out)" + NL);
        err.getBuffer().setLength(0);
        assertThat(runFailing(() -> new java.io.IOException("No space left on device"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("weft: 'weft boom' stopped: the file system refused: no space left on device" + NL);
        try (var left = Files.list(details)) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("weft-crash-"))).isEmpty();
        }
        err.getBuffer().setLength(0);
        assertThat(runFailing(() -> new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("/x"))))
                .as("a file Weft itself expected and did not find is still a bug").isEqualTo(3);
    }

    /** Runs the command line with one more command, {@code boom}, that throws {@code failure}. */
    private int runFailing(Supplier<Throwable> failure) {
        LastResort lastResort = new LastResort(details, List.of("boom"));
        CommandLine cli = Main.commandLine(new Main(home, details), new PrintWriter(out, true), new PrintWriter(err, true), lastResort);
        cli.addSubcommand("boom", new CommandLine(new Boom(failure)));
        return Main.execute(cli, new String[] {"boom"}, lastResort);
    }

    private void assertCrashReported(String start, String inDetails) throws Exception {
        String line = err.toString();
        assertThat(line).startsWith(start).endsWith(NL).hasLineCount(1);
        Path file = Path.of(line.substring(line.lastIndexOf(" ") + 1).strip());
        assertThat(file.getParent()).isEqualTo(details);
        assertThat(file.getFileName().toString()).startsWith("weft-crash-");
        assertThat(Files.readString(file)).startsWith("weft boom" + NL).contains(inDetails, "at weft.cli.MainTest$Boom.call");
        assertThat(out.toString()).isEmpty();
    }

    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Supplier<Throwable> failure;

        Boom(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable thrown = failure.get();
            if (thrown instanceof Error e) {
                throw e;
            }
            throw (Exception) thrown;
        }
    }
}

package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * {@code bin/weft} itself. Its class-data archive (README, "Benchmark"; docs/performance.md) is made from the first whole build of
 * a Weft: a {@code weft build --help}, {@code -hV} or a build without the Word document first makes none (an archive of
 * the command line's classes alone would make every later cold build slower), the whole build after it makes it, and
 * the next build, with the archive, prints what a build without it prints. It asks for transparent huge pages exactly
 * where the kernel gives them on request, and they change nothing in a publication. Run in a folder that was deleted,
 * it says so instead of starting a JVM that fails. It runs on {@code JAVA_HOME}'s java when that is set.
 */
class LauncherIT {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private Run weft(String cds, String... args) throws IOException, InterruptedException {
        return weft(cds, Map.of(), args);
    }

    private Run weft(String cds, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TestProjects.defaultStudy().resolve("bin/weft").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("WEFT_CDS", cds);
        builder.environment().put("WEFT_DAEMON", "0");
        builder.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        builder.environment().remove("WEFT_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt")), Files.readString(temp.resolve("err.txt")));
    }

    @Test
    void a_folder_deleted_under_the_command_is_reported_without_a_jvm_trace() throws Exception {
        Path gone = Files.createDirectories(temp.resolve("gone"));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "cd \"$1\" && rmdir \"$1\" && exec \"$2\" validate -p \"$3\"",
                "bash", gone.toString(), TestProjects.defaultStudy().resolve("bin/weft").toString(),
                TestProjects.fixture("mini-study").toString())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("WEFT_DAEMON", "0");
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(temp.resolve("err.txt"))).endsWith("weft: the folder you run weft in no longer exists"
                + " (it was deleted or moved): cd to a folder that exists\n").doesNotContain("java.lang");
        assertThat(gone).doesNotExist();
    }

    /**
     * In the C locale (a container's, a CI runner's) Java would print each letter outside ASCII as "?": a diagnostic
     * naming a Finnish node would lose its letters. The command line prints UTF-8 there.
     */
    @Test
    void in_the_c_locale_a_diagnostics_letters_are_printed_in_utf_8_not_as_question_marks() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "{{node:cooking-together|Cooking together}}",
                "{{node:ruoanlaitto-yhdessä}}");
        Run run = weft("0", Map.of("LANG", "C", "LC_ALL", "C"), "validate", "-p", project.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("unknown node 'ruoanlaitto-yhdessä'").doesNotContain("yhdess?");
    }

    @Test
    void huge_pages_are_asked_for_where_the_kernel_gives_them_on_request_and_change_no_output() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        Run flags = weft("0", Map.of("WEFT_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "build", "--help");
        assertThat(flags.code()).as(flags.err()).isZero();
        assertThat(flags.out()).containsPattern("bool UseTransparentHugePages +=? " + onRequest + " ");

        TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Run with = weft("0", "build", "-p", "study", "-o", "with", "--no-cache");
        Run without = weft("0", Map.of("WEFT_JAVA_OPTS", "-XX:-UseTransparentHugePages"), "build", "-p", "study", "-o",
                "without", "--no-cache");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(without.err()).isEqualTo(with.err());
        assertThat(FileTrees.fingerprint(temp.resolve("without"))).isEqualTo(FileTrees.fingerprint(temp.resolve("with")))
                .containsKey("article.pdf");
    }

    @Test
    void the_command_runs_on_java_home_s_java_when_it_is_set() throws Exception {
        TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        // a JDK whose java notes each call, then runs this JVM's java
        Path jdk = Files.createDirectories(temp.resolve("jdk/bin")).getParent();
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"" + jdk.resolve("calls.txt") + "\"\nexec \""
                + Path.of(System.getProperty("java.home"), "bin", "java") + "\" \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        Run run = weft("1", Map.of("JAVA_HOME", jdk.toString()), "build", "-p", "study", "-o", "out", "--no-cache");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(temp.resolve("out/article.pdf")).isRegularFile();
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).anyMatch(call -> call.contains("weft.cli.Main build -p study"));
    }

    @Test
    void a_java_home_without_java_is_refused_in_one_line() throws Exception {
        TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path empty = Files.createDirectories(temp.resolve("not-a-jdk"));

        Run run = weft("1", Map.of("JAVA_HOME", empty.toString()), "build", "-p", "study", "-o", "out", "--no-cache");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("weft: JAVA_HOME is " + empty + ", which has no bin/java: set it to a JDK 17 or"
                + " newer, or unset it to use the java on the PATH\n");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    private List<String> archives() throws IOException {
        Path folder = temp.resolve("cache/weft/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
        }
    }

    @Test
    void the_archive_is_made_by_the_first_whole_build_not_by_help_or_a_build_without_word() throws Exception {
        TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));

        Run help = weft("1", "build", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: weft build");
        assertThat(weft("1", "build", "-hV").code()).isZero();
        Run noWord = weft("1", "build", "--no-docx", "-p", "study", "-o", "no-word", "--no-cache");
        assertThat(noWord.code()).as(noWord.err()).isZero();
        assertThat(archives()).as("no archive of a partial command").isEmpty();

        Run first = weft("1", "build", "-p", "study", "-o", "first", "--no-cache");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(archives()).hasSize(1);
        String archive = archives().get(0);
        long size = Files.size(temp.resolve("cache/weft/cds").resolve(archive));
        assertThat(archive).isEqualTo(archive.substring(0, archive.lastIndexOf('-')) + "-" + size + ".jsa");
        // the classes of a whole build (the PDF's, Word's): tens of megabytes, where the command line's alone are a few
        assertThat(size).isGreaterThan(20_000_000L);

        Run mapped = weft("1", "build", "-p", "study", "-o", "mapped", "--no-cache");
        Run plain = weft("0", "build", "-p", "study", "-o", "plain", "--no-cache");
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.err()).isEqualTo(plain.err());
        assertThat(mapped.out().replace("mapped", "plain")).isEqualTo(plain.out());
        assertThat(archives()).containsExactly(archive);
    }

    @Test
    void a_first_build_whose_archive_run_crashes_at_exit_shows_only_the_build_s_output() throws Exception {
        // Java 17 can crash while writing the archive after a build that read a git history (--changes-since); the
        // launcher then runs the build again without an archive: the terminal must not see the shell's "Aborted"
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(study.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            org.eclipse.jgit.lib.PersonIdent author = new org.eclipse.jgit.lib.PersonIdent("Author", "author@example.org",
                    1_700_000_000_000L, 0);
            git.commit().setMessage("v1").setAuthor(author).setCommitter(author).setSign(false).call();
            git.tag().setName("v1").setAnnotated(false).call();
        }
        Run first = weft("1", "build", "-p", "study", "-o", "first", "--no-cache", "--changes-since", "v1");
        Run plain = weft("0", "build", "-p", "study", "-o", "plain", "--no-cache", "--changes-since", "v1");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("Aborted").isEqualTo(plain.err());
        assertThat(first.out().replace("first", "plain")).isEqualTo(plain.out());
    }
}

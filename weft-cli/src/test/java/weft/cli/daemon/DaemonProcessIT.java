package weft.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * {@code WEFT_DAEMON=1 bin/weft build} as a researcher runs it, in processes of its own (the daemon detached by setsid):
 * the first build runs in the command's own JVM and leaves a daemon behind, which warms up; the next build, after a
 * recode, runs in the daemon and writes the same files and messages as a build without it; {@code weft daemon stop}
 * ends it. The sockets and the class-data archives go to folders of the test (XDG_RUNTIME_DIR, XDG_CACHE_HOME).
 */
class DaemonProcessIT {

    @TempDir
    Path temp;

    private Path work;
    private Path sockets;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void study() throws IOException {
        work = Files.createDirectories(temp.resolve("work"));
        TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));
        sockets = temp.resolve("run/weft-daemon");
    }

    @AfterEach
    void stopTheDaemon() throws Exception {
        weft(Map.of(), "daemon", "stop");
    }

    private Run weft(Map<String, String> more, String... args) throws IOException, InterruptedException {
        return run(List.of(TestProjects.defaultStudy().resolve("bin/weft").toString()), more, args);
    }

    /** {@code perl bin/weft-client.pl CHECKOUT JAR ARGS...}, as bin/weft runs it, with the environment of {@link #weft}. */
    private Run quick(Map<String, String> more, String... args) throws IOException, InterruptedException {
        Path checkout = TestProjects.defaultStudy();
        Path jar;
        try (Stream<Path> files = Files.list(checkout.resolve("weft-cli/target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("weft-cli-[0-9.]+(-SNAPSHOT)?\\.jar")).findFirst().orElseThrow();
        }
        return run(List.of("perl", checkout.resolve("bin/weft-client.pl").toString(), checkout.toString(), jar.toString()),
                more, args);
    }

    private Run run(List<String> program, Map<String, String> more, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("XDG_RUNTIME_DIR", temp.resolve("run").toString());
        env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        env.put("WEFT_CDS", "0"); // no class-data archive: its first dump would only slow the test down
        env.put("WEFT_DAEMON", "1");
        env.put("WEFT_DAEMON_IDLE", "10");
        env.put("SOURCE_DATE_EPOCH", "1700000000");
        env.remove("WEFT_NAMES_FILE");
        env.putAll(more);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("bin/weft %s ended", String.join(" ", args)).isTrue();
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt"), Charset.defaultCharset()),
                Files.readString(temp.resolve("err.txt"), Charset.defaultCharset()));
    }

    private List<Path> socketFiles() throws IOException {
        if (!Files.isDirectory(sockets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(sockets)) {
            return files.filter(f -> f.toString().endsWith(".sock")).toList();
        }
    }

    @Test
    void a_rebuild_after_a_recode_runs_in_the_daemon_and_gives_the_files_of_a_build_without_it() throws Exception {
        Run first = weft(Map.of(), "build", "--project", "study", "--output", "first");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).endsWith("weft: a build daemon starts in the background for the next builds (weft daemon"
                + " stop stops it)" + System.lineSeparator());
        assertThat(work.resolve("first/index.html")).isRegularFile();

        Run warm = weft(Map.of(), "daemon", "status"); // answered once the daemon has warmed up on the first build
        assertThat(warm.out()).startsWith("weft build daemon: process ").contains(", 0 commands run, stops after 10 minutes");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sockets))).isEqualTo("rwx------");
        assertThat(socketFiles()).hasSize(1);

        TestProjects.replaceIn(work.resolve("study/coded-data/quotes/quotes.yaml"), "codes: [eating-together]",
                "codes: [cooking-together]");
        Run daemon = weft(Map.of(), "build", "--project", "study", "--output", "second");
        Run plain = weft(Map.of("WEFT_DAEMON", "0"), "build", "--project", "study", "--output", "plain");

        assertThat(daemon.code()).as(daemon.err()).isZero();
        assertThat(weft(Map.of(), "daemon", "status").out()).contains(", 1 command run,");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(FileTrees.fingerprint(work.resolve("second"))).isEqualTo(FileTrees.fingerprint(work.resolve("plain")))
                .isNotEqualTo(FileTrees.fingerprint(work.resolve("first")));
        assertThat(daemon.err()).isEqualTo(plain.err());
        assertThat(daemon.out()).isEqualTo("Built " + work.resolve("second/index.html") + System.lineSeparator());

        // other JVM options get a daemon of their own, beside this one (the same code: neither stops the other)
        Run other = weft(Map.of("WEFT_JAVA_OPTS", "-Dweft.test.daemon=other"), "validate", "--project", "study");
        assertThat(other.err()).contains("weft: a build daemon starts in the background");
        List<Long> processes = weft(Map.of(), "daemon", "status").out().lines()
                .filter(l -> l.startsWith("weft build daemon: process "))
                .map(l -> Long.parseLong(l.replaceFirst("weft build daemon: process (\\d+),.*", "$1"))).toList();
        assertThat(processes).hasSize(2);

        // one killed (SIGTERM, as by kill or a logout) takes its socket with it; the other is stopped
        ProcessHandle killed = ProcessHandle.of(processes.get(0)).orElseThrow();
        assertThat(killed.destroy()).isTrue();
        killed.onExit().get(1, TimeUnit.MINUTES);
        assertThat(socketFiles()).hasSize(1);
        Run stop = weft(Map.of(), "daemon", "stop");
        assertThat(stop.out()).isEqualTo("weft: stopped 1 build daemon" + System.lineSeparator());
        assertThat(socketFiles()).isEmpty();
        try (Stream<Path> left = Files.list(sockets)) {
            assertThat(left).as("the daemons' empty logs and markers are gone").isEmpty();
        }
        assertThat(weft(Map.of(), "daemon", "status").out()).isEqualTo("weft: no build daemon is running" + System.lineSeparator());
    }

    @Test
    void the_quick_client_hands_a_build_to_the_daemon_the_java_client_named_and_leaves_the_rest_to_it() throws Exception {
        assertThat(quick(Map.of(), "build", "--project", "study", "--output", "none").code())
                .as("no daemon's folder yet: left to the Java client").isEqualTo(77);
        Run first = weft(Map.of(), "build", "--project", "study", "--output", "first");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(weft(Map.of(), "daemon", "status").out()).contains(", 0 commands run,");

        Run quick = quick(Map.of(), "build", "--project", "study", "--output", "quick");
        Run plain = weft(Map.of("WEFT_DAEMON", "0"), "build", "--project", "study", "--output", "plain");
        assertThat(quick.code()).as("the daemon's name agrees with DaemonName's: " + quick.err()).isZero();
        assertThat(weft(Map.of(), "daemon", "status").out()).as("served by the daemon").contains(", 1 command run,");
        assertThat(FileTrees.fingerprint(work.resolve("quick"))).isEqualTo(FileTrees.fingerprint(work.resolve("plain")));
        assertThat(quick.err()).isEqualTo(plain.err());
        assertThat(quick.out()).isEqualTo("Built " + work.resolve("quick/index.html") + System.lineSeparator());
        // bin/weft runs JAVA_HOME's java when it is set: the quick client names the daemon by the same JDK
        assertThat(quick(Map.of("JAVA_HOME", System.getProperty("java.home")), "validate", "--project", "study").code())
                .as("JAVA_HOME naming the JDK the daemon runs on").isZero();
        assertThat(quick(Map.of("JAVA_HOME", work.toString()), "validate", "--project", "study").code())
                .as("a JAVA_HOME without java: left to bin/weft, which refuses it").isEqualTo(77);
        Run failing = quick(Map.of(), "build", "--project", "no-such-study");
        assertThat(failing.code()).isEqualTo(weft(Map.of("WEFT_DAEMON", "0"), "build", "--project", "no-such-study").code())
                .isNotZero();

        Path socket = socketFiles().get(0);
        Path marker = sockets.resolve(socket.getFileName().toString().substring(0, 12) + "-another.starting");
        Files.writeString(marker, "1");
        assertThat(quick(Map.of(), "validate", "--project", "study").code()).as("a daemon starting").isEqualTo(77);
        Files.delete(marker);
        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxr-x---"));
        assertThat(quick(Map.of(), "validate", "--project", "study").code()).as("a folder others may open").isEqualTo(77);
        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwx------"));
        assertThat(quick(Map.of("TZ", "Asia/Tokyo"), "validate", "--project", "study").code())
                .as("another environment: another daemon's name").isEqualTo(77);
        assertThat(quick(Map.of("WEFT_DAEMON_IDLE", "forever"), "validate", "--project", "study").code())
                .as("a bad idle time, which the Java client reports").isEqualTo(77);
        assertThat(weft(Map.of(), "daemon", "status").out()).as("none of these reached the daemon").contains(", 3 commands run,");
        weft(Map.of(), "daemon", "stop");
        assertThat(quick(Map.of(), "validate", "--project", "study").code()).as("no daemon listening").isEqualTo(77);

        // in a locale that is not UTF-8, text that is not ASCII is the Java client's to decode as its JVM does
        Map<String, String> posix = Map.of("LC_ALL", "C");
        assertThat(weft(posix, "validate", "--project", "study").code()).isZero(); // starts a daemon of that locale
        assertThat(weft(posix, "daemon", "status").out()).contains(", 0 commands run,");
        assertThat(quick(posix, "validate", "--project", "study").code()).as("ASCII in the C locale").isZero();
        assertThat(quick(posix, "validate", "--project", "\u00e9tude").code()).as("not ASCII in the C locale").isEqualTo(77);
        assertThat(weft(posix, "daemon", "status").out()).contains(", 1 command run,");
    }

    @Test
    void an_unsafe_socket_folder_or_a_bad_idle_time_is_reported_and_the_build_runs_without_a_daemon() throws Exception {
        Files.createDirectories(sockets, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxrwxrwx"));

        Run build = weft(Map.of(), "build", "--project", "study", "--output", "pub");

        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.err()).startsWith("weft: the build daemon is not used (its folder cannot be used: " + sockets
                + " can be opened by others (rwxrwxrwx); only its owner may (chmod 700)); running without it");
        assertThat(work.resolve("pub/index.html")).isRegularFile();
        assertThat(socketFiles()).isEmpty();
        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwx------"));
        Run idle = weft(Map.of("WEFT_DAEMON_IDLE", "forever"), "validate", "--project", "study");
        assertThat(idle.code()).as(idle.err()).isZero();
        assertThat(idle.err()).startsWith("weft: the build daemon is not used (WEFT_DAEMON_IDLE is 'forever', not a whole"
                + " number of minutes from 1 to 999999); running without it");
        assertThat(socketFiles()).isEmpty();

        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxrwxrwx"));
        Run stop = weft(Map.of(), "daemon", "stop");
        assertThat(stop.code()).isEqualTo(2);
        assertThat(stop.err()).startsWith("weft: the build daemons' folder cannot be used: " + sockets + " can be opened");
    }
}

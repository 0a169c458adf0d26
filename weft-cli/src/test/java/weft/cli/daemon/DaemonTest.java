package weft.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.Weft;
import weft.cli.Main;
import weft.publish.OutputNames;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * The build daemon, served on a thread of the test's JVM and spoken to as {@code DaemonClient} does: a command runs in
 * the client's folder and environment, and gives the files, messages and exit code the same command gives without a
 * daemon.
 */
class DaemonTest {

    @TempDir
    Path temp;

    private Path socket;
    private Path work;
    private Thread serving;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** What one command gave the client. */
    private record Answer(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        socket = SocketFolder.socket(SocketFolder.open(temp.resolve("run/weft-daemon")), "test.sock");
        work = Files.createDirectories(temp.resolve("work"));
        serving = serve(new Daemon(socket, Duration.ofMinutes(10)));
        waitUntilAnswered(socket);
    }

    @AfterEach
    void stop() throws Exception {
        if (serving.isAlive()) {
            ask("stop", "", Map.of());
        }
        serving.join(60_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    private Thread serve(Daemon daemon) {
        Thread thread = new Thread(() -> {
            try {
                daemon.serve(List.of());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        return thread;
    }

    private static void waitUntilAnswered(Path socket) throws IOException {
        for (int i = 0; i < 1_000 && !DaemonClient.answers(socket); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        assertThat(DaemonClient.answers(socket)).as("a daemon listens on %s", socket).isTrue();
    }

    private Answer ask(String command, String cwd, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SocketChannel connection = DaemonClient.connect(socket).orElseThrow();
        int code = DaemonClient.send(connection, new Wire.Request(command, cwd, env, List.of(args)), out, err).orElseThrow();
        return new Answer(code, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
    }

    private Answer run(Map<String, String> env, String... args) {
        return ask("run", work.toString(), env, args);
    }

    /** The same command without a daemon, in this JVM, with absolute paths. */
    private static Answer inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Answer(code, out.toString(), err.toString());
    }

    @Test
    void a_build_takes_its_paths_from_the_clients_folder_and_its_date_from_the_clients_environment() throws Exception {
        TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));

        Answer daemon = run(Map.of("SOURCE_DATE_EPOCH", "1600000000"), "build", "--project", "study", "--output", "pub",
                "--no-cache");
        Answer plain = inProcess("build", "--project", work.resolve("study").toString(), "--output",
                temp.resolve("plain").toString(), "--no-cache", "--source-date-epoch", "1600000000");

        assertThat(daemon.code()).as(daemon.err()).isZero();
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(FileTrees.fingerprint(work.resolve("pub"))).isEqualTo(FileTrees.fingerprint(temp.resolve("plain")));
        assertThat(daemon.err()).isEqualTo(plain.err());
        assertThat(daemon.out()).isEqualTo("Built " + work.resolve("pub").resolve(OutputNames.ARTICLE) + System.lineSeparator());

        Answer otherDate = run(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "build", "--project", "study", "--output", "pub2",
                "--no-cache");
        assertThat(otherDate.code()).as(otherDate.err()).isZero();
        assertThat(Files.readAllBytes(work.resolve("pub2").resolve(OutputNames.PDF)))
                .isNotEqualTo(Files.readAllBytes(work.resolve("pub").resolve(OutputNames.PDF)));
        assertThat(otherDate.err()).isEqualTo(plain.err());
    }

    @Test
    void a_build_whose_client_goes_away_while_it_runs_writes_nothing_and_the_next_is_served() throws Exception {
        TestProjects.copy(TestProjects.defaultStudy(), work.resolve("study")); // a build long enough to go away during
        assertThat(run(Map.of(), "build", "-p", "study", "-o", "pub", "--no-cache").code()).isZero();
        Map<String, String> before = FileTrees.fingerprint(work.resolve("pub"));
        TestProjects.replaceIn(work.resolve("study/coded-data/quotes/family-challenges.yaml"),
                "codes: [poor-emotional-intelligence]", "codes: [difficulty-of-communication]");

        // as a client ended by Ctrl-C: it goes away once the daemon has taken its build, before the build is done
        try (SocketChannel client = DaemonClient.connect(socket).orElseThrow()) {
            new Wire.Request("run", work.toString(), Map.of(), List.of("build", "-p", "study", "-o", "pub", "--no-cache"))
                    .writeTo(new DataOutputStream(Channels.newOutputStream(client)));
            ByteBuffer accepted = ByteBuffer.allocate(5);
            while (accepted.hasRemaining() && client.read(accepted) >= 0) {
                // the ACCEPTED frame: a type byte and an int
            }
            assertThat(accepted.get(0)).isEqualTo(Wire.ACCEPTED);
        }

        Answer status = ask("status", "", Map.of()); // answered when the daemon is done with the build before
        assertThat(status.out()).contains(", 2 commands run,");
        assertThat(FileTrees.fingerprint(work.resolve("pub"))).as("the previous publication, as it was").isEqualTo(before);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pub", "study");
        }

        Answer next = run(Map.of(), "build", "-p", "study", "-o", "pub", "--no-cache");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(FileTrees.fingerprint(work.resolve("pub"))).isNotEqualTo(before);
    }

    @Test
    void the_project_defaults_to_the_clients_folder_and_the_cache_to_its_target() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), work);

        Answer daemon = run(Map.of(), "build");

        assertThat(daemon.code()).as(daemon.err()).isZero();
        assertThat(study.resolve("target/publication").resolve(OutputNames.ARTICLE)).isRegularFile();
        assertThat(study.resolve("target/weft-cache/.weft-cache")).isRegularFile();
    }

    @Test
    void input_errors_are_reported_as_without_the_daemon_and_leave_no_output() {
        Path invalid = TestProjects.invalidCases().stream().filter(c -> read(c.resolve("expected.txt"))
                .contains("ERROR ")).findFirst().orElseThrow(); // the first case with an error
        TestProjects.invalidProject(invalid, work.resolve("study"));

        Answer daemon = run(Map.of(), "build", "-p", "study", "-o", "pub");
        Answer plain = inProcess("build", "-p", work.resolve("study").toString(), "-o", temp.resolve("plain").toString());

        assertThat(daemon.code()).isEqualTo(1).isEqualTo(plain.code());
        assertThat(daemon.err()).isEqualTo(plain.err()).contains("ERROR");
        assertThat(work.resolve("pub")).doesNotExist();
    }

    @Test
    void a_relative_names_file_and_cache_are_the_clients_and_named_as_without_the_daemon() throws IOException {
        TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));
        Files.writeString(work.resolve("a-file"), "not a folder\n");

        Answer daemon = run(Map.of("WEFT_NAMES_FILE", "missing-names.txt"), "build", "-p", "study", "-o", "pub",
                "--cache", "a-file");
        Answer plain = inProcess("build", "-p", work.resolve("study").toString(), "-o", temp.resolve("plain").toString(),
                "--names", work.resolve("missing-names.txt").toString(), "--cache", work.resolve("a-file").toString());

        assertThat(daemon.code()).isEqualTo(1).isEqualTo(plain.code());
        assertThat(daemon.err()).isEqualTo(plain.err())
                .contains("ERROR " + work.resolve("missing-names.txt") + ": cannot read the list of names")
                .contains("WARNING " + work.resolve("a-file") + ": the build cache is not used");
        // without the daemon a relative path is named absolute too, so the two print the same whatever the user typed
        Answer relative = inProcess("validate", "-p", work.resolve("study").toString(), "--names", "no-such-names.txt");
        assertThat(relative.err()).contains("ERROR " + Path.of("no-such-names.txt").toAbsolutePath()
                + ": cannot read the list of names");
    }

    @Test
    void validate_runs_and_other_commands_are_refused() throws IOException {
        TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));

        assertThat(run(Map.of(), "validate", "-p", "study").code()).isZero();
        Answer synth = run(Map.of(), "synth", "--quotes", "10", "--output", "made");
        assertThat(synth.code()).isEqualTo(2);
        assertThat(synth.err()).isEqualTo("weft: the build daemon runs only build and validate, not 'synth'"
                + System.lineSeparator());
        assertThat(work.resolve("made")).doesNotExist();
        assertThat(run(Map.of(), "build", "--no-such-option").code()).isEqualTo(2);
    }

    @Test
    void status_counts_the_commands_and_stop_ends_the_daemon_and_removes_its_socket() throws Exception {
        TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));
        run(Map.of(), "validate", "-p", "study");

        Answer status = ask("status", "", Map.of());
        assertThat(status.code()).isZero();
        assertThat(status.out()).startsWith("weft build daemon: process " + ProcessHandle.current().pid())
                .contains(", 1 command run, stops after 10 minutes without one; socket " + socket);

        assertThat(ask("stop", "", Map.of()).code()).isZero();
        serving.join(60_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(socket).doesNotExist();
        assertThat(DaemonClient.connect(socket)).isEmpty();
    }

    @Test
    void a_request_that_is_not_one_is_dropped_and_the_daemon_serves_on() throws Exception {
        try (SocketChannel garbage = DaemonClient.connect(socket).orElseThrow()) {
            garbage.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(Charset.defaultCharset())));
            ByteBuffer answer = ByteBuffer.allocate(16);
            int read;
            try {
                read = garbage.read(answer);
            } catch (IOException reset) { // the daemon closed the connection before reading all of it
                read = -1;
            }
            assertThat(read).as("bytes answered").isEqualTo(-1);
        }
        assertThat(ask("status", "", Map.of()).code()).isZero();
    }

    @Test
    void a_second_daemon_on_the_same_socket_leaves_the_first_serving() throws Exception {
        Thread second = serve(new Daemon(socket, Duration.ofMinutes(10)));
        second.join(60_000);

        assertThat(second.isAlive()).isFalse();
        assertThat(ask("status", "", Map.of()).out()).contains("0 commands run");
    }

    @Test
    void a_socket_left_by_a_killed_daemon_is_replaced_and_an_idle_daemon_stops_by_itself() throws Exception {
        Path stale = socket.resolveSibling("stale.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stale)); // closed without deleting its file, as by kill -9
        }
        assertThat(stale).exists();
        assertThat(DaemonClient.answers(stale)).isFalse();

        Thread idle = serve(new Daemon(stale, Duration.ofMillis(300)));
        waitUntilAnswered(stale);
        idle.join(60_000);

        assertThat(idle.isAlive()).isFalse();
        assertThat(stale).doesNotExist();
    }

    @Test
    void a_template_edited_between_two_builds_is_what_the_second_renders() throws Exception {
        Path study = TestProjects.copy(TestProjects.defaultStudy(), work.resolve("study"));
        Path template = study.resolve("templates/article.ftlh");
        String charset = "<meta charset=\"utf-8\">";
        TestProjects.replaceIn(template, charset, charset + "<meta name=\"weft-test\" content=\"one\">");
        Answer first = run(Map.of(), "build", "-p", "study", "-o", "pub", "--no-cache");
        assertThat(first.code()).as(first.err()).isZero();
        FileTime modified = Files.getLastModifiedTime(template);

        TestProjects.replaceIn(template, "content=\"one\"", "content=\"two\"");
        Files.setLastModifiedTime(template, modified); // an edit the modification time does not show
        Answer second = run(Map.of(), "build", "-p", "study", "-o", "pub", "--no-cache");
        Answer plain = inProcess("build", "-p", study.toString(), "-o", temp.resolve("plain").toString(), "--no-cache");

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Files.readString(work.resolve("pub").resolve(OutputNames.ARTICLE)))
                .contains("<meta name=\"weft-test\" content=\"two\">")
                .isEqualTo(Files.readString(temp.resolve("plain").resolve(OutputNames.ARTICLE)));
        assertThat(second.err()).isEqualTo(plain.err());
    }

    @Test
    void the_warm_up_renders_the_clients_command_in_memory_and_writes_nothing() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), work.resolve("study"));
        var before = FileTrees.fingerprint(work);

        Weft weft = Main.daemonWeft();
        assertThat(Main.warmUp(weft, work, new String[] {"build", "-p", "study", "-o", "pub"}, 1)).isTrue();
        assertThat(Main.warmUp(weft, work, new String[] {"synth", "--output", "made"}, 1)).isFalse();
        assertThat(Main.warmUp(weft, work, new String[] {"build", "--no-such-option"}, 1)).isFalse();
        assertThat(Main.warmUp(weft, work, new String[] {"--version"}, 1)).isFalse();

        assertThat(FileTrees.fingerprint(work)).isEqualTo(before);
        assertThat(study.resolve("target")).doesNotExist();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

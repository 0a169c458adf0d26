package weft.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import weft.build.Weft;
import weft.cli.ConsoleCharset;
import weft.cli.Main;

/**
 * The build daemon: serves the builds of one Weft (one set of jars, one Java runtime, one locale) on a Unix domain
 * socket, one after the other, each in a new command line as {@code weft build} would run it in the client's folder and
 * environment, so that only the JVM's loaded and compiled code, and the templates the daemon's one {@link Weft} parsed
 * while they are unchanged, carry over from one build to the next (the engine keeps no other state between builds; the
 * build cache on disk is the project's own). It stops after {@code idle} without a request, or when asked to.
 */
public final class Daemon {

    /** The commands a daemon runs; anything else is run by {@code bin/weft} itself. */
    static final Set<String> COMMANDS = Set.of("build", "validate");

    /** How long after a build without a next command the daemon collects its garbage (a full collection, ~70 ms). */
    private static final Duration COLLECT_AFTER = Duration.ofMillis(500);

    /** How often the daemon renders the warm-up command: twice gets the build's hot code compiled at full speed. */
    private static final int WARM_UP_RUNS = 2;

    private final Path socket;
    private final Duration idle;
    private final Instant started = Instant.now();
    /** The one Weft of every command: the templates it parsed are reused while the project's are unchanged. */
    private final Weft weft = Main.daemonWeft();
    private int builds;

    Daemon(Path socket, Duration idle) {
        this.socket = socket;
        this.idle = idle;
    }

    /**
     * {@code Daemon SOCKET IDLE-MINUTES [FOLDER ARGS...]}, started by {@link DaemonClient}: it listens, warms up on the
     * command line ARGS run in FOLDER (in memory; see {@link Main#warmUp}), then serves.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[1].matches(DaemonClient.IDLE_MINUTES)) {
            System.err.println("usage: Daemon SOCKET IDLE-MINUTES [FOLDER ARGS...]");
            System.exit(2);
        }
        List<String> warmUp = List.of(args).subList(Math.min(2, args.length), args.length);
        new Daemon(Path.of(args[0]), Duration.ofMinutes(Long.parseLong(args[1]))).serve(warmUp);
    }

    /**
     * Serves requests until idle or stopped, after warming up on {@code warmUp} (a folder and a command line, or
     * nothing); returns at once when another daemon already serves the socket.
     */
    void serve(List<String> warmUp) throws IOException {
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (DaemonClient.answers(socket)) {
                return;
            }
            if (Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                Files.delete(socket); // a socket left by a daemon that was killed
            }
        }
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Object ours = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            Files.deleteIfExists(DaemonClient.starting(socket)); // it listens: clients connect instead of waiting
            Thread onSignal = new Thread(() -> { // kill, a logout: the files go as on a stop
                try {
                    cleanUp(ours);
                } catch (IOException e) {
                    System.err.println("weft daemon: " + e);
                }
            });
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                warmUp(warmUp); // a client that connects meanwhile waits for it
                loop(server, selector, ours);
            } finally {
                cleanUp(ours);
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // a signal came meanwhile: the hook cleans up again, which is harmless
                }
            }
        }
    }

    private void loop(ServerSocketChannel server, Selector selector, Object ours) throws IOException {
        Instant lastUse = Instant.now();
        Instant collectAt = null; // when the garbage of the last build is collected, unless a command comes first
        while (true) {
            Instant until = collectAt != null ? collectAt : lastUse.plus(idle);
            long wait = Math.max(1, Duration.between(Instant.now(), until).toMillis());
            selector.select(wait);
            selector.selectedKeys().clear();
            SocketChannel client = server.accept();
            if (client == null) {
                if (collectAt != null && !Instant.now().isBefore(collectAt)) {
                    System.gc();
                    collectAt = null;
                    continue;
                }
                if (!Instant.now().isBefore(lastUse.plus(idle))) {
                    return;
                }
                continue;
            }
            boolean stop;
            int before = builds;
            try (SocketChannel connection = client) {
                connection.configureBlocking(true);
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(connection));
                stop = answer(connection, new DataInputStream(Channels.newInputStream(connection)), out);
                if (stop) { // its files gone before the client hears it stopped
                    cleanUp(ours);
                    Wire.signal(out, Wire.EXIT, 0);
                }
            } catch (java.io.EOFException e) {
                stop = false; // a client that only looked whether a daemon listens
            } catch (IOException e) {
                stop = false; // the client went away: the next one is served
                System.err.println("weft daemon: " + e);
            }
            if (stop) {
                return;
            }
            if (builds != before) {
                // the command's garbage collected while the researcher reads its result: the next build starts with
                // an empty heap, and the serial collector gives back what it no longer needs (not after a status, a
                // refused command or a client that only looked whether the daemon listens). Not at once: a command
                // that comes right after (a script's, an editor's) would wait for the collection.
                collectAt = Instant.now().plus(COLLECT_AFTER);
            }
            lastUse = Instant.now();
        }
    }

    private void warmUp(List<String> command) {
        if (command.size() < 2) {
            return;
        }
        try {
            Main.warmUp(weft, Path.of(command.get(0)), command.subList(1, command.size()).toArray(String[]::new), WARM_UP_RUNS);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            System.err.println("weft daemon: the warm-up failed, the first command runs cold: " + e);
        }
    }

    /** Answers one request; true when it asked the daemon to stop. */
    private boolean answer(SocketChannel connection, DataInputStream in, DataOutputStream out) throws IOException {
        Wire.Request request = Wire.Request.readFrom(in);
        Wire.signal(out, Wire.ACCEPTED, 0);
        switch (request.command()) {
            case "status":
                byte[] status = (status() + System.lineSeparator()).getBytes(ConsoleCharset.of());
                Wire.frame(out, Wire.OUT, status, 0, status.length);
                Wire.signal(out, Wire.EXIT, 0);
                return false;
            case "stop":
                return true; // answered once the daemon's files are gone
            case "run":
                Wire.signal(out, Wire.EXIT, run(request, out, () -> hungUp(connection)));
                return false;
            default:
                throw new IOException("unknown request '" + request.command() + "'");
        }
    }

    private int run(Wire.Request request, DataOutputStream frames, BooleanSupplier cancelled) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(Wire.frames(frames, Wire.OUT), ConsoleCharset.of()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(Wire.frames(frames, Wire.ERR), ConsoleCharset.of()), true);
        int code;
        if (request.args().isEmpty() || !COMMANDS.contains(request.args().get(0))) {
            err.println("weft: the build daemon runs only " + String.join(" and ", COMMANDS.stream().sorted().toList())
                    + ", not " + (request.args().isEmpty() ? "nothing" : "'" + request.args().get(0) + "'"));
            code = 2;
        } else {
            builds++;
            code = Main.runIn(weft, Path.of(request.cwd()), request.env(), request.args().toArray(String[]::new), out, err,
                    cancelled);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Whether the client closed its end (Ctrl-C ends the client, and the system closes its socket): a client sends
     * nothing after its request, so the end of the stream, or an error, means it went away. Asked on the command's own
     * thread, the only one that uses the connection while the command runs.
     */
    static boolean hungUp(SocketChannel connection) {
        try {
            connection.configureBlocking(false);
            try {
                return connection.read(ByteBuffer.allocate(1)) < 0;
            } finally {
                connection.configureBlocking(true);
            }
        } catch (IOException e) {
            return true;
        }
    }

    private String status() {
        return "weft build daemon: process " + ProcessHandle.current().pid() + ", up since " + started + ", "
                + builds + (builds == 1 ? " command" : " commands") + " run, stops after " + idle.toMinutes()
                + " minutes without one; socket " + socket;
    }

    /** Deletes the daemon's socket (when still its own), its start marker and its log when empty; again is harmless. */
    private void cleanUp(Object ours) throws IOException {
        deleteIfOurs(ours);
        Files.deleteIfExists(DaemonClient.starting(socket)); // written after the daemon listened, in a race
        deleteIfEmpty(DaemonClient.log(socket)); // its output: kept only when the JVM had something to say
    }

    private static void deleteIfEmpty(Path log) throws IOException {
        if (Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS) && Files.size(log) == 0) {
            Files.delete(log);
        }
    }

    /** Deletes the socket when it is still the one this daemon bound (never a file put in its place since). */
    private void deleteIfOurs(Object ours) throws IOException {
        if (ours == null || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Object now = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        if (Objects.equals(ours, now)) {
            Files.delete(socket);
        }
    }
}

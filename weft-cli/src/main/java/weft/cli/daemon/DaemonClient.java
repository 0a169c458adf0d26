package weft.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client {@code bin/weft} runs for {@code weft build} and {@code weft validate} when {@code WEFT_DAEMON=1}, and for
 * {@code weft daemon status|stop}: a JVM that loads a handful of the JDK's classes, hands the command line to the
 * daemon of this Weft and prints what the daemon sends back, with its exit code.
 *
 * <p>When no daemon of this Weft listens, it exits {@value #NOT_RUNNING}: {@code bin/weft} then runs the command
 * itself, as fast as without a daemon, and afterwards runs this client again in the mode {@code start}, which starts a
 * daemon detached from the terminal and returns at once; the daemon warms itself up on that command (in memory,
 * writing nothing) while the researcher reads the result, and serves the next command warm. When no daemon can be
 * used at all (its folder is not safe, its socket's path is too long) the client says why and exits
 * {@value #NOT_USED}, and {@code bin/weft} runs the command without one.
 *
 * <p>{@code DaemonClient run -- ARGS...} runs the user's command line; {@code DaemonClient start -- JAVA-COMMAND... --
 * ARGS...} starts a daemon with JAVA-COMMAND (its socket, idle time, folder and ARGS are added). The daemon is
 * named by {@link DaemonName}; its socket is in {@code $XDG_RUNTIME_DIR/weft-daemon} (else
 * {@code $XDG_CACHE_HOME/weft-daemon}, else {@code ~/.cache/weft-daemon}); {@code WEFT_DAEMON_IDLE} is its idle time in
 * minutes (default 30).
 */
public final class DaemonClient {

    /** The exit code that tells {@code bin/weft} to run the command without a daemon (EX_TEMPFAIL). */
    static final int NOT_USED = 75;

    /** The exit code that tells {@code bin/weft} to run the command itself, then start a daemon. */
    static final int NOT_RUNNING = 76;

    private static final String STARTING = ".starting";

    /** A daemon's idle time, as WEFT_DAEMON_IDLE gives it: whole minutes from 1 to 999999. */
    static final String IDLE_MINUTES = "[1-9][0-9]{0,5}";

    /** Environment variables a daemon starts with; a command's own environment travels with each request. */
    private static final List<String> DAEMON_ENVIRONMENT = List.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE",
            "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "TZ", "TMPDIR", "JAVA_HOME");

    /** How long a starting daemon may take to listen: a JVM's start on a loaded machine. */
    private static final long LISTEN_TIMEOUT_NANOS = 60_000_000_000L;

    private final Path folder;
    private final String checkout;
    private final Optional<String> name;
    private final String idleMinutes;

    private DaemonClient(Path folder, String checkout, Optional<String> name, String idleMinutes) {
        this.folder = folder;
        this.checkout = checkout;
        this.name = name;
        this.idleMinutes = idleMinutes;
    }

    /** {@code DaemonClient run -- ARGS...} or {@code DaemonClient start -- JAVA-COMMAND... -- ARGS...}. */
    public static void main(String[] args) {
        List<String> all = List.of(args);
        int first = all.indexOf("--");
        boolean start = args.length > 0 && args[0].equals("start");
        int second = start && first >= 0 ? all.subList(first + 1, args.length).indexOf("--") + first + 1 : first;
        if (first != 1 || !(start || args[0].equals("run")) || (start && second <= first)) {
            System.err.println("usage: DaemonClient run -- ARGS... | DaemonClient start -- JAVA-COMMAND... -- ARGS...");
            System.exit(2);
        }
        List<String> command = all.subList(second + 1, args.length);
        String idle = System.getenv().getOrDefault("WEFT_DAEMON_IDLE", "30");
        if (!idle.matches(IDLE_MINUTES)) {
            System.exit(notUsed("WEFT_DAEMON_IDLE is '" + idle + "', not a whole number of minutes from 1 to 999999"));
        }
        DaemonClient client;
        try {
            client = forThisWeft(idle);
        } catch (IOException e) {
            System.exit(notUsed(e.getMessage()));
            return;
        }
        System.exit(start ? client.start(command, all.subList(first + 1, second)) : client.run(command));
    }

    /**
     * The client of the Weft whose jar holds this class: its checkout is the folder two above the jar
     * ({@code weft-cli/target/}), its class path the jar and {@code classpath.txt} beside it.
     */
    private static DaemonClient forThisWeft(String idle) throws IOException {
        Path jar;
        try {
            jar = Path.of(DaemonClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where Weft is (" + e.getMessage() + ")");
        }
        Path target = jar.getParent();
        Path checkout = target.getParent().getParent();
        Map<String, String> env = System.getenv();
        Path folder = !env.getOrDefault("XDG_RUNTIME_DIR", "").isEmpty() ? Path.of(env.get("XDG_RUNTIME_DIR"), "weft-daemon")
                : !env.getOrDefault("XDG_CACHE_HOME", "").isEmpty() ? Path.of(env.get("XDG_CACHE_HOME"), "weft-daemon")
                : Path.of(System.getProperty("user.home"), ".cache", "weft-daemon");
        String ofCheckout = DaemonName.hash(checkout.toString()).substring(0, 12);
        Optional<String> key = DaemonName.key(jar, target.resolve("classpath.txt"), target.resolve("classes"), env);
        return new DaemonClient(folder, ofCheckout, key.isPresent() ? Optional.of(ofCheckout + "-" + key.get()) : key, idle);
    }

    /** Runs {@code command} in the daemon; {@value #NOT_RUNNING} when none listens. */
    private int run(List<String> command) {
        if (!command.isEmpty() && command.get(0).equals("daemon")) {
            try {
                return manage(SocketFolder.open(folder), command.subList(1, command.size()));
            } catch (IOException e) {
                System.err.println("weft: the build daemons' folder cannot be used: " + e.getMessage());
                return 2;
            }
        }
        Optional<Path> sockets = sockets();
        if (sockets.isEmpty()) {
            return NOT_USED;
        }
        Optional<Path> socket = socket(sockets.get());
        if (socket.isEmpty()) {
            return NOT_USED;
        }
        awaitStarting(sockets.get());
        Optional<SocketChannel> connection = connect(socket.get());
        if (connection.isEmpty()) {
            return NOT_RUNNING;
        }
        Wire.Request request = new Wire.Request("run", System.getProperty("user.dir"), System.getenv(), command);
        // empty when the daemon closed the connection before it took the request (it was stopping)
        return send(connection.get(), request).orElse(NOT_RUNNING);
    }

    private Optional<Path> sockets() {
        try {
            return Optional.of(SocketFolder.open(folder));
        } catch (IOException e) {
            notUsed("its folder cannot be used: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Path> socket(Path sockets) {
        if (name.isEmpty()) {
            notUsed("it needs Weft packaged as jars: mvn -DskipTests install");
            return Optional.empty();
        }
        try {
            return Optional.of(SocketFolder.socket(sockets, name.get() + ".sock"));
        } catch (IOException e) {
            notUsed(e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code weft daemon status} and {@code weft daemon stop}: every daemon of this checkout. */
    private int manage(Path sockets, List<String> what) {
        if (what.size() != 1 || !(what.get(0).equals("status") || what.get(0).equals("stop"))) {
            System.err.println("weft: usage: weft daemon status|stop");
            return 2;
        }
        awaitStarting(sockets);
        int answered = 0;
        for (Path socket : daemonsOfCheckout(sockets)) {
            Optional<SocketChannel> connection = connect(socket);
            if (connection.isPresent() && send(connection.get(), new Wire.Request(what.get(0), "", Map.of(), List.of())).isPresent()) {
                answered++;
            }
        }
        if (what.get(0).equals("stop")) {
            System.out.println("weft: " + (answered == 0 ? "no build daemon was running" : "stopped " + answered
                    + (answered == 1 ? " build daemon" : " build daemons")));
        } else if (answered == 0) {
            System.out.println("weft: no build daemon is running");
        }
        return 0;
    }

    /**
     * Stops the daemons of this checkout's earlier builds (other code: {@code CHECKOUT-CODE-ENVIRONMENT.sock}), which
     * would only hold memory until idle; those of the same code in another locale or with other JVM options stay.
     */
    private void stopOthers(Path sockets) {
        String code = name.orElseThrow().substring(0, name.orElseThrow().lastIndexOf('-') + 1);
        for (Path socket : daemonsOfCheckout(sockets)) {
            if (!socket.getFileName().toString().startsWith(code)) {
                connect(socket).ifPresent(c -> send(c, new Wire.Request("stop", "", Map.of(), List.of())));
            }
        }
    }

    private List<Path> daemonsOfCheckout(Path sockets) {
        return ofCheckout(sockets, ".sock");
    }

    /** This checkout's files in the folder {@code sockets} whose names end in {@code suffix}, sorted. */
    private List<Path> ofCheckout(Path sockets, String suffix) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sockets, checkout + "-*" + suffix)) {
            for (Path entry : entries) { // loops, not lambdas, on the way to a build: see DaemonName.hash
                found.add(entry);
            }
        } catch (IOException e) {
            // no folder, no daemons
        }
        found.sort(null);
        return found;
    }

    /**
     * Starts a daemon of this Weft with {@code javaCommand} (its socket, idle time, this folder and {@code command},
     * to warm up on, are added), detached from the terminal (setsid) and with its output in a log beside the socket;
     * returns at once. A daemon that finds another one listening exits.
     */
    private int start(List<String> command, List<String> javaCommand) {
        Optional<Path> sockets = sockets();
        Optional<Path> socket = sockets.flatMap(this::socket);
        if (socket.isEmpty()) {
            return NOT_USED;
        }
        if (answers(socket.get())) {
            return 0;
        }
        stopOthers(sockets.get());
        List<String> daemon = new ArrayList<>();
        daemon.add("setsid");
        daemon.addAll(javaCommand);
        daemon.add(socket.get().toString());
        daemon.add(idleMinutes);
        daemon.add(System.getProperty("user.dir"));
        daemon.addAll(command);
        Path log = log(socket.get());
        ProcessBuilder builder = new ProcessBuilder(daemon).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().retainAll(DAEMON_ENVIRONMENT);
        Process process;
        try {
            process = builder.start();
            // setsid runs the daemon's JVM in its own process: the marker names it until the daemon listens
            Files.writeString(starting(socket.get()), Long.toString(process.pid()));
        } catch (IOException e) {
            System.err.println("weft: the build daemon did not start (" + e.getMessage() + ")");
            return 1;
        }
        System.err.println("weft: a build daemon starts in the background for the next builds (weft daemon stop stops it)");
        return 0;
    }

    /** The marker a starting daemon's socket has until it listens: the daemon's process number. */
    static Path starting(Path socket) {
        return beside(socket, STARTING);
    }

    /** The daemon's own output (the JVM's messages), beside its socket. */
    static Path log(Path socket) {
        return beside(socket, ".log");
    }

    private static Path beside(Path socket, String suffix) {
        String name = socket.getFileName().toString();
        return socket.resolveSibling(name.substring(0, name.length() - ".sock".length()) + suffix);
    }

    /**
     * Waits for the daemons of this checkout that are starting (a marker whose process is alive) until they listen,
     * so that a command right after a first build finds its daemon instead of starting another.
     */
    private void awaitStarting(Path sockets) {
        long deadline = System.nanoTime() + LISTEN_TIMEOUT_NANOS;
        for (Path marker : ofCheckout(sockets, STARTING)) {
            Path socket = marker.resolveSibling(marker.getFileName().toString().replaceFirst("\\.starting$", ".sock"));
            while (Files.exists(marker) && !answers(socket) && alive(marker) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean alive(Path marker) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(marker).strip())).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean close(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // it answered; closing is all that is left
        }
        return true;
    }

    /** A connection to the daemon on {@code socket}, if one listens there. */
    static Optional<SocketChannel> connect(Path socket) {
        try {
            return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** True when a daemon listens on {@code socket}. */
    static boolean answers(Path socket) {
        Optional<SocketChannel> connection = connect(socket);
        return connection.isPresent() && close(connection.get());
    }

    /**
     * Sends {@code request} and copies the answer to this process's standard output and error; the exit code, or
     * nothing when the daemon closed the connection before it accepted the request.
     */
    private static Optional<Integer> send(SocketChannel connection, Wire.Request request) {
        return send(connection, request, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    /** {@link #send(SocketChannel, Wire.Request)} with the answer copied to {@code stdout} and {@code stderr}. */
    static Optional<Integer> send(SocketChannel connection, Wire.Request request, OutputStream stdout, OutputStream stderr) {
        boolean accepted = false;
        try (SocketChannel c = connection) {
            request.writeTo(new DataOutputStream(Channels.newOutputStream(c)));
            DataInputStream in = new DataInputStream(Channels.newInputStream(c));
            while (true) {
                int type = Wire.readType(in);
                if (type == Wire.ACCEPTED) {
                    in.readInt();
                    accepted = true;
                } else if (type == Wire.OUT || type == Wire.ERR) {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    (type == Wire.OUT ? stdout : stderr).write(bytes);
                } else if (type == Wire.EXIT) {
                    return Optional.of(in.readInt());
                } else {
                    break;
                }
            }
        } catch (IOException e) {
            // handled below: before acceptance the request is sent again, after it the command's end is unknown
        }
        if (!accepted) {
            return Optional.empty();
        }
        try {
            stderr.write(("weft: the build daemon stopped before the command ended; the previous publication stays unless"
                    + " the build had finished" + System.lineSeparator()).getBytes(weft.cli.ConsoleCharset.of()));
        } catch (IOException e) {
            // nowhere left to say it: the exit code does
        }
        return Optional.of(3);
    }

    private static int notUsed(String why) {
        System.err.println("weft: the build daemon is not used (" + why + "); running without it");
        return NOT_USED;
    }
}

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
 * <p>{@code DaemonClient FOLDER CHECKOUT KEY IDLE-MINUTES run|start -- JAVA-COMMAND... -- ARGS...}: the sockets'
 * folder, a hash of the checkout (its daemons' names start with it), a hash of this Weft (its jars, the Java runtime,
 * the JVM options, the locale), the daemon's idle time, the mode, the command that starts a daemon (its socket, idle
 * time, folder and the command line to warm up on are added) and the user's command line.
 */
public final class DaemonClient {

    /** The exit code that tells {@code bin/weft} to run the command without a daemon (EX_TEMPFAIL). */
    static final int NOT_USED = 75;

    /** The exit code that tells {@code bin/weft} to run the command itself, then start a daemon. */
    static final int NOT_RUNNING = 76;

    /** Environment variables a daemon starts with; a command's own environment travels with each request. */
    private static final List<String> DAEMON_ENVIRONMENT = List.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE",
            "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "TZ", "TMPDIR", "JAVA_HOME");

    private final Path folder;
    private final String checkout;
    private final String name;
    private final List<String> javaCommand;
    private final String idleMinutes;

    private DaemonClient(Path folder, String checkout, String key, String idleMinutes, List<String> javaCommand) {
        this.folder = folder;
        this.checkout = checkout;
        this.name = checkout + "-" + key;
        this.idleMinutes = idleMinutes;
        this.javaCommand = javaCommand;
    }

    public static void main(String[] args) {
        int first = Arrays.asList(args).indexOf("--");
        int second = first < 0 ? -1 : Arrays.asList(args).subList(first + 1, args.length).indexOf("--") + first + 1;
        if (first != 5 || second <= first || !(args[4].equals("run") || args[4].equals("start"))) {
            System.err.println("usage: DaemonClient FOLDER CHECKOUT KEY IDLE-MINUTES run|start -- JAVA-COMMAND... -- ARGS...");
            System.exit(2);
        }
        DaemonClient client = new DaemonClient(Path.of(args[0]), args[1], args[2], args[3],
                List.of(Arrays.copyOfRange(args, first + 1, second)));
        List<String> command = List.of(Arrays.copyOfRange(args, second + 1, args.length));
        if (!args[3].matches("[1-9][0-9]{0,5}")) {
            System.exit(notUsed("WEFT_DAEMON_IDLE is '" + args[3] + "', not a whole number of minutes from 1 to 999999"));
        }
        System.exit(client.run(args[4], command));
    }

    private int run(String mode, List<String> command) {
        Path sockets;
        try {
            sockets = SocketFolder.open(folder);
        } catch (IOException e) {
            return notUsed("its folder cannot be used: " + e.getMessage());
        }
        if (!command.isEmpty() && command.get(0).equals("daemon")) {
            return manage(sockets, command.subList(1, command.size()));
        }
        Path socket;
        try {
            socket = SocketFolder.socket(sockets, name + ".sock");
        } catch (IOException e) {
            return notUsed(e.getMessage());
        }
        if (mode.equals("start")) {
            return start(sockets, socket, command);
        }
        Optional<SocketChannel> connection = connect(socket);
        if (connection.isEmpty()) {
            return NOT_RUNNING;
        }
        Wire.Request request = new Wire.Request("run", System.getProperty("user.dir"), System.getenv(), command);
        // empty when the daemon closed the connection before it took the request (it was stopping)
        return send(connection.get(), request).orElse(NOT_RUNNING);
    }

    /** {@code weft daemon status} and {@code weft daemon stop}: every daemon of this checkout. */
    private int manage(Path sockets, List<String> what) {
        if (what.size() != 1 || !(what.get(0).equals("status") || what.get(0).equals("stop"))) {
            System.err.println("weft: usage: weft daemon status|stop");
            return 2;
        }
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

    /** Stops the daemons of this checkout's earlier builds (other jars): they would only hold memory until idle. */
    private void stopOthers(Path sockets) {
        for (Path socket : daemonsOfCheckout(sockets)) {
            if (!socket.getFileName().toString().equals(name + ".sock")) {
                connect(socket).ifPresent(c -> send(c, new Wire.Request("stop", "", Map.of(), List.of())));
            }
        }
    }

    private List<Path> daemonsOfCheckout(Path sockets) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sockets, checkout + "-*.sock")) {
            entries.forEach(found::add);
        } catch (IOException e) {
            // no folder, no daemons
        }
        found.sort(null);
        return found;
    }

    /**
     * Starts a daemon on {@code socket}, detached from the terminal (setsid) and with its output in a log beside the
     * socket, which warms up on {@code command}; returns at once. A daemon that finds another one listening exits.
     */
    private int start(Path sockets, Path socket, List<String> command) {
        if (connect(socket).map(DaemonClient::close).orElse(false)) {
            return 0;
        }
        stopOthers(sockets);
        List<String> daemon = new ArrayList<>();
        daemon.add("setsid");
        daemon.addAll(javaCommand);
        daemon.add(socket.toString());
        daemon.add(idleMinutes);
        daemon.add(System.getProperty("user.dir"));
        daemon.addAll(command);
        Path log = sockets.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(daemon).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().retainAll(DAEMON_ENVIRONMENT);
        try {
            builder.start();
        } catch (IOException e) {
            System.err.println("weft: the build daemon did not start (" + e.getMessage() + ")");
            return 1;
        }
        System.err.println("weft: a build daemon starts in the background for the next builds (weft daemon stop stops it)");
        return 0;
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
        return connect(socket).map(DaemonClient::close).orElse(false);
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
                    + " the build had finished" + System.lineSeparator()).getBytes(java.nio.charset.Charset.defaultCharset()));
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

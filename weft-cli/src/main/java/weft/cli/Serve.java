package weft.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.serve.Preview;

/** {@code weft serve}: the live preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the project, serves the publication on a local address and rebuilds it whenever a file in"
                + " coded-data, content, templates or site changes; open pages reload themselves and show the"
                + " diagnostics of a broken input. Writes nothing (but content/, from a --manuscript). Ctrl-C stops it.")
final class Serve implements Callable<Integer> {

    static final int DEFAULT_PORT = 4000;

    @CommandLine.Mixin
    Main.ProjectOptions project = new Main.ProjectOptions();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 for every"
                    + " address, which lets anyone who can reach this computer read the publication).")
    String host;

    @Option(names = "--port", description = "The port (default: " + DEFAULT_PORT + ", or a free one when that is taken;"
            + " a port given here must be free).")
    Integer port;

    @Option(names = "--manuscript", paramLabel = "FILE", description = "A manuscript the prose is written in (.docx, .md,"
            + " .qmd, .Rmd): imported into content/ now and again each time it is saved, as weft import does (replacing only"
            + " what the earlier import wrote and nobody changed since).")
    java.nio.file.Path manuscript;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            spec.commandLine().getErr().println("weft: unknown --host: " + host);
            return 2;
        }
        java.util.concurrent.atomic.AtomicReference<Preview> serving = new java.util.concurrent.atomic.AtomicReference<>();
        weft.serve.ManuscriptFollower follower = null;
        if (manuscript != null) {
            if (!java.nio.file.Files.isRegularFile(manuscript) || !weft.manuscript.ManuscriptImport.isManuscript(manuscript)) {
                spec.commandLine().getErr().println("weft: --manuscript names a manuscript file (.docx, .md, .qmd, .Rmd): "
                        + manuscript);
                return 2;
            }
            try {
                follower = weft.serve.ManuscriptFollower.follow(manuscript, project.project, spec.commandLine().getOut(),
                        lines -> {
                            Preview open = serving.get();
                            if (open != null) {
                                open.showProblems(lines);
                            }
                        }, lines -> lines.forEach(spec.commandLine().getErr()::println)).orElse(null);
            } catch (IOException e) {
                spec.commandLine().getErr().println("weft: cannot follow " + manuscript + ": " + e.getMessage());
                return 2;
            }
            if (follower == null) {
                return 1;
            }
        }
        Preview preview;
        try {
            preview = Preview.start(project.project, project.options(), address,
                    port == null ? DEFAULT_PORT : port, port == null,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (BindException e) {
            spec.commandLine().getErr().println("weft: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            close(follower);
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot serve: " + e.getMessage());
            close(follower);
            return 2;
        }
        serving.set(preview);
        CountDownLatch stopped = new CountDownLatch(1);
        weft.serve.ManuscriptFollower following = follower;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(following);
            preview.close();
            stopped.countDown();
        }, "weft-serve-stop"));
        stopped.await();
        return 0;
    }

    private static void close(weft.serve.ManuscriptFollower follower) {
        if (follower != null) {
            follower.close();
        }
    }
}

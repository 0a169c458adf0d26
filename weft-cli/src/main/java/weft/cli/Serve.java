package weft.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.manuscript.ManuscriptImport;
import weft.serve.ImportFollower;
import weft.serve.Preview;

/** {@code weft serve}: the live preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the project, serves the publication on a local address and rebuilds it whenever a file in"
                + " coded-data, content, templates or site changes; open pages reload themselves and show the"
                + " diagnostics of a broken input. Writes nothing (but content/, from a --manuscript, and coded-data/, from a"
                + " --coding). Ctrl-C stops it.")
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

    @Option(names = "--coding", paramLabel = "FILE", description = "A QDA tool's export (.qdpx) or a spreadsheet of the"
            + " coding (.xlsx, .ods, .csv): imported into coded-data/ now and again each time it is saved, as weft import"
            + " does (merged with the earlier import and the author's narratives).")
    java.nio.file.Path coding;

    @CommandLine.Mixin
    SheetOptions sheet = new SheetOptions();

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
        if (manuscript != null && (!Files.isRegularFile(manuscript) || !ManuscriptImport.isManuscript(manuscript))) {
            spec.commandLine().getErr().println("weft: --manuscript names a manuscript file (.docx, .md, .qmd, .Rmd): " + manuscript);
            return 2;
        }
        if (coding != null && (!Files.isRegularFile(coding) || ManuscriptImport.isManuscript(coding))) {
            spec.commandLine().getErr().println("weft: --coding names a QDA tool's export (.qdpx) or a spreadsheet of the coding"
                    + " (.xlsx, .ods, .csv): " + coding);
            return 2;
        }
        if (sheet.given() && (coding == null || !weft.qda.SheetReader.isSheet(coding))) {
            spec.commandLine().getErr().println("weft: --levels, --column and --attributes name the columns of a spreadsheet"
                    + " of the coding that --coding follows (.csv, .xlsx, .ods)");
            return 2;
        }
        Optional<String> wrong = sheet.error();
        if (wrong.isPresent()) {
            spec.commandLine().getErr().println(wrong.get());
            return 2;
        }
        java.util.function.Consumer<java.util.List<String>> toPages = lines -> {
            Preview open = serving.get();
            if (open != null) {
                open.showProblems(lines);
            }
        };
        java.util.List<ImportFollower> followers = new java.util.ArrayList<>();
        Optional<Integer> failed = follow(followers, toPages);
        if (failed.isPresent()) {
            close(followers);
            return failed.get();
        }
        Preview preview;
        try {
            preview = Preview.start(project.project, project.options(), address,
                    port == null ? DEFAULT_PORT : port, port == null,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (BindException e) {
            spec.commandLine().getErr().println("weft: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            close(followers);
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot serve: " + e.getMessage());
            close(followers);
            return 2;
        }
        serving.set(preview);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(followers);
            preview.close();
            stopped.countDown();
        }, "weft-serve-stop"));
        stopped.await();
        return 0;
    }

    /**
     * Imports the --coding and the --manuscript now, each into {@code followers}, followed after (the coding first: the
     * manuscript's quotations are linked to its quotes, and each import of it imports the manuscript again); the exit
     * code when one cannot be imported now or followed.
     */
    private Optional<Integer> follow(java.util.List<ImportFollower> followers,
                                     java.util.function.Consumer<java.util.List<String>> toPages) {
        java.util.function.Consumer<java.util.List<String>> toTerminal = lines -> lines.forEach(spec.commandLine().getErr()::println);
        java.nio.file.Path following = coding != null ? coding : manuscript;
        try {
            if (coding != null) {
                Optional<ImportFollower> follower = ImportFollower.importedNow(ImportFollower.coding(coding, project.project,
                        sheet.columns(), spec.commandLine().getOut(), toPages), toTerminal);
                if (follower.isEmpty()) {
                    return Optional.of(1);
                }
                followers.add(follower.get());
            }
            following = manuscript;
            if (manuscript != null) {
                Optional<ImportFollower> follower = ImportFollower.importedNow(ImportFollower.manuscript(manuscript,
                        project.project, spec.commandLine().getOut(), toPages), toTerminal);
                if (follower.isEmpty()) {
                    return Optional.of(1);
                }
                followers.forEach(coded -> coded.then(follower.get())); // a recoding may bring a typed quotation's quote
                followers.add(follower.get());
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot follow " + following + ": " + e.getMessage());
            return Optional.of(2);
        }
        return Optional.empty();
    }

    private static void close(java.util.List<ImportFollower> followers) {
        followers.forEach(ImportFollower::close);
    }
}

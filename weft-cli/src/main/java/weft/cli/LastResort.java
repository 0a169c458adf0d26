package weft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import weft.diagnostics.FileFailures;

/**
 * What the command line does with a failure nobody foresaw: one line on the error stream naming what failed and the
 * file that holds the details (the stack trace), and exit code {@value #EXIT_CODE}. A failure that is the file system's
 * refusal (permission denied, a read-only or full disk) where a command did not say so itself is no bug: it is said in
 * words, why and where, with exit code 1 and no details file.
 */
final class LastResort implements CommandLine.IExecutionExceptionHandler {

    /** The exit code of an unexpected failure: a bug in Weft, never a problem of the input. */
    static final int EXIT_CODE = 3;
    /** The reasons (as {@link FileFailures#reason} words them) of the file system's refusals: the user's to mend. */
    private static final List<String> REFUSALS = List.of("permission denied", "read-only file system",
            "no space left on device", "disk quota exceeded");

    private final Path detailsFolder;
    private final List<String> args;

    /** Writes details into {@code detailsFolder}, naming the command line {@code args} in them. */
    LastResort(Path detailsFolder, List<String> args) {
        this.detailsFolder = detailsFolder;
        this.args = args;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        return handle(failure, command.getCommandSpec().qualifiedName(), command.getCommandSpec().root().commandLine().getErr());
    }

    /**
     * Reports {@code failure} of {@code command} in one line on {@code err} and returns {@value #EXIT_CODE}; or, where
     * the failure is the file system's refusal (a folder the user may not write in, a read-only or a full disk), which
     * is no bug, says so and returns 1.
     */
    int handle(Throwable failure, String command, PrintWriter err) {
        Optional<IOException> refusal = refusal(failure);
        if (refusal.isPresent()) {
            err.println("weft: '" + command + "' stopped: the file system refused: " + FileFailures.inWords(refusal.get()));
            err.flush();
            return 1;
        }
        String what = "'" + command + "' failed unexpectedly (" + firstLine(failure) + "), a bug in Weft";
        try {
            Path details = Files.createTempFile(detailsFolder, "weft-crash-", ".txt");
            try (Writer file = Files.newBufferedWriter(details, StandardCharsets.UTF_8);
                 PrintWriter out = new PrintWriter(file)) {
                out.println("weft " + String.join(" ", args));
                out.println("java " + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
                failure.printStackTrace(out);
            }
            err.println("weft: " + what + "; the details are in " + details);
        } catch (IOException | RuntimeException | Error e) {
            err.println("weft: " + what + "; the details could not be written to " + detailsFolder + " (" + firstLine(e) + ")");
        }
        err.flush();
        return EXIT_CODE;
    }

    /** The file system's refusal that {@code failure} is, or is caused by: permission denied, a read-only or full disk. */
    static Optional<IOException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException a) {
                return Optional.of(a);
            }
            if (t instanceof IOException io) {
                String reason = FileFailures.reason(io);
                if (REFUSALS.stream().anyMatch(reason::startsWith)) {
                    return Optional.of(io);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

package weft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * What the command line does with a failure nobody foresaw: one line on the error stream naming what failed and the
 * file that holds the details (the stack trace), and exit code {@value #EXIT_CODE}.
 */
final class LastResort implements CommandLine.IExecutionExceptionHandler {

    /** The exit code of an unexpected failure: a bug in Weft, never a problem of the input. */
    static final int EXIT_CODE = 3;

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

    /** Reports {@code failure} of {@code command} in one line on {@code err} and returns {@value #EXIT_CODE}. */
    int handle(Throwable failure, String command, PrintWriter err) {
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

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

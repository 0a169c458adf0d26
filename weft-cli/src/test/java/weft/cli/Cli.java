package weft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The command line run in-process as a test reads it: the exit code of each run, and all it printed on each stream. */
final class Cli {

    private final Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs with {@code temp} as the user's home and working folder. */
    Cli(Path temp) {
        this.temp = temp;
    }

    int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Main(temp.resolve("home"), temp));
    }

    /** What the runs so far printed on standard output. */
    String out() {
        return out.toString();
    }

    /** What the runs so far printed on standard error. */
    String err() {
        return err.toString();
    }
}

package weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Writes a synthetic project of a given size, for benchmarks: {@code weft synth --quotes 10000 --nodes 500 -o DIR}. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes a complete synthetic project (coded data and prose) of the given size; the same seed gives the same files.")
final class Synth implements Callable<Integer> {

    @Option(names = "--quotes", defaultValue = "10000", description = "Number of quotes (default: ${DEFAULT-VALUE}).")
    int quotes;

    @Option(names = "--nodes", defaultValue = "500", description = "Number of nodes of the coding frame (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, description = "The folder to write the project into (with --qdpx, the"
            + " .qdpx file to write).")
    Path output;

    @Option(names = "--qdpx", description = "Write a REFI-QDA project zip instead, with --quotes coded text selections over"
            + " --nodes codes, for the import benchmark.")
    boolean qdpx;

    @Option(names = "--survey", description = "With --qdpx: a survey instead, each coded selection the open answer of a"
            + " respondent, a case with three variables (age, region, occupation).")
    boolean survey;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (quotes < 1 || nodes < 3) {
            spec.commandLine().getErr().println("a synthetic study needs at least 1 quote and 3 nodes");
            return 2;
        }
        if (qdpx) {
            return qdpx();
        }
        if (survey) {
            spec.commandLine().getErr().println("weft: --survey writes a REFI-QDA project: give --qdpx too");
            return 2;
        }
        if (holdsFiles(output)) {
            spec.commandLine().getErr().println("weft: refusing to write the synthetic project to "
                    + output.toAbsolutePath().normalize() + ": it exists and is not an empty folder (choose a new or empty folder)");
            return 2;
        }
        int files;
        try {
            files = new SyntheticStudy(quotes, nodes, seed).write(output);
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot write the synthetic project: " + weft.diagnostics.FileFailures.inWords(e));
            return 1;
        }
        spec.commandLine().getOut().printf("Wrote a synthetic project of %d quotes over %d nodes (%d files) to %s%n",
                quotes, nodes, files, output.toAbsolutePath().normalize());
        return 0;
    }

    private Integer qdpx() {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getErr().println("weft: refusing to write " + output.toAbsolutePath().normalize() + ": it exists");
            return 2;
        }
        try {
            (survey ? SyntheticQdpx.withCases(quotes, nodes, quotes, seed)
                    : new SyntheticQdpx(quotes, nodes, Math.max(1, quotes / 100), seed)).write(output);
        } catch (IOException e) {
            spec.commandLine().getErr().println("weft: cannot write the synthetic project: " + weft.diagnostics.FileFailures.inWords(e));
            return 1;
        }
        spec.commandLine().getOut().printf("Wrote a synthetic REFI-QDA project of %d coded selections over %d codes to %s%n",
                quotes, nodes, output.toAbsolutePath().normalize());
        return 0;
    }

    /** Whether {@code path} is anything but a missing or empty folder: synth never overwrites a file. */
    private static boolean holdsFiles(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}

package weft.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;

/** Times full in-process renders of a project: the first (cold JVM) and the following (warm). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times full builds of the project in memory: cold (first, in a fresh JVM) and warm (median of the rest).")
final class Bench implements Callable<Integer> {

    @Option(names = {"-p", "--project"}, defaultValue = ".", description = "The project folder.")
    Path project;

    @Option(names = "--runs", defaultValue = "30", description = "Warm runs after the cold one (default: ${DEFAULT-VALUE}).")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Weft weft = new Weft();
        BuildResult first = weft.render(project, BuildOptions.defaults());
        long cold = System.nanoTime() - start;
        if (!first.succeeded()) {
            return Main.report(first, spec.commandLine().getErr());
        }
        long[] warm = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            weft.render(project, BuildOptions.defaults());
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        out.printf("cold build (first in this JVM): %.1f ms%n", cold / 1e6);
        if (runs > 0) {
            out.printf("warm build: median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
                    warm[runs / 2] / 1e6, warm[0] / 1e6, warm[runs - 1] / 1e6, runs);
        }
        out.printf("files: %d%n", first.publication().get().files().size());
        return 0;
    }
}

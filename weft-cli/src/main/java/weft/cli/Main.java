package weft.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostic;

/** {@code weft build|validate|bench|synth|citation-cff}: exit 0 on success, 1 when the input has errors, 2 on a usage error. */
@Command(name = "weft", mixinStandardHelpOptions = true, version = "weft 0.1.0",
        description = "Builds the publication of a qualitative study from its coded data and prose.",
        subcommands = {Main.Build.class, Main.Validate.class, Bench.class, Synth.class, CitationCff.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line without exiting, for Maven and the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Options every command shares. */
    static class ProjectOptions {
        @Option(names = {"-p", "--project"}, description = "The project folder (default: the current folder).", defaultValue = ".")
        Path project;

        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(names = "--source-date-epoch", paramLabel = "SECONDS", defaultValue = "${env:SOURCE_DATE_EPOCH}",
                description = "The date of the PDF, in seconds since 1970-01-01 UTC (default: the SOURCE_DATE_EPOCH "
                        + "environment variable; without it, presentation.date or publication.published of study.yaml).")
        Long sourceDateEpoch;

        BuildOptions options() {
            return BuildOptions.defaults().strict(strict)
                    .sourceDateEpoch(Optional.ofNullable(sourceDateEpoch).map(Instant::ofEpochSecond));
        }
    }

    static int report(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
        err.println(result.summary());
        return result.succeeded() ? 0 : 1;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the publication; the previous one stays until a build succeeds.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        ProjectOptions project = new ProjectOptions();

        @Option(names = {"-o", "--output"}, description = "The output folder (default: target/publication in the project).")
        Path output;

        @Option(names = "--site-pages", paramLabel = "DIR",
                description = "Also write the generated pages of the project site (for the Maven Site Plugin) into DIR.")
        Path sitePages;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path out = output != null ? output : project.project.resolve("target/publication");
            BuildResult result = sitePages == null ? new Weft().build(project.project, out, project.options())
                    : new Weft().build(project.project, out, sitePages, project.options());
            int code = report(result, spec.commandLine().getErr());
            if (code == 0) {
                spec.commandLine().getOut().println("Built " + out.toAbsolutePath().normalize().resolve("index.html"));
            }
            return code;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks the coded data and prose and reports every problem; writes nothing.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Mixin
        ProjectOptions project = new ProjectOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return report(new Weft().render(project.project, project.options()), spec.commandLine().getErr());
        }
    }
}

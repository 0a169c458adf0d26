package weft.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import weft.build.BuildOptions;
import weft.model.Audience;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostic;
import weft.publish.OutputGuard;
import weft.publish.OutputNames;

/**
 * {@code weft build|validate|serve|diff|bench|synth|citation-cff|import|export}: exit 0 on success, 1 when the input has errors, 2 on a usage
 * error or a refused output folder, 3 on an unexpected failure (a bug; see {@link LastResort}).
 */
@Command(name = "weft", mixinStandardHelpOptions = true, version = "weft 0.1.0",
        description = "Builds the publication of a qualitative study from its coded data and prose.",
        subcommands = {Main.Build.class, Main.Validate.class, Bench.class, Synth.class, CitationCff.class, QdaImport.class,
            QdaExportCommand.class, Serve.class, Diff.class, WordsCommand.class},
        footer = {"", "bin/weft also has: daemon status|stop (the build daemon, which WEFT_DAEMON=1 hands build and validate"
            + " to; README, \"The build daemon\")."})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Path home;
    private final Path detailsFolder;
    private final Optional<Weft> shared;
    /** Whether the command's client went away (a build daemon's: Ctrl-C); a build then writes nothing. */
    private final BooleanSupplier cancelled;

    /** A command line that protects {@code home} and writes the details of unexpected failures into {@code detailsFolder}. */
    Main(Path home, Path detailsFolder) {
        this(home, detailsFolder, Optional.empty(), Weft.NEVER_CANCELLED);
    }

    private Main(Path home, Path detailsFolder, Optional<Weft> shared, BooleanSupplier cancelled) {
        this.home = home;
        this.detailsFolder = detailsFolder;
        this.shared = shared;
        this.cancelled = cancelled;
    }

    /** The Weft that builds and validates: {@code shared} in a build daemon, else one for this command. */
    Weft weft() {
        return shared.orElseGet(() -> new Weft(new OutputGuard(home)));
    }

    public static void main(String[] args) {
        java.nio.charset.Charset printed = ConsoleCharset.of();
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, printed), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, printed), true)));
    }

    /** A command line that protects the user's home folder and writes crash details into the temporary folder. */
    private static Main forCurrentUser() {
        return forCurrentUser(Optional.empty(), Weft.NEVER_CANCELLED);
    }

    private static Main forCurrentUser(Optional<Weft> shared, BooleanSupplier cancelled) {
        return new Main(Path.of(System.getProperty("user.home")), Path.of(System.getProperty("java.io.tmpdir")), shared,
                cancelled);
    }

    /** Runs the command line without exiting, for Maven and the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, forCurrentUser());
    }

    /** Runs {@code main} as the command line's root command; nothing it throws escapes as a stack trace. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Main main) {
        LastResort lastResort = new LastResort(main.detailsFolder, List.of(args));
        return execute(commandLine(main, out, err, lastResort), args, lastResort);
    }

    /**
     * Runs {@code args} for a build daemon's client as {@link #run(String[], PrintWriter, PrintWriter)} would in the
     * client's own process: relative paths are relative to its folder {@code cwd}, and the defaults an option takes
     * from an environment variable come from its environment {@code env}. Builds and validations use {@code weft}, the
     * daemon's one Weft (it reuses the templates it parsed while they are unchanged), made by {@link #daemonWeft()}.
     * A build asks {@code cancelled} before it writes anything: when the client has gone away, it writes nothing.
     */
    public static int runIn(Weft weft, Path cwd, Map<String, String> env, String[] args, PrintWriter out, PrintWriter err,
                            BooleanSupplier cancelled) {
        Main main = forCurrentUser(Optional.of(weft), cancelled);
        LastResort lastResort = new LastResort(main.detailsFolder, List.of(args));
        return execute(commandLineIn(cwd, env, main, out, err, lastResort), args, lastResort);
    }

    /**
     * Warms a build daemon up on a command line a client ran itself ({@code build} or {@code validate} in {@code cwd}):
     * renders its publication in memory {@code times} times, the PDF included, without the build cache; writes nothing.
     * False, having done nothing, for any other command line.
     */
    public static boolean warmUp(Weft weft, Path cwd, String[] args, int times) {
        Main main = forCurrentUser(Optional.of(weft), Weft.NEVER_CANCELLED);
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        CommandLine cli = commandLineIn(cwd, Map.of(), main, nowhere, nowhere, new LastResort(main.detailsFolder, List.of(args)));
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return false;
        }
        Object command = parsed.subcommand() == null ? null : parsed.subcommand().commandSpec().userObject();
        ProjectOptions project = command instanceof Build b ? b.project : command instanceof Validate v ? v.project : null;
        if (project == null) {
            return false;
        }
        for (int i = 0; i < times; i++) {
            main.weft().render(project.project, project.options().cache(Optional.empty()));
        }
        return true;
    }

    /** A Weft for a build daemon's commands: one that protects the user's home folder, as every command's does. */
    public static Weft daemonWeft() {
        return forCurrentUser().weft();
    }

    /** The command line of {@code main} run in the folder {@code cwd} with the environment {@code env}. */
    private static CommandLine commandLineIn(Path cwd, Map<String, String> env, Main main, PrintWriter out, PrintWriter err,
            LastResort lastResort) {
        CommandLine cli = commandLine(main, new InFolder(cwd), out, err, lastResort);
        cli.registerConverter(Path.class, value -> cwd.resolve(Path.of(value)));
        cli.setDefaultValueProvider(new EnvironmentDefaults(env));
        return cli;
    }

    /** Executes {@code cli}; what escapes picocli (an {@link Error} such as StackOverflowError) goes to {@code lastResort}. */
    static int execute(CommandLine cli, String[] args, LastResort lastResort) {
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            return lastResort.handle(t, "weft", cli.getErr());
        }
    }

    /** The command line of {@code main}: usage errors in one line (exit 2), unexpected failures to {@code lastResort}. */
    static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err, LastResort lastResort) {
        return commandLine(main, CommandLine.defaultFactory(), out, err, lastResort);
    }

    private static CommandLine commandLine(Main main, CommandLine.IFactory factory, PrintWriter out, PrintWriter err,
            LastResort lastResort) {
        CommandLine cli = new CommandLine(main, factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String near = e instanceof CommandLine.UnmatchedArgumentException u ? meant(u, command.getCommandSpec()) : "";
            String said = e instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption()
                    && !command.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()
                    ? "unknown command '" + u.getUnmatched().get(0) + "'" // picocli: "Unmatched argument at index 0: …"
                    : String.join(" ", e.getMessage().lines().toList());
            command.getErr().println("weft: " + said
                    + (near.isEmpty() ? "" : "; " + near) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler(lastResort);
        return cli;
    }

    /** "did you mean 'build'?" for a misspelt command or option (the first unmatched argument), or "". */
    private static String meant(CommandLine.UnmatchedArgumentException u, CommandLine.Model.CommandSpec spec) {
        if (u.getUnmatched().isEmpty()) {
            return "";
        }
        List<String> names = new java.util.ArrayList<>(spec.subcommands().keySet());
        spec.options().forEach(o -> names.addAll(List.of(o.names())));
        return weft.diagnostics.Suggestions.question(u.getUnmatched().get(0).split("=", 2)[0], names);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Options every command shares. */
    static class ProjectOptions {
        @Option(names = {"-p", "--project"}, description = "The project folder (default: the current folder).", defaultValue = ".",
                converter = ProjectFolder.class)
        Path project;

        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(names = "--source-date-epoch", paramLabel = "SECONDS", defaultValue = "${env:SOURCE_DATE_EPOCH}",
                converter = SourceDateEpoch.class,
                description = "The date of the PDF, in seconds since 1970-01-01 UTC, at most " + SourceDateEpoch.MAX
                        + " (9999-12-31) (default: the SOURCE_DATE_EPOCH environment variable; without it, "
                        + "presentation.date or publication.published of study.yaml).")
        Instant sourceDateEpoch;

        @Option(names = "--names", paramLabel = "FILE", defaultValue = "${env:WEFT_NAMES_FILE}",
                description = "A list of names the privacy check looks for in quotes, narratives and prose (participants'"
                        + " real names: one a line), kept outside the project folder (default: the WEFT_NAMES_FILE"
                        + " environment variable).")
        Path names;

        @Option(names = "--audience", paramLabel = "WHO", defaultValue = "public", converter = AudienceOption.class,
                description = "Who the build is for: public (the default: only public quotes), reviewers (also the quotes"
                        + " for reviewers) or team (every quote). A quote for a narrower audience is left out of every output.")
        Audience audience;

        @Option(names = "--anonymous", description = "An anonymised review copy, for double-anonymous review: without the"
                + " authors' names, affiliations, e-mail addresses, ORCIDs, acknowledgements and funding; the authors' own"
                + " works masked in the references.")
        boolean anonymous;

        @Option(names = "--changes-since", paramLabel = "REVISION",
                description = "Show reviewers what changed in the coding since REVISION of the study's git repository (a"
                        + " tag such as v1-submitted): a 'Changes in the coding' page in the evidence site, a mark on every"
                        + " changed node and quote, each quote's coding history across the tags (default:"
                        + " presentation.changesSince of study.yaml, if set).")
        String changesSince;

        @Option(names = "--marked-up", description = "A marked-up review copy: the article's passages that are new or"
                + " changed since the --changes-since revision highlighted, with a legend, in the web page, the PDF and the Word document.")
        boolean markedUp;

        @Option(names = "--no-docx", description = "Leave article.docx (the manuscript as a Word document) out of the"
                + " publication; article.jats.xml is always written.")
        boolean noDocx;

        BuildOptions options() {
            return BuildOptions.defaults().strict(strict).sourceDateEpoch(Optional.ofNullable(sourceDateEpoch))
                    .namesFile(Optional.ofNullable(names)).audience(audience).anonymous(anonymous)
                    .changesSince(Optional.ofNullable(changesSince)).markedUp(markedUp).docx(!noDocx);
        }
    }

    static int report(BuildResult result, PrintWriter err) {
        if (result.refused().isPresent()) {
            err.println("weft: " + result.refused().get().message());
            return 2;
        }
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

        @Option(names = "--cache", paramLabel = "DIR", description = "The build cache: what the costly stages made (the"
                + " PDFs' layout, the Word figure, the formatted citations), kept by the hash of their inputs for the next"
                + " build (default: target/weft-cache in the project).")
        Path cache;

        @Option(names = "--no-cache", description = "Build everything anew, and keep nothing for the next build.")
        boolean noCache;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        Main main;

        @Override
        public Integer call() {
            Path out = output != null ? output : project.project.resolve("target/publication");
            Weft weft = main.weft();
            BuildOptions options = project.options().cache(noCache ? Optional.empty()
                    : Optional.of(cache != null ? cache : project.project.resolve("target/weft-cache")));
            BuildResult result = sitePages == null ? weft.build(project.project, out, options, main.cancelled)
                    : weft.build(project.project, out, sitePages, options, main.cancelled);
            int code = report(result, spec.commandLine().getErr());
            if (code == 0) {
                spec.commandLine().getOut().println("Built " + out.toAbsolutePath().normalize().resolve(OutputNames.ARTICLE));
            }
            return code;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks everything a build checks and reports every problem; lays out no PDF and writes nothing.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Mixin
        ProjectOptions project = new ProjectOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        Main main;

        @Override
        public Integer call() {
            return report(main.weft().validate(project.project, project.options()), spec.commandLine().getErr());
        }
    }
}

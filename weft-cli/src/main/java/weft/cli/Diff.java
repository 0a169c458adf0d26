package weft.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.build.BuildOptions;
import weft.build.ForAudience;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.diff.CodingDiff;
import weft.diff.CodingDiffer;
import weft.diff.DiffMarkdown;
import weft.diff.DiffReport;
import weft.diff.ImportedVersions;
import weft.diff.UnreadableVersion;
import weft.diff.Version;
import weft.diff.Versions;
import weft.model.Audience;

/** {@code weft diff --from A [--to B]}: what changed in the coding; exit 0 no change, 1 changes, 2 trouble. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed in the coding between two versions of the study: quotes added, removed, re-worded and"
                + " moved; nodes added, removed, relabelled, moved, merged and split; the counts; what the article presents;"
                + " the changed sentences of narratives and prose. Exit 0: no changes, 1: changes, 2: a version cannot be read.")
final class Diff implements Callable<Integer> {

    @Option(names = {"-p", "--project"}, defaultValue = ".", converter = ProjectFolder.class,
            description = "The project folder, in the git repository whose revisions --from and --to name (default: the"
                    + " current folder).")
    Path project;

    @Option(names = "--from", required = true, paramLabel = "REVISION|FOLDER|FILE",
            description = "The earlier version: a revision of the project's git repository (a tag such as v1-submitted, a"
                    + " branch, a commit), a project folder, or a QDA tool's file (.qdpx, .qde, .qdc) or spreadsheet (.csv, .xlsx,"
                    + " .ods), imported as weft import would.")
    String from;

    @Option(names = "--to", paramLabel = "REVISION|FOLDER|FILE",
            description = "The later version, likewise (default: the project folder as it is now).")
    String to;

    @Option(names = "--participants", paramLabel = "FROM", description = "Where a QDA tool's file's participants come from,"
            + " as weft import's --participants: cases or sources (default: as the study's earlier import did, else cases).")
    String participants;

    @Option(names = "--comments", paramLabel = "AS", description = "What a QDA tool's file's comments on its coded selections"
            + " are, as weft import's --comments: reduced (each its quote's reduced expression) or ignored (default: as the"
            + " study's earlier import took them, else ignored).")
    String comments;

    @CommandLine.Mixin
    SheetOptions sheet = new SheetOptions();

    @Option(names = "--json", description = "Print the diff as a JSON document instead of a summary.")
    boolean json;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "public", converter = AudienceOption.class,
            description = "Whose view of the study to compare: public (the default: only public quotes), reviewers (also"
                    + " the quotes for reviewers) or team (every quote). A quote for a narrower audience is left out of"
                    + " both versions, so its words never reach the diff.")
    Audience audience;

    @Option(names = "--markdown", description = "Print the diff as Markdown (tables, removed words struck through, added"
            + " ones in bold) for a response to reviewers or a pull request.")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (json && markdown) {
            spec.commandLine().getErr().println("weft: --json and --markdown exclude each other: give one of them");
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Diagnostics laterDiagnostics = new Diagnostics();
        Versions versions = new Versions(BuildOptions.defaults().maxFileBytes());
        boolean fromFile = ImportedVersions.isFile(Path.of(""), from);
        boolean toFile = to != null && ImportedVersions.isFile(Path.of(""), to);
        Optional<weft.qda.ParticipantsFrom> people = participants == null
                ? Optional.of(weft.qda.ParticipantsFrom.earlier(project)) : weft.qda.ParticipantsFrom.named(participants);
        if (people.isEmpty()) {
            spec.commandLine().getErr().println("weft: --participants is cases or sources, not '" + participants + "'");
            return 2;
        }
        Optional<weft.qda.SelectionComments> taken = comments == null ? Optional.of(weft.qda.SelectionComments.earlier(project))
                : weft.qda.SelectionComments.named(comments);
        if (taken.isEmpty()) {
            spec.commandLine().getErr().println("weft: --comments is reduced or ignored, not '" + comments + "'");
            return 2;
        }
        Optional<String> wrong = sheet.error();
        if (wrong.isPresent()) {
            spec.commandLine().getErr().println(wrong.get());
            return 2;
        }
        if (sheet.given() && !(fromFile && weft.qda.SheetReader.isSheet(Path.of(from))
                || toFile && weft.qda.SheetReader.isSheet(Path.of(to)))) {
            spec.commandLine().getErr().println("weft: --levels, --column and --attributes name a spreadsheet's columns;"
                    + " neither version is a spreadsheet (.csv, .xlsx, .ods)");
            return 2;
        }
        if (fromFile || toFile) { // imported as weft import would, one after the other
            try {
                ImportedVersions.Pair pair = ImportedVersions.pair(project, versions, people.get(), taken.get(), sheet.columns(), from, to,
                        Path.of(""), diagnostics);
                return compare(pair.before(), pair.after(), diagnostics);
            } catch (UnreadableVersion e) {
                spec.commandLine().getErr().println("weft: " + e.getMessage());
                return 2;
            }
        }
        // the two versions are read at once, each on a thread of its own (the reader and its schemas are thread-safe)
        FutureTask<Optional<Version>> later = new FutureTask<>(() -> {
            return to == null ? versions.folder(project, "the working folder", laterDiagnostics)
                    : read(versions, to, laterDiagnostics);
        });
        Thread reading = new Thread(later, "weft-diff-read");
        reading.setDaemon(true);
        reading.start();
        Optional<Version> before;
        Optional<Version> after;
        try {
            before = read(versions, from, diagnostics);
            after = later.get();
        } catch (UnreadableVersion e) {
            spec.commandLine().getErr().println("weft: " + e.getMessage());
            return 2;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableVersion unreadable) {
                spec.commandLine().getErr().println("weft: " + unreadable.getMessage());
                return 2;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        diagnostics.addAll(laterDiagnostics);
        return compare(before, after, diagnostics);
    }

    /** The diff of the two versions, printed; or their diagnostics and exit 2 where one cannot be read. */
    private int compare(Optional<Version> before, Optional<Version> after, Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.sorted()) {
            spec.commandLine().getErr().println(d);
        }
        if (before.isEmpty() || after.isEmpty() || diagnostics.hasErrors()) {
            spec.commandLine().getErr().println("weft: cannot compare (" + diagnostics.summary() + ")");
            return 2;
        }
        CodingDiff diff = new CodingDiffer().diff(forAudience(before.get()), forAudience(after.get()));
        spec.commandLine().getOut().print(json ? DiffReport.json(diff)
                : markdown ? DiffMarkdown.markdown(diff) : DiffReport.text(diff));
        spec.commandLine().getOut().flush();
        return diff.isEmpty() ? 0 : 1;
    }

    /** The version as the audience may read it: the quotes of narrower audiences left out. */
    private Version forAudience(Version version) {
        return Version.shownTo(version.name(), ForAudience.published(version.study(), audience), audience);
    }

    /** A folder when {@code version} names one (relative to the current folder), else a revision. */
    private Optional<Version> read(Versions versions, String version, Diagnostics diagnostics) throws UnreadableVersion {
        return versions.named(project, version, Path.of(""), diagnostics);
    }
}

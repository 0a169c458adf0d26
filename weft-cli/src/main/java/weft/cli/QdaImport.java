package weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import weft.diagnostics.Diagnostics;
import weft.manuscript.ManuscriptImport;
import weft.qda.FrameImport;
import weft.qda.ImportedFiles;
import weft.qda.SelectionCutter;

/**
 * {@code weft import FILE}: the code tree of a REFI-QDA codebook or project, written as the project's
 * coded-data/coding-frame.yaml, and the quotes cut from its coded text selections (a .qdpx holding its sources) as
 * coded-data/quotes/imported.yaml, and its cases as coded-data/participants.yaml. Into a project imported before, it
 * merges with the earlier import and lists what changed in the coding; it never replaces a coding frame written by
 * hand, and writes nothing when the file has errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Writes coded-data/coding-frame.yaml from the codes of a REFI-QDA file (.qdc, .qde or .qdpx), or from"
                + " a coding kept in a spreadsheet (.csv, .xlsx or .ods), with its quotes and participants; or content/'s"
                + " sections from a Pandoc, Quarto or Word manuscript of one file (.md, .qmd, .Rmd, .docx).")
final class QdaImport implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The codebook (.qdc), project (.qde) or project zip (.qdpx),"
            + " a spreadsheet (.csv, .xlsx or .ods: a row per coded quote, a column per level), or a manuscript (.md, .qmd,"
            + " .Rmd, .docx: a section of content/ for each top-level heading).")
    Path file;

    @Option(names = {"-p", "--project"}, defaultValue = ".", description = "The project folder (default: the current folder);"
            + " made if it does not exist.")
    Path project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--positions", paramLabel = "COUNTING", description = "How the file counts selection positions:"
            + " code-points or utf16 (default: detected from where the selections' boundaries fall).")
    String positions;

    @CommandLine.Mixin
    SheetOptions sheet = new SheetOptions();

    @Option(names = "--participants", paramLabel = "FROM", description = "Where a QDA project's participants come from:"
            + " cases (its cases, NVivo's, MAXQDA's, QualCoder's) or sources (each source document a participant, a group of"
            + " documents named 'variable: value' its attribute, the documents of a group named 'case: NAME' one"
            + " participant: ATLAS.ti exports no cases). Default: as the earlier"
            + " import did, else cases.")
    String participants;

    @Option(names = "--comments", paramLabel = "AS", description = "What a QDA project's comments on its coded selections"
            + " (their <Description>, where ATLAS.ti writes its comments on quotations) are: reduced (each its"
            + " quote's reduced expression, where the analysis wrote its condensed meaning units there) or ignored (not"
            + " imported, counted in a note). Default: as the earlier import did, else ignored.")
    String comments;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(file)) {
            Optional<Path> article = ManuscriptImport.article(file);
            if (article.isEmpty()) {
                spec.commandLine().getErr().println("weft: " + file + weft.qda.NativeProjects.advice(file.getFileName().toString())
                        .map(tool -> ": " + tool).orElse(" is a folder: give the file to import, or a Quarto project's folder"
                        + " whose _quarto.yml names its article (manuscript: article: paper.qmd)"));
                return 2;
            }
            spec.commandLine().getOut().println("The Quarto project's article: " + article.get());
            file = article.get();
        }
        if (Files.isRegularFile(file) && ManuscriptImport.isManuscript(file)) {
            return manuscript();
        }
        Optional<String> refusal = ImportedFiles.refusal(project);
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println("weft: " + refusal.get());
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("weft: " + file + " is not a file");
            return 2;
        }
        Optional<SelectionCutter.Counting> counting = positions == null ? Optional.empty() : SelectionCutter.Counting.named(positions);
        if (positions != null && counting.isEmpty()) {
            spec.commandLine().getErr().println("weft: --positions is code-points or utf16, not '" + positions + "'");
            return 2;
        }
        if (!weft.qda.SheetReader.isSheet(file) && sheet.given()) {
            spec.commandLine().getErr().println("weft: --levels, --column and --attributes name a spreadsheet's columns; "
                    + file.getFileName() + " is a QDA tool's file, whose codes, cases and variables say it all");
            return 2;
        }
        Optional<weft.qda.ParticipantsFrom> from = participants == null ? Optional.of(weft.qda.ParticipantsFrom.earlier(project))
                : weft.qda.ParticipantsFrom.named(participants);
        if (from.isEmpty()) {
            spec.commandLine().getErr().println("weft: --participants is cases or sources, not '" + participants + "'");
            return 2;
        }
        if (weft.qda.SheetReader.isSheet(file) && participants != null) {
            spec.commandLine().getErr().println("weft: --participants chooses a QDA project's participants; " + file.getFileName()
                    + " is a spreadsheet, whose participant column says who said each quote");
            return 2;
        }
        Optional<weft.qda.SelectionComments> taken = comments == null ? Optional.of(weft.qda.SelectionComments.earlier(project))
                : weft.qda.SelectionComments.named(comments);
        if (taken.isEmpty()) {
            spec.commandLine().getErr().println("weft: --comments is reduced or ignored, not '" + comments + "'");
            return 2;
        }
        if (weft.qda.SheetReader.isSheet(file) && comments != null) {
            spec.commandLine().getErr().println("weft: --comments reads a QDA project's comments on its selections; "
                    + file.getFileName() + " is a spreadsheet, whose reduced expressions are those of its column");
            return 2;
        }
        Optional<String> wrong = sheet.error();
        if (wrong.isPresent()) {
            spec.commandLine().getErr().println(wrong.get());
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrameImport.Imported> imported = FrameImport.of(file, counting,
                weft.qda.SheetColumns.of(project, sheet.columns()), // a QDA tool's file reads no columns
                from.get(), taken.get(), diagnostics);
        diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(diagnostics.summary());
        if (imported.isEmpty()) {
            return 1;
        }
        Diagnostics merging = new Diagnostics();
        Optional<ImportedFiles.Written> written = ImportedFiles.write(project, imported.get(), merging);
        merging.sorted().forEach(spec.commandLine().getErr()::println);
        if (written.isEmpty()) {
            spec.commandLine().getErr().println(merging.summary());
            return 1;
        }
        if (written.get().merged()) {
            spec.commandLine().getOut().println(written.get().changes().isEmpty() ? "No changes in the coding since the earlier import."
                    : "Changes in the coding since the earlier import (" + written.get().changes().size() + "):");
            written.get().changes().forEach(c -> spec.commandLine().getOut().println("  " + c));
        }
        for (Path path : written.get().paths()) {
            spec.commandLine().getOut().println("Wrote " + path);
        }
        written.get().removed().forEach(r -> spec.commandLine().getOut().println(r.line()));
        spec.commandLine().getOut().println(imported.get().summary());
        if (!written.get().merged()) {
            imported.get().namesAdvice().ifPresent(advice -> spec.commandLine().getOut().println("Mind: " + advice));
        }
        ImportedFiles.nextStep(project).ifPresent(spec.commandLine().getOut()::println);
        return 0;
    }

    /** A Pandoc or Quarto manuscript brought into content/, a file a section. */
    private int manuscript() throws IOException {
        if (positions != null || participants != null || comments != null || sheet.given()) {
            spec.commandLine().getErr().println("weft: --positions, --participants, --comments, --levels, --column and"
                    + " --attributes are a QDA tool's file's"
                    + " or a spreadsheet's; " + file.getFileName() + " is a manuscript");
            return 2;
        }
        Optional<String> refusal = ManuscriptImport.refusal(project);
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println("weft: " + refusal.get());
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(file, project, diagnostics);
        diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(diagnostics.summary());
        if (imported.isEmpty()) {
            return 1;
        }
        ManuscriptImport.write(project, imported.get()).forEach(spec.commandLine().getOut()::println);
        imported.get().report().forEach(spec.commandLine().getOut()::println);
        ManuscriptImport.nextStep(project).ifPresent(spec.commandLine().getOut()::println);
        return 0;
    }
}

package weft.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weft.diagnostics.Diagnostics;
import weft.model.Audience;
import weft.qda.QdaExport;

/**
 * {@code weft export --format qdpx|qdc|xlsx|csv --output FILE}: the study's coding frame (and, as a .qdpx, its quotes as
 * coded text selections) for a QDA tool, or its coding as an analysis table for a spreadsheet program. Exit 1 when the study has errors (nothing written), 2 when FILE exists (never
 * replaced) or the format is unknown.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the coding frame and quotes as REFI-QDA (a project zip, .qdpx, or a codebook, .qdc), or as an"
                + " analysis table (.xlsx, .csv).")
final class QdaExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "qdpx (the coding frame, coders, participants and quotes), qdc (the coding frame alone), or xlsx or"
                    + " csv (the coding as an analysis table, for a co-author's recoding in a spreadsheet, which weft import"
                    + " merges back).")
    String format;

    @Option(names = {"-p", "--project"}, description = "The project folder (default: the current folder).", defaultValue = ".",
            converter = ProjectFolder.class)
    Path project;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write; never replaced.")
    Path output;

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "team", converter = AudienceOption.class,
            description = "team (default: every quote and participant, for the team's own QDA tool), or public or reviewers"
                    + " (what their build publishes: for a data archive; the quotes withheld from them left out).")
    Audience audience;

    @Option(names = "--anonymous", description = "Anonymised as the review copy is (--anonymous of weft build), for a"
            + " double-anonymous review: the authors' names replaced, the coders named by number.")
    boolean anonymous;

    @Option(names = "--source-date-epoch", paramLabel = "SECONDS", defaultValue = "${env:SOURCE_DATE_EPOCH}",
            converter = SourceDateEpoch.class,
            description = "The date of the zip's entries, in seconds since 1970-01-01 UTC (default: the SOURCE_DATE_EPOCH"
                    + " environment variable; without it, 1980-01-01, the first date a zip holds).")
    Instant sourceDateEpoch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<QdaExport.Format> chosen = QdaExport.Format.named(format);
        if (chosen.isEmpty()) {
            err.println("weft: --format is qdpx, qdc, xlsx or csv, not '" + format + "'");
            return 2;
        }
        if (chosen.get().sheet() && (audience != Audience.TEAM || anonymous)) {
            err.println("weft: --format " + chosen.get().extension() + " is the team's table, every quote, for a recoding that"
                    + " comes back by weft import: --audience and --anonymous are for qdpx and qdc");
            return 2;
        }
        Optional<String> refusal = QdaExport.refusal(output);
        if (refusal.isPresent()) {
            err.println("weft: " + refusal.get());
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> bytes = QdaExport.of(project, chosen.get(), audience, anonymous,
                Optional.ofNullable(sourceDateEpoch), diagnostics);
        diagnostics.sorted().forEach(err::println);
        err.println(diagnostics.summary());
        if (bytes.isEmpty()) {
            err.println("weft: nothing exported: the study has errors");
            return 1;
        }
        try {
            spec.commandLine().getOut().println("Wrote " + QdaExport.write(output, chosen.get(), bytes.get()));
        } catch (IOException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException && QdaExport.refusal(output).isPresent()) {
                err.println("weft: " + QdaExport.refusal(output).get()); // made by another while Weft wrote its own
                return 2;
            }
            err.println("weft: cannot write " + output.toAbsolutePath().normalize() + ": " + weft.diagnostics.FileFailures.inWords(e));
            return 1;
        }
        return 0;
    }
}

package weft.qda;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * The import of a REFI-QDA file or of a spreadsheet ({@link SheetReader}), as the pipeline runs it: read the file, make the tree, write the coding frame's YAML
 * and, where the file is a project zip holding its sources, the quotes cut from its coded text selections. Empty when
 * the file has errors (reported), so that nothing is written.
 */
public final class FrameImport {

    /**
     * What a file gives: its tree, the quotes cut from its selections (maps as quotes.yaml writes them) where it has
     * quotes, its cases as participants where it has cases, the file's name and the tool that wrote it, the levels it
     * names, and the columns a spreadsheet was read by where they were named ({@link SheetColumns}; none for a QDA file),
     * and what a QDA file's comments on its selections were taken for ({@link SelectionComments}).
     */
    public record Imported(List<CodeTree.Node> tree, Optional<List<Map<String, Object>>> quoteMaps,
                           Optional<List<Map<String, Object>>> participantMaps, String from, String origin, List<String> levels,
                           SheetReader.Columns columns, SelectionComments comments) {

        /** coded-data/coding-frame.yaml for a project that has none. */
        public String codingFrame() {
            return FrameWriter.write(tree, from, origin, levels, columns, comments);
        }

        /** Whether the file is a spreadsheet of the coding (else a QDA tool's file). */
        public boolean sheet() {
            return SheetReader.isSheetName(from);
        }

        /** The file as an import's changes name it: "the spreadsheet" or "the QDA file". */
        public String named() {
            return sheet() ? "the spreadsheet" : "the QDA file";
        }

        /** The quotes' YAML, where the file has quotes. */
        public Optional<String> quotes() {
            return quoteMaps.map(q -> QuotesWriter.write(q, from));
        }

        /** coded-data/participants.yaml, where the file has cases. */
        public Optional<String> participants() {
            return participantMaps.map(p -> Participants.write(p, from));
        }

        /**
         * What the file gave, in a sentence: "Imported from survey.qdpx: 20 codes in 2 levels, 8,000 quotes, 8,000
         * participants with 3 attributes (age, region, occupation)."; the quotes "(each with its reduced expression)" or
         * "(120 with a reduced expression)" where the file gives them (a sheet's column, a QDA file's comments).
         */
        public String summary() {
            int[] codes = new int[2]; // how many, how deep
            count(tree, 1, codes);
            StringBuilder s = new StringBuilder("Imported from " + from + ": " + plural(codes[0], "code") + " in "
                    + plural(codes[1], "level"));
            quoteMaps.ifPresent(q -> {
                s.append(", ").append(plural(q.size(), "quote"));
                long reduced = q.stream().filter(m -> m.containsKey("reduced")).count();
                if (reduced > 0) { // a spreadsheet's column of reduced expressions, or a QDA file's descriptions
                    s.append(reduced == q.size() ? " (each with its reduced expression)"
                            : String.format(" (%,d with a reduced expression)", reduced));
                }
            });
            participantMaps.ifPresent(p -> {
                java.util.Set<String> attributes = new java.util.LinkedHashSet<>();
                p.forEach(m -> {
                    if (m.get("attributes") instanceof Map<?, ?> a) {
                        a.keySet().forEach(k -> attributes.add(String.valueOf(k)));
                    }
                });
                s.append(", ").append(plural(p.size(), "participant"));
                if (!attributes.isEmpty()) {
                    s.append(" with ").append(plural(attributes.size(), "attribute")).append(" (")
                            .append(String.join(", ", attributes)).append(")");
                }
            });
            if (QdaExport.partial(origin)) { // a data archive's copy: say what it is not
                return s.append(". It is an export of weft export (").append(QdaExport.partialOf(origin))
                        .append("): what that study withheld from its audience is not in it.").toString();
            }
            return s.append('.').toString();
        }

        /**
         * Where participants are cited by their cases' names with no digit in them (Anna, Peter: as QDA projects often
         * name the cases of interviews), a reminder that a published article cites codes or pseudonyms; empty where each
         * is cited by a code (P1, 25M83, Respondent 17). Said on a first import: an import again keeps citedAs.
         */
        public Optional<String> namesAdvice() {
            List<String> names = participantMaps.orElse(List.of()).stream().map(m -> String.valueOf(m.get("citedAs")))
                    .filter(n -> n.codePoints().noneMatch(Character::isDigit)).toList();
            if (names.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(plural(names.size(), "participant") + " of " + participantMaps.get().size()
                    + (names.size() == 1 ? " is" : " are") + " cited by the name of their case in " + from + ", which has no"
                    + " code in it (" + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? " …" : "") + "): where that is a real name, give the participant a code or a"
                    + " pseudonym in citedAs (coded-data/participants.yaml) before anything is published; an import again"
                    + " keeps citedAs.");
        }

        private static void count(List<CodeTree.Node> nodes, int depth, int[] codes) {
            for (CodeTree.Node n : nodes) {
                codes[0]++;
                codes[1] = Math.max(codes[1], depth);
                count(n.children(), depth + 1, codes);
            }
        }

        private static String plural(int n, String word) {
            return String.format(java.util.Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
        }
    }

    private FrameImport() {
    }

    /** coded-data/coding-frame.yaml for the codes of {@code file}; diagnostics name the file by its file name. */
    public static Optional<String> codingFrame(Path file, Diagnostics diagnostics) {
        return of(file, Optional.empty(), diagnostics).map(Imported::codingFrame);
    }

    /** The coding frame and the quotes of {@code file}, positions counted as {@code counting} (empty: detected). */
    public static Optional<Imported> of(Path file, Optional<SelectionCutter.Counting> counting, Diagnostics diagnostics) {
        return of(file, counting, SheetReader.Columns.FOUND, diagnostics);
    }

    /**
     * The same, for a REFI-QDA file or a spreadsheet ({@code .csv}, {@code .xlsx}, {@code .ods}), whose columns {@code columns} names
     * where its headers do not say which is which.
     */
    public static Optional<Imported> of(Path file, Optional<SelectionCutter.Counting> counting, SheetReader.Columns columns,
                                        Diagnostics diagnostics) {
        return of(file, counting, columns, ParticipantsFrom.CASES, diagnostics);
    }

    /** The same, the participants of a REFI-QDA project made of its cases or of its source documents ({@code from}). */
    public static Optional<Imported> of(Path file, Optional<SelectionCutter.Counting> counting, SheetReader.Columns columns,
                                        ParticipantsFrom from, Diagnostics diagnostics) {
        return of(file, counting, columns, from, SelectionComments.IGNORED, diagnostics);
    }

    /** The same, a REFI-QDA project's comments on its selections taken as {@code comments} says. */
    public static Optional<Imported> of(Path file, Optional<SelectionCutter.Counting> counting, SheetReader.Columns columns,
                                        ParticipantsFrom from, SelectionComments comments, Diagnostics diagnostics) {
        String label = file.getFileName().toString();
        if (SheetReader.isSheet(file)) {
            if (from == ParticipantsFrom.SOURCES) {
                diagnostics.warning(SourcePosition.ofFile(label), "--participants sources applies to a REFI-QDA project: a"
                        + " spreadsheet's participants are those of its participant column");
            }
            if (comments == SelectionComments.REDUCED) {
                diagnostics.warning(SourcePosition.ofFile(label), "--comments reduced applies to a REFI-QDA project: a"
                        + " spreadsheet's reduced expressions are those of its column");
            }
            // the sheet's quotes are cut from texts the reader assembles, counted in code points
            Optional<Imported> sheet = SheetReader.read(file, columns, diagnostics).flatMap(q -> imported(q, label,
                    Optional.of(SelectionCutter.Counting.CODE_POINTS), ParticipantsFrom.CASES, columns,
                    SelectionComments.IGNORED, diagnostics));
            if (sheet.isEmpty() && columns.remembered().isPresent()) {
                diagnostics.note(columns.remembered().get(), "the columns of " + label + " were read as the study's earlier"
                        + " import was told them (written here): where the sheet names them otherwise now, give them again"
                        + " (--levels, --column, --attributes; weft.levels, weft.columns, weft.attributes), or remove this"
                        + " field to find them by their headers");
            }
            return sheet;
        }
        // validation is advice, independent of the reading: it runs beside it, on the other core
        CompletableFuture<Diagnostics> validation = CompletableFuture.supplyAsync(() -> {
            Diagnostics warnings = new Diagnostics();
            QdaSchemas.warn(file, label, warnings);
            return warnings;
        });
        Optional<QdaFile> qda = new QdaReader().read(file, label, diagnostics);
        if (qda.isEmpty()) {
            return Optional.empty(); // a file that cannot be read is not validated: its errors say enough
        }
        validation.join().sorted().forEach(diagnostics::add);
        return imported(comments.apply(qda.get()), label, counting, from, SheetReader.Columns.FOUND, comments, diagnostics);
    }

    private static Optional<Imported> imported(QdaFile file, String label, Optional<SelectionCutter.Counting> counting,
                                               ParticipantsFrom from, SheetReader.Columns columns, SelectionComments comments,
                                               Diagnostics diagnostics) {
        if (file.codes().isEmpty()) {
            diagnostics.error(SourcePosition.ofFile(label), "the file has no codes");
            return Optional.empty();
        }
        // the documents whose quotes are cut (a .qde alone has only the texts it holds) are the participants, if asked
        QdaFile q = from == ParticipantsFrom.SOURCES ? ParticipantsFrom.sourcesAsCases(file, label.endsWith(".qdpx") ? file
                : file.withOwnTextsOnly(), label, diagnostics) : file;
        List<CodeTree.Node> tree = CodeTree.of(q.codes());
        Participants participants = Participants.of(q, diagnostics);
        Optional<List<Map<String, Object>>> quotes = Optional.empty();
        QdaFile cuttable = label.endsWith(".qdpx") ? q : q.withOwnTextsOnly();
        int uncut = cuttable.textSelections() > 0 && cuttable.texts().isEmpty() ? q.textSelections()
                : q.textSelections() - cuttable.textSelections();
        if (uncut > 0) {
            diagnostics.warning(SourcePosition.ofFile(label), uncut + " text selections are not imported: a"
                    + (label.endsWith(".qdpx") ? " .qdpx without its sources/ texts" : " .qde alone") + " holds no source texts"
                    + " to cut them from; import the project's .qdpx");
        }
        if (uncut < q.textSelections()) {
            Map<String, String> ids = new HashMap<>();
            collect(tree, ids);
            quotes = Optional.of(SelectionCutter.quotes(cuttable, ids, participants::of, counting, label, diagnostics));
        }
        unimported(q, label, diagnostics);
        if (q.otherSelections() > 0) {
            diagnostics.warning(SourcePosition.ofFile(label), q.otherSelections() + " selections of pictures or PDFs"
                    + " are not imported: Weft quotes text only");
        }
        if (q.recordingSelections() > 0) {
            diagnostics.warning(SourcePosition.ofFile(label), q.recordingSelections() + " selections of audio or video recordings"
                    + " are not imported: Weft quotes text only; the coded selections of a recording's transcript are imported,"
                    + " so code the transcript in the QDA tool");
        }
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new Imported(tree, quotes, participants.isEmpty() ? Optional.empty() : Optional.of(participants.maps()),
                        label, q.origin(), q.levels(), columns, comments));
    }

    /** What the file holds that Weft has no place for, counted in notes. */
    private static void unimported(QdaFile q, String label, Diagnostics diagnostics) {
        if (q.otherNotes() > 0) {
            diagnostics.note(SourcePosition.ofFile(label), q.otherNotes() + (q.otherNotes() == 1 ? " note is" : " notes are")
                    + " not imported: a memo on a code becomes its descriptionDraft, but Weft has no place for notes on the"
                    + " project, its sources, selections or cases");
        }
        long comments = q.sources().stream().flatMap(s -> s.selections().stream())
                .filter(sel -> !sel.comment().isBlank() && !sel.codings().isEmpty()).count(); // one not coded is left out
        if (comments > 0) {
            diagnostics.note(SourcePosition.ofFile(label), comments + (comments == 1 ? " coded selection's comment (its"
                    + " <Description>) is" : " coded selections' comments (their <Description>) are") + " not imported: Weft"
                    + " keeps no comments on quotes; where they are the quotes' reduced expressions (condensed meaning units),"
                    + " import with --comments reduced (weft.comments)");
        }
        int sets = q.sets().size();
        if (sets > 0) {
            diagnostics.note(SourcePosition.ofFile(label), sets + (sets == 1 ? " set is" : " sets are")
                    + " not imported: Weft has no sets (a set of codes can be made a parent node by hand; with --participants"
                    + " sources, a group of documents named 'variable: value' is their participants' attribute, and one named"
                    + " 'case: NAME' makes them one participant)");
        }
    }

    private static void collect(List<CodeTree.Node> nodes, Map<String, String> ids) {
        for (CodeTree.Node n : nodes) {
            if (!n.guid().isEmpty()) {
                ids.put(n.guid(), n.id());
            }
            collect(n.children(), ids);
        }
    }
}

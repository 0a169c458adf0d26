package weft.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.manuscript.ManuscriptImport;
import weft.qda.FrameImport;
import weft.qda.ImportedFiles;
import weft.qda.SheetColumns;
import weft.qda.SheetReader;

/**
 * The live preview of a study whose prose or coding lives in a file of another program, followed: a manuscript
 * ({@code weft serve --manuscript paper.docx}) or a QDA tool's export or a spreadsheet of the coding
 * ({@code weft serve --coding project.qdpx}). Each time the file is saved, it is imported again (as {@code weft import}
 * does: a manuscript replacing only what the earlier import wrote and nobody changed since, a coding merged with the
 * earlier import and the author's work), and the preview, which watches the study's folders, rebuilds. An import that
 * cannot be made (the file's errors, or files of the author's that it would replace) is told to the open pages and the
 * terminal, and the study stays as it was.
 */
public final class ImportFollower implements AutoCloseable {

    /** How long no save must come before the import: Word writes a document in several steps, a QDA tool its archive. */
    static final Duration QUIET = Duration.ofMillis(300);

    /** An import of the followed file: the lines that say why it could not be made, none when it was. */
    @FunctionalInterface
    interface Importer {
        List<String> importNow() throws IOException;
    }

    private final Path file;
    private final Importer importer;
    private final Consumer<List<String>> problems;
    private final Rebuilds imports;
    private final Watcher watcher;
    /** The follower whose file is imported again after each import of this one's (the manuscript after the coding). */
    private volatile ImportFollower next;

    private ImportFollower(Path file, Importer importer, Consumer<List<String>> problems) throws IOException {
        this.file = file;
        this.importer = importer;
        this.problems = problems;
        this.imports = new Rebuilds(QUIET, Duration.ofSeconds(5), this::importSafely);
        this.watcher = watched(file, imports);
    }

    /**
     * Follows the saves of {@code manuscript}, importing it into {@code project}'s content/ after each; {@code problems}
     * is told what an import could not do. The first import is the caller's ({@link #importNow}), before the preview
     * starts.
     */
    public static ImportFollower manuscript(Path manuscript, Path project, PrintWriter out, Consumer<List<String>> problems)
            throws IOException {
        Path file = manuscript.toAbsolutePath().normalize();
        return new ImportFollower(file, () -> importManuscript(file, project.toAbsolutePath().normalize(), out), problems);
    }

    /**
     * Follows the saves of {@code coding} (a REFI-QDA project or a spreadsheet of the coding), importing it into
     * {@code project}'s coded-data/ after each, merged with the earlier import; {@code problems} is told what an import
     * could not do. The first import is the caller's ({@link #importNow}).
     */
    public static ImportFollower coding(Path coding, Path project, PrintWriter out, Consumer<List<String>> problems)
            throws IOException {
        return coding(coding, project, SheetReader.Columns.FOUND, out, problems);
    }

    /**
     * The same, a spreadsheet's columns read as {@code columns} names them (weft import's --levels, --column,
     * --attributes), else as the study's earlier import was told them ({@link SheetColumns}).
     */
    public static ImportFollower coding(Path coding, Path project, SheetReader.Columns columns, PrintWriter out,
                                        Consumer<List<String>> problems) throws IOException {
        Path file = coding.toAbsolutePath().normalize();
        return new ImportFollower(file, () -> importCoding(file, project.toAbsolutePath().normalize(), columns, out), problems);
    }

    /** The watcher of {@code file}'s saves, each asking {@code imports} for an import; {@code imports} closed if none. */
    private static Watcher watched(Path file, Rebuilds imports) throws IOException {
        try {
            return Watcher.file(file, imports::request);
        } catch (IOException | RuntimeException e) {
            try {
                imports.close();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    /**
     * {@code follower}, once its file is imported now; empty, with the first import's problems told to {@code first}, when
     * it could not be made (the preview should not start without the study's prose or coding).
     */
    public static Optional<ImportFollower> importedNow(ImportFollower follower, Consumer<List<String>> first) {
        List<String> problems = follower.importNow();
        if (problems.isEmpty()) {
            return Optional.of(follower);
        }
        follower.close();
        first.accept(problems);
        return Optional.empty();
    }

    /** Imports the file now; the lines that say why it could not be, empty when it was. */
    public List<String> importNow() {
        try {
            return importer.importNow();
        } catch (IOException e) {
            return List.of("weft: cannot write the imported files: " + weft.diagnostics.FileFailures.inWords(e));
        }
    }

    private static List<String> importManuscript(Path manuscript, Path project, PrintWriter out) throws IOException {
        Optional<String> refusal = ManuscriptImport.refusal(project);
        if (refusal.isPresent()) {
            return List.of("weft: " + refusal.get());
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(manuscript, project, diagnostics);
        if (imported.isEmpty()) {
            return cannotImport("the manuscript " + manuscript.getFileName(), diagnostics);
        }
        List<String> written = ManuscriptImport.write(project, imported.get());
        long changed = written.stream().filter(l -> !l.startsWith("Kept ") && !l.startsWith(ManuscriptImport.MIND)).count();
        out.println("Imported " + manuscript.getFileName() + " (" + changed + " file" + (changed == 1 ? "" : "s")
                + " of content/ written or replaced; " + diagnostics.summary() + ")");
        out.flush();
        return List.of();
    }

    private static List<String> importCoding(Path coding, Path project, SheetReader.Columns columns, PrintWriter out)
            throws IOException {
        Optional<String> refusal = ImportedFiles.refusal(project);
        if (refusal.isPresent()) {
            return List.of("weft: " + refusal.get());
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrameImport.Imported> imported = FrameImport.of(coding, Optional.empty(), SheetColumns.of(project, columns),
                weft.qda.ParticipantsFrom.earlier(project), weft.qda.SelectionComments.earlier(project), // as the earlier
                diagnostics); // import read the file
        Optional<ImportedFiles.Written> written = imported.isEmpty() ? Optional.empty()
                : ImportedFiles.write(project, imported.get(), diagnostics);
        if (written.isEmpty()) {
            return cannotImport("the coding " + coding.getFileName(), diagnostics);
        }
        List<String> changes = written.get().changes();
        out.println("Imported " + coding.getFileName() + " (" + written.get().paths().size() + " file"
                + (written.get().paths().size() == 1 ? "" : "s") + " of coded-data/ written or replaced; " + changes.size()
                + " change" + (changes.size() == 1 ? "" : "s") + " in the coding since the earlier import; "
                + diagnostics.summary() + ")");
        changes.forEach(c -> out.println("  " + c));
        out.flush();
        return List.of();
    }

    /** What an import that could not be made says: its diagnostics, then that {@code what} cannot be imported. */
    private static List<String> cannotImport(String what, Diagnostics diagnostics) {
        List<String> lines = new ArrayList<>(diagnostics.sorted().stream().map(Diagnostic::toString).toList());
        lines.add(what + " cannot be imported (" + diagnostics.summary() + ")");
        return lines;
    }

    /**
     * Imports {@code next}'s file again after each save of this one's is imported: the manuscript after the coding, whose
     * new quotes a quotation typed in the manuscript may now be.
     */
    public void then(ImportFollower next) {
        this.next = next;
    }

    private void importSafely() {
        try {
            List<String> lines = importNow();
            if (!lines.isEmpty()) {
                problems.accept(lines);
            } else if (next != null) {
                next.imports.request();
            }
        } catch (RuntimeException e) { // a bug in an import must not take the preview down
            problems.accept(List.of("weft: the import of " + file.getFileName() + " failed unexpectedly (" + e
                    + "); please report it"));
        }
    }

    @Override
    public void close() {
        watcher.close();
        try {
            imports.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

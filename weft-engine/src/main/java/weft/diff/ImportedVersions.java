package weft.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.publish.TemporaryFolders;
import weft.qda.FrameImport;
import weft.qda.ImportedFiles;
import weft.qda.ParticipantsFrom;
import weft.qda.SheetColumns;
import weft.qda.SheetReader;
import weft.read.ProjectFiles;

/**
 * Versions that are files of a QDA tool (a REFI-QDA project, {@code .qdpx} or {@code .qde}, or codebook, {@code .qdc})
 * or spreadsheets ({@code .csv}, {@code .xlsx}, {@code .ods}): {@code weft diff --from nvivo-v1.qdpx --to nvivo-v2.qdpx}, for a coding
 * kept in a QDA tool, with no history in git. Each file is imported as {@code weft import} imports it (its positions
 * found, its participants as the study's earlier import made them), into a temporary folder, deleted on {@link #close}:
 * two files, the second over the first, so that a code or a quote keeps its id by its GUID as an import again keeps it,
 * into a folder of the project's study.yaml alone; one file and the project (the working folder, a folder, a
 * revision), into a copy of the project's coded data and prose, so that the file's codes and quotes take the ids the
 * project gives them.
 */
public final class ImportedVersions implements AutoCloseable {

    /** The study.yaml of a folder that has none, to read an import by: it names nothing the diff compares. */
    static final String STUDY = """
            title: The coding of a QDA tool's file
            language: en
            authors:
              - name: Not known
            corpus:
              description: The coding of a QDA tool's file, compared by weft diff.
            """;

    private final Path project;
    private final Versions versions;
    private final ParticipantsFrom participants;
    private final SheetReader.Columns columns;
    private final weft.qda.SelectionComments comments;
    private Path folder;

    /** Files imported with their participants as the study's earlier import made them (its cases, by default). */
    public ImportedVersions(Path project, Versions versions) {
        this(project, versions, ParticipantsFrom.earlier(project));
    }

    /** Files imported with their participants from {@code participants} (weft import's --participants). */
    public ImportedVersions(Path project, Versions versions, ParticipantsFrom participants) {
        this(project, versions, participants, SheetReader.Columns.FOUND);
    }

    /**
     * The same, a spreadsheet's columns read as {@code columns} names them (weft import's --levels, --column,
     * --attributes), else as the project's earlier import was told them ({@link SheetColumns}).
     */
    public ImportedVersions(Path project, Versions versions, ParticipantsFrom participants, SheetReader.Columns columns) {
        this(project, versions, participants, weft.qda.SelectionComments.earlier(project), columns);
    }

    /**
     * The same, a QDA tool's comments on its selections taken as {@code comments} says (weft import's --comments; by
     * default as the study's earlier import took them).
     */
    public ImportedVersions(Path project, Versions versions, ParticipantsFrom participants, weft.qda.SelectionComments comments,
                            SheetReader.Columns columns) {
        this.project = project;
        this.versions = versions;
        this.participants = participants;
        this.columns = SheetColumns.of(project, columns);
        this.comments = comments;
    }

    /** The two versions of a comparison: empty where one cannot be read (the diagnostics say why). */
    public record Pair(Optional<Version> before, Optional<Version> after) {
    }

    /**
     * The versions a person names, {@code from} and {@code to} (null: the project as it is), each a revision, a project
     * folder or a file weft import reads (resolved against {@code base}): two files, the second imported over the
     * first; one file, into a copy of the project.
     */
    public static Pair pair(Path project, Versions versions, ParticipantsFrom participants, String from, String to,
                            Path base, Diagnostics diagnostics) throws UnreadableVersion {
        return pair(project, versions, participants, SheetReader.Columns.FOUND, from, to, base, diagnostics);
    }

    /** The same, a spreadsheet's columns named by {@code columns} where the project's earlier import does not name them. */
    public static Pair pair(Path project, Versions versions, ParticipantsFrom participants, SheetReader.Columns columns,
                            String from, String to, Path base, Diagnostics diagnostics) throws UnreadableVersion {
        return pair(project, versions, participants, weft.qda.SelectionComments.earlier(project), columns, from, to, base,
                diagnostics);
    }

    /** The same, a QDA tool's comments on its selections taken as {@code comments} says. */
    public static Pair pair(Path project, Versions versions, ParticipantsFrom participants, weft.qda.SelectionComments comments,
                            SheetReader.Columns columns, String from, String to, Path base, Diagnostics diagnostics)
            throws UnreadableVersion {
        boolean fromFile = isFile(base, from);
        boolean toFile = to != null && isFile(base, to);
        // two files of one name (a co-author's may.qdpx and one's own): each named with the folders that tell them apart
        int folders = fromFile && toFile ? folders(base.resolve(from), base.resolve(to)) : 0;
        try (ImportedVersions files = new ImportedVersions(project, versions, participants, comments, columns)) {
            Optional<Version> before = fromFile ? files.readAs(base.resolve(from), label(base.resolve(from), folders), !toFile,
                    diagnostics) : versions.named(project, from, base, diagnostics);
            Optional<Version> after = toFile ? files.readAs(base.resolve(to), label(base.resolve(to), folders), !fromFile, diagnostics)
                    : to == null ? versions.folder(project, "the working folder", diagnostics)
                    : versions.named(project, to, base, diagnostics);
            return new Pair(before, after);
        }
    }

    /**
     * How many of the folders two files are in their names need ("alice/may.qdpx", "bob/may.qdpx": one) to be told
     * apart: none where their names differ, as many as they share from the end where they do not (none left: the same).
     */
    static int folders(Path from, Path to) {
        Path a = from.toAbsolutePath().normalize();
        Path b = to.toAbsolutePath().normalize();
        int shared = 0;
        while (shared < Math.min(a.getNameCount(), b.getNameCount())
                && a.getName(a.getNameCount() - 1 - shared).equals(b.getName(b.getNameCount() - 1 - shared))) {
            shared++;
        }
        return shared == 0 || shared >= Math.min(a.getNameCount(), b.getNameCount()) ? 0 : shared;
    }

    /** The file's name, after the {@code folders} folders it is in nearest it ("alice/may.qdpx" for one). */
    static String label(Path file, int folders) {
        Path path = file.toAbsolutePath().normalize();
        int names = path.getNameCount();
        return path.subpath(Math.max(0, names - 1 - folders), names).toString().replace('\\', '/');
    }

    /** Whether {@code version} is named as a file that weft import reads is (by its extension), there or not. */
    public static boolean namesAFile(String version) {
        return weft.qda.QdaReader.isQdaName(version) || weft.qda.SheetReader.isSheetName(version);
    }

    /** Whether {@code version}, resolved against {@code base}, is a file that weft import reads. */
    public static boolean isFile(Path base, String version) {
        Path file = base.resolve(version);
        return Files.isRegularFile(file) && namesAFile(version);
    }

    /**
     * The coding of {@code file} as a version named {@code name} (by the file's name alone, never the folders it is in:
     * a diff goes into a response to reviewers): imported over the file read before, where one was, else
     * into a copy of the project's coded data and prose ({@code ontoProject}) or a folder of its study.yaml alone. Empty
     * when the file cannot be imported or the coding has errors (the diagnostics' errors say why).
     */
    public Optional<Version> read(Path file, String name, boolean ontoProject, Diagnostics diagnostics) throws UnreadableVersion {
        return readAs(file, ReviewChanges.label(name), ontoProject, diagnostics);
    }

    /** The same, the version named {@code label} as it is. */
    private Optional<Version> readAs(Path file, String label, boolean ontoProject, Diagnostics diagnostics)
            throws UnreadableVersion {
        try {
            if (folder == null) {
                folder = prepared(ontoProject);
            }
            Diagnostics importing = new Diagnostics();
            Optional<FrameImport.Imported> imported = FrameImport.of(file, Optional.empty(), columns,
                    participants, comments, importing);
            Optional<ImportedFiles.Written> written = imported.isPresent()
                    ? ImportedFiles.writeToCompare(folder, imported.get(), importing) : Optional.empty();
            if (written.isPresent() && written.get().leftTheAuthorsQuotes()) {
                importing.error(SourcePosition.ofFile(file.getFileName().toString()), "it changes quotes of the"
                        + " study's own quote files, which an import never rewrites (weft import lists them), so their"
                        + " changes would not show: compare two of the QDA tool's files (--from A --to B), or two revisions");
            }
            // the import's warnings and notes are weft import's to give; its errors stop the comparison
            importing.errors().forEach(diagnostics::add);
            if (imported.isEmpty() || importing.hasErrors()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UnreadableVersion("cannot import '" + file + "' to compare: " + e.getMessage());
        }
        Diagnostics reading = new Diagnostics(); // a folder of the coding alone: no prose is no news
        Optional<Version> version = versions.folder(folder, label, reading);
        reading.errors().forEach(diagnostics::add);
        return version;
    }

    /**
     * A temporary folder to import into: a copy of the project's coded data and prose ({@code ontoProject}), or its
     * study.yaml alone (a stand-in where it has none).
     */
    private Path prepared(boolean ontoProject) throws IOException {
        Path made = TemporaryFolders.create("weft-imported-");
        if (ontoProject) {
            for (String part : Versions.FOLDERS) {
                if (Files.isDirectory(project.resolve(part), LinkOption.NOFOLLOW_LINKS)) {
                    TemporaryFolders.copyTree(project.resolve(part), made.resolve(part));
                }
            }
            return made;
        }
        Files.createDirectories(made.resolve("coded-data"));
        Files.createDirectories(made.resolve("content"));
        Path study = project.resolve(ProjectFiles.STUDY);
        if (Files.isRegularFile(study, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(study, made.resolve(ProjectFiles.STUDY));
        } else {
            Files.writeString(made.resolve(ProjectFiles.STUDY), STUDY);
        }
        return made;
    }

    /** The folder the files were imported into, once one was: a study's coding and prose, as a project folder. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public void close() {
        if (folder != null) {
            TemporaryFolders.delete(folder);
        }
    }
}

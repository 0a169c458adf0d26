package weft.diff;

import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;

/**
 * The QDA tool's file (or spreadsheet) a build compares with, imported into a copy of the study once however many
 * stages ask for it: the Changes page ({@link Review}) and the marked-up review copy, which renders the earlier
 * article from the same copy. Made only when a stage reads a file; closing deletes the copy.
 */
public final class ImportedOnce implements AutoCloseable {

    private final Path project;
    private final Versions versions;
    private ImportedVersions files;
    private Path read;
    private Optional<Version> version;
    private UnreadableVersion failure;
    private final Diagnostics errors = new Diagnostics();

    public ImportedOnce(Path project, Versions versions) {
        this.project = project;
        this.versions = versions;
    }

    /**
     * {@code file} imported onto the project as the version named {@code name} ({@link ImportedVersions#read}); read
     * again, the same version (the same errors added to {@code diagnostics} again, or the same failure) without
     * importing again.
     */
    public synchronized Optional<Version> read(Path file, String name, Diagnostics diagnostics) throws UnreadableVersion {
        if (read != null && !read.equals(file)) {
            throw new IllegalStateException("one file a build compares with: " + read + ", not " + file);
        }
        if (read == null) {
            read = file;
            files = new ImportedVersions(project, versions);
            try {
                version = files.read(file, name, true, errors);
            } catch (UnreadableVersion e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        errors.errors().forEach(diagnostics::add);
        return version;
    }

    /** The copy of the study the file was imported into, once it was. */
    public synchronized Optional<Path> folder() {
        return files == null ? Optional.empty() : files.folder();
    }

    @Override
    public synchronized void close() {
        if (files != null) {
            files.close();
        }
    }
}

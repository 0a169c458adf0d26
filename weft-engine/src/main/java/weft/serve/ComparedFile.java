package weft.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diff.ImportedVersions;
import weft.read.ProjectFiles;
import weft.read.YamlReader;

/**
 * The QDA tool's file (or spreadsheet) the preview's Changes page compares with, watched, so that a new export over it
 * rebuilds the preview: the one {@code --changes-since} names, else the one study.yaml's
 * {@code presentation.changesSince} names, followed as that setting is edited (a revision names no file: nothing is
 * watched).
 */
final class ComparedFile implements AutoCloseable {

    private final Path project;
    private final Optional<String> given;
    private final Runnable changed;
    private Path file;
    private Watcher watcher;

    /** {@code given}: the build's --changes-since; {@code changed} is run on each save of the file. */
    ComparedFile(Path project, Optional<String> given, Runnable changed) {
        this.project = project;
        this.given = given;
        this.changed = changed;
    }

    /**
     * Watches the file the setting names now, where it is another than the one watched: the file newly watched, as the
     * setting names it, or empty where nothing changed or a setting names no file now.
     */
    synchronized Optional<String> follow() throws IOException {
        Optional<String> name = given.or(() -> setting(project)).filter(n -> ImportedVersions.isFile(project, n));
        Path named = name.map(n -> project.resolve(n).toAbsolutePath().normalize()).orElse(null);
        if (java.util.Objects.equals(named, file)) {
            return Optional.empty();
        }
        close();
        if (named != null) {
            watcher = Watcher.file(named, changed);
            file = named;
        }
        return name;
    }

    /** The value of study.yaml's presentation.changesSince, where it has one; a file that does not read has none. */
    static Optional<String> setting(Path project) {
        Path study = project.resolve(ProjectFiles.STUDY);
        try {
            if (!Files.isRegularFile(study, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            // the build reports what is wrong with the file; here it only names the file compared with, or none
            JsonNode since = new YamlReader().read(ProjectFiles.STUDY, Files.readString(study, StandardCharsets.UTF_8), 1,
                    new Diagnostics()).map(d -> d.root().path("presentation").path("changesSince")).orElse(null);
            return since != null && since.isTextual() && !since.asText().isBlank() ? Optional.of(since.asText().strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        watcher = null;
        file = null;
    }
}

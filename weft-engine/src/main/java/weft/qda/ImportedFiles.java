package weft.qda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weft.read.ProjectFiles;

/**
 * Where an import goes in a project, shared by the command line and the Maven goal: coded-data/coding-frame.yaml and
 * coded-data/quotes/imported.yaml and coded-data/participants.yaml, each written whole and only where no such file
 * exists.
 */
public final class ImportedFiles {

    public static final String QUOTES = ProjectFiles.QUOTES_DIR + "/imported.yaml";

    private ImportedFiles() {
    }

    /** Why the import may not write into {@code project} (a file it would replace exists), or empty. */
    public static Optional<String> refusal(Path project) {
        for (String path : List.of(ProjectFiles.CODING_FRAME, QUOTES, ProjectFiles.PARTICIPANTS)) {
            if (Files.exists(project.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(path + " exists in " + project.toAbsolutePath().normalize() + ": weft import writes a new"
                        + " coding frame, its quotes and its participants and never replaces them (importing again after recoding is not supported yet)");
            }
        }
        return Optional.empty();
    }

    /** Writes the imported files (each a temporary file beside it, then moved in place); the paths written. */
    public static List<Path> write(Path project, FrameImport.Imported imported) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(project.resolve(ProjectFiles.CODING_FRAME), imported.codingFrame()));
        if (imported.quotes().isPresent()) {
            written.add(write(project.resolve(QUOTES), imported.quotes().get()));
        }
        if (imported.participants().isPresent()) {
            written.add(write(project.resolve(ProjectFiles.PARTICIPANTS), imported.participants().get()));
        }
        return List.copyOf(written);
    }

    private static Path write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".weft-import");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target.toAbsolutePath().normalize();
    }
}

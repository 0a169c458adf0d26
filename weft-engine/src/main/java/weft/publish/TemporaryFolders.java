package weft.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders that Weft makes for itself (a revision's files, an earlier article, a benchmark's copy): made
 * new, filled with copies, and deleted whole. Only a folder this class made is ever deleted by it.
 */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    /** A new, empty folder in the system's temporary folder, named {@code prefix} and a random suffix. */
    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    /** Copies the files and folders under {@code from} into {@code to}; symbolic links are not followed or copied. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                if (Files.isSymbolicLink(file)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Deletes {@code folder}, which {@link #create} made, with everything in it; a failure leaves it to the system. */
    public static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind: the system's to clean, nothing of the user's
        }
    }
}

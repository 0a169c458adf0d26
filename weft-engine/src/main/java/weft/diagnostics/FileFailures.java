package weft.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file system's refusal (a folder the user may not write in, a read-only disk, a full one) in the user's words: why,
 * and the file, never an exception's class or a bare path. Java reports a refused file as an exception whose message is
 * the path alone ({@code AccessDeniedException: /srv/study/CITATION.cff}), which says nothing of why.
 */
public final class FileFailures {

    private FileFailures() {
    }

    /** Why, then the file it happened to in brackets: "permission denied (/srv/out/.x.qdpx123.weft-export)". */
    public static String inWords(IOException e) {
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        return file == null || file.isEmpty() ? reason(e) : reason(e) + " (" + file + ")";
    }

    /** Why alone: "permission denied", "no such file or folder", "read-only file system", "no space left on device". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file or folder of that name exists already";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String said = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (said == null || said.isBlank()) {
            return "the system refused it";
        }
        String line = said.lines().findFirst().orElse(said).strip();
        line = line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
        return line.replace("not a directory", "not a folder").replace("is a directory", "is a folder");
    }
}

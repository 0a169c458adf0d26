package weft.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFailuresTest {

    @TempDir
    Path temp;

    @Test
    void javas_exceptions_are_said_as_why_and_where() {
        assertEquals("permission denied (/srv/out)", FileFailures.inWords(new AccessDeniedException("/srv/out")));
        assertEquals("no such file or folder (/gone)", FileFailures.inWords(new NoSuchFileException("/gone")));
        assertEquals("not a folder (/a)", FileFailures.inWords(new NotDirectoryException("/a")));
        assertEquals("a file or folder of that name exists already (/b)", FileFailures.inWords(new FileAlreadyExistsException("/b")));
        assertEquals("read-only file system (/mnt/cd)", FileFailures.inWords(new FileSystemException("/mnt/cd", null,
                "Read-only file system")));
        assertEquals("no space left on device", FileFailures.inWords(new IOException("No space left on device")));
        assertEquals("the system refused it", FileFailures.inWords(new IOException()));
    }

    private interface Io {
        void run() throws IOException;
    }

    private static String refusal(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            return FileFailures.inWords(e);
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void a_real_refusal_reads_so() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertEquals("a file or folder of that name exists already (" + file + ")", refusal(() -> Files.createDirectories(file)));
        assertEquals("not a folder (" + file.resolve("below") + ")", refusal(() -> Files.createDirectories(file.resolve("below"))));
        assertEquals("is a folder", refusal(() -> Files.readString(temp))); // Java names no file here
    }
}

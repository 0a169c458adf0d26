package weft.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a publication into a staging folder of its own beside the output, then swaps it in: a build that fails
 * before this point, or while writing, leaves the previous publication as it was. Only a folder that
 * {@link OutputGuard} allows is ever replaced, and only folders this class created are ever deleted.
 */
public final class OutputPublisher {

    private final OutputGuard guard;

    public OutputPublisher(OutputGuard guard) {
        this.guard = guard;
    }

    /** Replaces {@code output} with {@code publication} (called {@code what} in messages). */
    public void publish(OutputFiles publication, Path output, String what) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        var unsafe = guard.checkReplaceable(target, what);
        if (unsafe.isPresent()) {
            throw new UnsafeOutputException(unsafe.get());
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = createOwnFolder(parent, target.getFileName() + ".weft-staging-");
        try {
            Files.writeString(staging.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
            Set<Path> folders = new HashSet<>(); // each made once: a mkdir that fails and an exception per file cost
            for (Map.Entry<String, byte[]> file : publication.files().entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging) || path.equals(staging.resolve(OutputGuard.MARKER))) {
                    throw new IOException("refusing to write outside the output folder: " + file.getKey());
                }
                if (folders.add(path.getParent())) {
                    Files.createDirectories(path.getParent());
                }
                Files.write(path, file.getValue());
            }
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    /** Moves {@code staging} to {@code target}; a previous {@code target} is moved aside first and deleted last. */
    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path previous = createOwnFolder(target.getParent(), target.getFileName() + ".weft-previous-");
        Path old = previous.resolve(target.getFileName());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(previous);
            throw e;
        }
        deleteTree(previous);
    }

    /** Creates a new hidden folder {@code .PREFIXn} in {@code parent}, never reusing an existing one. */
    private static Path createOwnFolder(Path parent, String prefix) throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve("." + prefix + n));
            } catch (FileAlreadyExistsException e) {
                if (n == 10_000) {
                    throw e;
                }
            }
        }
    }

    /** Deletes a folder this class created (symbolic links inside are deleted, never followed). */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

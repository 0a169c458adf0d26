package weft.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Temporary folders that Weft makes for itself (a revision's files, an earlier article, a QDA tool's file imported to
 * compare, a benchmark's copy): made new, filled with copies, and deleted whole. They hold the study's quotes, so none
 * is left behind: each is deleted when its work ends, or when the process is stopped before that (Ctrl-C, a kill; the
 * JVM's shutdown hook), and one left by a process killed outright ({@code kill -9}, a power cut) is deleted by the
 * next Weft that makes one. Each holds a marker naming the process that made it ({@value #MARKER}: its id and start),
 * and only a folder with that marker, of this user, whose process has ended, is ever deleted so.
 *
 * <p>The folders still in use are the one piece of process-wide state, as the shutdown hook that deletes them is the
 * JVM's: a set, added to by {@link #create} and removed from by {@link #delete}.
 */
public final class TemporaryFolders {

    /** The marker file in each folder: "PID START", the process's id and its start as an ISO instant. */
    static final String MARKER = ".weft-temporary";
    private static final String PREFIX = "weft-";
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Whether a folder was made yet: the first adds the shutdown hook and deletes what ended processes left. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TemporaryFolders() {
    }

    /**
     * A new, empty folder (but for its marker) in the system's temporary folder, named {@code prefix} (which begins
     * "weft-") and a random suffix; the first of a process deletes those that ended processes left.
     */
    public static Path create(String prefix) throws IOException {
        if (!prefix.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a temporary folder of Weft's is named weft-…: " + prefix);
        }
        boolean first = STARTED.compareAndSet(false, true);
        if (first) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TemporaryFolders::delete),
                        "weft-temporary-folders"));
            } catch (IllegalStateException stopping) {
                // the first folder made while the JVM stops (a rebuild a stopping preview waits for): its work deletes it
            }
        }
        Path folder = Files.createTempDirectory(prefix);
        LIVE.add(folder);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(folder.resolve(MARKER), self.pid() + " " + self.info().startInstant().map(Instant::toString)
                .orElse("-") + "\n", StandardCharsets.UTF_8);
        if (first) {
            sweep(folder.getParent(), Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS));
        }
        return folder;
    }

    /**
     * Deletes the folders in {@code parent} that a Weft process which has ended made and left (named weft-…, owned by
     * {@code owner}, holding the marker, its process gone); a folder in doubt is kept. Returns how many it deleted.
     */
    static int sweep(Path parent, UserPrincipal owner) {
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path entry : entries) {
                if (!LIVE.contains(entry) && abandoned(entry, owner)) {
                    delete(entry);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the system's temporary folder cannot be listed: the folders stay for the system to clean
        }
        return deleted;
    }

    private static boolean abandoned(Path folder, UserPrincipal owner) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                || !owner.equals(Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)) || Files.size(marker) > 100) {
            return false;
        }
        String[] made = Files.readString(marker, StandardCharsets.UTF_8).strip().split(" ");
        long pid;
        try {
            pid = Long.parseLong(made[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        // the process that made it runs still, unless its id is another process's now (one started at another time)
        return process.isEmpty() || made.length > 1 && !made[1].equals("-") && process.get().info().startInstant()
                .map(start -> !start.toString().equals(made[1])).orElse(false);
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
        Path marker = folder.resolve(MARKER);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(marker) && !file.equals(folder)) {
                    Files.deleteIfExists(file);
                }
            }
            // the marker last: a folder that could not be deleted whole is still known as Weft's, for the next to delete
            Files.deleteIfExists(marker);
            Files.deleteIfExists(folder);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary folder left behind: the system's to clean, nothing of the user's
        }
        LIVE.remove(folder);
    }
}

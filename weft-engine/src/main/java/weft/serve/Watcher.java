package weft.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.helpers.NOPLogger;

/**
 * Changes of files, told as they happen, with directory-watcher: the JDK's watch service on Linux and Windows, the
 * operating system's own file events on macOS, where the JDK's service only polls every few seconds. Either a project's
 * input folders ({@link #FOLDERS}, those that exist when the preview starts) and every folder in them, or one file
 * (a manuscript, a QDA tool's export) without walking the folder it is saved in, which may be a whole Documents folder.
 * Each watcher waits on a daemon thread of its own, named after what it watches (directory-watcher's own choice, the
 * common fork-join pool, would keep one of the workers of the builds' parallel streams for as long as the preview runs,
 * on a machine of more than two cores).
 */
final class Watcher implements AutoCloseable {

    /** The folders whose files are the inputs of a build. */
    static final List<String> FOLDERS = List.of("coded-data", "content", "templates", "site");

    private final DirectoryWatcher watcher;

    private Watcher(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    /**
     * Watches {@code project}'s input folders; {@code changed} runs after every change of a file's content, and every
     * file or folder made or removed in them.
     */
    static Watcher folders(Path project, Runnable changed) throws IOException {
        return start(inputFolders(project), FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR, true, event -> true, "project", changed);
    }

    /**
     * Watches {@code file} (an absolute path); {@code changed} runs after each save of it (written in place, or written
     * aside and renamed to it, as Word does). Other files of its folder, and the folders in it, are not looked at.
     */
    static Watcher file(Path file, Runnable changed) throws IOException {
        Path folder = file.getParent();
        FileTreeVisitor onlyTheFile = (start, onDirectory, onFile) -> {
            if (start.equals(folder)) {
                onDirectory.call(folder);
            }
            if ((start.equals(folder) || start.equals(file)) && Files.isRegularFile(file)) {
                onFile.call(file);
            }
        };
        return start(List.of(folder), onlyTheFile, false, event -> file.equals(event.path()), file.getFileName().toString(),
                changed);
    }

    private static Watcher start(List<Path> paths, FileTreeVisitor visitor, boolean hashing,
                                 Predicate<DirectoryChangeEvent> relevant,
                                 String name, Runnable changed) throws IOException {
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(paths)
                .fileTreeVisitor(visitor)
                .fileHashing(hashing) // the project's files hashed: a save that changes nothing rebuilds nothing
                .listener(event -> {
                    if (relevant.test(event)) {
                        changed.run();
                    }
                })
                .logger(NOPLogger.NOP_LOGGER)
                .build();
        Executor ownThread = task -> {
            Thread thread = new Thread(task, "weft-watch-" + name);
            thread.setDaemon(true);
            thread.start();
        };
        watcher.watchAsync(ownThread); // registers the folders before it returns
        return new Watcher(watcher);
    }

    /** The input folders of {@code project} that exist, as real folders (not links out of the project). */
    static List<Path> inputFolders(Path project) {
        return FOLDERS.stream()
                .map(project::resolve)
                .filter(folder -> Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    /** Stops watching; what the watch service cannot release is its own, nothing of the user's is at stake. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch service's own resources
        }
    }
}

package weft.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a project's input folders ({@link #FOLDERS}, those that exist when the preview starts) and every folder in
 * them, with directory-watcher: the JDK's watch service on Linux and Windows, the operating system's own file events
 * on macOS, where the JDK's service only polls every few seconds.
 */
final class ProjectWatcher implements AutoCloseable {

    /** The folders whose files are the inputs of a build. */
    static final List<String> FOLDERS = List.of("coded-data", "content", "templates", "site");

    private final DirectoryWatcher watcher;

    private ProjectWatcher(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    /** Starts watching; {@code changed} runs on the watcher's thread after every change of a file or folder. */
    static ProjectWatcher start(Path project, Runnable changed) throws IOException {
        List<Path> folders = watched(project);
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .listener(event -> changed.run())
                .logger(NOPLogger.NOP_LOGGER)
                .build();
        watcher.watchAsync();
        return new ProjectWatcher(watcher);
    }

    /** The input folders of {@code project} that exist, as real folders (not links out of the project). */
    static List<Path> watched(Path project) {
        return Stream.of(FOLDERS.toArray(String[]::new))
                .map(project::resolve)
                .filter(folder -> Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}

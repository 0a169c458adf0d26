package weft.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.manuscript.ManuscriptImport;

/**
 * The live preview of a study whose prose is written in one manuscript ({@code weft serve --manuscript paper.docx}):
 * each time the manuscript is saved, it is imported again into the study's content/ (as {@code weft import} does:
 * replacing only what the earlier import wrote and nobody changed since), and the preview, which watches content/,
 * rebuilds. An import that cannot be made (the manuscript's errors, or prose of the author's in content/) is told to the
 * open pages and the terminal, and content/ stays as it was.
 */
public final class ManuscriptFollower implements AutoCloseable {

    /** How long no save must come before the import: Word writes a document in several steps. */
    static final Duration QUIET = Duration.ofMillis(300);

    private final Path manuscript;
    private final Path project;
    private final PrintWriter out;
    private final Consumer<List<String>> problems;
    private final WatchService watcher;
    private final Rebuilds imports;
    private final Thread thread;

    private ManuscriptFollower(Path manuscript, Path project, PrintWriter out, Consumer<List<String>> problems)
            throws IOException {
        this.manuscript = manuscript;
        this.project = project;
        this.out = out;
        this.problems = problems;
        this.watcher = FileSystems.getDefault().newWatchService();
        manuscript.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        this.imports = new Rebuilds(QUIET, Duration.ofSeconds(5), this::importSafely);
        this.thread = new Thread(this::watch, "weft-manuscript");
        this.thread.setDaemon(true);
    }

    /**
     * Follows the saves of {@code manuscript}, importing it into {@code project} after each; {@code problems} is told what
     * an import could not do. The first import is the caller's ({@link #importNow}), before the preview starts.
     */
    public static ManuscriptFollower start(Path manuscript, Path project, PrintWriter out, Consumer<List<String>> problems)
            throws IOException {
        Path file = manuscript.toAbsolutePath().normalize();
        ManuscriptFollower follower = new ManuscriptFollower(file, project.toAbsolutePath().normalize(), out, problems);
        follower.thread.start();
        return follower;
    }

    /**
     * Imports {@code manuscript} into {@code project} now and follows its saves after; empty, with the first import's
     * problems told to {@code first}, when it could not be made (the preview should not start without its prose).
     */
    public static Optional<ManuscriptFollower> follow(Path manuscript, Path project, PrintWriter out,
            Consumer<List<String>> later, Consumer<List<String>> first) throws IOException {
        ManuscriptFollower follower = start(manuscript, project, out, later);
        List<String> problems = follower.importNow();
        if (problems.isEmpty()) {
            return Optional.of(follower);
        }
        follower.close();
        first.accept(problems);
        return Optional.empty();
    }

    /** Imports the manuscript now; the lines that say why it could not be, empty when it was. */
    public List<String> importNow() {
        List<String> lines = new ArrayList<>();
        try {
            Optional<String> refusal = ManuscriptImport.refusal(project);
            if (refusal.isPresent()) {
                lines.add("weft: " + refusal.get());
                return lines;
            }
            Diagnostics diagnostics = new Diagnostics();
            Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(manuscript, project, diagnostics);
            if (imported.isEmpty()) {
                diagnostics.sorted().stream().map(Diagnostic::toString).forEach(lines::add);
                lines.add("the manuscript " + manuscript.getFileName() + " cannot be imported (" + diagnostics.summary() + ")");
                return lines;
            }
            List<String> written = ManuscriptImport.write(project, imported.get());
            long changed = written.stream().filter(l -> !l.startsWith("Kept ")).count();
            out.println("Imported " + manuscript.getFileName() + " (" + changed + " file" + (changed == 1 ? "" : "s")
                    + " of content/ written or replaced; " + diagnostics.summary() + ")");
            out.flush();
        } catch (IOException e) {
            lines.add("weft: cannot write the imported files: " + e.getMessage());
        }
        return lines;
    }

    private void importSafely() {
        try {
            List<String> lines = importNow();
            if (!lines.isEmpty()) {
                problems.accept(lines);
            }
        } catch (RuntimeException e) { // a bug in an import must not take the preview down
            problems.accept(List.of("weft: the import of " + manuscript.getFileName() + " failed unexpectedly (" + e
                    + "); please report it"));
        }
    }

    /** Waits for the manuscript's saves (its folder's events that name it) and asks for an import after each. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && name.equals(manuscript.getFileName())) {
                        imports.request();
                    }
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop following
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch service's own resources: nothing of the user's is at stake
        }
        try {
            imports.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }
}

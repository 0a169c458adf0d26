package weft.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.PreparedStudy;
import weft.build.Weft;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;
import weft.publish.OutputNames;
import weft.render.pdf.PdfWriter;

/**
 * The live preview of a project: builds it, serves the publication from memory, and rebuilds it whenever an input
 * changes. A rebuild first makes everything but the PDF (what {@code weft validate} checks, in memory) and swaps it
 * in, so that the open pages reload at once; the PDF and the checklist's page numbers follow in the background, and a
 * request for the PDF waits for them. A build that fails leaves the last good publication served and tells the open
 * pages its diagnostics. Nothing is written to disk.
 */
public final class Preview implements AutoCloseable {

    /** How long no change must come before a rebuild starts: an editor's or a checkout's burst of writes is one change. */
    public static final Duration QUIET = Duration.ofMillis(40);
    private static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final Path project;
    private final BuildOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Weft quick = new Weft();
    private final Weft layout = new Weft();
    private final Weft onDemand = new Weft();
    private final ExecutorService layouts = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "weft-layout");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Rebuilds started: a layout whose inputs a later rebuild has read again (even one that failed) reports nothing. */
    private final AtomicLong attempts = new AtomicLong();
    private final ReloadEvents events;
    private final Rebuilds rebuilds;
    private volatile PreviewServer server; // set once serving: a rebuild then follows the file compared with
    private Watcher watcher;
    private final ComparedFile since; // the QDA tool's file the Changes page compares with, where one is named
    private long generation;
    private List<Diagnostic> printed = List.of();

    private Preview(Path project, BuildOptions options, PrintWriter out, PrintWriter err) {
        this.project = project;
        this.options = options.cache(Optional.empty()); // the preview builds in memory: it keeps no build cache
        this.out = out;
        this.err = err;
        this.events = new ReloadEvents(new PreviewState(0, List.of()));
        this.current.set(new Snapshot(0, Map.of(), CompletableFuture.completedFuture(Map.of()), Snapshot.OnDemand.NONE));
        this.rebuilds = new Rebuilds(QUIET, MAX_DELAY, this::rebuildSafely);
        this.since = new ComparedFile(this.project, options.changesSince(), rebuilds::request);
    }

    /**
     * Builds {@code project} once, serves it on {@code address}:{@code port} (another free port when
     * {@code anyPortIfTaken} and that one is taken) and watches its inputs; {@code out} is told the address and every
     * rebuild, {@code err} every diagnostic.
     */
    public static Preview start(Path project, BuildOptions options, InetAddress address, int port, boolean anyPortIfTaken,
                                PrintWriter out, PrintWriter err) throws IOException {
        Preview preview = new Preview(project.toAbsolutePath().normalize(), options, out, err);
        Optional<String> compared;
        try {
            preview.rebuild();
            preview.server = PreviewServer.start(address, port, anyPortIfTaken, preview.current::get, preview.events);
            preview.watcher = Watcher.folders(preview.project, preview.rebuilds::request);
            compared = preview.since.follow();
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        out.println("Serving " + preview.project + " at " + preview.uri() + " (watching "
                + String.join(", ", Watcher.FOLDERS) + compared.map(name -> ", " + name).orElse("") + "; Ctrl-C stops)");
        out.flush();
        return preview;
    }

    /** The address of the article. */
    public URI uri() {
        return server.uri();
    }

    /** The generation of the publication being served: 1 after the first successful build, one more after each. */
    public long generation() {
        return current.get().generation();
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return events.clients();
    }

    private void rebuildSafely() {
        try {
            rebuild();
        } catch (RuntimeException | Error e) { // a bug in a build must not take the preview down
            List<String> lines = List.of("weft: the build failed unexpectedly (" + e + "); please report it");
            err.println(lines.get(0));
            err.flush();
            events.publish(new PreviewState(current.get().generation(), lines));
        }
    }

    private void rebuild() {
        long attempt = attempts.incrementAndGet();
        long started = System.nanoTime();
        BuildResult result = quick.validate(project, options);
        followComparedFile();
        if (!result.succeeded() && halfSaved()) {
            return; // the rebuild of the saved state follows; the author never sees what no file held
        }
        report(result);
        if (!result.succeeded()) {
            events.publish(new PreviewState(current.get().generation(), lines(result)));
            return;
        }
        CompletableFuture<Map<String, byte[]>> complete = new CompletableFuture<>();
        Snapshot snapshot = new Snapshot(++generation, result.publication().get().files(), complete, new WordOnDemand());
        current.set(snapshot);
        out.printf("Built in %d ms (%s; the PDF follows)%n", (System.nanoTime() - started) / 1_000_000, result.summary());
        out.flush();
        events.publish(new PreviewState(snapshot.generation(), List.of()));
        layouts.execute(() -> layOut(snapshot, complete, attempt));
    }

    /**
     * The Word documents of the project (the article, the title page apart) as they are when first asked for, made once
     * per snapshot (a rebuild drops them):
     * the article rendered again and only the journal formats written.
     */
    private final class WordOnDemand implements Snapshot.OnDemand {
        private Optional<Map<String, byte[]>> made;

        @Override
        public synchronized Optional<byte[]> file(String path) {
            if (!options.docx()) {
                return Optional.empty();
            }
            if (made == null) {
                PreparedStudy prepared = onDemand.prepare(project, options);
                made = prepared.ready() ? prepared.manuscriptsStage().publication().map(p -> Map.copyOf(p.files()))
                        : Optional.empty();
            }
            return made.map(files -> files.get(path));
        }
    }

    /**
     * Watches the file study.yaml's presentation.changesSince names now, where an edit named another (the first is
     * watched from the start): a new export over it rebuilds the Changes page.
     */
    private void followComparedFile() {
        if (server == null) {
            return; // the first build: start() follows it once the preview serves
        }
        try {
            since.follow().ifPresent(name -> out.println("Watching " + name + " (the file the Changes page compares with)"));
        } catch (IOException e) {
            err.println("weft: cannot watch the file the Changes page compares with: " + e.getMessage());
        }
        out.flush();
        err.flush();
    }

    /** Whether the inputs changed while a failed build read them, or change within a quiet period of its end. */
    private boolean halfSaved() {
        try {
            return rebuilds.changeComes(QUIET);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the layout failed only because inputs changed while it read them: the watcher brings a rebuild. */
    private static boolean inputsChanged(BuildResult result) {
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return !errors.isEmpty() && errors.stream().allMatch(d -> d.message().equals(PdfWriter.CHANGED_DURING_BUILD));
    }

    /** The complete publication of {@code snapshot}, unless a newer one has replaced it meanwhile. */
    private void layOut(Snapshot snapshot, CompletableFuture<Map<String, byte[]>> complete, long attempt) {
        if (current.get() != snapshot) {
            complete.cancel(false);
            return;
        }
        try {
            BuildResult result = layout.render(project, options.docx(false)); // the Word document is made when asked for
            if (result.succeeded()) {
                complete.complete(result.publication().get().files());
                return;
            }
            complete.completeExceptionally(new IllegalStateException(result.summary()));
            // what only the layout found, unless a rebuild has begun since or is coming (an input changed under it)
            if (current.get() == snapshot && attempts.get() == attempt && !inputsChanged(result)) {
                report(result);
                events.publish(new PreviewState(snapshot.generation(), lines(result)));
            }
        } catch (RuntimeException | Error e) {
            complete.completeExceptionally(e);
            err.println("weft: the PDF failed unexpectedly (" + e + "); please report it");
            err.flush();
        }
    }

    /**
     * Prints the diagnostics of a build, unless they are those printed last time (a study's standing warnings would
     * otherwise fill the terminal on every save); a failed build's count always.
     */
    private synchronized void report(BuildResult result) {
        if (!result.diagnostics().equals(printed)) {
            for (Diagnostic d : result.diagnostics()) {
                err.println(d);
            }
            printed = result.diagnostics();
        }
        if (!result.succeeded()) {
            err.println(result.summary());
        }
        err.flush();
    }

    /**
     * Tells the terminal and the open pages of a problem that is no build's (a manuscript that could not be imported
     * again), over the publication being served.
     */
    public void showProblems(List<String> lines) {
        synchronized (this) {
            lines.forEach(err::println);
            err.flush();
        }
        events.publish(new PreviewState(current.get().generation(), List.copyOf(lines)));
    }

    private static List<String> lines(BuildResult result) {
        List<String> lines = new java.util.ArrayList<>(result.diagnostics().stream().map(Diagnostic::toString).toList());
        lines.add(result.summary());
        return lines;
    }

    /** Stops watching and serving; waits for a rebuild under way. Leaves nothing behind: nothing was written. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        since.close();
        try {
            rebuilds.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) {
            server.close();
        }
        layouts.shutdownNow();
        try {
            layouts.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

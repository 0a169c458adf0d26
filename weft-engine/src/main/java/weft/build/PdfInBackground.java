package weft.build;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputFiles;

/**
 * The PDF stage laid out on a thread of its own while the evidence site and the site pages are written on the build's
 * own: the two share only immutable inputs and the thread-safe template configuration. The PDF writes into files and
 * diagnostics of its own, which {@link #join} adds to the build's in the order of a sequential build, so a build's
 * outputs and diagnostics are the same either way. The thread has the JVM's default stack size, as the thread a
 * build runs on has.
 */
final class PdfInBackground {

    private final Stages stage;
    private final OutputFiles files = new OutputFiles();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Optional<String> reviewCopy;
    private final FutureTask<Map<String, Integer>> task;
    private boolean started;

    private PdfInBackground(Stages stage, Optional<String> reviewCopy) {
        this.stage = stage;
        this.reviewCopy = reviewCopy;
        this.task = new FutureTask<>(() -> stage.pdf(files, diagnostics, reviewCopy));
    }

    /**
     * Starts laying out the PDF, unless the build has errors already (then {@link #join} does what a build does);
     * {@code reviewCopy}, the article's marked-up web page of a review copy, marks the PDF as it is marked.
     */
    static PdfInBackground start(Stages stage, Diagnostics sofar, Optional<String> reviewCopy) {
        PdfInBackground pdf = new PdfInBackground(stage, reviewCopy);
        if (!sofar.hasErrors()) {
            Thread thread = new Thread(pdf.task, "weft-pdf");
            thread.setDaemon(true); // a build that throws on its own thread must not wait for the PDF to exit
            thread.start();
            pdf.started = true;
        }
        return pdf;
    }

    /**
     * Waits for the PDF and adds it and its diagnostics to the build's; gives the page on which each element with an
     * id begins. When the build has errors by now, the PDF is dropped and the stage runs as a sequential build would
     * have run it after them (which lays nothing out).
     */
    Map<String, Integer> join(OutputFiles publication, Diagnostics build) {
        if (!started || build.hasErrors()) {
            if (started) {
                awaitIgnoringFailure(); // no stray thread goes on after the build returns
            }
            return stage.pdf(publication, build, reviewCopy);
        }
        Map<String, Integer> pages = await();
        build.addAll(diagnostics);
        files.files().forEach(publication::add);
        return pages;
    }

    private void awaitIgnoringFailure() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the build has failed already; a sequential build would not have laid the PDF out
        }
    }

    private Map<String, Integer> await() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the PDF was laid out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

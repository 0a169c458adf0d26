package weft.serve;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import weft.publish.OutputNames;

/**
 * One successful build's publication, as served: its files at once (everything but the laid-out PDFs) and the complete
 * publication when its layout, which runs after it in the background, is done. Never changed once made: a rebuild
 * makes a new snapshot and swaps it in whole, so no request ever sees half of one build and half of another.
 */
record Snapshot(long generation, Map<String, byte[]> files, CompletableFuture<Map<String, byte[]>> complete,
                OnDemand onDemand) {

    /** Files made only when asked for (the Word document: a preview rarely needs it, and it costs every rebuild). */
    interface OnDemand {
        Optional<byte[]> file(String path);

        OnDemand NONE = path -> Optional.empty();
    }

    /** How long a request for a file that only the layout writes (the PDF) waits for it. */
    static final long LAYOUT_WAIT_SECONDS = 300;

    /**
     * The files only the layout writes: the PDFs, the checklist's page (which needs the PDF's page numbers) and the
     * JATS, which is written beside the PDF. (The preview's layout leaves the Word document to {@link OnDemand}.)
     */
    static boolean laidOut(String path) {
        return path.equals(OutputNames.PDF) || path.equals(OutputNames.CHECKLIST_PDF) || path.equals(OutputNames.CHECKLIST)
                || path.equals(OutputNames.EVIDENCE_PDF)
                || path.equals(OutputNames.JATS)
                || OutputNames.isJatsGraphic(path);
    }

    Snapshot {
        files = Map.copyOf(files);
    }

    /**
     * The file at {@code path}: from the complete publication once it is laid out; a file only the layout writes (the
     * PDF) waits for it; empty when the publication has no such file.
     */
    Optional<byte[]> file(String path) {
        if (path.equals(OutputNames.DOCX) || path.equals(OutputNames.TITLE_PAGE)) {
            return onDemand.file(path);
        }
        if (complete.isDone() || laidOut(path)) {
            Optional<Map<String, byte[]>> laidOut = laidOut();
            if (laidOut.isPresent()) {
                return Optional.ofNullable(laidOut.get().get(path));
            }
        }
        return Optional.ofNullable(files.get(path));
    }

    private Optional<Map<String, byte[]>> laidOut() {
        try {
            return Optional.of(complete.get(LAYOUT_WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            return Optional.empty(); // the layout failed (the state says why) or was superseded: what there is
        }
    }
}

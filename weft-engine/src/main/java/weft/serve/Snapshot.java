package weft.serve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
record Snapshot(long generation, Map<String, byte[]> files, CompletableFuture<Map<String, byte[]>> complete) {

    /** How long a request for a file that only the layout writes (the PDF) waits for it. */
    static final long LAYOUT_WAIT_SECONDS = 300;

    /** The files only the layout writes (the checklist's page needs the PDF's page numbers; the Word document is drawn with them). */
    static final Set<String> LAID_OUT = Set.of(OutputNames.PDF, OutputNames.CHECKLIST_PDF, OutputNames.CHECKLIST,
            OutputNames.DOCX);

    Snapshot {
        files = Map.copyOf(files);
    }

    /**
     * The file at {@code path}: from the complete publication once it is laid out; a file only the layout writes (the
     * PDF) waits for it; empty when the publication has no such file.
     */
    Optional<byte[]> file(String path) {
        if (complete.isDone() || LAID_OUT.contains(path)) {
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

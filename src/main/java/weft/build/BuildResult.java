package weft.build;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostic;
import weft.publish.Publication;

/**
 * The outcome of a build: its diagnostics, and the publication when it succeeded.
 */
public record BuildResult(List<Diagnostic> diagnostics, String summary, Optional<Publication> publication) {

    public boolean succeeded() {
        return publication.isPresent();
    }
}

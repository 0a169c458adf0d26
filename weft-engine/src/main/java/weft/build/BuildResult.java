package weft.build;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostic;
import weft.publish.Publication;

/**
 * The outcome of a build: its diagnostics, and the publication when it succeeded, with the generated pages of the
 * project site (Maven Site Plugin sources, see weft.render.site).
 */
public record BuildResult(List<Diagnostic> diagnostics, String summary, Optional<Publication> publication,
                          Optional<Publication> sitePages) {

    /** A result without site pages: a failed build. */
    public BuildResult(List<Diagnostic> diagnostics, String summary, Optional<Publication> publication) {
        this(diagnostics, summary, publication, Optional.empty());
    }

    public boolean succeeded() {
        return publication.isPresent();
    }
}

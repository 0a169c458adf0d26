package weft.build;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostic;
import weft.publish.OutputFiles;
import weft.publish.UnsafeOutput;

/**
 * The outcome of a build: its diagnostics, and the publication when it succeeded, with the generated pages of the
 * project site (Maven Site Plugin sources, see weft.render.site); or the output folder it refused to write to.
 */
public record BuildResult(List<Diagnostic> diagnostics, String summary, Optional<OutputFiles> publication,
                          Optional<OutputFiles> sitePages, Optional<UnsafeOutput> refused) {

    /** A result that refused no output folder. */
    public BuildResult(List<Diagnostic> diagnostics, String summary, Optional<OutputFiles> publication,
                       Optional<OutputFiles> sitePages) {
        this(diagnostics, summary, publication, sitePages, Optional.empty());
    }

    /** A result without site pages: a failed build. */
    public BuildResult(List<Diagnostic> diagnostics, String summary, Optional<OutputFiles> publication) {
        this(diagnostics, summary, publication, Optional.empty());
    }

    /** A build that wrote nothing because its output folder is unsafe to replace. */
    public static BuildResult refused(UnsafeOutput unsafe) {
        return new BuildResult(List.of(), unsafe.message(), Optional.empty(), Optional.empty(), Optional.of(unsafe));
    }

    public boolean succeeded() {
        return publication.isPresent();
    }
}

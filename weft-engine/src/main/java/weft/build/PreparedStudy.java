package weft.build;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;

/**
 * A study read and checked and its article rendered, once, so that one later stage can run (and be timed) alone:
 * {@code weft bench --stage evidence|pdf|manuscripts}. Immutable; each stage run starts from the same state.
 */
public final class PreparedStudy {

    private final Optional<Stages> stages;
    private final byte[] articleHtml;
    private final List<Diagnostic> diagnostics;
    private final String summary;

    PreparedStudy(Optional<Stages> stages, byte[] articleHtml, Diagnostics diagnostics) {
        this.stages = diagnostics.hasErrors() ? Optional.empty() : stages;
        this.articleHtml = articleHtml.clone();
        this.diagnostics = diagnostics.sorted();
        this.summary = diagnostics.summary();
    }

    /** The article's HTML as rendered (empty when the study could not be read). */
    String articleHtml() {
        return new String(articleHtml, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the study was read and checked with no error: only then can a stage run. */
    public boolean ready() {
        return stages.isPresent();
    }

    /** The diagnostics of reading, checking and rendering the article (and its HTML), sorted. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public String summary() {
        return summary;
    }

    /** Runs the evidence stage: the article's HTML (rendered once) and the evidence site. */
    public BuildResult evidenceStage() {
        Stages s = stagesOrThrow();
        Diagnostics run = new Diagnostics();
        OutputFiles publication = new OutputFiles();
        publication.add(OutputNames.ARTICLE, articleHtml);
        s.evidence(publication, run);
        return result(publication, run);
    }

    /** Runs the PDF stage: the print template, its layout and post-processing into {@value OutputNames#PDF}. */
    public BuildResult pdfStage() {
        Stages s = stagesOrThrow();
        Diagnostics run = new Diagnostics();
        OutputFiles publication = new OutputFiles();
        s.pdf(publication, run);
        return result(publication, run);
    }

    /** Runs the manuscripts' stage: {@value OutputNames#JATS} (with its figure's SVG) and {@value OutputNames#DOCX}. */
    public BuildResult manuscriptsStage() {
        Stages s = stagesOrThrow();
        Diagnostics run = new Diagnostics();
        OutputFiles publication = new OutputFiles();
        s.manuscripts(publication, true, run);
        return result(publication, run);
    }

    private Stages stagesOrThrow() {
        return stages.orElseThrow(() -> new IllegalStateException("the study has errors (" + summary + "): no stage can run"));
    }

    private static BuildResult result(OutputFiles publication, Diagnostics diagnostics) {
        return new BuildResult(diagnostics.sorted(), diagnostics.summary(),
                diagnostics.hasErrors() ? Optional.empty() : Optional.of(publication));
    }
}

package weft.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.model.Audience;
import weft.qda.QdaExport;

/**
 * Exports the study's coding frame and quotes as REFI-QDA (the same as {@code weft export}):
 * {@code mvn weft:export -Dweft.exportFile=target/study.qdpx [-Dweft.exportFormat=qdc|xlsx|csv]} writes a project zip
 * (.qdpx), a codebook (.qdc) or an analysis table (.xlsx, .csv), never over an existing file, and nothing when the study
 * has errors.
 */
@Mojo(name = "export", threadSafe = true)
public class ExportMojo extends AbstractWeftMojo {

    /**
     * qdpx (the coding frame, coders, participants and quotes), qdc (the coding frame alone), or xlsx or csv (the coding
     * as an analysis table, for a co-author's recoding in a spreadsheet, which {@code weft:import} merges back).
     */
    @Parameter(property = "weft.exportFormat", defaultValue = "qdpx")
    String exportFormat;

    /**
     * {@code team} (every quote and participant, for the team's own QDA tool), or {@code public} or {@code reviewers}
     * (what their build publishes, for a data archive). Its own property: the other goals' {@code weft.audience} is
     * public by default, and an export for the team is the export's default.
     */
    @Parameter(property = "weft.exportAudience", defaultValue = "team")
    String exportAudience;

    /** The file to write; the goal fails rather than replace it. */
    @Parameter(property = "weft.exportFile", required = true)
    File exportFile;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        Optional<QdaExport.Format> format = QdaExport.Format.named(exportFormat == null ? "qdpx" : exportFormat);
        if (format.isEmpty()) {
            throw new MojoExecutionException("weft.exportFormat is qdpx, qdc, xlsx or csv, not '" + exportFormat + "'");
        }
        Audience forWhom = Audience.of(exportAudience == null ? "team" : exportAudience).orElseThrow(() ->
                new MojoExecutionException("weft.exportAudience '" + exportAudience + "' is no audience: give public, reviewers or team"));
        if (format.get().sheet() && (forWhom != Audience.TEAM || options.anonymous())) {
            throw new MojoExecutionException("weft.exportFormat " + format.get().extension() + " is the team's table, every"
                    + " quote, for a recoding that comes back by weft:import: weft.exportAudience and weft.anonymous are for"
                    + " qdpx and qdc");
        }
        Path output = exportFile.toPath();
        Optional<String> refusal = QdaExport.refusal(output);
        if (refusal.isPresent()) {
            throw new MojoFailureException("Weft: " + refusal.get());
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> bytes = QdaExport.of(projectDirectory.toPath(), format.get(), forWhom, options.anonymous(),
                options.sourceDateEpoch(), diagnostics);
        log(diagnostics.sorted());
        if (bytes.isEmpty()) {
            throw new MojoFailureException("Weft: nothing exported: the study has problems (" + diagnostics.summary() + ")");
        }
        try {
            getLog().info("Weft: wrote " + QdaExport.write(output, format.get(), bytes.get()));
        } catch (IOException e) {
            throw new MojoExecutionException("Weft: cannot write " + output + ": " + weft.diagnostics.FileFailures.inWords(e), e);
        }
        getLog().info("Weft: " + diagnostics.summary());
    }
}

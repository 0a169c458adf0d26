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
import weft.manuscript.ManuscriptImport;
import weft.qda.FrameImport;
import weft.qda.ImportedFiles;
import weft.qda.SelectionCutter;

/**
 * Imports the code tree and the coded text selections of a REFI-QDA file (the same as {@code weft import}):
 * {@code mvn weft:import -Dweft.importFile=project.qdpx} writes coded-data/coding-frame.yaml and
 * coded-data/quotes/imported.yaml, merged with an earlier import where there is one (never over a coding frame
 * written by hand), and nothing when the file has errors.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends SheetReadingMojo {

    /**
     * The codebook (.qdc), project (.qde) or project zip (.qdpx) to import, a spreadsheet (.csv, .xlsx, .ods), or a
     * Pandoc, Quarto or Word manuscript of one file (.md, .qmd, .Rmd, .docx), cut into content/'s sections.
     */
    @Parameter(property = "weft.importFile", required = true)
    File importFile;

    /** How the file counts selection positions: code-points or utf16; without it, detected. */
    @Parameter(property = "weft.positions")
    String positions;

    /**
     * Where a QDA project's participants come from: {@code cases} (its cases) or {@code sources} (each source document a
     * participant, a group of documents named "variable: value" its attribute, the documents of a group named
     * "case: NAME" one participant: ATLAS.ti exports no cases). Default: as the earlier import did, else cases.
     */
    @Parameter(property = "weft.participants")
    String participants;

    /**
     * What a QDA project's comments on its coded selections (their {@code <Description>}) are: {@code reduced} (each its
     * quote's reduced expression) or {@code ignored} (not imported, counted in a note). Default: as the earlier import
     * did, else ignored.
     */
    @Parameter(property = "weft.comments")
    String comments;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        Path project = projectDirectory.toPath();
        if (importFile.isDirectory()) {
            importFile = ManuscriptImport.article(importFile.toPath()).map(Path::toFile).orElseThrow(() ->
                    new MojoExecutionException(importFile + weft.qda.NativeProjects.advice(importFile.getName())
                            .map(tool -> ": " + tool).orElse(" is a folder: give the file to import, or a Quarto project's"
                            + " folder whose _quarto.yml names its article (manuscript: article: paper.qmd)")));
            getLog().info("Weft: the Quarto project's article: " + importFile);
        }
        if (importFile.isFile() && ManuscriptImport.isManuscript(importFile.toPath())) {
            manuscript(project);
            return;
        }
        Optional<String> refusal = ImportedFiles.refusal(project);
        if (refusal.isPresent()) {
            throw new MojoFailureException("Weft: " + refusal.get());
        }
        Optional<SelectionCutter.Counting> counting = positions == null ? Optional.empty() : SelectionCutter.Counting.named(positions);
        if (positions != null && counting.isEmpty()) {
            throw new MojoExecutionException("weft.positions is code-points or utf16, not '" + positions + "'");
        }
        weft.qda.SheetReader.Columns given = sheetColumns();
        if (!weft.qda.SheetReader.isSheet(importFile.toPath()) && sheetColumnsGiven()) {
            // as weft:diff and weft:serve do: a pom may set them for every goal, and a QDA tool's file reads none
            getLog().warn("Weft: weft.levels, weft.columns and weft.attributes name a spreadsheet's columns: ignored for "
                    + importFile.getName() + ", a QDA tool's file, whose codes, cases and variables say it all");
        }
        weft.qda.ParticipantsFrom from = participants == null || participants.isBlank() ? weft.qda.ParticipantsFrom.earlier(project)
                : weft.qda.ParticipantsFrom.named(participants).orElseThrow(() -> new MojoExecutionException(
                        "weft.participants is cases or sources, not '" + participants + "'"));
        weft.qda.SelectionComments taken = comments == null || comments.isBlank() ? weft.qda.SelectionComments.earlier(project)
                : weft.qda.SelectionComments.named(comments).orElseThrow(() -> new MojoExecutionException(
                        "weft.comments is reduced or ignored, not '" + comments + "'"));
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrameImport.Imported> imported = FrameImport.of(importFile.toPath(), counting,
                weft.qda.SheetColumns.of(project, given), // a QDA tool's file reads no columns
                from, taken, diagnostics);
        log(diagnostics.sorted());
        if (imported.isEmpty()) {
            throw new MojoFailureException("Weft: the file cannot be imported (" + diagnostics.summary() + ")");
        }
        boolean merged;
        try {
            Diagnostics merging = new Diagnostics();
            Optional<ImportedFiles.Written> written = ImportedFiles.write(project, imported.get(), merging);
            log(merging.sorted());
            if (written.isEmpty()) {
                throw new MojoFailureException("Weft: the earlier import cannot be merged (" + merging.summary() + ")");
            }
            merged = written.get().merged();
            if (merged) {
                getLog().info("Weft: " + (written.get().changes().isEmpty() ? "no changes in the coding since the earlier import"
                        : "changes in the coding since the earlier import (" + written.get().changes().size() + "):"));
                written.get().changes().forEach(c -> getLog().info("Weft:   " + c));
            }
            for (Path path : written.get().paths()) {
                getLog().info("Weft: wrote " + path);
            }
            written.get().removed().forEach(r -> getLog().info("Weft: " + Character.toLowerCase(r.line().charAt(0))
                    + r.line().substring(1)));
        } catch (IOException e) {
            throw new MojoExecutionException("Weft: cannot write the imported files: " + weft.diagnostics.FileFailures.inWords(e), e);
        }
        getLog().info("Weft: " + imported.get().summary());
        if (!merged) {
            imported.get().namesAdvice().ifPresent(advice -> getLog().warn("Weft: " + advice));
        }
        ImportedFiles.nextStep(project).ifPresent(next -> getLog().info("Weft: " + next));
        getLog().info("Weft: " + diagnostics.summary());
    }

    /** A Pandoc or Quarto manuscript brought into content/, a file a section (the same as {@code weft import paper.qmd}). */
    private void manuscript(Path project) throws MojoExecutionException, MojoFailureException {
        if (positions != null) {
            throw new MojoExecutionException("weft.positions is a QDA tool's file's; " + importFile.getName()
                    + " is a manuscript");
        }
        if (sheetColumnsGiven()) {
            getLog().warn("Weft: weft.levels, weft.columns and weft.attributes name a spreadsheet's columns: ignored for "
                    + importFile.getName() + ", a manuscript");
        }
        try {
            Optional<String> refusal = ManuscriptImport.refusal(project);
            if (refusal.isPresent()) {
                throw new MojoFailureException("Weft: " + refusal.get());
            }
            Diagnostics diagnostics = new Diagnostics();
            Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(importFile.toPath(), project, diagnostics);
            log(diagnostics.sorted());
            if (imported.isEmpty()) {
                throw new MojoFailureException("Weft: the manuscript cannot be imported (" + diagnostics.summary() + ")");
            }
            ManuscriptImport.write(project, imported.get()).forEach(line -> {
                if (line.startsWith(ManuscriptImport.MIND)) {
                    getLog().warn("Weft: " + line.substring(ManuscriptImport.MIND.length()));
                } else {
                    getLog().info("Weft: " + line);
                }
            });
            imported.get().report().forEach(line -> getLog().info("Weft: " + line));
            ManuscriptImport.nextStep(project).ifPresent(next -> getLog().info("Weft: " + next));
            getLog().info("Weft: " + diagnostics.summary());
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Weft: cannot write the imported files: " + weft.diagnostics.FileFailures.inWords(e), e);
        }
    }
}

package weft.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.build.ForAudience;
import weft.diagnostics.Diagnostics;
import weft.diff.CodingDiff;
import weft.diff.CodingDiffer;
import weft.diff.DiffMarkdown;
import weft.diff.DiffReport;
import weft.diff.ImportedVersions;
import weft.diff.UnreadableVersion;
import weft.diff.Version;
import weft.diff.Versions;

/**
 * What changed in the coding between two versions of the study (the same as {@code weft diff}):
 * {@code mvn weft:diff -Dweft.from=v1-submitted [-Dweft.to=v2-revision] [-Dweft.diffFormat=markdown]
 * [-Dweft.diffFile=target/changes.md]}. Changes are no failure; a version that cannot be read, or a study with errors in
 * either version, fails the goal.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends SheetReadingMojo {

    /**
     * The earlier version: a revision of the study's git repository (a tag such as {@code v1-submitted}, a branch, a
     * commit), a project folder, or a QDA tool's file (.qdpx, .qde, .qdc) or a spreadsheet (.csv, .xlsx, .ods), imported as
     * {@code weft:import} would (relative to the study's folder).
     */
    @Parameter(property = "weft.from", required = true)
    String from;

    /** The later version, likewise; default: the study's folder as it is now. */
    @Parameter(property = "weft.to")
    String to;

    /**
     * Where a QDA tool's file's participants come from, as {@code weft:import}'s: {@code cases} or {@code sources};
     * default: as the study's earlier import did, else cases.
     */
    @Parameter(property = "weft.participants")
    String participants;

    /**
     * What a QDA tool's file's comments on its coded selections are, as {@code weft:import}'s: {@code reduced} or
     * {@code ignored}; default: as the study's earlier import took them, else ignored.
     */
    @Parameter(property = "weft.comments")
    String comments;

    /** {@code text} (a summary, the default), {@code markdown} (for a response to reviewers) or {@code json}. */
    @Parameter(property = "weft.diffFormat", defaultValue = "text")
    String diffFormat;

    /**
     * A file to write the diff into, instead of Maven's log. A file that exists is replaced only inside the build
     * folder ({@code target/}, Maven's own); anywhere else the goal fails rather than replace it.
     */
    @Parameter(property = "weft.diffFile")
    File diffFile;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        String format = diffFormat == null ? "text" : diffFormat.strip();
        if (!format.equals("text") && !format.equals("markdown") && !format.equals("json")) {
            throw new MojoExecutionException("weft.diffFormat is text, markdown or json, not '" + diffFormat + "'");
        }
        Path study = projectDirectory.toPath();
        Diagnostics diagnostics = new Diagnostics();
        Versions versions = new Versions(options.maxFileBytes());
        Optional<Version> before;
        Optional<Version> after;
        weft.qda.ParticipantsFrom people = participants == null || participants.isBlank()
                ? weft.qda.ParticipantsFrom.earlier(study) : weft.qda.ParticipantsFrom.named(participants).orElseThrow(() ->
                        new MojoExecutionException("weft.participants is cases or sources, not '" + participants + "'"));
        weft.qda.SelectionComments taken = comments == null || comments.isBlank() ? weft.qda.SelectionComments.earlier(study)
                : weft.qda.SelectionComments.named(comments).orElseThrow(() -> new MojoExecutionException(
                        "weft.comments is reduced or ignored, not '" + comments + "'"));
        // a QDA tool's file or a spreadsheet is imported as weft import would (two: the second over the first)
        try {
            ImportedVersions.Pair pair = ImportedVersions.pair(study, versions, people, taken, sheetColumns(), from,
                    to == null || to.isBlank() ? null : to, study, diagnostics);
            before = pair.before();
            after = pair.after();
        } catch (UnreadableVersion e) {
            throw new MojoFailureException("Weft: " + e.getMessage());
        }
        log(diagnostics.sorted());
        if (before.isEmpty() || after.isEmpty() || diagnostics.hasErrors()) {
            throw new MojoFailureException("Weft: cannot compare (" + diagnostics.summary() + ")");
        }
        // as the audience may read the study (weft.audience, public by default): no withheld quote reaches the diff
        CodingDiff diff = new CodingDiffer().diff(
                new Version(before.get().name(), ForAudience.published(before.get().study(), options.audience())),
                new Version(after.get().name(), ForAudience.published(after.get().study(), options.audience())));
        String report = switch (format) {
            case "markdown" -> DiffMarkdown.markdown(diff);
            case "json" -> DiffReport.json(diff);
            default -> DiffReport.text(diff);
        };
        if (diffFile == null) {
            report.lines().forEach(getLog()::info);
        } else {
            write(diffFile.toPath().toAbsolutePath().normalize(), report);
        }
    }

    private void write(Path file, String report) throws MojoExecutionException, MojoFailureException {
        Path build = buildDirectory == null ? null : buildDirectory.toPath().toAbsolutePath().normalize();
        if (Files.exists(file) && (build == null || !file.startsWith(build) || !Files.isRegularFile(file))) {
            throw new MojoFailureException("Weft: " + file + " exists: weft:diff replaces a file only inside the build folder"
                    + " (" + build + "); give another weft.diffFile, or remove it");
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), ".weft-diff", ".tmp");
            Files.writeString(temporary, report, StandardCharsets.UTF_8);
            weft.read.ProjectFiles.permissionsFor(temporary, file); // a report as readable as the build's other files
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MojoExecutionException("Weft: cannot write " + file + ": " + weft.diagnostics.FileFailures.inWords(e), e);
        } finally {
            deleteQuietly(temporary); // gone once moved; left behind only when writing failed
        }
        getLog().info("Weft: wrote " + file);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary file of Weft's own that could not be removed: nothing of the user's is at stake
            }
        }
    }
}

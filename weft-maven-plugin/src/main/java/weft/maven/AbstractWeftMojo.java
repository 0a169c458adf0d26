package weft.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.model.Audience;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;

/** What every Weft goal shares: the study's folder, strictness, skipping, the reproducible date, the report. */
abstract class AbstractWeftMojo extends AbstractMojo {

    /** The study's folder: the one holding {@code coded-data/}, {@code content/} and (optionally) {@code templates/}. */
    @Parameter(property = "weft.project", defaultValue = "${project.basedir}", required = true)
    File projectDirectory;

    /** Warnings fail the build too (for example references whose details are not known): {@code -Dweft.strict}. */
    @Parameter(property = "weft.strict", defaultValue = "false")
    boolean strict;

    /** Skips the goal ({@code mvn package -Dweft.skip}). */
    @Parameter(property = "weft.skip", defaultValue = "false")
    boolean skip;

    /**
     * The date a reproducible build gives its outputs (the PDF's dates) when the environment variable
     * {@code SOURCE_DATE_EPOCH} is not set: an ISO 8601 date-time with an offset, or seconds since 1970-01-01 UTC, as
     * in Maven's own reproducible builds. Without either, the study's {@code presentation.date}, else its
     * {@code publication.published}.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * A list of names the privacy check looks for in quotes, narratives and prose (participants' real names, one a line),
     * kept outside the study's folder: {@code -Dweft.names=/path/to/names.txt}; without it, the environment variable
     * {@code WEFT_NAMES_FILE}.
     */
    @Parameter(property = "weft.names")
    File names;

    /**
     * Who the build is for: {@code public} (the default: only public quotes), {@code reviewers} (also the quotes for
     * reviewers) or {@code team} (every quote): {@code -Dweft.audience=reviewers}.
     */
    @Parameter(property = "weft.audience", defaultValue = "public")
    String audience;

    /**
     * An anonymised review copy, for double-anonymous review: without the authors' names, affiliations, e-mail addresses,
     * ORCIDs, acknowledgements and funding, the authors' own works masked in the references: {@code -Dweft.anonymous}.
     */
    @Parameter(property = "weft.anonymous", defaultValue = "false")
    boolean anonymous;

    /**
     * Show reviewers what changed in the coding since this revision of the study's git repository (a tag such as
     * {@code v1-submitted}): {@code -Dweft.changesSince=v1-submitted}; default: presentation.changesSince of study.yaml.
     */
    @Parameter(property = "weft.changesSince")
    String changesSince;

    /** A marked-up review copy: the article's passages changed since weft.changesSince highlighted: {@code -Dweft.markedUp}. */
    @Parameter(property = "weft.markedUp", defaultValue = "false")
    boolean markedUp;

    /** Whether the publication has article.docx, the manuscript as a Word document: {@code -Dweft.docx=false} leaves it out. */
    @Parameter(property = "weft.docx", defaultValue = "true")
    boolean docx;

    /**
     * The build cache, where a build keeps what its costly stages made (the PDFs' layout, the Word figure, the formatted
     * citations) for the next, by the hash of their inputs: {@code -Dweft.cacheDirectory=...}.
     */
    @Parameter(property = "weft.cacheDirectory", defaultValue = "${project.build.directory}/weft-cache")
    File cacheDirectory;

    /** Whether builds use the build cache: {@code -Dweft.cache=false} builds everything anew and keeps nothing. */
    @Parameter(property = "weft.cache", defaultValue = "true")
    boolean cache;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Weft: skipped (weft.skip)");
            return;
        }
        run(options());
    }

    abstract void run(BuildOptions options) throws MojoExecutionException, MojoFailureException;

    BuildOptions options() throws MojoExecutionException {
        if (!projectDirectory.isDirectory()) {
            throw new MojoExecutionException("weft.project '" + projectDirectory + "' is not a folder"
                    + (projectDirectory.exists() ? "" : " (it does not exist)"));
        }
        return BuildOptions.defaults().strict(strict).sourceDateEpoch(sourceDate(System.getenv("SOURCE_DATE_EPOCH"), outputTimestamp))
                .namesFile(namesFile(names, System.getenv("WEFT_NAMES_FILE")))
                .audience(Audience.of(audience == null ? "public" : audience).orElseThrow(() -> new MojoExecutionException(
                        "weft.audience '" + audience + "' is no audience: give public, reviewers or team")))
                .anonymous(anonymous).changesSince(Optional.ofNullable(changesSince).filter(s -> !s.isBlank()))
                .markedUp(markedUp).docx(docx)
                .cache(cache && cacheDirectory != null ? Optional.of(cacheDirectory.toPath()) : Optional.empty());
    }

    /** Logs every diagnostic as Maven's errors and warnings, and fails once, with the count, when the build failed. */
    void report(BuildResult result) throws MojoFailureException {
        if (result.refused().isPresent()) {
            // an output folder Weft cannot prove it wrote (README, "Safe output folders"): nothing was touched
            throw new MojoFailureException("Weft: " + result.refused().get().message());
        }
        log(result.diagnostics());
        if (!result.succeeded()) {
            throw new MojoFailureException("Weft: the study has problems (" + result.summary() + ")" + (strict ? "; warnings fail the build (strict)" : ""));
        }
        getLog().info("Weft: " + result.summary());
    }

    /** Each diagnostic as Maven's error, warning or (a note) info, with its {@code path:line:column}. */
    void log(java.util.List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            String line = d.position() + ": " + d.message();
            if (d.severity() == Severity.ERROR) {
                getLog().error(line);
            } else if (d.severity() == Severity.NOTE) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** The list of names for the privacy check: the parameter, else the environment variable, else none. */
    static Optional<Path> namesFile(File parameter, String environment) {
        if (parameter != null) {
            return Optional.of(parameter.toPath());
        }
        return environment == null || environment.isBlank() ? Optional.empty() : Optional.of(Path.of(environment.strip()));
    }

    static Optional<Instant> sourceDate(String sourceDateEpoch, String outputTimestamp) throws MojoExecutionException {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            return Optional.of(seconds(sourceDateEpoch.trim(), "SOURCE_DATE_EPOCH"));
        }
        if (outputTimestamp == null || outputTimestamp.length() < 2) {
            return Optional.empty(); // Maven's convention: unset, or one character to disable
        }
        if (outputTimestamp.chars().allMatch(Character::isDigit)) {
            return Optional.of(seconds(outputTimestamp, "project.build.outputTimestamp"));
        }
        try {
            return Optional.of(OffsetDateTime.parse(outputTimestamp).toInstant());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("project.build.outputTimestamp '" + outputTimestamp
                    + "' is neither an ISO 8601 date-time with an offset (2021-06-18T00:00:00Z) nor seconds since 1970", e);
        }
    }

    private static Instant seconds(String value, String name) throws MojoExecutionException {
        try {
            long seconds = Long.parseLong(value);
            Instant instant = Instant.ofEpochSecond(seconds);
            if (seconds < 0 || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new MojoExecutionException(name + " '" + value + "' is outside 1970-01-01 to 9999-12-31");
            }
            return instant;
        } catch (NumberFormatException e) {
            throw new MojoExecutionException(name + " '" + value + "' is not a number of seconds since 1970-01-01 UTC", e);
        }
    }
}

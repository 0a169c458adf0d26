package weft.diff;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.Quote;
import weft.model.Ref;
import weft.model.Study;

/**
 * Makes the {@link ReviewChanges} of a build: reads the revision it compares with and every tagged version from the
 * study's repository, each narrowed to the build's audience as the study is (so that no withheld quote reaches the
 * page through an older version), and compares.
 */
public final class Review {

    private final Versions versions;
    private final Optional<ImportedOnce> kept;

    public Review(long maxFileBytes) {
        this(maxFileBytes, Optional.empty());
    }

    /**
     * A review that imports a QDA tool's file compared with into {@code kept} where given (its caller closes it, and may
     * render the earlier article from its copy), else into a copy of its own, deleted once compared.
     */
    public Review(long maxFileBytes, Optional<ImportedOnce> kept) {
        this.versions = new Versions(maxFileBytes);
        this.kept = kept;
    }

    /**
     * The changes of {@code current} since {@code since}; empty, with an error at {@code at} (where the revision is
     * named), when that revision cannot be read. A tag that cannot be read is left out of the history with a warning.
     */
    public Optional<ReviewChanges> of(Path project, String since, SourcePosition at, Study current, Audience audience,
                                      UnaryOperator<Study> forAudience, Diagnostics diagnostics) {
        boolean file = ImportedVersions.isFile(project, since);
        if (!file && ImportedVersions.namesAFile(since)) {
            diagnostics.error(at, "no file '" + since + "' in " + project.toAbsolutePath().normalize() + ": a QDA tool's file"
                    + " or a spreadsheet to compare with is named by its path in the project");
            return Optional.empty();
        }
        Optional<Study> earlier = file ? imported(project, since, at, forAudience, diagnostics)
                : read(project, since, at, forAudience, diagnostics, true);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        CodingDiff diff = new CodingDiffer().diff(Version.shownTo(ReviewChanges.label(since), earlier.get(), audience),
                Version.shownTo("this build", current, audience));
        Map<String, List<ReviewChanges.HistoryStep>> history = new HashMap<>();
        current.quotes().forEach(q -> history.put(q.id(), new ArrayList<>()));
        List<Versions.Tag> tags;
        try {
            tags = versions.tags(project);
        } catch (UnreadableVersion e) {
            if (!file) { // a QDA tool's file is compared where there is no git history at all
                diagnostics.warning(at, "the quotes' coding history is left out: " + e.getMessage());
            }
            tags = List.of();
        }
        for (Versions.Tag tag : tags) {
            Optional<Study> tagged = tag.name().equals(since) ? earlier // read once
                    : read(project, tag.name(), at, forAudience, diagnostics, false);
            if (tagged.isEmpty()) {
                continue;
            }
            Map<String, Quote> then = new HashMap<>();
            tagged.get().quotes().forEach(q -> then.put(q.id(), q));
            String date = tag.time().atZone(ZoneOffset.UTC).toLocalDate().toString();
            for (Quote q : current.quotes()) {
                Quote was = then.get(q.id());
                history.get(q.id()).add(new ReviewChanges.HistoryStep(tag.name(), date, was != null,
                        was == null ? List.of() : was.codes().stream().map(Ref::id).distinct().toList()));
            }
        }
        Map<String, List<ReviewChanges.HistoryStep>> frozen = new HashMap<>();
        history.forEach((id, steps) -> frozen.put(id, List.copyOf(steps)));
        return Optional.of(new ReviewChanges(since, diff, frozen));
    }

    /**
     * A QDA tool's file or a spreadsheet, relative to the project, imported as weft import would into a copy of the
     * study's coding and prose ({@link ImportedVersions}); empty, with an error at {@code at}, when it cannot be.
     */
    private Optional<Study> imported(Path project, String file, SourcePosition at, UnaryOperator<Study> forAudience,
                                     Diagnostics diagnostics) {
        Diagnostics reading = new Diagnostics();
        ImportedOnce files = kept.orElseGet(() -> new ImportedOnce(project, versions));
        try {
            Optional<Version> version = files.read(project.resolve(file), file, reading);
            if (version.isPresent()) {
                return Optional.of(forAudience.apply(version.get().study()));
            }
            diagnostics.error(at, "'" + file + "' cannot be compared with (" + reading.summary() + "; the first: "
                    + reading.errors().stream().findFirst().map(Object::toString).orElse("") + ")");
        } catch (UnreadableVersion e) {
            diagnostics.error(at, e.getMessage());
        } finally {
            if (kept.isEmpty()) {
                files.close();
            }
        }
        return Optional.empty();
    }

    private Optional<Study> read(Path project, String revision, SourcePosition at, UnaryOperator<Study> forAudience,
                                 Diagnostics diagnostics, boolean required) {
        Diagnostics reading = new Diagnostics();
        try {
            Optional<Version> version = versions.revision(project, revision, reading);
            if (version.isPresent()) {
                return Optional.of(forAudience.apply(version.get().study()));
            }
            String why = "'" + revision + "' cannot be read by this Weft (" + reading.summary() + "; the first: "
                    + reading.errors().stream().findFirst().orElse(reading.sorted().get(0)) + ")";
            report(diagnostics, at, required, required ? why : "the quotes' coding history leaves out tag " + why);
        } catch (UnreadableVersion e) {
            report(diagnostics, at, required, e.getMessage());
        }
        return Optional.empty();
    }

    private static void report(Diagnostics diagnostics, SourcePosition at, boolean error, String message) {
        if (error) {
            diagnostics.error(at, message);
        } else {
            diagnostics.warning(at, message);
        }
    }
}

package weft.diff;

import java.util.List;
import java.util.Map;

/**
 * What a build asked to compare with a revision shows its reviewers: the diff from that revision to the study being
 * built, and each quote's coding history across the repository's tags (newest first; quotes by id).
 *
 * @param since   the revision compared with, as the author named it (e.g. v1-submitted)
 * @param history for each quote of the study being built, one step per tag
 */
public record ReviewChanges(String since, CodingDiff diff, Map<String, List<HistoryStep>> history) {

    public ReviewChanges {
        history = Map.copyOf(history);
    }

    /**
     * How the pages name what they compare with: the revision as the author named it; a QDA tool's file by its name
     * alone ({@code nvivo-may.qdpx}), never by the folders of the author's computer it was found in.
     */
    public String label() {
        return label(since);
    }

    /** The label of {@code since} (see {@link #label()}). */
    public static String label(String since) {
        if (!ImportedVersions.namesAFile(since)) {
            return since;
        }
        java.nio.file.Path name = java.nio.file.Path.of(since).getFileName();
        return name == null ? since : name.toString();
    }

    /** The same changes without the changed sentences of narratives and prose (for an anonymised copy). */
    public ReviewChanges withoutTexts() {
        return new ReviewChanges(since, diff.withoutTexts(), history);
    }

    /**
     * The quote at one tagged version: whether it was there and, if so, the nodes it was coded to then.
     *
     * @param date the day of the tagged commit, ISO 8601, in UTC
     */
    public record HistoryStep(String version, String date, boolean present, List<String> nodes) {
    }
}

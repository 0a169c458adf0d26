package weft.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How a build runs.
 *
 * @param strict          warnings fail the build too
 * @param maxFileBytes    inputs larger than this are rejected
 * @param sourceDateEpoch the date the PDF carries, when the build is given one ({@code SOURCE_DATE_EPOCH});
 *                        without it the date comes from the study (presentation.date, else publication.published)
 * @param namesFile       the list of names the privacy check looks for, kept outside the project (see NamesList)
 */
public record BuildOptions(boolean strict, long maxFileBytes, Optional<Instant> sourceDateEpoch, Optional<Path> namesFile) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public static BuildOptions defaults() {
        return new BuildOptions(false, DEFAULT_MAX_FILE_BYTES, Optional.empty(), Optional.empty());
    }

    public BuildOptions strict(boolean strict) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile);
    }

    public BuildOptions sourceDateEpoch(Optional<Instant> sourceDateEpoch) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile);
    }

    public BuildOptions namesFile(Optional<Path> namesFile) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile);
    }
}

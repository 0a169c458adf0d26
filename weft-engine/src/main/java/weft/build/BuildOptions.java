package weft.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import weft.model.Audience;

/**
 * How a build runs.
 *
 * @param strict          warnings fail the build too
 * @param maxFileBytes    inputs larger than this are rejected
 * @param sourceDateEpoch the date the PDF carries, when the build is given one ({@code SOURCE_DATE_EPOCH});
 *                        without it the date comes from the study (presentation.date, else publication.published)
 * @param namesFile       the list of names the privacy check looks for, kept outside the project (see NamesList)
 * @param audience        who the build is for: it leaves out every quote for a narrower audience
 * @param anonymous       an anonymised review copy: without the authors' identity (see Anonymised)
 */
public record BuildOptions(boolean strict, long maxFileBytes, Optional<Instant> sourceDateEpoch, Optional<Path> namesFile,
                           Audience audience, boolean anonymous) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public static BuildOptions defaults() {
        return new BuildOptions(false, DEFAULT_MAX_FILE_BYTES, Optional.empty(), Optional.empty(), Audience.PUBLIC, false);
    }

    public BuildOptions strict(boolean strict) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous);
    }

    public BuildOptions sourceDateEpoch(Optional<Instant> sourceDateEpoch) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous);
    }

    public BuildOptions audience(Audience audience) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous);
    }

    public BuildOptions namesFile(Optional<Path> namesFile) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous);
    }

    public BuildOptions anonymous(boolean anonymous) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous);
    }
}

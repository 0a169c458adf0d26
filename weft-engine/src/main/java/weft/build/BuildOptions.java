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
 * @param changesSince    the revision of the study's git repository the evidence site shows the changes in the coding
 *                        since (its "Changes in the coding" page, marks, each quote's coding history); empty: as
 *                        study.yaml's presentation.changesSince says, if it says
 * @param markedUp        a marked-up review copy: the article's passages changed since that revision highlighted
 * @param docx            whether the publication has article.docx (the Word manuscript); true unless left out
 * @param cache           the folder of the build cache ({@link weft.cache.BuildCache}), where a build keeps what its
 *                        costly stages made for the next; empty: no cache. Only {@code build} uses it.
 */
public record BuildOptions(boolean strict, long maxFileBytes, Optional<Instant> sourceDateEpoch, Optional<Path> namesFile,
                           Audience audience, boolean anonymous, Optional<String> changesSince,
                           boolean markedUp, boolean docx, Optional<Path> cache) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public static BuildOptions defaults() {
        return new BuildOptions(false, DEFAULT_MAX_FILE_BYTES, Optional.empty(), Optional.empty(), Audience.PUBLIC, false, Optional.empty(), false, true,
                Optional.empty());
    }

    public BuildOptions strict(boolean strict) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions sourceDateEpoch(Optional<Instant> sourceDateEpoch) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions audience(Audience audience) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions namesFile(Optional<Path> namesFile) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions anonymous(boolean anonymous) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions changesSince(Optional<String> changesSince) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions markedUp(boolean markedUp) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions docx(boolean docx) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }

    public BuildOptions cache(Optional<Path> cache) {
        return new BuildOptions(strict, maxFileBytes, sourceDateEpoch, namesFile, audience, anonymous, changesSince, markedUp, docx, cache);
    }
}

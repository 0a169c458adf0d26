package weft.render.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import weft.model.StudyInfo;

/**
 * The date the PDF carries (Info, XMP, attachments), never the clock: {@code SOURCE_DATE_EPOCH} when the build
 * was given one, else {@code presentation.date} of study.yaml, else {@code publication.published}, else
 * 1970-01-01. Dates of the study are taken at midnight UTC.
 */
final class DocumentDate {

    static Instant of(Optional<Instant> sourceDateEpoch, StudyInfo info) {
        return of(sourceDateEpoch, info.presentation().date(), info.publication().published());
    }

    /** The date, from {@code SOURCE_DATE_EPOCH} or the study's dates (YYYY-MM-DD, empty when absent). */
    static Instant of(Optional<Instant> sourceDateEpoch, String presentationDate, String published) {
        if (sourceDateEpoch.isPresent()) {
            return sourceDateEpoch.get();
        }
        for (String date : new String[] {presentationDate, published}) {
            if (date != null && !date.isEmpty()) {
                return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return Instant.EPOCH;
    }

    private DocumentDate() {
    }
}

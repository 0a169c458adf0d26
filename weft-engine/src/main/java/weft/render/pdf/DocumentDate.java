package weft.render.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import weft.model.StudyInfo;

/**
 * The date the PDF carries (Info, XMP, attachments), never the clock: {@code SOURCE_DATE_EPOCH} when the build
 * was given one, else {@code presentation.date} of study.yaml, else {@code publication.published} (its first day
 * where only the month or the year is known), else 1970-01-01, which {@link #fallsBack} tells the build to warn
 * about. Dates of the study are taken at midnight UTC.
 */
public final class DocumentDate {

    public static Instant of(Optional<Instant> sourceDateEpoch, StudyInfo info) {
        return of(sourceDateEpoch, info.presentation().date(), info.publication().published());
    }

    /** The date, from {@code SOURCE_DATE_EPOCH} or the study's dates (YYYY-MM-DD, empty when absent). */
    static Instant of(Optional<Instant> sourceDateEpoch, String presentationDate, String published) {
        if (sourceDateEpoch.isPresent()) {
            return sourceDateEpoch.get();
        }
        for (String date : new String[] {presentationDate, published}) {
            if (date != null && !date.isEmpty()) {
                String day = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
                return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return Instant.EPOCH;
    }

    /** True when nothing gives the PDF a date and it falls back to 1970-01-01. */
    static boolean fallsBack(Optional<Instant> sourceDateEpoch, StudyInfo info) {
        return sourceDateEpoch.isEmpty() && info.presentation().date().isEmpty() && info.publication().published().isEmpty();
    }

    private DocumentDate() {
    }
}

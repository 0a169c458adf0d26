package weft.qda;

import java.util.List;
import java.util.Optional;
import weft.diagnostics.SourcePosition;

/**
 * A coded selection of a text or of a recording's transcript: its GUID, name, start and end as the tool counts them,
 * the GUIDs of the codes of its codings (with each coding's user, by name where the file names the user), where it is
 * written, and for a transcript's selection where it lies in the recording, for a PDF's the page its area is on (the
 * first is 1), where the file says; {@code reduced} the analyst's reduced expression of it, where a spreadsheet's row
 * has one or the selection's description is the one {@code weft export} wrote (empty for none); {@code comment} the
 * selection's description in the file where it is another (a QDA tool's comment on the quote: counted in a note, or
 * its reduced expression where the import is told so, {@link SelectionComments}).
 */
public record QdaSelection(String guid, String name, long start, long end, List<Coding> codings, SourcePosition position,
                           Optional<Span> time, java.util.OptionalInt page, String reduced, String comment) {

    public QdaSelection(String guid, String name, long start, long end, List<Coding> codings, SourcePosition position) {
        this(guid, name, start, end, codings, position, Optional.empty(), java.util.OptionalInt.empty(), "", "");
    }

    public QdaSelection(String guid, String name, long start, long end, List<Coding> codings, SourcePosition position,
                        Optional<Span> time) {
        this(guid, name, start, end, codings, position, time, java.util.OptionalInt.empty(), "", "");
    }

    /** The same selection on page {@code page} of its PDF (the first page is 1). */
    QdaSelection onPage(int page) {
        return new QdaSelection(guid, name, start, end, codings, position, time, java.util.OptionalInt.of(page), reduced, comment);
    }

    /** A coding: the code it refers to, who made it (empty when the file does not say), where it is written. */
    public record Coding(String codeGuid, String user, SourcePosition position) {
    }

    /** Where a transcript's selection lies in its recording, in milliseconds from its beginning. */
    public record Span(long from, long to) {

        /** As a reader of the transcript finds it: {@code 0:02:35–0:02:58} (hours, minutes, seconds; a part second dropped). */
        public String text() {
            return clock(from) + "\u2013" + clock(to);
        }

        private static String clock(long ms) {
            long s = ms / 1000;
            return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
    }
}

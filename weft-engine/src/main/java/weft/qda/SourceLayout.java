package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import weft.model.Quote;

/**
 * The text of an exported source document, which Weft assembles from the study's quotes (it does not hold the
 * original data): each quote an import cut from that document placed where the document had it, at the position and
 * on the lines it recorded (qda.start and qda.end, source.lines), the text between them blank (spaces, and the line
 * breaks the lines need), so that a QDA tool shows it, and an import of the tool's export again finds it, where it was;
 * each other quote (written by hand, edited since, not where its lines say) after them, a blank line between two. Counted
 * as an import counts, in Unicode code points over the text in NFC with LF line ends.
 */
final class SourceLayout {

    /** Between two quotes placed one after another. */
    static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final Map<String, long[]> at = new HashMap<>();
    private long length;
    private int line = 1;

    private SourceLayout() {
    }

    /** The text of the quotes, and where each stands ({start, end}), by quote id. */
    record Laid(String text, Map<String, long[]> at) {
    }

    /**
     * {@code quotes}, in the study's order, as one source; {@code stored} gives a quote's qda mapping as the import wrote
     * it; {@code placeable}: whether the quotes are all of one original document, whose positions they may keep.
     */
    static Laid of(List<Quote> quotes, Function<String, JsonNode> stored, boolean placeable) {
        SourceLayout layout = new SourceLayout();
        if (placeable) {
            List<Quote> known = new ArrayList<>();
            for (Quote q : quotes) {
                JsonNode qda = stored.apply(q.id());
                if (qda.path("start").isIntegralNumber() && qda.path("end").isIntegralNumber() && firstLine(q) > 0) {
                    known.add(q);
                }
            }
            known.sort(Comparator.comparingLong(q -> stored.apply(q.id()).path("start").asLong()));
            for (Quote q : known) {
                layout.place(q, stored.apply(q.id()).path("start").asLong(), stored.apply(q.id()).path("end").asLong());
            }
        }
        for (Quote q : quotes) {
            if (!layout.at.containsKey(q.id())) {
                layout.append(q);
            }
        }
        return new Laid(layout.text.toString(), Map.copyOf(layout.at));
    }

    /**
     * The quote at {@code start}..{@code end} on its first line, where the text so far leaves room for it, or holds its
     * beginning already (selections overlap where a coder coded two spans that share words); else it is left to be
     * placed after the others (edited since, or not where its lines say).
     */
    private void place(Quote q, long start, long end) {
        String words = counted(q);
        int leading = 0;
        while (leading < words.length() && words.charAt(leading) == '\n') {
            leading++; // the lines an import records begin at the selection's first character that is no line break
        }
        if (words.codePointCount(0, words.length()) != end - start || end > QdaReader.MAX_XML_BYTES) {
            return; // a position past what an import reads (a hand-edited qda.start) blanks no gigabytes
        }
        if (start < length) {
            overlap(q.id(), words, (int) start, leading, firstLine(q));
            return;
        }
        long gap = start - length;
        int breaks = firstLine(q) - leading - line;
        if (breaks < 0 || breaks > gap) {
            return;
        }
        text.append(" ".repeat((int) (gap - breaks))).append("\n".repeat(breaks));
        line += breaks;
        length = start;
        add(q.id(), words);
    }

    /**
     * A quote beginning inside the text laid so far, placed where that text is its beginning, on its first line.
     * {@code start} counts code points, as positions do; the text is compared in UTF-16 units from where that many code
     * points end (an emoji is two of them).
     */
    private void overlap(String id, String words, int start, int leading, int first) {
        int from = text.offsetByCodePoints(0, start);
        int laid = text.length();
        String shared = text.substring(from, Math.min(laid, from + words.length()));
        long breaksAfter = text.substring(from, laid).chars().filter(c -> c == '\n').count();
        if (!words.startsWith(shared) || line - breaksAfter + leading != first) {
            return;
        }
        if (from + words.length() > laid) {
            String rest = words.substring(laid - from);
            text.append(rest);
            length += rest.codePointCount(0, rest.length());
            line += (int) rest.chars().filter(c -> c == '\n').count();
        }
        at.put(id, new long[] {start, start + words.codePointCount(0, words.length())});
    }

    /** The quote after the text so far, a blank line between. */
    private void append(Quote q) {
        if (length > 0) {
            text.append(SEPARATOR);
            length += SEPARATOR.length();
            line += 2;
        }
        add(q.id(), counted(q));
    }

    private void add(String id, String words) {
        long start = length;
        text.append(words);
        length += words.codePointCount(0, words.length());
        line += (int) words.chars().filter(c -> c == '\n').count();
        at.put(id, new long[] {start, length});
    }

    /** The quote's text as an import counts it: line ends as one, in NFC. */
    private static String counted(Quote q) {
        return Normalizer.normalize(q.text().replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    /** The first line the quote's source.lines names (45 of "45–52"), or 0 where it names none. */
    private static int firstLine(Quote q) {
        List<String> ends = q.source().lineEnds();
        try {
            return ends.isEmpty() ? 0 : Integer.parseInt(ends.get(0).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

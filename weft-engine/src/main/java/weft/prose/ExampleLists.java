package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.model.Text;

/**
 * Pandoc's example lists: items marked {@code (@)} or {@code (@label)} at a line's start are numbered on through the
 * whole document, however far apart, as linguists and discourse analysts number their examples; {@code (@label)}
 * in the text refers to an item by its number ("as (@good) shows": "as (1) shows"). The article gives each text the
 * number its first item takes ({@link #numbered}); each marker is then written as the CommonMark item that begins at
 * that number, of the same width, so that offsets and the item's column stay the text's; and a reference is a citation
 * of the label, which the article prints as the item's number.
 */
public final class ExampleLists {

    /** An item's marker: up to three spaces, then (@) or (@label) and a space. */
    private static final Pattern MARKER = Pattern.compile("(?m)^ {0,3}(\\(@([A-Za-z0-9_-]{0,64})\\))(?= )");

    /** An item's marker in a text: where it begins and ends, and its label ("" for none). */
    public record Marker(int start, int end, String label) {
    }

    private ExampleLists() {
    }

    /** The labels of the example items of {@code texts} (a study's prose), which {@code (@label)} refers to. */
    public static java.util.Set<String> labels(java.util.Collection<Text> texts) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        texts.forEach(t -> markers(t).forEach(m -> labels.add(m.label())));
        labels.remove("");
        return labels;
    }

    /** The example items' markers of {@code text}, in order; none in code. */
    public static List<Marker> markers(Text text) {
        String content = text.content();
        if (!content.contains("(@")) {
            return List.of();
        }
        Matcher m = MARKER.matcher(PandocSyntax.blankCode(content));
        List<Marker> markers = new ArrayList<>();
        while (m.find()) {
            markers.add(new Marker(m.start(1), m.end(1), m.group(2)));
        }
        return List.copyOf(markers);
    }

    /**
     * {@code text} with each of its items' {@code markers} written as the CommonMark item of its number, the first
     * {@code first}: the number zero-padded to the marker's width ({@code (@good)} as {@code 000003)}; CommonMark reads
     * up to nine digits and starts the list at their value), spaces after it where the marker is wider, at most three,
     * or CommonMark would read the item's text as code. A marker that cannot be so written (a label of more than eleven
     * characters, the hundredth {@code (@)}) is left as written, and is a warning ({@link PandocSyntax}).
     */
    public static Text numbered(Text text, List<Marker> markers, int first) {
        if (markers.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.content());
        int number = first;
        for (Marker m : markers) {
            if (fits(m, number)) {
                String digits = Integer.toString(number++);
                int width = m.end() - m.start();
                int zeros = Math.min(MAX_DIGITS, width - 1) - digits.length();
                out.replace(m.start(), m.end(), "0".repeat(zeros) + digits + ")" + " ".repeat(width - 1 - zeros - digits.length()));
            }
        }
        return text.withContent(out.toString());
    }

    /** Whether {@code marker} can be written as the item numbered {@code number} (else it is left, unnumbered). */
    public static boolean fits(Marker marker, int number) {
        int width = marker.end() - marker.start();
        int digits = Math.min(MAX_DIGITS, width - 1);
        return Integer.toString(number).length() <= digits && width - 1 - digits <= 3;
    }

    /** The digits of a CommonMark list item's number, at most. */
    private static final int MAX_DIGITS = 9;
}

package weft.manuscript;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headings of a manuscript's text as CommonMark reads them (flexmark: not in code, an HTML block or a comment; ATX
 * {@code # Methods} and Setext {@code Methods} over {@code ===}), and which of them stand at the top of the text, outside
 * any of Pandoc's fenced divs ({@code :::}), where a manuscript can be cut into sections.
 */
final class Headings {

    /** A fence line of a Pandoc div: three colons or more, then its attributes (opening) or nothing (closing). */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}:{3,}\\s*(.*?)\\s*$");

    /**
     * A heading: its first and last lines in the text (from 0; a Setext heading's last is its underline), its level,
     * its text as written after the marks (attributes included), and whether it is an ATX heading ({@code ##}).
     */
    record Found(int firstLine, int lastLine, int level, String text, boolean atx, boolean top) {
    }

    private Headings() {
    }

    /** Every heading of {@code text}, in its order, each with whether it stands at the top of the text. */
    static List<Found> of(String text) {
        Document document = Parser.builder().build().parse(text);
        String[] lines = text.split("\n", -1);
        BitSet code = CodeLines.of(document);
        int[] depth = new int[lines.length];
        int open = 0;
        for (int i = 0; i < lines.length; i++) {
            depth[i] = open;
            var fence = FENCE.matcher(lines[i]);
            if (!code.get(i) && fence.matches()) {
                open = fence.group(1).isEmpty() ? Math.max(0, open - 1) : open + 1;
            }
        }
        List<Found> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                int first = heading.getStartLineNumber();
                boolean top = heading.getParent() == document && depth[first] == 0;
                found.add(new Found(first, heading.getEndLineNumber(), heading.getLevel(),
                        heading.getText().toString().replace('\n', ' ').strip(), heading.isAtxHeading(), top));
            }
        }
        return List.copyOf(found);
    }
}

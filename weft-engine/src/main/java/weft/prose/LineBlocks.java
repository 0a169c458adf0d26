package weft.prose;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's line blocks, each line beginning with {@code |} and a space, as a verse, a song or an exchange is quoted line
 * by line: a paragraph whose lines break where the text's do, a line's indent kept (as no-break spaces). Before the Markdown is parsed each line's bar becomes a
 * private-use mark (the text keeps its length); after, each mark but the paragraph's first is a line break.
 */
final class LineBlocks {

    private static final char MARK = '\uE006';

    private LineBlocks() {
    }

    /** The Markdown with the bar of each line of a line block marked; offsets unchanged. */
    static String mark(String markdown) {
        if (!markdown.contains("| ") && !markdown.contains("|\n")) {
            return markdown;
        }
        String text = PandocSyntax.blankCode(markdown);
        StringBuilder out = null;
        boolean blockStart = true; // after a blank line, or at the text's start
        boolean inBlock = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            boolean bar = line.startsWith("| ") || line.equals("|");
            if (bar && (blockStart || inBlock) && !line.substring(1).contains(" |")) { // "| a | b |" is a table's row
                out = out == null ? new StringBuilder(markdown) : out;
                out.setCharAt(start, MARK);
                inBlock = true;
            } else if (!(inBlock && line.startsWith(" ") && !line.isBlank())) { // a line going on from the one before
                inBlock = false;
            }
            blockStart = line.isBlank();
            start = end + 1;
        }
        return out == null ? markdown : out.toString();
    }

    /**
     * Each paragraph with marks as a line block: its first mark gone, every other a line break. Its children are rebuilt
     * at once (moving nodes one by one would cost the square of their number).
     */
    static void apply(Element body) {
        for (Element p : body.select("p")) {
            if (p.wholeText().indexOf(MARK) < 0) {
                continue;
            }
            List<Node> children = new ArrayList<>(p.childNodes());
            p.empty();
            List<Node> out = new ArrayList<>();
            boolean first = true;
            for (Node child : children) {
                if (!(child instanceof TextNode t) || t.getWholeText().indexOf(MARK) < 0) {
                    out.add(child);
                    continue;
                }
                String s = t.getWholeText();
                int last = 0;
                for (int i = s.indexOf(MARK); i >= 0; i = s.indexOf(MARK, last)) {
                    String before = s.substring(last, i);
                    if (!first) {
                        out.add(new TextNode(before.stripTrailing()));
                        out.add(new Element("br"));
                    } else if (!before.isBlank()) {
                        out.add(new TextNode(before));
                    }
                    first = false;
                    last = i + 1 < s.length() && s.charAt(i + 1) == ' ' ? i + 2 : i + 1; // the space after the bar
                    int indent = last;
                    while (indent < s.length() && s.charAt(indent) == ' ') {
                        indent++;
                    }
                    if (indent > last) { // a line's indent, kept as Pandoc keeps it: no-break spaces
                        out.add(new TextNode("\u00A0".repeat(indent - last)));
                        last = indent;
                    }
                }
                out.add(new TextNode(s.substring(last)));
            }
            p.appendChildren(out);
            p.addClass("line-block");
        }
        restore(body);
    }

    /**
     * A mark the parser put elsewhere than in a paragraph (a table's cell, a heading underlined with dashes) is the bar
     * it stands for: those lines were no line block.
     */
    private static void restore(Element body) {
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().indexOf(MARK) >= 0) {
                t.text(t.getWholeText().replace(MARK, '|'));
            }
        }, body);
    }
}

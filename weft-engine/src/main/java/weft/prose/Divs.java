package weft.prose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's fenced divs: a line of three colons or more opens one ({@code ::: {lang=fr}}, {@code ::: note}) and a line
 * of colons alone closes it. The fence lines are no part of the text; a div in a language of its own
 * ({@code lang=fr}) puts its blocks in that language (the web page's {@code div lang}, the PDF's tags); other
 * attributes are not read (the text is printed as any other). Before the Markdown is parsed, a fence line of a div in a
 * language becomes private-use characters of the same length, its attributes spelled in them, and any other fence line
 * spaces (a blank line, as a fence ends a paragraph); after, the top-level blocks between become a {@code div}.
 */
final class Divs {

    /** A fence line: three colons or more, then attributes or nothing. */
    static final Pattern FENCE = Pattern.compile("^ {0,3}(:{3,})\\s*(.*?)\\s*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[^{}]*\\}");
    private static final char OPEN = '\uE004';
    private static final char CLOSE = '\uE005';
    private static final String OPEN_TAG = "weft-div-open";
    private static final String CLOSE_TAG = "weft-div-close";

    private Divs() {
    }

    /** What Weft reads of an opening fence's attributes ({lang=fr}, or a word: a class). */
    static Spans.Attributes attributes(String written) {
        String inner = written.startsWith("{") && written.endsWith("}") ? written.substring(1, written.length() - 1) : "";
        Spans.Attributes read = Spans.attributes(inner);
        return new Spans.Attributes(read.lang(), List.of()); // a div's classes are not read
    }

    /** The Markdown with its fence lines marked for {@link #apply} or blanked; offsets unchanged. */
    static String mark(String markdown) {
        if (!markdown.contains(":::")) {
            return markdown;
        }
        String text = PandocSyntax.blankCode(markdown);
        StringBuilder out = new StringBuilder(markdown);
        Deque<Boolean> open = new ArrayDeque<>(); // whether each open div is marked (has a language)
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Matcher m = FENCE.matcher(text.substring(start, end));
            if (m.matches()) {
                String attributes = m.group(2);
                boolean closing = attributes.isEmpty() && !open.isEmpty();
                boolean marked = closing ? open.pop() : !attributes(attributes).lang().isEmpty()
                        && Spelled.spellable(attributes);
                if (!closing) {
                    open.push(marked);
                }
                for (int i = start; i < end; i++) {
                    out.setCharAt(i, !marked ? ' ' : i == start ? (closing ? CLOSE : OPEN) : Spelled.spell(markdown.charAt(i)));
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** The marked divs of the rendered {@code body} as {@code div} elements with their language. */
    static void apply(Element body) {
        List<TextNode> marks = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String s = t.getWholeText();
                if (s.indexOf(OPEN) >= 0 || s.indexOf(CLOSE) >= 0) {
                    marks.add(t);
                }
            }
        }
        if (marks.isEmpty()) {
            return;
        }
        for (TextNode t : marks) {
            Element container = topLevel(body, t);
            List<Element> before = new ArrayList<>(); // the opening markers, in order, and the closing ones
            List<Element> after = new ArrayList<>();
            String s = t.getWholeText();
            for (int at = first(s); at >= 0; at = first(s)) {
                boolean opening = s.charAt(at) == OPEN;
                int end = Spelled.end(s, at + 1);
                Element marker = new Element(opening ? OPEN_TAG : CLOSE_TAG);
                if (opening) { // the fence line's attributes, as written after its first character
                    Matcher m = ATTRIBUTES.matcher(Spelled.read(s, at + 1, end));
                    marker.attr("lang", m.find() ? attributes(m.group()).lang() : "");
                    before.add(marker);
                } else {
                    after.add(marker);
                }
                String rest = s.substring(0, at) + s.substring(end);
                s = at == 0 ? rest.stripLeading() : rest; // a fence line run into the paragraph after it: its break too
            }
            t.text(s);
            if (container == null) {
                continue;
            }
            if (container.text().isBlank() && container.select("img, table, figure").isEmpty()) {
                before.forEach(container::before);
                after.forEach(container::before);
                container.remove();
            } else {
                before.forEach(container::before);
                for (int i = after.size() - 1; i >= 0; i--) {
                    container.after(after.get(i));
                }
            }
        }
        wrap(body);
    }

    /** Where the first marker of {@code s} is; -1 when none. */
    private static int first(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == OPEN || s.charAt(i) == CLOSE) {
                return i;
            }
        }
        return -1;
    }

    /** The child of {@code body} that holds {@code node}. */
    private static Element topLevel(Element body, Node node) {
        Node n = node;
        while (n.parent() != null && n.parent() != body) {
            n = n.parent();
        }
        return n.parent() == body && n instanceof Element e ? e : null;
    }

    /**
     * Each opening marker and the children of {@code body} up to its closing marker as a div in its language; the
     * children are rebuilt at once (moving nodes one by one would cost the square of their number).
     */
    private static void wrap(Element body) {
        List<Node> children = new ArrayList<>(body.childNodes());
        body.empty();
        Deque<List<Node>> open = new ArrayDeque<>(); // the children of each open div, innermost first
        Deque<Element> divs = new ArrayDeque<>();
        List<Node> out = new ArrayList<>();
        for (Node child : children) {
            List<Node> into = open.isEmpty() ? out : open.peek();
            if (child instanceof Element e && e.normalName().equals(OPEN_TAG)) {
                Element div = new Element("div").attr("lang", e.attr("lang"));
                into.add(div);
                divs.push(div);
                open.push(new ArrayList<>());
            } else if (child instanceof Element e && e.normalName().equals(CLOSE_TAG)) {
                if (!open.isEmpty()) {
                    divs.pop().appendChildren(open.pop());
                }
            } else {
                into.add(child);
            }
        }
        while (!open.isEmpty()) { // a div never closed runs to the text's end, as Pandoc reads it
            divs.pop().appendChildren(open.pop());
        }
        body.appendChildren(out);
    }
}

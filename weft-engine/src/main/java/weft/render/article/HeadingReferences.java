package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import weft.prose.Heading;

/**
 * Pandoc's implicit references to headings: {@code [Methods]}, {@code [Methods][]} or {@code [the methods][Methods]}
 * links to the heading titled "Methods" (a section's, a subsection's or a numbered node's; the case and the spaces of
 * the title do not matter), as Pandoc links it. A bracketed text that names no heading stays as written ([sic], [...]);
 * nothing in a link, code or a participant's quote is read.
 */
final class HeadingReferences {

    /** A bracketed text, and after it a second one naming the heading, empty or not. */
    private static final Pattern REFERENCE = Pattern.compile("\\[([^\\[\\]\\n]{1,300})](?:\\[([^\\[\\]\\n]{0,300})])?");

    private final Map<String, String> anchors = new LinkedHashMap<>();

    /** The headings of the article, in its order: the first of two with one title is the one linked. */
    HeadingReferences(List<Heading> outline) {
        for (Heading h : outline) {
            anchors.putIfAbsent(key(h.text()), h.id());
        }
    }

    /** Links each implicit reference to a heading in {@code body}. */
    void link(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && t.getWholeText().indexOf('[') >= 0 && !skipped(t)) {
                    texts.add(t);
                }
            }
        }, body);
        texts.forEach(this::link);
    }

    private static boolean skipped(TextNode t) {
        Node parent = t.parent();
        return parent instanceof Element e && e.closest("a, code, pre, .quote, .citation, script, style") != null;
    }

    private void link(TextNode text) {
        String s = text.getWholeText();
        Matcher m = REFERENCE.matcher(s);
        List<Node> out = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String label = m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2);
            String anchor = anchors.get(key(label));
            if (anchor == null) {
                continue;
            }
            if (m.start() > last) {
                out.add(new TextNode(s.substring(last, m.start())));
            }
            out.add(new Element("a").addClass("xref").attr("href", "#" + anchor).text(m.group(1)));
            last = m.end();
        }
        if (out.isEmpty()) {
            return;
        }
        if (last < s.length()) {
            out.add(new TextNode(s.substring(last)));
        }
        for (Node node : out) {
            text.before(node);
        }
        text.remove();
    }

    /** A title as a reference names it: its words in lower case, spaces collapsed. */
    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

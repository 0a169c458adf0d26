package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's bracketed spans, {@code [chez soi]{lang=fr}}, {@code [RQ]{.smallcaps}}, {@code [this]{.underline}}: the
 * words in a language of their own (as screen readers and the PDF's tags need them, WCAG's "language of parts"), in
 * small capitals, or underlined. Before the Markdown is parsed, a span's brackets become private-use characters of the
 * same length, its attributes spelled in them (so that every offset after it stays the text's); after, the words
 * between become a {@code span} with what Weft reads of them. A span the parser split across elements is printed as
 * written.
 */
final class Spans {

    /** A span as {@link PandocSyntax} finds one: words without brackets on one line, then braces. */
    static final Pattern SPAN = Pattern.compile("(?<![!\\\\\\]^])\\[([^\\[\\]\\n]+)\\]\\{([^{}\\n]*)\\}");
    /** A language tag as BCP 47 writes one (fr, pt-BR, zh-Hant). */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\.([A-Za-z][\\w-]*)|([A-Za-z][\\w-]*)=(\"[^\"]*\"|'[^']*'|\\S+)|(\\S+)");
    private static final List<String> CLASSES = List.of("smallcaps", "underline", "mark");
    private static final char OPEN = '\uE002';
    private static final char CLOSE = '\uE003';

    private Spans() {
    }

    /**
     * What Weft reads of a span's attributes: its language, its classes it knows and the formats it is printed in
     * (Quarto's conditional content, as a div's: {@link ConditionalContent}); {@code condition} whether it has Quarto's
     * class for that, {@code formatNotices} what a warning says of its formats' names; empty when nothing.
     */
    record Attributes(String lang, List<String> classes, boolean condition, List<String> formats,
                      List<String> formatNotices, List<String> unread) {
        boolean any() {
            return !lang.isEmpty() || !classes.isEmpty() || condition;
        }
    }

    static Attributes attributes(String written) {
        String lang = "";
        List<String> classes = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        ConditionalContent.Condition condition = new ConditionalContent.Condition();
        Matcher m = ATTRIBUTE.matcher(written);
        while (m.find()) {
            String value = m.group(3) == null ? null : m.group(3).replaceAll("^[\"']|[\"']$", "");
            if (m.group(1) != null && CLASSES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                classes.add(m.group(1).toLowerCase(Locale.ROOT));
            } else if (m.group(2) != null && m.group(2).equals("lang") && LANGUAGE.matcher(value).matches()) {
                lang = value;
            } else if (m.group(1) != null ? !condition.read(".", m.group(1), null)
                    : m.group(2) == null || !condition.read("", m.group(2), value.strip())) {
                unread.add(m.group());
            }
        }
        return new Attributes(lang, List.copyOf(classes), condition.written(), condition.formats(), condition.notices(),
                List.copyOf(unread));
    }

    /** The Markdown with each span Weft reads marked for {@link #apply}; offsets unchanged. */
    static String mark(String markdown) {
        if (markdown.indexOf(']') < 0 || markdown.indexOf('{') < 0) {
            return markdown;
        }
        String text = PandocSyntax.blankCode(markdown);
        Matcher m = SPAN.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String attributes = m.group(2);
            if (!attributes(attributes).any() || !Spelled.spellable(attributes)) {
                continue;
            }
            out = out == null ? new StringBuilder(markdown) : out;
            out.setCharAt(m.start(), OPEN);
            int close = m.start(2) - 2; // the ']'
            out.setCharAt(close, CLOSE);
            for (int i = close + 1; i < m.end(); i++) {
                out.setCharAt(i, Spelled.spell(markdown.charAt(i)));
            }
        }
        return out == null ? markdown : out.toString();
    }

    /**
     * The marked spans of the rendered {@code body} as {@code span} elements. Each element whose text holds a mark has
     * its children rebuilt at once (moving nodes one by one would cost the square of their number).
     */
    static void apply(Element body) {
        List<Element> parents = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.textNodes().stream().anyMatch(Spans::marked)) {
                parents.add(e);
            }
        }
        parents.forEach(Spans::rebuild);
    }

    /**
     * {@code text} with its spans' marks as written ({@code [chez soi]{lang=fr}}): for an image's description, an
     * attribute no span can be made in.
     */
    static String unmark(String text) {
        if (text.chars().noneMatch(c -> c == OPEN || c == CLOSE || Spelled.isSpelled((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == OPEN ? '[' : c == CLOSE ? ']' : Spelled.isSpelled(c) ? Spelled.read(text, i, i + 1) : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean marked(TextNode t) {
        String s = t.getWholeText();
        return s.indexOf(OPEN) >= 0 || s.indexOf(CLOSE) >= 0;
    }

    /**
     * The children of {@code parent} with each open mark and the close mark after it (among the same children) as a
     * span of what lies between; a mark without its other is printed as written.
     */
    private static void rebuild(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        parent.empty();
        List<Node> out = new ArrayList<>();
        int open = -1; // where the open span's words begin in out
        for (Node child : children) {
            if (!(child instanceof TextNode t) || !marked(t)) {
                out.add(child);
                continue;
            }
            String s = t.getWholeText();
            int last = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != OPEN && c != CLOSE) {
                    continue;
                }
                if (i > last) {
                    out.add(new TextNode(s.substring(last, i)));
                }
                if (c == OPEN) {
                    if (open >= 0) { // an open mark no close reached: as written
                        out.add(open, new TextNode("["));
                    }
                    open = out.size();
                    last = i + 1;
                    continue;
                }
                int end = Spelled.end(s, i + 1);
                String written = Spelled.read(s, i + 1, end);
                if (open < 0) {
                    out.add(new TextNode("]" + written));
                } else {
                    Attributes attributes = attributes(written.substring(1, written.length() - 1));
                    Element span = new Element("span");
                    if (!attributes.lang().isEmpty()) {
                        span.attr("lang", attributes.lang());
                    }
                    attributes.classes().forEach(span::addClass);
                    if (!attributes.formats().equals(ConditionalContent.FORMATS)) {
                        span.attr(ConditionalContent.ATTRIBUTE, String.join(" ", attributes.formats()));
                    }
                    List<Node> words = out.subList(open, out.size());
                    span.appendChildren(new ArrayList<>(words));
                    words.clear();
                    out.add(span);
                    open = -1;
                }
                last = end;
                i = end - 1;
            }
            if (last < s.length()) {
                out.add(new TextNode(s.substring(last)));
            }
        }
        if (open >= 0) {
            out.add(open, new TextNode("["));
        }
        parent.appendChildren(out);
    }
}

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
    private static final List<String> CLASSES = List.of("smallcaps", "underline");
    private static final char OPEN = '\uE002';
    private static final char CLOSE = '\uE003';

    private Spans() {
    }

    /** What Weft reads of a span's attributes: its language and its classes it knows; empty when nothing. */
    record Attributes(String lang, List<String> classes) {
        boolean any() {
            return !lang.isEmpty() || !classes.isEmpty();
        }
    }

    static Attributes attributes(String written) {
        String lang = "";
        List<String> classes = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(written);
        while (m.find()) {
            if (m.group(1) != null && CLASSES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                classes.add(m.group(1).toLowerCase(Locale.ROOT));
            } else if (m.group(2) != null && m.group(2).equals("lang")) {
                String value = m.group(3).replaceAll("^[\"']|[\"']$", "");
                lang = LANGUAGE.matcher(value).matches() ? value : lang;
            }
        }
        return new Attributes(lang, List.copyOf(classes));
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

    /** The marked spans of the rendered {@code body} as {@code span} elements. */
    static void apply(Element body) {
        List<TextNode> texts = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                if (t.getWholeText().indexOf(OPEN) >= 0 || t.getWholeText().indexOf(CLOSE) >= 0) {
                    texts.add(t);
                }
            }
        }
        List<TextNode> marks = new ArrayList<>(); // each mark a text node of its own: an open, or a close with its attributes
        for (TextNode t : texts) {
            split(t, marks);
        }
        for (int i = 0; i < marks.size(); i++) {
            TextNode open = marks.get(i);
            if (open.getWholeText().charAt(0) != OPEN) {
                continue;
            }
            TextNode close = i + 1 < marks.size() && marks.get(i + 1).getWholeText().charAt(0) == CLOSE ? marks.get(i + 1) : null;
            if (close == null || close.parent() != open.parent()) {
                open.text("[");
                continue;
            }
            String written = spelled(close.getWholeText());
            Attributes attributes = attributes(written.substring(1, written.length() - 1));
            Element span = new Element("span");
            if (!attributes.lang().isEmpty()) {
                span.attr("lang", attributes.lang());
            }
            attributes.classes().forEach(span::addClass);
            List<Node> words = new ArrayList<>();
            for (Node n = open.nextSibling(); n != null && n != close; n = n.nextSibling()) {
                words.add(n);
            }
            open.before(span);
            span.appendChildren(words);
            open.remove();
            close.remove();
            i++;
        }
        for (TextNode t : marks) { // a close no open reaches: as written
            if (t.parent() != null && t.getWholeText().charAt(0) == CLOSE) {
                t.text("]" + spelled(t.getWholeText()));
            }
        }
    }

    /** Splits {@code t} so that each mark is a text node of its own, added to {@code marks} in order. */
    private static void split(TextNode t, List<TextNode> marks) {
        String s = t.getWholeText();
        List<Node> parts = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != OPEN && c != CLOSE) {
                continue;
            }
            if (i > last) {
                parts.add(new TextNode(s.substring(last, i)));
            }
            int end = c == CLOSE ? Spelled.end(s, i + 1) : i + 1;
            TextNode mark = new TextNode(s.substring(i, end));
            parts.add(mark);
            marks.add(mark);
            last = end;
            i = end - 1;
        }
        if (last < s.length()) {
            parts.add(new TextNode(s.substring(last)));
        }
        for (Node part : parts) {
            t.before(part);
        }
        t.remove();
    }

    /** The attributes spelled after a close mark, as written ({lang=fr}). */
    private static String spelled(String close) {
        return Spelled.read(close, 1, close.length());
    }
}

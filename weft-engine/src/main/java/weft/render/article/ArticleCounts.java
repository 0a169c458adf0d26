package weft.render.article;

import java.lang.Character.UnicodeScript;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import weft.render.article.ArticleView.NodeView;
import weft.render.article.ArticleView.SectionView;
import weft.render.html.Html;

/**
 * What a journal counts of the article as printed: the abstract's words, the main text's words (the numbered
 * sections and the results tree with their headings' words and quotes, and the notes they call; not their numbers,
 * tables, figures, the references, back matter or appendices), and the numbered tables and figures outside the appendices.
 *
 * <p>A word is counted as word processors count one: a run of characters between spaces (en and em dashes separate
 * too, as in LibreOffice) that holds a letter or a digit, so that "well-being", "don't", "[12]" and "2,644" are one
 * word each and a lone dash none; a no-break space joins ("7 812" with a narrow no-break space is one). Chinese and
 * Japanese characters count one each, as Word counts East Asian text.
 */
public record ArticleCounts(int abstractWords, int text, int tables, int figures) {

    /** The counts of the article as {@code view} prints it. */
    public static ArticleCounts of(ArticleView view) {
        int abstractWords = view.abstractHtml() == null ? 0 : words(text(view.abstractHtml()));
        int text = 0;
        int tables = 0;
        int figures = 0;
        java.util.Map<String, ArticleView.NoteView> notes = new java.util.HashMap<>();
        view.notes().forEach(n -> notes.put(n.id(), n));
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (SectionView s : view.sections()) {
            if (s.kind().equals("appendix")) {
                continue;
            }
            Element body = fragment(s.body());
            tables += numbered(body, "table > caption > span.label") + (s.table() == null ? 0 : 1);
            figures += numbered(body, "figure > figcaption > span.label") + (s.figure() == null ? 0 : 1);
            for (NodeView n : s.nodes()) {
                int[] floats = nodeFloats(n);
                tables += floats[0];
                figures += floats[1];
            }
            if (s.kind().equals("back")) {
                continue;
            }
            text += words(s.title()) + words(printed(body)) + nodeWords(s.nodes());
            for (String id : s.noteCalls()) { // a note of the main text is of its words, as Word counts them; once
                ArticleView.NoteView note = notes.get(id);
                text += note != null && counted.add(id) ? words(text(note.html())) : 0;
            }
        }
        return new ArticleCounts(abstractWords, text, tables, figures);
    }

    /** The words of a text, as word processors count them (above). */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        boolean counts = false; // the run so far holds a letter or a digit
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean east = isEastAsian(c);
            if (Character.isWhitespace(c) || c == '\u2013' || c == '\u2014' || east) {
                count += inWord && counts ? 1 : 0;
                inWord = false;
                counts = false;
                count += east ? 1 : 0;
                continue;
            }
            inWord = true;
            counts |= Character.isLetterOrDigit(c);
        }
        return count + (inWord && counts ? 1 : 0);
    }

    private static boolean isEastAsian(int c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static int nodeWords(List<NodeView> nodes) {
        int count = 0;
        for (NodeView n : nodes) {
            count += n.heading() ? words(n.label()) : 0; // a run-in label is in its narrative
            count += n.narrative() == null ? 0 : words(printed(fragment(n.narrative())));
            count += n.moreQuotes().stream().mapToInt(q -> words(printed(fragment(q)))).sum();
            count += words(n.incompleteNote());
            count += n.pointer() == null ? 0 : words(text(n.pointer()));
            count += nodeWords(n.children());
        }
        return count;
    }

    /** The numbered tables and figures of a node's narrative and of those below it. */
    private static int[] nodeFloats(NodeView n) {
        int[] floats = new int[2];
        if (n.narrative() != null) {
            Element narrative = fragment(n.narrative());
            floats[0] += numbered(narrative, "table > caption > span.label");
            floats[1] += numbered(narrative, "figure > figcaption > span.label");
        }
        for (NodeView c : n.children()) {
            int[] below = nodeFloats(c);
            floats[0] += below[0];
            floats[1] += below[1];
        }
        return floats;
    }

    private static int numbered(Element body, String labels) {
        return (int) body.select(labels).stream().filter(label -> !label.text().isBlank()).count();
    }

    /**
     * The words of a body as the main text counts them: without its tables, figures, notes' calls, extracts' labels and
     * line numbers, and headings' numbers.
     */
    private static String printed(Element body) {
        body.select("table, figure, sup > a[role=doc-noteref], p." + Extracts.LABEL + ", span." + QuoteMarkup.LINE_NUMBER + ", h1 > span.number, h2 > span.number,"
                + " h3 > span.number, h4 > span.number, h5 > span.number, h6 > span.number").remove();
        return body.text();
    }

    private static String text(Html html) {
        return fragment(html).text();
    }

    private static Element fragment(Html html) {
        return Jsoup.parseBodyFragment(html.value()).body();
    }
}

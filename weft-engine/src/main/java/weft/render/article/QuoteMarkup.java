package weft.render.article;

import java.util.List;
import org.jsoup.nodes.Element;
import weft.model.Quote;
import weft.model.QuoteLines;
import weft.publish.OutputNames;
import weft.render.html.ArticleAnchors;
import weft.words.Direction;
import weft.words.Words;

/**
 * How a quote appears in the article: inline in a sentence, or set as a block quotation, followed by its
 * participant's attribution where it has one, between the quotation marks of the article's language; its excerpt where
 * the author cut it (the evidence keeps the whole). Text only, never
 * markup, but for the line breaks of a quote of several lines: a block breaks its lines as the text does, a quote in a
 * sentence runs them in, separated by " / ".
 */
final class QuoteMarkup {

    /** The class of a block quotation's line number ({@code presentation.extractLines}). */
    static final String LINE_NUMBER = "line-number";
    /** The class of a quote's original wording, printed after it ({@code presentation.originals}). */
    static final String ORIGINAL = "original";

    static Element render(Quote q, boolean block, boolean anchored, String attribution, Words words) {
        return render(q, block, anchored, attribution, words, false);
    }

    /**
     * As {@link #render(Quote, boolean, boolean, String, Words)}; with {@code lineNumbers}, a block quotation's lines
     * each after its number (01, 02 …, as wide as the last), as conversation analysts number a transcript's lines.
     */
    static Element render(Quote q, boolean block, boolean anchored, String attribution, Words words, boolean lineNumbers) {
        return render(q, block, anchored, attribution, words, lineNumbers, false);
    }

    /**
     * As {@link #render(Quote, boolean, boolean, String, Words, boolean)}; with {@code originals}, a translated quote's
     * original wording after it ({@code presentation.originals}), in its language and quotation marks: a paragraph of its
     * own in a block quotation, in brackets after a quote in a sentence (and after its attribution, in both).
     */
    static Element render(Quote q, boolean block, boolean anchored, String attribution, Words words, boolean lineNumbers,
                          boolean originals) {
        Element quote;
        if (block) {
            // dir=auto: a quote runs in the direction of its own words (an Arabic quote in an English article)
            quote = new Element("blockquote").addClass("quote").attr("dir", "auto");
            Element p = quote.appendElement("p");
            Element link = p.appendElement("a").addClass("quote-link").attr("href", OutputNames.quotePage(q.id()));
            List<String> lines = q.printedLines();
            String width = "%0" + Math.max(2, Integer.toString(lines.size()).length()) + "d";
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    link.appendElement("br");
                }
                if (lineNumbers) {
                    link.appendElement("span").addClass(LINE_NUMBER).text(String.format(java.util.Locale.ROOT, width, i + 1));
                    link.appendText(" ");
                }
                link.appendText((i == 0 ? words.quoteOpen() : "") + lines.get(i)
                        + (i == lines.size() - 1 ? words.quoteClose() : ""));
            }
        } else {
            quote = new Element("span").addClass("quote");
            quote.appendElement("a").addClass("quote-link").attr("href", OutputNames.quotePage(q.id()))
                    .text(words.quoted(q.printedRunIn()));
        }
        if (!attribution.isEmpty()) {
            Element last = block ? quote.child(0) : quote;
            last.appendText(" ").appendElement("span").addClass("attribution").text(attribution);
        }
        if (originals) {
            q.printedOriginal().ifPresent(o -> original(quote, o, block, words));
        }
        if (anchored) {
            quote.id(ArticleAnchors.quoteAnchor(q.id()));
        }
        quote.attr("data-quote", q.id());
        return quote;
    }

    private static void original(Element quote, Quote.Original o, boolean block, Words words) {
        String[] marks = words.marksOf(o.language());
        if (block) {
            // in its language's direction: an Arabic original below an English translation runs right to left
            Element text = quote.appendElement("p").addClass(ORIGINAL).attr("dir", Direction.of(o.language()))
                    .appendElement("span").attr("lang", o.language());
            List<String> lines = o.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    text.appendElement("br");
                }
                text.appendText((i == 0 ? marks[0] : "") + lines.get(i) + (i == lines.size() - 1 ? marks[1] : ""));
            }
            return;
        }
        Element span = quote.appendElement("span").addClass(ORIGINAL);
        span.appendText(" [").appendElement("span").attr("lang", o.language()).attr("dir", Direction.of(o.language()))
                .text(marks[0] + QuoteLines.runIn(o.text()) + marks[1]);
        span.appendText("]");
    }

    /**
     * {@code quote}, printed in {@code printedIn}, with its anchor kept in {@code firstIn} alone where these are fewer
     * (the quote was presented before in the others, in text they alone print).
     */
    static Element anchoredIn(Element quote, List<String> firstIn, List<String> printedIn) {
        if (!firstIn.isEmpty() && !firstIn.containsAll(printedIn)) {
            quote.attr(weft.prose.ConditionalContent.ANCHORED, String.join(" ", firstIn));
        }
        return quote;
    }

    private QuoteMarkup() {
    }
}

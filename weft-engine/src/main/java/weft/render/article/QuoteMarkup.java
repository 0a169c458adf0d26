package weft.render.article;

import java.util.List;
import org.jsoup.nodes.Element;
import weft.model.Quote;
import weft.publish.OutputNames;
import weft.render.html.ArticleAnchors;
import weft.words.Words;

/**
 * How a quote appears in the article: inline in a sentence, or set as a block quotation, followed by its
 * participant's attribution where it has one, between the quotation marks of the article's language. Text only, never
 * markup, but for the line breaks of a quote of several lines: a block breaks its lines as the text does, a quote in a
 * sentence runs them in, separated by " / ".
 */
final class QuoteMarkup {

    static Element render(Quote q, boolean block, boolean anchored, String attribution, Words words) {
        Element quote;
        if (block) {
            // dir=auto: a quote runs in the direction of its own words (an Arabic quote in an English article)
            quote = new Element("blockquote").addClass("quote").attr("dir", "auto");
            Element p = quote.appendElement("p");
            Element link = p.appendElement("a").addClass("quote-link").attr("href", OutputNames.quotePage(q.id()));
            List<String> lines = q.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    link.appendElement("br");
                }
                link.appendText((i == 0 ? words.quoteOpen() : "") + lines.get(i)
                        + (i == lines.size() - 1 ? words.quoteClose() : ""));
            }
        } else {
            quote = new Element("span").addClass("quote");
            quote.appendElement("a").addClass("quote-link").attr("href", OutputNames.quotePage(q.id()))
                    .text(words.quoted(q.runIn()));
        }
        if (!attribution.isEmpty()) {
            Element last = block ? quote.child(0) : quote;
            last.appendText(" ").appendElement("span").addClass("attribution").text(attribution);
        }
        if (anchored) {
            quote.id(ArticleAnchors.quoteAnchor(q.id()));
        }
        quote.attr("data-quote", q.id());
        return quote;
    }

    private QuoteMarkup() {
    }
}

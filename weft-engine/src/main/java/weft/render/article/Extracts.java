package weft.render.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import weft.render.html.ArticleAnchors;
import weft.words.Words;

/**
 * The quotes the article sets apart as block quotations, numbered as extracts ("Extract 1", "Ote 1") in the order the
 * article prints them ({@code presentation.numberedExtracts}), as discourse and conversation analysts number their data
 * extracts: a label before each, and the quote's anchor ({@code quote-ID}) a cross-reference's target, so that the prose
 * refers to it by {@code {{ref:quote-ID}}} ("Extract 1"). A quote run into a sentence is not numbered.
 */
public final class Extracts {

    /** The class of an extract: its label, a paragraph, then its quotation, together in a div. */
    public static final String EXTRACT = "extract";
    /** The class of an extract's label. */
    public static final String LABEL = "extract-label";

    private final Words words;
    private final CrossReferences xrefs;
    private final QuotePlacements placements;
    private int next = 1;

    Extracts(Words words, CrossReferences xrefs, QuotePlacements placements) {
        this.words = words;
        this.xrefs = xrefs;
        this.placements = placements;
    }

    /** Numbers the block quotations of {@code text} (a section's text, a narrative), in their order, in place. */
    void in(Element text) {
        for (Element quote : text.select("blockquote.quote[data-quote]")) {
            Element extract = new Element("div");
            quote.before(extract);
            numbered(quote, extract);
        }
    }

    /** The quotations {@code quotes} (a node's quotes that the prose does not place), each numbered. */
    List<Element> numbered(List<Element> quotes) {
        List<Element> out = new ArrayList<>();
        for (Element quote : quotes) {
            out.add(numbered(quote, new Element("div")));
        }
        return out;
    }

    /** {@code extract} made the quote's extract: its label, then the quote (moved into it). */
    private Element numbered(Element quote, Element extract) {
        String number = Integer.toString(next++);
        String label = words.format("extractLabel", Map.of("number", number));
        if (quote.id().startsWith(ArticleAnchors.quoteAnchor(""))) { // its first place in the article: the target
            xrefs.define(quote.id(), label, number, quote.id());
            placements.numbered(quote.attr("data-quote"), label); // which the evidence names
        }
        extract.addClass(EXTRACT).appendChild(new Element("p").addClass(LABEL).text(label)).appendChild(quote);
        return extract;
    }
}

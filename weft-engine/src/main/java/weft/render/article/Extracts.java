package weft.render.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import weft.prose.ConditionalContent;
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
    /** The formats that print each quote no text places (under its node), where some do not; else every format. */
    private final Map<String, List<String>> unplacedIn;
    /** Each format's next number: an extract in conditional content is numbered among those its formats print. */
    private final Map<String, Integer> next = new HashMap<>();

    Extracts(Words words, CrossReferences xrefs, QuotePlacements placements, Map<String, List<String>> unplacedIn) {
        this.words = words;
        this.xrefs = xrefs;
        this.placements = placements;
        this.unplacedIn = unplacedIn;
    }

    /** Numbers the block quotations of {@code text} (a section's text, a narrative), in their order, in place. */
    void in(Element text) {
        for (Element quote : text.select("blockquote.quote[data-quote]")) {
            Element extract = new Element("div");
            quote.before(extract);
            numbered(quote, extract, ConditionalContent.formatsAt(quote));
        }
    }

    /** The quotations {@code quotes} (a node's quotes that the prose does not place), each numbered. */
    List<Element> numbered(List<Element> quotes) {
        List<Element> out = new ArrayList<>();
        for (Element quote : quotes) {
            out.add(numbered(quote, new Element("div"),
                    unplacedIn.getOrDefault(quote.attr("data-quote"), ConditionalContent.FORMATS)));
        }
        return out;
    }

    /**
     * {@code extract} made the quote's extract: its label, each format's own where conditional content numbers it apart
     * in some of {@code formats} (those that print it), then the quote (moved into it).
     */
    private Element numbered(Element quote, Element extract, List<String> formats) {
        Map<String, List<String>> numbers = ConditionalContent.grouped(formats,
                format -> Integer.toString(next.merge(format, 1, Integer::sum)));
        Map<String, List<String>> labels = new LinkedHashMap<>();
        boolean target = quote.id().startsWith(ArticleAnchors.quoteAnchor("")); // its first place in a format
        List<String> anchored = quote.hasAttr(ConditionalContent.ANCHORED)
                ? List.of(quote.attr(ConditionalContent.ANCHORED).split(" ")) : formats;
        numbers.forEach((number, in) -> {
            String words = this.words.format("extractLabel", Map.of("number", number));
            labels.put(words, in);
            if (target) { // the target of its references there, and what the evidence names
                xrefs.define(quote.id(), words, number, quote.id(), in.stream().filter(anchored::contains).toList());
                placements.numbered(quote.attr("data-quote"), words, in);
            }
        });
        Element label = new Element("p").addClass(LABEL);
        if (labels.isEmpty()) {
            label.text(words.format("extractLabel", Map.of("number", "")));
        } else {
            ConditionalContent.printIn(label, labels);
        }
        extract.addClass(EXTRACT).appendChild(label).appendChild(quote);
        return extract;
    }
}

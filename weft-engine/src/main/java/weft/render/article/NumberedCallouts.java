package weft.render.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import weft.prose.ConditionalContent;
import weft.prose.ProseRenderer;
import weft.words.Words;

/**
 * Quarto's cross-referenceable callouts ({@code ::: {#nte-key-messages .callout-note}}), numbered as Quarto numbers
 * them: each kind apart (Note 1, Note 2, Tip 1 …) through the article in the order it prints them, the appendices'
 * after the rest. Each is titled with its number ("Note 1: Key messages", or "Note 1" alone) and made the target of
 * its label's cross-references ({@code @nte-key-messages}: "Note 1").
 */
final class NumberedCallouts {

    private final List<ProseRenderer.Callout> text = new ArrayList<>();
    private final List<ProseRenderer.Callout> appendices = new ArrayList<>();

    /** The callouts of a text rendered next, in an appendix or not. */
    void add(ProseRenderer.Rendered rendered, boolean appendix) {
        (appendix ? appendices : text).addAll(rendered.callouts());
    }

    /** Numbers every callout, claims its label as an anchor and defines it as a cross-reference's target. */
    void number(Anchors anchors, CrossReferences xrefs, Words words) {
        Map<String, Integer> counts = new HashMap<>(); // by format and kind
        List<ProseRenderer.Callout> all = new ArrayList<>(text);
        all.addAll(appendices);
        for (ProseRenderer.Callout callout : all) {
            List<String> formats = ConditionalContent.formatsAt(callout.box()); // numbered among its formats' own
            Map<String, List<String>> numbers = ConditionalContent.grouped(formats,
                    format -> Integer.toString(counts.merge(format + " " + callout.kind(), 1, Integer::sum)));
            java.util.function.Function<String, String> reference = number -> words.format("calloutRef", Map.of("kind",
                    ProseRenderer.calloutName(callout.kind(), words), "number", number));
            anchors.claim(callout.id(), "the callout '" + callout.id() + "'", callout.at(), formats);
            Element place = callout.box().selectFirst("> p." + ProseRenderer.CALLOUT_TITLE + " > span."
                    + ProseRenderer.CALLOUT_NUMBER);
            if (place != null) {
                Floats.label(place, numbers, reference);
            }
            numbers.forEach((number, in) -> xrefs.define(callout.id(), reference.apply(number), number, callout.id(), in));
        }
    }
}

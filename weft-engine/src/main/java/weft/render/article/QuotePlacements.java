package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.prose.ConditionalContent;
import weft.render.html.ArticleAnchors;

/**
 * Where the article presents each quote, in each of its formats: the anchor of its first placement there and the node
 * or section whose text places it. A quote's first placement may differ between formats where the prose prints some of
 * its text in some formats only (Quarto's conditional content). One per build, filled while the article is rendered in
 * reading order.
 */
public final class QuotePlacements {

    /** The first place a quote is presented: the node whose narrative holds it, or else the section. */
    public record Placement(String quoteId, String anchor, String nodeId, String sectionId) {
    }

    /** Per format ({@link ConditionalContent#FORMATS}), each quote's first placement there. */
    private final Map<String, Map<String, Placement>> first = new LinkedHashMap<>();
    /** Whether a quote was placed in some formats only. */
    private boolean apart;

    QuotePlacements() {
        ConditionalContent.FORMATS.forEach(f -> first.put(f, new LinkedHashMap<>()));
    }

    /**
     * Records a placement printed in {@code formats}: those of them in which it is the quote's first, where it carries
     * the quote's anchor (none when it was placed before in each).
     */
    List<String> place(String quoteId, String nodeId, String sectionId, List<String> formats) {
        Placement p = new Placement(quoteId, ArticleAnchors.quoteAnchor(quoteId), nodeId, sectionId);
        apart |= !formats.containsAll(ConditionalContent.FORMATS);
        List<String> firstIn = new ArrayList<>();
        for (String format : formats) {
            if (first.get(format).putIfAbsent(quoteId, p) == null) {
                firstIn.add(format);
            }
        }
        return List.copyOf(firstIn);
    }

    /** Whether some quote was placed in some formats only: the formats may then present a quote first apart. */
    boolean apart() {
        return apart;
    }

    /** The formats that do not present the quote (yet). */
    List<String> formatsWithout(String quoteId) {
        return ConditionalContent.FORMATS.stream().filter(f -> !first.get(f).containsKey(quoteId)).toList();
    }

    /** Where {@code format} (one of {@link ConditionalContent#FORMATS}) first presents the quote; empty where it does not. */
    public Optional<Placement> of(String quoteId, String format) {
        return Optional.ofNullable(first.get(format).get(quoteId));
    }

    /** The formats that present the quote, in {@link ConditionalContent#FORMATS}' order. */
    public List<String> formatsWith(String quoteId) {
        return ConditionalContent.FORMATS.stream().filter(f -> first.get(f).containsKey(quoteId)).toList();
    }

    /**
     * Records that the quote's first placement in each of {@code formats} is numbered as the extract {@code label}
     * ("Extract 1"): conditional content may number it apart in some formats.
     */
    void numbered(String quoteId, String label, List<String> formats) {
        formats.forEach(f -> extractsIn.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(quoteId, label));
    }

    /** Each format's extracts: the label of each quote's first placement there. */
    private final Map<String, Map<String, String>> extractsIn = new LinkedHashMap<>();

    /** The extract the quote is at its first placement in {@code format}; empty where that format numbers none. */
    public Optional<String> extract(String quoteId, String format) {
        return Optional.ofNullable(extractsIn.getOrDefault(format, Map.of()).get(quoteId));
    }

    /**
     * The extract the quote is at its first placement ("Extract 1"), the web page's where it presents the quote, else
     * the first format's that does; empty where extracts are not numbered.
     */
    public Optional<String> extract(String quoteId) {
        return ConditionalContent.FORMATS.stream().map(f -> extract(quoteId, f)).flatMap(Optional::stream).findFirst();
    }
}

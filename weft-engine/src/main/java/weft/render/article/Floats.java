package weft.render.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import weft.model.ImageFile;
import weft.prose.ConditionalContent;
import weft.render.html.ArticleAnchors;
import weft.prose.ProseRenderer;
import weft.words.Words;

/**
 * The figures and numbered tables of the article, in the order it prints them: a section's own before the results,
 * the results section's own text, the coding frame's figure and table, then the nodes' narratives. Numbered once all
 * the prose is rendered (prose refers forward), each labelled ("Figure 2.") and made a cross-reference target
 * ("Figure 2"). An appendix's figures and tables are numbered apart, after its letter: Table A1, A2, then B1 (as APA and
 * most journals number them), and do not move the article's own numbers on.
 */
final class Floats {

    /**
     * The numbers the coding frame's figure and table got, by format (the same in each, unless conditional content
     * numbers some figure or table in some formats only).
     */
    record CodingFrame(Map<String, String> figure, Map<String, String> table) {
    }

    /**
     * A figure or table and the series it is numbered in: "" for the article's, an appendix's letter for its own. The
     * item is null for the coding frame's.
     */
    private record Entry<T extends ProseRenderer.Numbered>(T item, String series) {
    }

    /** The figures and tables in reading order. */
    private final List<Entry<ProseRenderer.Figure>> figures = new ArrayList<>();
    private final List<Entry<ProseRenderer.Table>> tables = new ArrayList<>();
    /** Those of the narratives rendered so far, printed after the coding frame's. */
    private final List<Entry<ProseRenderer.Figure>> narrativeFigures = new ArrayList<>();
    private final List<Entry<ProseRenderer.Table>> narrativeTables = new ArrayList<>();

    /** A section's own text: its figures and tables, in order; an appendix's ({@code letter} not empty) apart. */
    void section(ProseRenderer.Rendered body, String letter) {
        body.figures().forEach(f -> figures.add(new Entry<>(f, letter)));
        body.tables().forEach(t -> tables.add(new Entry<>(t, letter)));
    }

    /** A narrative of the results: its figures and tables come after the coding frame's. */
    void narrative(ProseRenderer.Rendered body) {
        body.figures().forEach(f -> narrativeFigures.add(new Entry<>(f, "")));
        body.tables().forEach(t -> narrativeTables.add(new Entry<>(t, "")));
    }

    /** The coding frame's figure and table, after the results section's own text. */
    void codingFrame() {
        figures.add(new Entry<>(null, ""));
        tables.add(new Entry<>(null, ""));
    }

    /** The end of the results section: its narratives' figures and tables follow. */
    void endOfResults() {
        figures.addAll(narrativeFigures);
        narrativeFigures.clear();
        tables.addAll(narrativeTables);
        narrativeTables.clear();
    }

    /** Numbers every figure from {@code firstFigure} and every table from {@code firstTable}. */
    CodingFrame number(int firstFigure, int firstTable, Anchors anchors, CrossReferences xrefs, Words words) {
        return new CodingFrame(number(figures, firstFigure, "figure", ArticleAnchors.CODING_FRAME_FIGURE, anchors, xrefs, words),
                number(tables, firstTable, "table", ArticleAnchors.CODING_FRAME_TABLE, anchors, xrefs, words));
    }

    /**
     * Gives each figure's images their text alternative, where it is the caption, once the article has filled in the
     * captions' citations and cross-references ({@link ProseRenderer#describe}).
     */
    void describe() {
        figures.stream().map(Entry::item).filter(Objects::nonNull).forEach(f -> {
            Element figure = f.label().closest("figure.prose-figure");
            if (figure != null) {
                ProseRenderer.describe(figure, true);
            }
        });
    }

    /** The image files of the figures, each once, by name: the files the publication carries. */
    List<ImageFile> images() {
        Map<String, ImageFile> files = new TreeMap<>();
        figures.stream().map(Entry::item).filter(Objects::nonNull).forEach(f -> {
            files.putIfAbsent(f.file().name(), f.file());
            f.parts().forEach(p -> files.putIfAbsent(p.file().name(), p.file()));
        });
        return List.copyOf(files.values());
    }

    /**
     * Numbers {@code entries} of one kind, format by format: an item in conditional content is numbered among those its
     * formats print (as Quarto numbers each format apart), so that a figure printed only in the PDF moves no number of
     * the web page's; its label holds each format's own number where they differ ({@link #label}).
     */
    private static Map<String, String> number(List<? extends Entry<?>> entries, int first, String kind, String frameAnchor,
                                 Anchors anchors, CrossReferences xrefs, Words words) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, Integer> inAppendix = new HashMap<>(); // by format and letter
        Map<String, String> frame = new LinkedHashMap<>();
        for (Entry<?> entry : entries) {
            ProseRenderer.Numbered item = entry.item();
            List<String> formats = item == null ? ConditionalContent.FORMATS : ConditionalContent.formatsAt(item.label());
            Map<String, List<String>> numbers = ConditionalContent.grouped(formats, format -> entry.series().isEmpty()
                    ? Integer.toString(next.merge(format, first, (n, one) -> n + 1))
                    : entry.series() + inAppendix.merge(format + " " + entry.series(), 1, Integer::sum));
            String anchor = item == null ? frameAnchor : item.id();
            if (item == null) {
                numbers.forEach((number, in) -> in.forEach(format -> frame.put(format, number)));
            } else {
                anchors.claim(item.id(), "the " + kind + (item instanceof ProseRenderer.Figure f ? " " + f.file().path()
                        : " '" + item.label().parent().text().strip() + "'"), item.at(), formats);
                label(item.label(), numbers, number -> words.format(kind + "Label", Map.of("number", number)));
            }
            numbers.forEach((number, in) -> xrefs.define(anchor, words.format(kind + "Ref", Map.of("number", number)),
                    number, anchor, in));
            if (item instanceof ProseRenderer.Figure panel) { // its subfigures: "Figure 1 (a)", as Quarto refers to one
                for (ProseRenderer.Part part : panel.parts()) {
                    if (part.id().isEmpty()) {
                        continue;
                    }
                    anchors.claim(part.id(), "the figure " + part.file().path(), part.at(), formats);
                    numbers.forEach((number, in) -> xrefs.define(part.id(), words.format(kind + "Ref", Map.of("number",
                            number)) + " " + part.label().text(), number + " " + part.label().text(), part.id(), in));
                }
            }
        }
        return frame;
    }

    /**
     * {@code place} given its label: the words for its number, or where formats number it apart, a span of each
     * format's own words, which {@link ConditionalContent#only} keeps in its formats alone.
     */
    static void label(Element place, Map<String, List<String>> numbers, java.util.function.Function<String, String> words) {
        Map<String, List<String>> printed = new LinkedHashMap<>();
        numbers.forEach((number, formats) -> printed.computeIfAbsent(words.apply(number), w -> new ArrayList<>())
                .addAll(formats));
        ConditionalContent.printIn(place, printed);
    }
}

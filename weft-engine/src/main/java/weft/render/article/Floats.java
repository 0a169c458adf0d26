package weft.render.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import weft.model.ImageFile;
import weft.render.html.ArticleAnchors;
import weft.prose.ProseRenderer;
import weft.words.Words;

/**
 * The figures and numbered tables of the article, in the order it prints them: a section's own before the results,
 * the results section's own text, the coding frame's figure and table, then the nodes' narratives. Numbered once all
 * the prose is rendered (prose refers forward), each labelled ("Figure 2.") and made a cross-reference target
 * ("Figure 2").
 */
final class Floats {

    /** The numbers the coding frame's figure and table got. */
    record CodingFrame(String figure, String table) {
    }

    /** The figures and tables in reading order; null stands for the coding frame's. */
    private final List<ProseRenderer.Figure> figures = new ArrayList<>();
    private final List<ProseRenderer.Table> tables = new ArrayList<>();
    /** Those of the narratives rendered so far, printed after the coding frame's. */
    private final List<ProseRenderer.Figure> narrativeFigures = new ArrayList<>();
    private final List<ProseRenderer.Table> narrativeTables = new ArrayList<>();

    /** A section's own text: its figures and tables, in order. */
    void section(ProseRenderer.Rendered body) {
        figures.addAll(body.figures());
        tables.addAll(body.tables());
    }

    /** A narrative of the results: its figures and tables come after the coding frame's. */
    void narrative(ProseRenderer.Rendered body) {
        narrativeFigures.addAll(body.figures());
        narrativeTables.addAll(body.tables());
    }

    /** The coding frame's figure and table, after the results section's own text. */
    void codingFrame() {
        figures.add(null);
        tables.add(null);
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

    /** The image files of the figures, each once, by name: the files the publication carries. */
    List<ImageFile> images() {
        Map<String, ImageFile> files = new TreeMap<>();
        figures.stream().filter(Objects::nonNull).forEach(f -> files.putIfAbsent(f.file().name(), f.file()));
        return List.copyOf(files.values());
    }

    private static String number(List<? extends ProseRenderer.Numbered> items, int first, String kind, String frameAnchor,
                                 Anchors anchors, CrossReferences xrefs, Words words) {
        int next = first;
        String frame = "";
        for (ProseRenderer.Numbered item : items) {
            String number = Integer.toString(next++);
            String anchor = item == null ? frameAnchor : item.id();
            if (item == null) {
                frame = number;
            } else {
                anchors.claim(item.id(), "the " + kind + (item instanceof ProseRenderer.Figure f ? " " + f.file().path()
                        : " '" + item.label().parent().text().strip() + "'"), item.at());
                item.label().text(words.format(kind + "Label", Map.of("number", number)));
            }
            xrefs.define(anchor, words.format(kind + "Ref", Map.of("number", number)), anchor);
        }
        return frame;
    }
}

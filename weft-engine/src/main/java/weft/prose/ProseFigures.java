package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.ImageFile;
import weft.model.Images;
import weft.model.Text;
import weft.prose.ProseRenderer.Figure;
import weft.prose.ProseRenderer.Part;
import weft.prose.ProseRenderer.Withheld;

/** The figures of a piece of prose: its images made figures, left out for the build's audience, or refused. */
final class ProseFigures {

    /** A figure's width as Pandoc writes it, {width=50%}: a share of the text's width. */
    private static final Pattern FIGURE_WIDTH = Pattern.compile("([1-9][0-9]?|100)%");

    /** The figures made, those left out for the audience, and the anchors of those refused (each reported). */
    record Made(List<Figure> figures, List<Withheld> withheld, List<String> refused) {
    }

    private final MarkdownConverter converter;
    private final Images images;
    private final Audience audience;
    /** The study's participants' audiences, by id. */
    private final Map<String, Audience> participants;

    ProseFigures(MarkdownConverter converter, Images images, Audience audience, Map<String, Audience> participants) {
        this.converter = converter;
        this.images = images;
        this.audience = audience;
        this.participants = participants;
    }

    /**
     * The images of the prose. A file of {@code content/figures/} standing alone in its paragraph is a figure: the
     * paragraph becomes a {@code figure} with the image (as the publication carries it) and its description as the
     * caption, whose label the article fills when it numbers its figures. An image by web address is shown by the web
     * page from there (a warning: each reader's browser asks that site), and by the PDF and the Word document as a
     * link. Anything else is an error at the image.
     */
    Made make(Element body, List<MarkdownConverter.Image> found, DirectiveScanner.Scanned scanned, Text text,
              Diagnostics diagnostics) {
        List<Figure> figures = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        Map<Element, List<Part>> parts = new java.util.IdentityHashMap<>(); // each panel's subfigures made
        Map<Element, Withheld> withheldParts = new java.util.IdentityHashMap<>(); // a panel's first subfigure left out
        for (MarkdownConverter.Image image : found) {
            var at = text.positionAt(ProseRenderer.originalOffset(image.offset(), scanned));
            String url = image.url().strip();
            String lower = url.toLowerCase(Locale.ROOT);
            String written = image.element() == null ? "" : image.element().attr(MarkdownConverter.AUDIENCE).strip();
            String unread = image.element() == null ? "" : image.element().attr(MarkdownConverter.DROPPED);
            if (image.element() != null) {
                image.element().removeAttr(MarkdownConverter.DROPPED);
            }
            String shows = image.element() == null ? "" : image.element().attr(MarkdownConverter.PARTICIPANT).strip();
            if (image.element() != null) {
                image.element().removeAttr(MarkdownConverter.AUDIENCE).removeAttr(MarkdownConverter.PARTICIPANT);
            }
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                diagnostics.warning(at, "an image by web address: the web page shows it from there (each reader's browser"
                        + " asks that site for it), the PDF and the Word document show its description as a link to it;"
                        + " a figure the publication carries is a file of content/figures/, written ![What it shows](figures/NAME.png)");
                continue;
            }
            Element img = image.element();
            if (img != null && (!written.isEmpty() || !shows.isEmpty())) { // the figure's audience, before its file is read
                Optional<Audience> own = written.isEmpty() ? Optional.of(Audience.PUBLIC) : Audience.of(written);
                if (own.isEmpty()) {
                    diagnostics.error(at, "unknown audience '" + ProseRenderer.abbreviate(written) + "' of a figure: public, reviewers or team");
                    continue;
                }
                Optional<Audience> narrowest = narrowest(own.get(), shows, at, diagnostics);
                if (narrowest.isEmpty()) {
                    continue;
                }
                if (!audience.sees(narrowest.get())) { // left out whole: neither read nor published, its anchor remembered
                    withheld.add(new Withheld(figureId(img, url), narrowest.get(), at));
                    Element paragraph = img.parent();
                    if (paragraph != null && paragraph.parent() != null && paragraph.parent().hasAttr(Divs.PANEL)) {
                        withheldParts.putIfAbsent(paragraph.parent(), new Withheld(paragraph.parent().attr(Divs.PANEL),
                                narrowest.get(), at)); // the panel too, should all its subfigures be
                    }
                    (paragraph != null && paragraph.normalName().equals("p") && paragraph.text().isBlank()
                            && paragraph.select("> img").size() == 1 ? paragraph : img).remove();
                    continue;
                }
            }
            Images.Lookup file = images.find(url);
            file.found().forEach(diagnostics::add); // at the file's own lines: an SVG's parts left out or refused
            if (img == null || file.file().isEmpty()) {
                diagnostics.error(at, "the image '" + ProseRenderer.abbreviate(image.url()) + "' cannot be published: "
                        + (img == null ? "its address is not a file's name (a figure is written ![What it shows](figures/NAME.png))"
                        : file.problem()));
                continue;
            }
            Element paragraph = img.parent();
            Element panel = paragraph != null && paragraph.parent() != null && paragraph.parent().hasAttr(Divs.PANEL)
                    ? paragraph.parent() : null; // a subfigure: its paragraph holds images alone (Divs.panel)
            boolean alone = paragraph != null && paragraph.normalName().equals("p")
                    && (panel != null ? inDivsAlone(panel, body) : inDivsAlone(paragraph, body)
                    && paragraph.childNodes().stream().allMatch(n -> n == img || n instanceof TextNode t && t.isBlank()));
            if (!alone) {
                diagnostics.error(at, "a figure stands in a paragraph of its own (a blank line before it and after it), not"
                        + " in a sentence, a list, a quotation, a table or a footnote");
                continue;
            }
            String description = image.description().strip();
            if (description.isEmpty() && panel == null) { // a subfigure's is its own caption, and may be left out
                diagnostics.error(at, "a figure needs its description, ![What the figure shows](" + ProseRenderer.abbreviate(url) + "):"
                        + " the caption under it, and the text screen readers read out");
                continue;
            }
            String id = panel != null ? img.id() : figureId(img, url); // a subfigure's, where it gives one
            if (!id.startsWith("fig-") && !(panel != null && id.isEmpty())) {
                diagnostics.error(at, "a figure's id begins with 'fig-' ({#fig-" + ProseRenderer.slug(id) + "}), as {{ref:fig-…}} names it");
                continue;
            }
            String width = img.attr("width").strip();
            if (!width.isEmpty() && !FIGURE_WIDTH.matcher(width).matches() || img.hasAttr("height")) {
                diagnostics.error(at, "a figure's size is its width alone, as a share of the text's width, from 1% to 100%"
                        + " ({width=50%}), not '" + ProseRenderer.abbreviate(img.hasAttr("height") ? "height=" + img.attr("height")
                        : "width=" + width) + "'");
                continue;
            }
            ImageFile published = file.file().get();
            unread(img, unread, at, diagnostics);
            Element figure = panel != null ? new Element("figure").addClass(SUBFIGURE)
                    : new Element("figure").addClass("figure").addClass("prose-figure");
            if (!id.isEmpty()) {
                figure.id(id);
            }
            String alternative = img.attr(MarkdownConverter.FIG_ALT).strip(); // Quarto's, apart from the caption
            Element shown = figure.appendElement("img").addClass(ProseRenderer.IMAGE_CLASS).attr("src", published.name())
                    .attr("alt", alternative.isEmpty() ? img.attr("alt") : alternative)
                    .attr("width", Integer.toString(published.width()))
                    .attr("height", Integer.toString(published.height()));
            if (!alternative.isEmpty()) {
                shown.attr(ALT_GIVEN, "");
            }
            if (!width.isEmpty()) {
                shown.attr("style", ProseRenderer.shareStyle(width)); // the web page's, the PDF's and the Word document's
            }
            Element caption = figure.appendElement("figcaption");
            Element label = caption.appendElement("span").addClass("label");
            caption.appendText(" ");
            caption.appendChildren(converter.inline(description)); // its directives are filled with the rest of the prose
            Spans.apply(caption); // a span of its description ([chez soi]{lang=fr}), marked before the prose was parsed
            if (panel != null) { // in its place among the panel's, made one figure below
                img.replaceWith(figure);
                parts.computeIfAbsent(panel, p -> new ArrayList<>()).add(new Part(id, label, published, at));
                continue;
            }
            paragraph.replaceWith(figure);
            figures.add(new Figure(id, label, published, at, List.of()));
        }
        if (!body.select("div[" + Divs.PANEL + "]").isEmpty()) {
            panels(body, parts, figures, withheld, withheldParts);
            // in the text's order, panels among the others: by where each figure's label stands
            Map<Element, Integer> order = new java.util.IdentityHashMap<>();
            body.select("figure.prose-figure > figcaption > span.label").forEach(label -> order.put(label, order.size()));
            figures.sort(java.util.Comparator.comparingInt(f -> order.getOrDefault(f.label(), Integer.MAX_VALUE)));
        }
        List<String> refused = found.stream()
                .filter(i -> i.element() != null && !i.url().strip().toLowerCase(Locale.ROOT).startsWith("http"))
                .map(i -> figureId(i.element(), i.url().strip()))
                .filter(id -> figures.stream().noneMatch(f -> f.id().equals(id)) && withheld.stream().noneMatch(w -> w.id().equals(id)))
                .toList();
        return new Made(List.copyOf(figures), List.copyOf(withheld), refused);
    }

    private static final String SUBFIGURE = ProseRenderer.SUBFIGURE;
    private static final String SUBFIGURE_SPACE = ProseRenderer.SUBFIGURE + "-space";
    static final String PANEL = ProseRenderer.FIGURE_PANEL;

    /**
     * Each panel of subfigures (Quarto's figure div of several images, {@code ::: {#fig-x layout-ncol=2}}) made one
     * figure of the prose: its subfigures in their order, labelled (a), (b) … and laid out in the columns its layout
     * gives (Quarto's {@code layout-ncol}, or {@code layout-nrow} rows, or {@code layout}'s rows of relative widths,
     * with spaces where a width is negative; one row where it gives none), then its caption,
     * its last paragraph, under them all. A panel whose every subfigure is left out for the build's audience is left out
     * with them; one whose subfigures could not be made (each reported) is removed.
     */
    private static void panels(Element body, Map<Element, List<Part>> made, List<Figure> figures, List<Withheld> withheld,
                               Map<Element, Withheld> withheldParts) {
        for (Element div : body.select("div[" + Divs.PANEL + "]")) {
            String id = div.attr(Divs.PANEL);
            List<Part> parts = made.getOrDefault(div, List.of());
            Element last = div.children().last();
            if (parts.isEmpty()) {
                if (div.select("img").isEmpty() && withheldParts.containsKey(div)) { // all left out for the audience
                    withheld.add(withheldParts.get(div));
                }
                div.remove();
                continue;
            }
            String layout = div.attr(Divs.PANEL_LAYOUT);
            Element figure = new Element("figure").addClass("figure").addClass("prose-figure").addClass(PANEL).id(id);
            Element grid = figure.appendElement("div").addClass("subfigures");
            List<Element> subfigures = div.select("figure." + SUBFIGURE);
            if (layout.startsWith("grid ") && Divs.places(layout) == subfigures.size()) { // rows of widths, spaces between
                int next = 0;
                for (String row : layout.substring(5).split(";")) {
                    List<Double> widths = java.util.Arrays.stream(row.split(",")).map(Double::parseDouble).toList();
                    double total = widths.stream().mapToDouble(Math::abs).sum();
                    for (double w : widths) {
                        String width = ProseRenderer.shareStyle(ProseRenderer.percent(Math.abs(w) / total));
                        grid.appendChild(w > 0 ? subfigures.get(next++).attr("style", width)
                                : new Element("div").addClass(SUBFIGURE_SPACE).attr("style", width));
                    }
                }
            } else {
                int count = layout.isEmpty() || layout.startsWith("grid ") ? 0
                        : Integer.parseInt(layout.substring(layout.indexOf(' ') + 1));
                int columns = count == 0 ? subfigures.size() : layout.startsWith("columns")
                        ? Math.min(count, subfigures.size()) : (subfigures.size() + count - 1) / count;
                String width = ProseRenderer.shareStyle(ProseRenderer.percent(1.0 / columns));
                subfigures.forEach(part -> grid.appendChild(part.attr("style", width)));
            }
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).label().text("(" + letter(i) + ")");
            }
            Element caption = figure.appendElement("figcaption");
            Element label = caption.appendElement("span").addClass("label");
            caption.appendText(" ");
            caption.appendChildren(new ArrayList<>(last.childNodes()));
            div.replaceWith(figure);
            figures.add(new Figure(id, label, parts.get(0).file(), parts.get(0).at(), List.copyOf(parts)));
        }
    }

    /**
     * A warning for what the prose writes of a figure that Weft does not read: its classes ({@code .lightbox}), its
     * title ({@code ![…](x.png "A title")}) and attributes ({@code unread}, as written: Quarto's {@code fig-align}, an
     * HTML attribute), so that none is lost without a word.
     */
    private static void unread(Element img, String unread, SourcePosition at, Diagnostics diagnostics) {
        List<String> all = new ArrayList<>();
        img.classNames().stream().filter(c -> !c.equals(ProseRenderer.IMAGE_CLASS)).forEach(c -> all.add("." + c));
        if (!img.attr("title").isBlank()) {
            all.add("its title \"" + img.attr("title") + "\"");
        }
        if (!unread.isEmpty()) {
            all.add(unread);
        }
        if (!all.isEmpty()) {
            diagnostics.warning(at, "of this figure, Weft does not read " + all.stream().map(ProseRenderer::abbreviate)
                    .collect(java.util.stream.Collectors.joining(" "))
                    + ": a figure reads its id {#fig-…}, width=…%, fig-alt, audience and participant; it is centred, and its"
                    + " caption is its description");
        }
    }

    /** The letter of the subfigure at {@code index}: a … z, then aa, ab …, as a list numbered in letters. */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }

    /**
     * The narrowest of a figure's own audience and those of the participants it shows (as a quote goes by its
     * participant's): a photo of a participant who consented to reviewers only is withheld from a public build. Empty,
     * reported, when it names someone who is not a participant.
     */
    private Optional<Audience> narrowest(Audience own, String shows, SourcePosition at, Diagnostics diagnostics) {
        Audience narrowest = own;
        for (String id : shows.split("[\\s,]+")) {
            if (id.isEmpty()) {
                continue;
            }
            Audience theirs = participants.get(id);
            if (theirs == null) {
                diagnostics.error(at, "a figure shows the participant '" + ProseRenderer.abbreviate(id) + "', who is not one"
                        + " of the study's participants (study.yaml or coded-data/participants.yaml, by id)");
                return Optional.empty();
            }
            narrowest = narrowest.narrower(theirs);
        }
        return Optional.of(narrowest);
    }

    /** Marks a figure's image whose text alternative the prose gives apart from its caption (fig-alt); then removed. */
    static final String ALT_GIVEN = "data-weft-alt-given";

    /** A figure's anchor: the id the prose gives it, else fig- and its file's name. */
    private static String figureId(Element img, String url) {
        String stem = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        return img.id().isEmpty() ? "fig-" + ProseRenderer.slug(stem) : img.id();
    }

    /**
     * Whether {@code block} is a block of {@code body} itself, or of its fenced divs (Quarto's conditional content, a
     * callout's box, a passage in a language of its own), not of a list, a quotation, a table or a note: a figure's place
     * and a numbered table's.
     */
    static boolean inDivsAlone(Element block, Element body) {
        for (Element e = block.parent(); e != body; e = e.parent()) {
            if (e == null || !e.normalName().equals("div") || e.hasClass("footnotes")) {
                return false;
            }
        }
        return true;
    }
}

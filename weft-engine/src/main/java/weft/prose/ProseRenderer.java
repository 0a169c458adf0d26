package weft.prose;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.ImageFile;
import weft.model.Images;
import weft.model.Text;

/**
 * Renders a piece of prose: directives out, Markdown to sanitised HTML, headings numbered,
 * directives back in as HTML nodes built by a {@link DirectiveHandler}.
 */
public final class ProseRenderer {

    /** The class of an image of the prose in the rendered HTML. */
    public static final String IMAGE_CLASS = "prose-image";

    private final MarkdownConverter converter = new MarkdownConverter();

    /**
     * The rendered prose, the headings it contains, its figures and numbered tables in the text's order, the figures it
     * leaves out for the build's audience, and the anchors of the figures it could not print (each reported already).
     */
    public record Rendered(Element body, List<Heading> headings, List<Figure> figures, List<Table> tables,
                           List<Withheld> withheld, List<String> refused) {
        public String html() {
            return body.html();
        }
    }

    /**
     * A figure of the prose: its anchor ({@code fig-…}), the element its label goes in once the article has numbered
     * its figures, its image, and where the prose names it.
     */
    public record Figure(String id, Element label, ImageFile file, SourcePosition at) implements Numbered {
    }

    /** A figure left out of a build for a wider audience than its own: its anchor, its audience, where the prose has it. */
    public record Withheld(String id, Audience audience, SourcePosition at) {
    }

    /** A figure or a table the article numbers: its anchor, the element its label goes in, where the prose has it. */
    public interface Numbered {
        String id();

        Element label();

        SourcePosition at();
    }

    /**
     * A table of the prose with a caption, which makes it numbered: its anchor ({@code tab-…}), the element its label
     * goes in once the article has numbered its tables, and where its caption is written.
     */
    public record Table(String id, Element label, SourcePosition at) implements Numbered {
    }

    /** A figure's width as Pandoc writes it, {width=50%}: a share of the text's width. */
    private static final java.util.regex.Pattern FIGURE_WIDTH = java.util.regex.Pattern.compile("([1-9][0-9]?|100)%");

    /** A table's caption as Pandoc writes it: a paragraph of its own before or after the table, "Table: …" or ": …". */
    private static final java.util.regex.Pattern TABLE_CAPTION = java.util.regex.Pattern.compile("^\\s*(?:Table)?:\\s+");

    /**
     * How headings inside the prose are numbered and named.
     *
     * @param numberPrefix the enclosing section's number ("2"); empty for unnumbered prose
     * @param idPrefix     prefix of generated heading ids ("sec-methods")
     * @param firstLevel   the HTML heading level of a Markdown {@code ##}
     * @param listStyle    how ordered lists are numbered (decimal, lower-alpha, ...)
     */
    public record Layout(String numberPrefix, String idPrefix, int firstLevel, String listStyle) {
    }

    /**
     * Renders {@code text}. Text nested deeper than {@link NestingLimits} allows is reported where it crosses the
     * limit and not parsed; should the Markdown parser still fail on some text, that is reported at the text's start.
     * Either way the result is empty and every other diagnostic of the build is kept.
     */
    public Rendered render(Text text, Layout layout, DirectiveHandler handler, Images images, Audience audience,
                           Diagnostics diagnostics) {
        Optional<NestingLimits.Violation> tooDeep = NestingLimits.check(text.content());
        if (tooDeep.isPresent()) {
            diagnostics.error(text.positionAt(tooDeep.get().offset()), tooDeep.get().message());
            return empty();
        }
        DirectiveScanner.Scanned scanned;
        Element body;
        List<MarkdownConverter.Image> found = new ArrayList<>();
        java.util.Map<Element, Integer> offsets = new java.util.IdentityHashMap<>();
        try {
            scanned = DirectiveScanner.scan(text);
            body = converter.convert(scanned.markdown(), found, offsets);
        } catch (RuntimeException | StackOverflowError e) { // a parser's defect must not lose the build's report
            diagnostics.error(text.positionAt(0), "the Markdown cannot be rendered (" + e.getClass().getSimpleName()
                    + " in the parser): simplify this text");
            return empty();
        }
        List<Withheld> withheld = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Figure> figures = figures(body, found, scanned, text, images, audience, withheld, diagnostics);
        found.stream().filter(i -> i.element() != null && !i.url().strip().toLowerCase(Locale.ROOT).startsWith("http"))
                .map(i -> figureId(i.element(), i.url().strip()))
                .filter(id -> figures.stream().noneMatch(f -> f.id().equals(id)) && withheld.stream().noneMatch(w -> w.id().equals(id)))
                .forEach(refused::add);
        List<Table> tables = tables(body, offsets, scanned, text, diagnostics);
        List<Heading> headings = numberHeadings(body, layout, text, diagnostics);
        styleLists(body, layout.listStyle());
        fillPlaceholders(body, scanned.directives(), handler);
        for (Figure figure : figures) { // the description as its directives printed it: the caption's text
            Element shown = body.getElementById(figure.id());
            if (shown != null && shown.selectFirst("figcaption") != null) {
                shown.selectFirst("img").attr("alt", shown.selectFirst("figcaption").text().strip());
            }
        }
        return new Rendered(body, headings, figures, tables, List.copyOf(withheld), List.copyOf(refused));
    }

    /**
     * The images of the prose. A file of {@code content/figures/} standing alone in its paragraph is a figure: the
     * paragraph becomes a {@code figure} with the image (as the publication carries it) and its description as the
     * caption, whose label the article fills when it numbers its figures. An image by web address is shown by the web
     * page from there (a warning: each reader's browser asks that site), and by the PDF and the Word document as a
     * link. Anything else is an error at the image.
     */
    private List<Figure> figures(Element body, List<MarkdownConverter.Image> found, DirectiveScanner.Scanned scanned,
                                 Text text, Images images, Audience audience, List<Withheld> withheld,
                                 Diagnostics diagnostics) {
        List<Figure> figures = new ArrayList<>();
        for (MarkdownConverter.Image image : found) {
            var at = text.positionAt(originalOffset(image.offset(), scanned));
            String url = image.url().strip();
            String lower = url.toLowerCase(Locale.ROOT);
            String written = image.element() == null ? "" : image.element().attr(MarkdownConverter.AUDIENCE).strip();
            if (image.element() != null) {
                image.element().removeAttr(MarkdownConverter.AUDIENCE);
            }
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                diagnostics.warning(at, "an image by web address: the web page shows it from there (each reader's browser"
                        + " asks that site for it), the PDF and the Word document show its description as a link to it;"
                        + " a figure the publication carries is a file of content/figures/, written ![What it shows](figures/NAME.png)");
                continue;
            }
            Element img = image.element();
            if (img != null && !written.isEmpty()) { // the figure's audience, before its file is read
                Optional<Audience> own = Audience.of(written);
                if (own.isEmpty()) {
                    diagnostics.error(at, "unknown audience '" + abbreviate(written) + "' of a figure: public, reviewers or team");
                    continue;
                }
                if (!audience.sees(own.get())) { // left out whole: neither read nor published, its anchor remembered
                    withheld.add(new Withheld(figureId(img, url), own.get(), at));
                    Element paragraph = img.parent();
                    (paragraph != null && paragraph.normalName().equals("p") && paragraph.text().isBlank() ? paragraph : img).remove();
                    continue;
                }
            }
            Images.Lookup file = images.find(url);
            if (img == null || file.file().isEmpty()) {
                diagnostics.error(at, "the image '" + abbreviate(image.url()) + "' cannot be published: "
                        + (img == null ? "its address is not a file's name (a figure is written ![What it shows](figures/NAME.png))"
                        : file.problem()));
                continue;
            }
            Element paragraph = img.parent();
            boolean alone = paragraph != null && paragraph.normalName().equals("p") && paragraph.parent() == body
                    && paragraph.childNodes().stream().allMatch(n -> n == img || n instanceof TextNode t && t.isBlank());
            if (!alone) {
                diagnostics.error(at, "a figure stands in a paragraph of its own (a blank line before it and after it), not"
                        + " in a sentence, a list, a quotation, a table or a footnote");
                continue;
            }
            String description = image.description().strip();
            if (description.isEmpty()) {
                diagnostics.error(at, "a figure needs its description, ![What the figure shows](" + abbreviate(url) + "):"
                        + " the caption under it, and the text screen readers read out");
                continue;
            }
            String id = figureId(img, url);
            if (!id.startsWith("fig-")) {
                diagnostics.error(at, "a figure's id begins with 'fig-' ({#fig-" + slug(id) + "}), as {{ref:fig-…}} names it");
                continue;
            }
            String width = img.attr("width").strip();
            if (!width.isEmpty() && !FIGURE_WIDTH.matcher(width).matches() || img.hasAttr("height")) {
                diagnostics.error(at, "a figure's size is its width alone, as a share of the text's width, from 1% to 100%"
                        + " ({width=50%}), not '" + abbreviate(img.hasAttr("height") ? "height=" + img.attr("height")
                        : "width=" + width) + "'");
                continue;
            }
            ImageFile published = file.file().get();
            Element figure = new Element("figure").addClass("figure").addClass("prose-figure").id(id);
            Element shown = figure.appendElement("img").addClass(IMAGE_CLASS).attr("src", published.name())
                    .attr("alt", img.attr("alt")).attr("width", Integer.toString(published.width()))
                    .attr("height", Integer.toString(published.height()));
            if (!width.isEmpty()) {
                shown.attr("style", "width: " + width); // the web page's and the PDF's; the Word document reads it too
            }
            Element caption = figure.appendElement("figcaption");
            Element label = caption.appendElement("span").addClass("label");
            caption.appendText(" ");
            caption.appendChildren(converter.inline(description)); // its directives are filled with the rest of the prose
            paragraph.replaceWith(figure);
            figures.add(new Figure(id, label, published, at));
        }
        return List.copyOf(figures);
    }

    /** A figure's anchor: the id the prose gives it, else fig- and its file's name. */
    private static String figureId(Element img, String url) {
        String stem = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        return img.id().isEmpty() ? "fig-" + slug(stem) : img.id();
    }

    /**
     * The tables of the prose with a caption: a paragraph of its own right before or after the table that begins with
     * "Table:" (or ":"), as Pandoc writes it, with an anchor after it if the author gives one ({#tab-…}). The caption
     * becomes the table's, with a label the article fills when it numbers its tables. A table without one is printed
     * as it is, unnumbered.
     */
    private static List<Table> tables(Element body, java.util.Map<Element, Integer> offsets, DirectiveScanner.Scanned scanned,
                                      Text text, Diagnostics diagnostics) {
        List<Table> tables = new ArrayList<>();
        // the body's elements from its nodes: jsoup's cached list of child elements (children(), the sibling methods)
        // would outlive the placeholders' replacement later on, and the article reads the body's first element
        List<Element> blocks = new ArrayList<>();
        body.childNodes().stream().filter(n -> n instanceof Element).forEach(n -> blocks.add((Element) n));
        java.util.Set<Element> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            Element table = blocks.get(i);
            if (!table.nameIs("table") || table.selectFirst("> caption") != null) {
                continue;
            }
            Element before = i > 0 && !taken.contains(blocks.get(i - 1)) ? blocks.get(i - 1) : null;
            Element after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            Element caption = isCaption(before) ? before : isCaption(after) ? after : null;
            if (caption == null) {
                continue;
            }
            taken.add(caption);
            var at = text.positionAt(originalOffset(offsets.getOrDefault(caption, 0), scanned));
            TextNode first = (TextNode) caption.childNode(0);
            first.text(TABLE_CAPTION.matcher(first.getWholeText()).replaceFirst(""));
            String words = caption.text().strip();
            String id = caption.id().isEmpty() ? "tab-" + shortSlug(words) : caption.id();
            if (!id.startsWith("tab-")) {
                diagnostics.error(at, "a table's id begins with 'tab-' ({#tab-" + slug(id) + "}), as {{ref:tab-…}} names it");
                continue;
            }
            Element title = new Element("caption");
            Element label = title.appendElement("span").addClass("label");
            title.appendText(" ");
            title.appendChildren(caption.childNodesCopy());
            table.prependChild(title);
            table.id(id);
            caption.remove();
            tables.add(new Table(id, label, at));
        }
        return List.copyOf(tables);
    }

    private static boolean isCaption(Element e) {
        if (e == null || !e.nameIs("p") || e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode t)) {
            return false;
        }
        Matcher m = TABLE_CAPTION.matcher(t.getWholeText());
        return m.find() && (e.childNodeSize() > 1 || !t.getWholeText().substring(m.end()).isBlank());
    }

    /** A slug of a caption's first words, for an anchor: at most 40 characters, cut between words. */
    private static String shortSlug(String words) {
        String slug = slug(words);
        if (slug.length() <= 40) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', 40);
        return slug.substring(0, cut > 0 ? cut : 40);
    }

    /** An offset of the scanned Markdown as one of the text as written: each directive's placeholder stands for it. */
    private static int originalOffset(int offset, DirectiveScanner.Scanned scanned) {
        int shift = 0;
        Matcher m = DirectiveScanner.PLACEHOLDER.matcher(scanned.markdown());
        while (m.find() && m.end() <= offset) {
            shift += scanned.directives().get(Integer.parseInt(m.group(1))).source().length() - (m.end() - m.start());
        }
        return offset + shift;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static Rendered empty() {
        return new Rendered(new Element("div"), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<Heading> numberHeadings(Element body, Layout layout, Text text, Diagnostics diagnostics) {
        List<Heading> headings = new ArrayList<>();
        int[] counters = new int[7];
        Set<String> ids = new HashSet<>();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int mdLevel = h.tagName().charAt(1) - '0';
            if (mdLevel == 1) {
                diagnostics.error(text.map().at(text.content(), 0),
                        "a '#' heading in prose: the section title comes from the front matter; use '##' for subsections");
                mdLevel = 2;
            }
            int depth = mdLevel - 1; // ## is depth 1
            counters[depth]++;
            for (int i = depth + 1; i < counters.length; i++) {
                counters[i] = 0;
            }
            StringBuilder number = new StringBuilder(layout.numberPrefix());
            for (int i = 1; i <= depth; i++) {
                number.append(number.length() == 0 ? "" : ".").append(counters[i]);
            }
            String title = h.text();
            String id = h.id().isEmpty() ? layout.idPrefix() + "-" + slug(title) : h.id();
            while (!ids.add(id)) {
                id = id + "-x";
            }
            int level = Math.min(6, layout.firstLevel() + depth - 1);
            Element heading = new Element("h" + level).id(id);
            if (!layout.numberPrefix().isEmpty()) {
                heading.appendElement("span").addClass("number").text(number.toString());
                heading.appendText(" ");
            }
            heading.appendChildren(h.childNodesCopy());
            h.replaceWith(heading);
            headings.add(new Heading(level, layout.numberPrefix().isEmpty() ? "" : number.toString(), title, id));
        }
        return List.copyOf(headings);
    }

    private static void styleLists(Element body, String listStyle) {
        if (listStyle == null || listStyle.equals("decimal")) {
            return;
        }
        String type = switch (listStyle) {
            case "lower-alpha" -> "a";
            case "upper-alpha" -> "A";
            case "lower-roman" -> "i";
            default -> "1";
        };
        for (Element ol : body.select("ol")) {
            ol.attr("type", type).addClass("list-" + listStyle);
        }
    }

    private static void fillPlaceholders(Element body, List<Directive> directives, DirectiveHandler handler) {
        List<TextNode> texts = new ArrayList<>();
        collectTexts(body, texts);
        for (TextNode node : texts) {
            String value = node.getWholeText();
            if (value.indexOf(DirectiveScanner.OPEN) < 0) {
                continue;
            }
            Element parent = (Element) node.parent();
            boolean inCode = parent != null && parent.closest("code, pre") != null;
            boolean alone = parent != null && parent.tagName().equals("p") && parent.childNodeSize() == 1
                    && DirectiveScanner.PLACEHOLDER.matcher(value.strip()).matches();
            List<Node> replacement = new ArrayList<>();
            Matcher m = DirectiveScanner.PLACEHOLDER.matcher(value);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    replacement.add(new TextNode(value.substring(last, m.start())));
                }
                Directive d = directives.get(Integer.parseInt(m.group(1)));
                replacement.addAll(inCode ? List.of(new TextNode(d.source())) : handler.render(d, alone));
                last = m.end();
            }
            if (last < value.length()) {
                replacement.add(new TextNode(value.substring(last)));
            }
            boolean block = alone && replacement.size() == 1 && replacement.get(0) instanceof Element e && e.isBlock();
            if (block) {
                parent.replaceWith(replacement.get(0));
            } else {
                for (Node r : replacement) {
                    node.before(r);
                }
                node.remove();
            }
        }
    }

    private static void collectTexts(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else {
                collectTexts(child, out);
            }
        }
    }

    /** A readable id from a title: lower case ASCII letters and digits joined by hyphens. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}

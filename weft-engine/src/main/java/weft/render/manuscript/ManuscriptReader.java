package weft.render.manuscript;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.render.article.ArticleView;
import weft.render.article.ArticleView.NodeView;
import weft.render.article.ArticleView.SectionView;
import weft.render.article.ArticleView.TableView;
import weft.render.figure.Scene;
import weft.render.html.Html;
import weft.words.Words;

/**
 * Reads the article's view into a {@link Manuscript}: the view's values as they are, its HTML fragments (which the
 * article's renderer wrote, quotes escaped) walked element by element. Links to the evidence site are left out (their
 * text stays); links within the article keep their target.
 */
public final class ManuscriptReader {

    private final Words words;
    private final Set<String> ids = new LinkedHashSet<>();
    /** The language of the words being read when not the article's (inside a span with its own), else empty. */
    private String language = "";
    /** The article's notes by anchor. */
    private final java.util.Map<String, Inline.Note> notes = new java.util.LinkedHashMap<>();

    private ManuscriptReader(Words words) {
        this.words = words;
    }

    public static Manuscript read(ArticleView view, Words words) {
        return new ManuscriptReader(words).manuscript(view);
    }

    /** A title as printed (its Markdown's emphasis) as the manuscript's inlines. */
    private List<Inline> title(weft.render.html.Html html) {
        return trim(inlines(Jsoup.parseBodyFragment(html.value()).body()));
    }

    private Manuscript manuscript(ArticleView view) {
        for (ArticleView.NoteView n : view.notes()) {
            notes.put(n.id(), new Inline.Note(n.id(), n.number(), blocks(n.html(), 1)));
        }
        List<Block> abstractBlocks = view.abstractHtml() == null ? List.of() : blocks(view.abstractHtml(), 1);
        List<Manuscript.Translation> translations = new ArrayList<>();
        for (ArticleView.TranslationView t : view.translations()) {
            translations.add(new Manuscript.Translation(t.lang(), title(t.titleHtml()), t.abstractHeading(),
                    t.abstractHtml() == null ? List.of() : blocks(t.abstractHtml(), 1), t.keywordsLabel(), t.keywords()));
        }
        List<Block> main = new ArrayList<>();
        List<Block> back = new ArrayList<>();
        List<Block> appendices = new ArrayList<>();
        for (SectionView s : view.sections()) {
            List<Block> body = switch (s.kind()) {
                case "back" -> back;
                case "appendix" -> appendices;
                default -> main;
            };
            body.add(heading(1, s.id(), s.number(), title(s.titleHtml())));
            body.addAll(blocks(s.body(), 1));
            if (s.results()) {
                if (s.figure() != null) {
                    body.add(figure(s.figure()));
                }
                if (s.table() != null) {
                    body.add(table(s.table()));
                }
                s.nodes().forEach(n -> node(n, body));
            }
        }
        List<Manuscript.Reference> references = new ArrayList<>();
        for (Html entry : view.references()) {
            Element li = Jsoup.parseBodyFragment(entry.value()).body().selectFirst("li");
            if (li == null) {
                continue;
            }
            Element margin = li.selectFirst(".csl-left-margin");
            Element text = li.selectFirst(".csl-right-inline");
            ids.add(li.id());
            references.add(new Manuscript.Reference(li.id(), li.id().replaceFirst("^ref-", ""),
                    margin == null ? "" : margin.text().strip(), trim(inlines(text == null ? li : text))));
        }
        return new Manuscript(title(view.titleHtml()), title(view.shortTitleHtml()), abstractBlocks, translations, main, back, references, appendices,
                List.copyOf(notes.values()), ids);
    }

    private Block heading(int level, String id, String label, List<Inline> title) {
        ids.add(id);
        return new Block.Heading(level, id, label, title);
    }

    /** A node of the results tree: a heading and what it prints, or (below the heading levels) what it prints. */
    private void node(NodeView n, List<Block> out) {
        int at = out.size();
        if (n.heading()) {
            out.add(heading(n.headingLevel() - 1, n.anchor(), n.number(), List.of(new Inline.Text(n.label(), Set.of()))));
        }
        if (!n.incompleteNote().isEmpty()) {
            out.add(new Block.Paragraph("", "node-incomplete", List.of(new Inline.Text(n.incompleteNote(), Set.of()))));
        }
        if (n.narrative() != null) {
            out.addAll(blocks(n.narrative(), n.headingLevel()));
        }
        n.moreQuotes().forEach(q -> out.addAll(blocks(q, n.headingLevel())));
        if (n.pointer() != null) {
            out.addAll(blocks(n.pointer(), n.headingLevel()));
        }
        if (!n.heading() && out.size() > at && out.get(at) instanceof Block.Paragraph p && p.id().isEmpty()) {
            ids.add(n.anchor()); // links to a run-in node go to its first paragraph
            out.set(at, new Block.Paragraph(n.anchor(), p.role(), p.content()));
        }
        n.children().forEach(c -> node(c, out));
    }

    private Block figure(ArticleView.FigureView f) {
        ids.add(f.id());
        Block.Drawing whole = drawing(f.svg(), f.scene());
        List<Block.Drawing> pages = new ArrayList<>();
        for (int i = 0; i < f.pages().size(); i++) {
            pages.add(f.pageScenes().get(i) == f.scene() ? whole : drawing(f.pages().get(i), f.pageScenes().get(i)));
        }
        return new Block.Figure(f.id(), words.format("figureLabel", java.util.Map.of("number", f.number())),
                List.of(new Inline.Text(f.caption(), Set.of())), whole, pages);
    }

    private static Block.Drawing drawing(Html svgMarkup, Scene scene) {
        Element svg = Jsoup.parseBodyFragment(svgMarkup.value()).body().selectFirst("svg");
        String title = svg == null || svg.selectFirst("title") == null ? "" : svg.selectFirst("title").text();
        String desc = svg == null || svg.selectFirst("desc") == null ? "" : svg.selectFirst("desc").text();
        return new Block.Drawing(svgMarkup.value(), title, desc, scene);
    }

    private Block table(TableView t) {
        ids.add(t.id());
        boolean participants = !t.participantsHeading().isEmpty();
        List<Block.Cell> head = new ArrayList<>(List.of(cell(t.numberHeading(), true, false), cell(words.get("tableNode"), true, false),
                cell(words.get("tableLevel"), true, false), cell(words.get("tableQuotesCoded"), true, true),
                cell(words.get("tableQuotesInAll"), true, true)));
        if (participants) {
            head.add(cell(t.participantsHeading(), true, true));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (ArticleView.RowView r : t.rows()) {
            List<Block.Cell> cells = new ArrayList<>(List.of(cell(r.number(), false, false),
                    new Block.Cell(List.of(new Inline.Link(r.anchor().replaceFirst("^#", ""), "",
                            List.of(new Inline.Text(r.label(), Set.of())))), true, ""),
                    cell(r.level(), false, false), cell(Integer.toString(r.direct()), false, true),
                    cell(Integer.toString(r.total()), false, true)));
            if (participants) {
                cells.add(cell(Integer.toString(r.participants()), false, true));
            }
            rows.add(new Block.Row(List.copyOf(cells), r.depth()));
        }
        List<Block.Cell> foot = new ArrayList<>(List.of(cell("", false, false), cell(words.get("tableAllQuotes"), true, false),
                cell("", false, false), cell("", false, true), cell(Integer.toString(t.totalQuotes()), false, true)));
        if (participants) {
            foot.add(cell(Integer.toString(t.totalParticipants()), false, true));
        }
        return new Block.Table(t.id(), words.format("tableLabel", java.util.Map.of("number", t.number())),
                List.of(new Inline.Text(t.caption(), Set.of())), List.of(new Block.Row(List.copyOf(head))), rows,
                List.of(new Block.Row(List.copyOf(foot))));
    }

    private static Block.Cell cell(String text, boolean header, boolean numeric) {
        return new Block.Cell(text.isEmpty() ? List.of() : List.of(new Inline.Text(text, Set.of())), header,
                numeric ? "right" : "");
    }

    /** The blocks of an HTML fragment; its headings h2… are levels {@code base + 1}… below the section's. */
    private List<Block> blocks(Html html, int base) {
        List<Block> out = new ArrayList<>();
        blocks(Jsoup.parseBodyFragment(html.value()).body(), base, out);
        return out;
    }

    private void blocks(Element parent, int base, List<Block> out) {
        List<Node> loose = new ArrayList<>(); // inline content outside a paragraph
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                flush(loose, out);
                block(e, base, out);
            } else {
                loose.add(child);
            }
        }
        flush(loose, out);
    }

    private void flush(List<Node> loose, List<Block> out) {
        List<Inline> content = new ArrayList<>();
        for (Node n : loose) {
            inline(n, EnumSet.noneOf(Inline.Mark.class), content);
        }
        loose.clear();
        List<Inline> trimmed = trim(content);
        if (!trimmed.isEmpty()) {
            out.add(new Block.Paragraph("", "", trimmed));
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "pre", "table", "div", "section", "figure", "dl", "hr", "li", "nav", "header", "footer", "aside");

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    private void block(Element e, int base, List<Block> out) {
        if (e.normalName().equals("div") && e.hasClass(weft.prose.ProseRenderer.PAGE_BREAK)) {
            out.add(new Block.PageBreak());
            return;
        }
        switch (e.normalName()) {
            case "p" -> {
                if (e.hasClass(weft.render.article.Extracts.LABEL)) {
                    return; // an extract's label: its quotation's (below)
                }
                List<Inline> content = trim(inlines(e));
                if (!content.isEmpty()) {
                    remember(e.id());
                    out.add(new Block.Paragraph(e.id(), e.className(), content));
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = base + Integer.parseInt(e.normalName().substring(1)) - 2;
                Element number = e.selectFirst("span.number");
                String label = number == null ? "" : number.text().replaceFirst("\\.$", "");
                Element title = e.clone();
                title.select("span.number").remove();
                String id = e.id().endsWith("-title") ? e.id().substring(0, e.id().length() - "-title".length()) : e.id();
                remember(id);
                out.add(new Block.Heading(Math.max(1, level), id, label, trim(inlines(title))));
            }
            case "ul", "ol" -> {
                List<List<Block>> items = new ArrayList<>();
                for (Element li : e.children()) {
                    List<Block> item = new ArrayList<>();
                    blocks(li, base, item);
                    items.add(item);
                }
                String type = e.hasClass("research-questions") ? "none" : e.attr("type"); // labelled RQ1…, unnumbered
                int start = e.attr("start").matches("[0-9]{1,6}") ? Integer.parseInt(e.attr("start")) : 1;
                String delimiter = e.hasClass(weft.prose.ProseRenderer.LIST_PARENS) ? "()" : e.hasClass(weft.prose.ProseRenderer.LIST_PAREN)
                        ? ")" : "."; // Pandoc's (a) and a), as written
                out.add(new Block.ListBlock(e.normalName().equals("ol"), type.matches("[aAiI1]|none") ? type : "1", start,
                        items, delimiter));
            }
            case "blockquote" -> quotation(e, out);
            case "pre" -> out.add(new Block.Code(e.wholeText()));
            case "table" -> out.add(table(e));
            case "dl" -> { // each term with the definitions after it (a definition's blocks as the prose's)
                List<List<Inline>> terms = new ArrayList<>();
                List<List<List<Block>>> definitions = new ArrayList<>();
                for (Element item : e.children()) {
                    if (item.normalName().equals("dt") || terms.isEmpty()) {
                        remember(item.id());
                        terms.add(item.normalName().equals("dt") ? trim(inlines(item)) : List.of());
                        definitions.add(new ArrayList<>());
                    }
                    if (item.normalName().equals("dd")) {
                        List<Block> definition = new ArrayList<>();
                        blocks(item, base, definition);
                        definitions.get(definitions.size() - 1).add(definition);
                    }
                }
                List<Block.Definition> items = new ArrayList<>();
                for (int i = 0; i < terms.size(); i++) {
                    items.add(new Block.Definition(terms.get(i), definitions.get(i)));
                }
                out.add(new Block.DefinitionList(items));
            }
            case "hr" -> {
            }
            case "figure" -> {
                if (e.hasClass(weft.prose.ProseRenderer.FIGURE_PANEL)) {
                    out.add(panel(e));
                    return;
                }
                if (!e.hasClass("prose-figure") || e.selectFirst("img") == null) {
                    remember(e.id());
                    blocks(e, base, out);
                    return;
                }
                Element img = e.selectFirst("img");
                Caption caption = caption(e.selectFirst("> figcaption"));
                remember(e.id());
                out.add(new Block.Picture(e.id(), caption.label(), caption.text(), img.attr("src"), img.attr("alt"),
                        pixels(img.attr("width")), pixels(img.attr("height")),
                        weft.prose.ProseRenderer.share(img.attr("style")).orElse(0) / 100.0));
            }
            case "div" -> {
                if (!e.hasClass(weft.prose.ProseRenderer.CALLOUT)) {
                    inner(e, base, out);
                    return;
                }
                String outer = language;
                language = e.attr("lang").isEmpty() ? language : e.attr("lang");
                Element title = e.selectFirst("> p." + weft.prose.ProseRenderer.CALLOUT_TITLE);
                List<Inline> label = List.of();
                if (title != null && title.selectFirst("> span." + weft.prose.ProseRenderer.CALLOUT_NUMBER) != null) {
                    title = title.clone(); // "Note 1: Key messages": the label apart, then the title
                    Element number = title.selectFirst("> span." + weft.prose.ProseRenderer.CALLOUT_NUMBER);
                    label = trim(inlines(new Element("p").appendChild(number.clone())));
                    Node after = number.nextSibling();
                    number.remove();
                    if (after instanceof TextNode t && t.getWholeText().startsWith(": ")) {
                        t.text(t.getWholeText().substring(2));
                    }
                    remember(e.id());
                }
                Element content = e.clone();
                content.select("> p." + weft.prose.ProseRenderer.CALLOUT_TITLE).remove();
                List<Block> inside = new ArrayList<>();
                blocks(content, base, inside);
                String kind = e.classNames().stream().filter(c -> c.startsWith(weft.prose.ProseRenderer.CALLOUT + "-"))
                        .map(c -> c.substring(weft.prose.ProseRenderer.CALLOUT.length() + 1)).findFirst().orElse("note");
                out.add(new Block.Box(kind, label.isEmpty() ? "" : e.id(), label,
                        title == null ? List.of() : trim(inlines(title)), inside));
                language = outer;
            }
            default -> inner(e, base, out);
        }
    }

    /** The blocks of an element that is no block of its own (a section, a div), in its language if it has one. */
    private void inner(Element e, int base, List<Block> out) {
        remember(e.id());
        String outer = language;
        if (!e.attr("lang").isEmpty()) { // Pandoc's ::: {lang=fi}: its blocks in that language
            language = e.attr("lang");
        }
        blocks(e, base, out);
        language = outer;
    }

    /** A caption's label ("Table 2.", "Figure 1."; empty when it has none) and its text without it. */
    private record Caption(String label, List<Inline> text) {
    }

    /**
     * A panel of subfigures: each a picture at its share of the text's width, in rows as the web page lays them out (a
     * row ends where the shares of its subfigures and the spaces between them make the text's width).
     */
    private Block.Panel panel(Element e) {
        List<Block.Picture> parts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        double filled = 0;
        int inRow = 0;
        Element grid = e.selectFirst("> div.subfigures");
        for (Element cell : grid == null ? List.<Element>of() : grid.children()) {
            double share = weft.prose.ProseRenderer.share(cell.attr("style")).orElse(100) / 100.0;
            if (cell.hasClass(weft.prose.ProseRenderer.SUBFIGURE)) {
                Element img = cell.selectFirst("img");
                Caption caption = caption(cell.selectFirst("> figcaption"));
                double own = weft.prose.ProseRenderer.share(img.attr("style")).orElse(100) / 100.0;
                remember(cell.id());
                parts.add(new Block.Picture(cell.id(), caption.label(), caption.text(), img.attr("src"), img.attr("alt"),
                        pixels(img.attr("width")), pixels(img.attr("height")), share * own));
                inRow++;
            }
            filled += share;
            if (filled > 0.995) { // the row is full (shares are rounded to a tenth of a per cent)
                rows.add(inRow);
                filled = 0;
                inRow = 0;
            }
        }
        if (inRow > 0) {
            rows.add(inRow);
        }
        rows.removeIf(n -> n == 0); // a row of spaces alone
        Caption caption = caption(e.selectFirst("> figcaption"));
        remember(e.id());
        return new Block.Panel(e.id(), caption.label(), caption.text(), parts, rows);
    }

    private Caption caption(Element caption) {
        if (caption == null) {
            return new Caption("", List.of());
        }
        Element label = caption.selectFirst("> span.label");
        Element text = caption.clone();
        text.select("> span.label").remove();
        return new Caption(label == null ? "" : label.text().strip(), trim(inlines(text)));
    }

    private static int pixels(String value) {
        return value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : 0;
    }

    /** A participant's quote set as a block, or a quotation of the prose (one block per paragraph). */
    private void quotation(Element e, List<Block> out) {
        if (e.hasClass("quote")) {
            Element attribution = e.selectFirst(".attribution");
            Element link = e.selectFirst("a.quote-link");
            remember(e.id());
            Element label = e.previousElementSibling(); // a numbered extract's ("Extract 1")
            out.add(new Block.Quotation(e.id(), link == null ? List.of(new Inline.Text(e.text(), Set.of())) : lines(link),
                    attribution == null ? "" : attribution.text(),
                    label != null && label.hasClass(weft.render.article.Extracts.LABEL) ? label.text() : ""));
            Element original = e.selectFirst("> p.original");
            if (original != null) { // the original wording printed after a translation: a quotation of its own after it
                out.add(new Block.Quotation("", inlines(original), ""));
            }
            return;
        }
        List<Block> inner = new ArrayList<>();
        blocks(e, 1, inner);
        for (Block b : inner) {
            if (b instanceof Block.Paragraph p) {
                out.add(new Block.Quotation("", p.content(), ""));
            } else {
                out.add(b);
            }
        }
    }

    /**
     * A participant's quote of several lines: its text, a line break where the quote's lines break, each line after its
     * number where the study numbers them.
     */
    private static List<Inline> lines(Element link) {
        List<Inline> content = new ArrayList<>();
        for (Node child : link.childNodes()) {
            if (child instanceof Element br && br.normalName().equals("br")) {
                content.add(new Inline.Break());
            } else if (child instanceof Element number && number.hasClass("line-number")) { // presentation.extractLines
                content.add(new Inline.Text(number.text() + " ", Set.of()));
            } else if (child instanceof TextNode t && !t.text().isBlank()) {
                content.add(new Inline.Text(t.text().strip(), Set.of()));
            }
        }
        return content;
    }

    private Block table(Element e) {
        List<Block.Row> head = rows(e.select("> thead > tr"));
        List<Block.Row> body = rows(e.select("> tbody > tr, > tr"));
        List<Block.Row> foot = rows(e.select("> tfoot > tr"));
        Caption caption = caption(e.selectFirst("> caption"));
        remember(e.id());
        return new Block.Table(e.id(), caption.label(), caption.text(), head, body, foot, widths(e));
    }

    private static final java.util.regex.Pattern WIDTH = java.util.regex.Pattern.compile("width:\\s*([0-9]{1,3}(?:\\.[0-9])?)%");

    /** The columns' shares of a table's width its {@code colgroup} gives (a Pandoc multiline or grid table's); else none. */
    private static List<Double> widths(Element table) {
        List<Double> widths = new ArrayList<>();
        for (Element col : table.select("> colgroup > col")) {
            java.util.regex.Matcher m = WIDTH.matcher(col.attr("style"));
            if (!m.find()) {
                return List.of();
            }
            widths.add(Double.parseDouble(m.group(1)) / 100);
        }
        return widths;
    }

    private List<Block.Row> rows(List<Element> trs) {
        List<Block.Row> rows = new ArrayList<>();
        for (Element tr : trs) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                String align = (cell.attr("align") + cell.attr("style")).toLowerCase(Locale.ROOT);
                cells.add(new Block.Cell(trim(cellInlines(cell)), cell.normalName().equals("th"),
                        cell.hasClass("num") || align.contains("right") ? "right" : align.contains("center") ? "center" : "",
                        span(cell.attr("rowspan")), span(cell.attr("colspan"))));
            }
            rows.add(new Block.Row(cells, depth(tr)));
        }
        return rows;
    }

    /** The blocks a cell may hold (a grid table's paragraphs and lists). */
    private static final java.util.Set<String> CELL_BLOCKS = java.util.Set.of("p", "ul", "ol", "blockquote", "pre", "div", "dl");

    /**
     * A cell's words; a cell of blocks (a Pandoc grid table's paragraphs, a list) has each block, and each item of a
     * list (after its bullet or number), on a line of its own, where its words would otherwise run together.
     */
    private List<Inline> cellInlines(Element cell) {
        if (cell.children().stream().noneMatch(c -> CELL_BLOCKS.contains(c.normalName()))) {
            return inlines(cell);
        }
        List<Inline> out = new ArrayList<>();
        for (Node child : cell.childNodes()) {
            if (child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol"))) {
                int number = e.attr("start").matches("[0-9]{1,6}") ? Integer.parseInt(e.attr("start")) : 1;
                for (Element li : e.children()) {
                    lineBreakAfter(out);
                    out.add(new Inline.Text(e.nameIs("ul") ? "\u2022 " : number++ + ". ", EnumSet.noneOf(Inline.Mark.class),
                            language));
                    out.addAll(trim(inlines(li)));
                }
            } else if (child instanceof Element e && CELL_BLOCKS.contains(e.normalName())) {
                lineBreakAfter(out);
                out.addAll(trim(inlines(e)));
            } else if (!(child instanceof TextNode t && t.isBlank())) {
                inline(child, EnumSet.noneOf(Inline.Mark.class), out);
            }
        }
        return out;
    }

    private static void lineBreakAfter(List<Inline> out) {
        if (!out.isEmpty()) {
            out.add(new Inline.Break());
        }
    }

    /** How many rows or columns a cell spans, as the prose's table writes it (a grid table's); 1 where it says none. */
    private static int span(String written) {
        return written.matches("[1-9][0-9]{0,2}") ? Integer.parseInt(written) : 1;
    }

    /** The level of a row of a table of the coding frame, from its class depth-N; 0 for any other row. */
    private static int depth(Element tr) {
        for (String name : tr.classNames()) {
            if (name.matches("depth-[1-9]")) {
                return name.charAt(6) - '0';
            }
        }
        return 0;
    }

    private void remember(String id) {
        if (!id.isEmpty()) {
            ids.add(id);
        }
    }

    private static final java.util.regex.Pattern ASCII_WHITESPACE = java.util.regex.Pattern.compile("[ \t\n\f\r]+");

    private List<Inline> inlines(Element e) {
        List<Inline> out = new ArrayList<>();
        for (Node child : e.childNodes()) {
            inline(child, EnumSet.noneOf(Inline.Mark.class), out);
        }
        return out;
    }

    private void inline(Node node, EnumSet<Inline.Mark> marks, List<Inline> out) {
        if (node instanceof TextNode t) {
            // whitespace collapsed as a browser does, but a no-break space (n = 3, p. 12) kept: jsoup's text() makes it a space
            String text = ASCII_WHITESPACE.matcher(t.getWholeText()).replaceAll(" ");
            if (!text.isEmpty()) {
                out.add(new Inline.Text(text, marks, language));
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        EnumSet<Inline.Mark> inner = EnumSet.copyOf(marks);
        if (e.hasClass("rq-label")) {
            inner.add(Inline.Mark.BOLD);
        }
        if (e.normalName().equals("span") && e.hasClass("smallcaps")) { // Pandoc's [words]{.smallcaps} and {.underline}
            inner.add(Inline.Mark.SMALL_CAPS);
        }
        if (e.normalName().equals("span") && e.hasClass("underline")) {
            inner.add(Inline.Mark.UNDERLINE);
        }
        if (e.normalName().equals("span") && e.hasClass("mark")) { // Quarto's highlighted words, [words]{.mark}
            inner.add(Inline.Mark.HIGHLIGHT);
        }
        switch (e.normalName()) {
            case "em", "i", "cite", "var" -> inner.add(Inline.Mark.ITALIC);
            case "strong", "b" -> inner.add(Inline.Mark.BOLD);
            case "sup" -> inner.add(Inline.Mark.SUPERSCRIPT);
            case "sub" -> inner.add(Inline.Mark.SUBSCRIPT);
            case "del", "s", "strike" -> inner.add(Inline.Mark.STRIKE);
            case "code", "kbd", "samp" -> inner.add(Inline.Mark.CODE);
            case "br" -> {
                out.add(new Inline.Break());
                return;
            }
            case "img" -> { // an image of the prose (by https address: the only kind its HTML keeps) as a link to it
                String src = e.attr("src");
                String alt = e.attr("alt").isBlank() ? "image" : e.attr("alt").strip();
                List<Inline> label = List.of(new Inline.Text("[" + alt + "]", marks));
                out.add(src.toLowerCase(Locale.ROOT).startsWith("https://") || src.toLowerCase(Locale.ROOT).startsWith("http://")
                        ? new Inline.Link("", src, label) : label.get(0));
                return;
            }
            case "svg", "script", "style" -> {
                return;
            }
            default -> {
            }
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("font-style:italic")) {
            inner.add(Inline.Mark.ITALIC);
        }
        if (style.contains("font-weight:bold")) {
            inner.add(Inline.Mark.BOLD);
        }
        if (style.contains("font-variant:small-caps")) {
            inner.add(Inline.Mark.SMALL_CAPS);
        }
        if (style.contains("vertical-align:sup")) {
            inner.add(Inline.Mark.SUPERSCRIPT);
        }
        if (e.normalName().equals("a") && e.attr("role").equals("doc-noteref") && e.attr("href").startsWith("#")
                && notes.containsKey(e.attr("href").substring(1))) {
            out.add(notes.get(e.attr("href").substring(1))); // a note's call, its text with it
            return;
        }
        if (e.normalName().equals("span") && e.hasClass("quote")) {
            Element link = e.selectFirst("a.quote-link");
            Element attribution = e.selectFirst(".attribution");
            remember(e.id());
            out.add(new Inline.Quotation(e.id(), link == null ? e.ownText() : link.text(),
                    attribution == null ? "" : attribution.text()));
            Element original = e.selectFirst("> span.original");
            if (original != null) { // the original wording, in brackets after the quote and its attribution
                inline(original, marks, out);
            }
            return;
        }
        List<Inline> content = new ArrayList<>();
        String outer = language;
        if (e.normalName().equals("span") && !e.attr("lang").isEmpty()) { // words in a language of their own
            language = e.attr("lang");
        }
        for (Node child : e.childNodes()) {
            inline(child, inner, content);
        }
        language = outer;
        if (e.normalName().equals("a")) {
            String href = e.attr("href");
            if (href.startsWith("#") && href.length() > 1) {
                out.add(new Inline.Link(href.substring(1), "", content));
                return;
            }
            String scheme = href.toLowerCase(Locale.ROOT);
            if (scheme.startsWith("https://") || scheme.startsWith("http://") || scheme.startsWith("mailto:")) {
                out.add(new Inline.Link("", href, content));
                return;
            }
        }
        out.addAll(content); // an evidence link, a span: its text only
    }

    /**
     * Drops the whitespace the HTML's line breaks leave at the start and the end of a block, and joins neighbouring
     * runs set alike.
     */
    private static List<Inline> trim(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last
                    && last.marks().equals(t.marks()) && last.lang().equals(t.lang())) {
                out.set(out.size() - 1, last.with(last.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && t.text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t && t.text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            out.set(0, t.with(t.text().stripLeading()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            out.set(out.size() - 1, t.with(t.text().stripTrailing()));
        }
        return out;
    }
}

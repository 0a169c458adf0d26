package weft.prose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's fenced divs: a line of three colons or more opens one ({@code ::: {lang=fr}}, {@code ::: note}) and a line
 * of colons alone closes it. The fence lines are no part of the text. A div in a language of its own
 * ({@code lang=fr}) puts its blocks in that language (the web page's {@code div lang}, the PDF's tags); a Quarto callout
 * ({@code ::: {.callout-note title="Strengths and limitations"}}, or {@code ::: callout-tip}) is a box set apart from
 * the text, as journals print a "Key messages" box: a {@code div role=note} of class {@code callout}, its title the
 * {@code title} attribute's or the first heading in it (as Quarto takes it), in a {@code p.callout-title}; without
 * either, its kind's name in the article's language ({@link #nameUntitled}). Other
 * attributes are not read (the text is printed as any other). Before the Markdown is parsed, the fence line of a div
 * Weft reads becomes a heading of a private-use character and its fence's number spelled, the line's length kept (a
 * block of its own, as Pandoc reads a fence: a table or a paragraph may follow it at once), and any other fence line
 * spaces (a blank line, as a fence ends a paragraph); after, the top-level blocks between become the div.
 */
final class Divs {

    /** A fence line: three colons or more, then attributes or nothing. */
    static final Pattern FENCE = Pattern.compile("^ {0,3}(:{3,})\\s*(.*?)\\s*$");
    /** Quarto's kinds of callout. */
    static final List<String> CALLOUTS = List.of("note", "tip", "important", "caution", "warning");
    /** Quarto's prefixes of the labels that make a callout of each kind a cross-reference's target, by kind. */
    static final Map<String, String> LABEL_PREFIXES = Map.of("note", "nte-", "tip", "tip-",
            "important", "imp-", "caution", "cau-", "warning", "wrn-");
    /** A callout's label as Quarto writes it: its kind's prefix, then lower-case letters and digits joined by hyphens. */
    static final Pattern LABEL = Pattern.compile("(?:nte|tip|imp|cau|wrn)-[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A table's label on a div, as Quarto writes a table div ({@code #tbl-x}, read as Weft's {@code tab-x}). */
    private static final Pattern TABLE_LABEL = Pattern.compile("tab-[\\w:.-]+");
    /** A figure's label on a div, as Quarto writes a figure div ({@code #fig-x}): one of subfigures, here. */
    private static final Pattern FIGURE_LABEL = Pattern.compile("fig-[\\w:.-]+");
    /** Quarto's number of columns or rows of subfigures ({@code layout-ncol=2}). */
    private static final Pattern LAYOUT_COUNT = Pattern.compile("[1-9][0-9]?");
    /** The attribute of a panel of subfigures (a figure div of several images): its label. */
    static final String PANEL = "data-weft-panel";
    /**
     * The attribute of a panel whose layout is given: "columns N" or "rows N", as Quarto's layout-ncol and layout-nrow,
     * or "grid 1,1;-1,2" as its {@code layout="[[1,1],[-1,2]]"} (rows of relative widths, a negative one a space).
     */
    static final String PANEL_LAYOUT = "data-weft-layout";
    /** The attribute of a panel whose layout has not as many places as it has subfigures (a warning): their number. */
    static final String PANEL_UNFIT = "data-weft-layout-unfit";
    /** A row of a layout of subfigures, {@code [1,-1,2]}: its widths. */
    private static final Pattern LAYOUT_ROW = Pattern.compile("\\[([^\\[\\]]*)\\]");
    /** Quarto's layout of subfigures: rows of relative widths, {@code [[1,1],[1]]}, a negative width a space. */
    private static final Pattern LAYOUT_GRID = Pattern.compile(
            "\\[\\s*(\\[\\s*-?\\d+(?:\\.\\d+)?(?:\\s*,\\s*-?\\d+(?:\\.\\d+)?)*\\s*\\]\\s*,?\\s*)+\\]");
    private static final String CALLOUT = ProseRenderer.CALLOUT;
    private static final String CALLOUT_TITLE = ProseRenderer.CALLOUT_TITLE;
    private static final Pattern ATTRIBUTE = Pattern.compile("([.#]?)([A-Za-z][\\w:-]*)(?:=(\"[^\"]*\"|'[^']*'|\\S+))?|\\S+");
    private static final char OPEN = '\uE004';
    private static final char CLOSE = '\uE005';
    private static final String OPEN_TAG = "weft-div-open";
    private static final String CLOSE_TAG = "weft-div-close";

    private Divs() {
    }

    /**
     * What Weft reads of an opening fence ({@code {lang=fr}}, {@code {.callout-note title="…"}}, or a word: a class):
     * its language, its kind of callout ("" for none), its title ("" for none) and the formats its text is printed in
     * (Quarto's conditional content, {@code {.content-visible when-format="html"}}: {@link ConditionalContent}; all of
     * them but where it says otherwise; {@code condition} whether it has Quarto's class for it); {@code unread} the
     * attributes it does not read (an id, another class), {@code formatNotices} what a warning says of a format's name
     * that is none of Weft's; {@code label} a callout's cross-reference label ({@code #nte-x} on a note: "nte-x"), ""
     * for none; {@code table} a Quarto table div's label ({@code ::: {#tbl-x}}, read as "tab-x"), "" for none;
     * {@code figure} a Quarto figure div's label, one holding subfigures ({@code ::: {#fig-x layout-ncol=2}}), "" for
     * none, and {@code layout} its layout ("columns 2", "rows 1"; "" where it gives none);
     * {@code offset} where its line begins in the text (-1 where it was read alone).
     */
    record Fence(String lang, String callout, String title, boolean condition, List<String> formats, List<String> unread,
                 List<String> formatNotices, String label, String table, String figure, String layout, int offset) {
        boolean read() {
            return !lang.isEmpty() || !callout.isEmpty() || conditional() || !table.isEmpty() || !figure.isEmpty();
        }

        /** Whether its text is printed in some formats only. */
        boolean conditional() {
            return !formats.equals(ConditionalContent.FORMATS);
        }

        /** The same fence, its line beginning at {@code offset} of the text. */
        Fence at(int offset) {
            return new Fence(lang, callout, title, condition, formats, unread, formatNotices, label, table, figure, layout,
                    offset);
        }
    }

    static Fence fence(String written) {
        String inner = written.startsWith("{") && written.endsWith("}") ? written.substring(1, written.length() - 1)
                : written.matches("[A-Za-z][\\w-]*") ? "." + written : null; // ::: callout-note: a class
        if (inner == null) {
            return new Fence("", "", "", false, ConditionalContent.FORMATS, written.isEmpty() ? List.of()
                    : List.of(written), List.of(), "", "", "", "", -1);
        }
        String lang = Spans.attributes(inner).lang();
        String callout = "";
        String title = "";
        String label = "";
        String table = "";
        String figure = "";
        String layout = "";
        ConditionalContent.Condition condition = new ConditionalContent.Condition();
        List<String> unread = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(inner);
        while (m.find()) {
            String name = m.group(2);
            String value = m.group(3) == null ? null : m.group(3).replaceAll("^[\"']|[\"']$", "").strip();
            if (name != null && m.group(1).equals("#") && value == null && label.isEmpty() && LABEL.matcher(name).matches()) {
                label = name; // read below, once the callout's kind is known
            } else if (name != null && m.group(1).equals("#") && value == null && table.isEmpty()
                    && TABLE_LABEL.matcher(name).matches()) {
                table = name; // Quarto's table div (its tbl- read as Weft's tab-)
            } else if (name != null && m.group(1).equals("#") && value == null && figure.isEmpty()
                    && FIGURE_LABEL.matcher(name).matches()) {
                figure = name; // Quarto's figure div, which holds subfigures (one of a single image was read before)
            } else if (name != null && m.group(1).isEmpty() && value != null && layout.isEmpty()
                    && (name.equals("layout-ncol") || name.equals("layout-nrow")) && LAYOUT_COUNT.matcher(value).matches()) {
                layout = (name.equals("layout-ncol") ? "columns " : "rows ") + value;
            } else if (name != null && m.group(1).isEmpty() && value != null && layout.isEmpty() && name.equals("layout")
                    && LAYOUT_GRID.matcher(value).matches() && value.matches(".*[1-9].*")) {
                layout = "grid " + String.join(";", LAYOUT_ROW.matcher(value).results() // each row's widths: "1,-1,2"
                        .map(row -> row.group(1).replaceAll("\\s", "")).toList());
            } else if (name != null && m.group(1).equals(".") && name.startsWith("callout-")
                    && CALLOUTS.contains(name.substring("callout-".length()))) {
                callout = callout.isEmpty() ? name.substring("callout-".length()) : callout;
            } else if (name != null && m.group(1).isEmpty() && value != null && name.equals("title")) {
                title = value;
            } else if (name != null && condition.read(m.group(1), name, value)) {
                continue; // .content-visible, .content-hidden, when-format, unless-format
            } else if (name == null || !m.group(1).isEmpty() || value == null || !name.equals("lang")) {
                unread.add(m.group());
            }
        }
        if (callout.isEmpty() && !title.isEmpty()) {
            unread.add("title=" + title);
        }
        if (!label.isEmpty() && (callout.isEmpty() || !label.startsWith(LABEL_PREFIXES.get(callout)))) {
            unread.add(0, "#" + label); // a label of another kind, or on no callout
            label = "";
        }
        if (!table.isEmpty() && !callout.isEmpty()) {
            unread.add(0, "#" + table); // a callout is no table
            table = "";
        }
        if (!figure.isEmpty() && (!callout.isEmpty() || !table.isEmpty())) {
            unread.add(0, "#" + figure); // a callout or a table is no figure
            figure = "";
        }
        if (!layout.isEmpty() && figure.isEmpty()) {
            String given = layout.substring(layout.indexOf(' ') + 1);
            unread.add(layout.startsWith("grid") ? "layout=\"[[" + given.replace(";", "],[") + "]]\""
                    : "layout-n" + (layout.startsWith("columns") ? "col=" : "row=") + given);
            layout = "";
        }
        return new Fence(lang, callout, callout.isEmpty() ? "" : title, condition.written(), condition.formats(),
                List.copyOf(unread), condition.notices(), label, table, figure, layout, -1);
    }

    /** The Markdown with its fence lines marked for {@link #apply} or blanked, offsets unchanged; the fences read. */
    record Marked(String markdown, List<Fence> fences) {
    }

    static Marked mark(String markdown) {
        if (!markdown.contains(":::")) {
            return new Marked(markdown, List.of());
        }
        String text = PandocSyntax.blankCode(markdown);
        StringBuilder out = new StringBuilder(markdown);
        List<Fence> fences = new ArrayList<>();
        Deque<Boolean> open = new ArrayDeque<>(); // whether each open div is marked (Weft reads it)
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Matcher m = FENCE.matcher(text.substring(start, end));
            if (m.matches()) {
                String attributes = m.group(2);
                boolean closing = attributes.isEmpty() && !open.isEmpty();
                Fence fence = closing ? null : fence(attributes).at(start);
                String number = Integer.toString(fences.size());
                boolean marked = closing ? open.pop() : fence.read() && number.length() + 2 < end - start;
                if (!closing) {
                    open.push(marked);
                    if (marked) {
                        fences.add(fence);
                    }
                }
                for (int i = start; i < end; i++) { // "# ", the mark, then the fence's number and spaces, spelled
                    int at = i - start - 3;
                    out.setCharAt(i, !marked ? ' ' : at == -3 ? '#' : at == -2 ? ' ' : at == -1 ? (closing ? CLOSE : OPEN)
                            : Spelled.spell(!closing && at < number.length() ? number.charAt(at) : ' '));
                }
            }
            start = end + 1;
        }
        return new Marked(out.toString(), List.copyOf(fences));
    }

    /**
     * The marked divs of the rendered {@code body} as {@code div} elements: in their language, or a callout's box; gives
     * the div each fence made.
     */
    static Map<Fence, Element> apply(Element body, List<Fence> fences) {
        List<TextNode> marks = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String s = t.getWholeText();
                if (s.indexOf(OPEN) >= 0 || s.indexOf(CLOSE) >= 0) {
                    marks.add(t);
                }
            }
        }
        if (marks.isEmpty()) {
            return Map.of();
        }
        for (TextNode t : marks) {
            Element container = topLevel(body, t);
            List<Element> before = new ArrayList<>(); // the opening markers, in order, and the closing ones
            List<Element> after = new ArrayList<>();
            String s = t.getWholeText();
            for (int at = first(s); at >= 0; at = first(s)) {
                boolean opening = s.charAt(at) == OPEN;
                int end = Spelled.end(s, at + 1);
                Element marker = new Element(opening ? OPEN_TAG : CLOSE_TAG);
                if (opening) { // the fence's number, spelled after its first character
                    marker.attr("fence", Spelled.read(s, at + 1, end).strip());
                    before.add(marker);
                } else {
                    after.add(marker);
                }
                String rest = s.substring(0, at) + s.substring(end);
                s = at == 0 ? rest.stripLeading() : rest; // a fence line run into the paragraph after it: its break too
            }
            t.text(s);
            if (container == null) {
                continue;
            }
            // a fence line the parser took into a block (after a definition, as its last line): its heading, now empty,
            // goes; its marks go before or after the block, as for a fence line of its own
            Element line = t.parent();
            if (line != null && line != container && line.normalName().matches("h[1-6]") && line.text().isBlank()
                    && line.select("img, table, figure").isEmpty()) {
                line.remove();
            }
            if (container.text().isBlank() && container.select("img, table, figure").isEmpty()) {
                before.forEach(container::before);
                after.forEach(container::before);
                container.remove();
            } else {
                before.forEach(container::before);
                for (int i = after.size() - 1; i >= 0; i--) {
                    container.after(after.get(i));
                }
            }
        }
        return wrap(body, fences);
    }

    /** Where the first marker of {@code s} is; -1 when none. */
    private static int first(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == OPEN || s.charAt(i) == CLOSE) {
                return i;
            }
        }
        return -1;
    }

    /** The child of {@code body} that holds {@code node}. */
    private static Element topLevel(Element body, Node node) {
        Node n = node;
        while (n.parent() != null && n.parent() != body) {
            n = n.parent();
        }
        return n.parent() == body && n instanceof Element e ? e : null;
    }

    /**
     * Each opening marker and the children of {@code body} up to its closing marker as a div in its language, or a
     * callout's box; the children are rebuilt at once (moving nodes one by one would cost the square of their number).
     */
    private static Map<Fence, Element> wrap(Element body, List<Fence> fences) {
        Map<Fence, Element> made = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>(body.childNodes());
        body.empty();
        Deque<List<Node>> open = new ArrayDeque<>(); // the children of each open div, innermost first
        Deque<Element> divs = new ArrayDeque<>();
        Deque<Fence> read = new ArrayDeque<>();
        List<Node> out = new ArrayList<>();
        for (Node child : children) {
            List<Node> into = open.isEmpty() ? out : open.peek();
            if (child instanceof Element e && e.normalName().equals(OPEN_TAG)) {
                Fence fence = fences.get(Integer.parseInt(e.attr("fence")));
                Element div = new Element("div");
                if (!fence.lang().isEmpty()) {
                    div.attr("lang", fence.lang());
                }
                if (!fence.callout().isEmpty()) {
                    div.addClass(CALLOUT).addClass(CALLOUT + "-" + fence.callout()).attr("role", "note");
                }
                if (!fence.label().isEmpty()) {
                    div.id(fence.label());
                }
                if (fence.conditional()) {
                    div.attr(ConditionalContent.ATTRIBUTE, String.join(" ", fence.formats()));
                }
                made.put(fence, div);
                into.add(div);
                divs.push(div);
                read.push(fence);
                open.push(new ArrayList<>());
            } else if (child instanceof Element e && e.normalName().equals(CLOSE_TAG)) {
                if (!open.isEmpty()) {
                    close(divs.pop(), read.pop(), open.pop(), open.isEmpty() ? out : open.peek(), made);
                }
            } else {
                into.add(child);
            }
        }
        while (!open.isEmpty()) { // a div never closed runs to the text's end, as Pandoc reads it
            close(divs.pop(), read.pop(), open.pop(), open.isEmpty() ? out : open.peek(), made);
        }
        body.appendChildren(out);
        return made;
    }

    /**
     * Closes {@code div}, which {@code parent} holds: a table div of one table and its caption is no div, its two blocks
     * in its place (the table made the fence's, in {@code made}); any other div gets its children.
     */
    private static void close(Element div, Fence fence, List<Node> children, List<Node> parent, Map<Fence, Element> made) {
        if (!fence.figure().isEmpty() && panel(children)) { // subfigures, then their caption: the figure made later
            div.attr(PANEL, fence.figure());
            if (!fence.layout().isEmpty()) {
                int places = places(fence.layout());
                int images = (int) children.stream().filter(n -> n instanceof Element).mapToLong(n -> ((Element) n)
                        .select("> img").size()).sum();
                if (places < 0 || places == images) {
                    div.attr(PANEL_LAYOUT, fence.layout());
                } else {
                    div.attr(PANEL_UNFIT, places + " " + images); // a warning; one row
                }
            }
        }
        Optional<Element> table = tableDiv(fence, children);
        boolean unwrapped = !fence.figure().isEmpty() && !div.hasAttr(PANEL) && div.attributesSize() == 0;
        if (table.isEmpty() && !unwrapped) {
            close(div, fence, children);
            return;
        }
        int at = parent.indexOf(div);
        parent.remove(at);
        parent.addAll(at, children);
        made.put(fence, table.orElse(div)); // a figure div of another shape: its blocks in its place, the div apart
    }

    /** How many subfigures a grid layout ("grid 1,1;1") places; -1 for a layout in columns or rows, which places any. */
    static int places(String layout) {
        if (!layout.startsWith("grid ")) {
            return -1;
        }
        int places = 0;
        for (String width : layout.substring(5).split("[;,]")) {
            places += Double.parseDouble(width) > 0 ? 1 : 0;
        }
        return places;
    }

    /**
     * Whether {@code children} are those of a panel of subfigures, as Quarto writes one: paragraphs of images alone
     * (one or several to a paragraph), at least two images in all, then the caption, a paragraph of words.
     */
    private static boolean panel(List<Node> children) {
        List<Element> blocks = children.stream().filter(n -> n instanceof Element).map(n -> (Element) n).toList();
        if (blocks.size() < 2 || !children.stream().allMatch(n -> n instanceof Element || n instanceof TextNode t && t.isBlank())) {
            return false;
        }
        int images = 0;
        for (Element block : blocks.subList(0, blocks.size() - 1)) {
            if (!block.nameIs("p") || block.childNodes().stream().anyMatch(n -> !(n instanceof Element e && e.nameIs("img"))
                    && !(n instanceof TextNode t && t.isBlank()))) {
                return false;
            }
            images += block.select("> img").size();
        }
        Element caption = blocks.get(blocks.size() - 1);
        return images >= 2 && caption.nameIs("p") && caption.select("img").isEmpty() && !caption.text().isBlank();
    }

    /**
     * The table of a Quarto table div ({@code ::: {#tbl-x}}) that holds one table and then its caption, one paragraph:
     * the caption made the table's as Pandoc writes one ("Table: …" with the div's label), for the tables' numbering to
     * read. Empty for any other div, or one of another shape.
     */
    private static Optional<Element> tableDiv(Fence fence, List<Node> children) {
        if (fence.table().isEmpty()) {
            return Optional.empty();
        }
        List<Element> blocks = children.stream().filter(n -> n instanceof Element).map(n -> (Element) n).toList();
        boolean words = children.stream().allMatch(n -> n instanceof Element || n instanceof TextNode t && t.isBlank());
        if (!words || blocks.size() != 2 || !blocks.get(0).nameIs("table") || !blocks.get(1).nameIs("p")
                || !blocks.get(1).id().isEmpty()) {
            return Optional.empty();
        }
        Element caption = blocks.get(1);
        if (!(caption.childNodeSize() > 0 && caption.childNode(0) instanceof TextNode first
                && ProseTables.TABLE_CAPTION.matcher(first.getWholeText()).find())) {
            caption.prependChild(new TextNode("Table: "));
        }
        caption.id(fence.table());
        return Optional.of(blocks.get(0));
    }

    /**
     * A div with its children; a callout's title first: its fence's {@code title}, else the first of its children when
     * that is a heading (as Quarto takes it; the heading is then no heading of the article, neither numbered nor in its
     * outline); a heading further in is a line in bold. A cross-referenceable callout's title begins with the span its
     * number goes in ("Note 1: Key messages", or "Note 1" alone), as Quarto titles it.
     */
    private static void close(Element div, Fence fence, List<Node> children) {
        if (!fence.callout().isEmpty()) {
            Element title = new Element("p").addClass(CALLOUT_TITLE);
            Element first = children.stream().filter(n -> n instanceof Element).map(n -> (Element) n).findFirst()
                    .orElse(null);
            if (!fence.title().isEmpty()) {
                title.appendChild(new TextNode(fence.title()));
            } else if (first != null && first.normalName().matches("h[1-6]")) {
                children.remove(first);
                title.appendChildren(new ArrayList<>(first.childNodes()));
            }
            if (!fence.label().isEmpty()) {
                if (title.childNodeSize() > 0) {
                    title.prependChild(new TextNode(": "));
                }
                title.prependChild(new Element("span").addClass(ProseRenderer.CALLOUT_NUMBER));
            }
            if (title.childNodeSize() > 0) {
                div.appendChild(title);
            }
            for (int i = 0; i < children.size(); i++) { // a heading further in is the box's, not the article's: bold
                if (children.get(i) instanceof Element e && e.normalName().matches("h[1-6]")) {
                    Element bold = new Element("strong").appendChildren(new ArrayList<>(e.childNodes()));
                    children.set(i, new Element("p").appendChild(bold));
                }
            }
        }
        div.appendChildren(children);
    }

    /**
     * Titles each callout of {@code body} that has no title with its kind's name in the article's language ("Note",
     * "Huomautus"), as Quarto prints it; the title says its language where the box's, or the text's ({@code inEffect}),
     * is another.
     */
    static void nameUntitled(Element body, weft.words.Words words, String articleLanguage, String inEffect) {
        for (Element box : body.select("div." + CALLOUT)) {
            String language = box.hasAttr("lang") ? box.attr("lang") : inEffect;
            boolean another = !language.isEmpty() && !language.equalsIgnoreCase(articleLanguage);
            Element first = box.firstElementChild();
            if (first != null && first.hasClass(CALLOUT_TITLE)) {
                Element number = first.selectFirst("> span." + ProseRenderer.CALLOUT_NUMBER);
                if (number != null && another) { // "Note 1" in the article's words, the title in the box's
                    number.attr("lang", articleLanguage);
                }
                continue;
            }
            String kind = CALLOUTS.stream().filter(k -> box.hasClass(CALLOUT + "-" + k)).findFirst().orElse("note");
            Element title = new Element("p").addClass(CALLOUT_TITLE).text(kindName(kind, words));
            if (another) {
                title.attr("lang", articleLanguage);
            }
            box.prependChild(title);
        }
    }

    /** A kind of callout's name in the article's language ("Note", "Huomautus"). */
    static String kindName(String kind, weft.words.Words words) {
        return words.get("callout" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    }
}

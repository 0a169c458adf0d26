package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.model.Text;
import weft.prose.ProseRenderer.Table;

/** The tables of a piece of prose that have a caption, as Pandoc writes it: captioned, anchored, to be numbered. */
final class ProseTables {

    /** A table's caption as Pandoc writes it: a paragraph of its own before or after the table, "Table: …" or ": …". */
    static final Pattern TABLE_CAPTION = Pattern.compile("^\\s*(?:Table)?:\\s+");

    private ProseTables() {
    }

    /**
     * The tables of the prose with a caption: a paragraph of its own right before or after the table that begins with
     * "Table:" (or ":"), as Pandoc writes it, with an anchor after it if the author gives one ({#tab-…}). The caption
     * becomes the table's, with a label the article fills when it numbers its tables. A table without one is printed
     * as it is, unnumbered.
     */
    static List<Table> number(Element body, java.util.Map<Element, Integer> offsets, DirectiveScanner.Scanned scanned,
                                      Text text, Diagnostics diagnostics) {
        List<Table> tables = new ArrayList<>();
        number(body, offsets, scanned, text, diagnostics, tables);
        return List.copyOf(tables);
    }

    /**
     * The tables among {@code parent}'s blocks (the body's, or a fenced div's: conditional content, which each format
     * unwraps or leaves out, a callout's box, a passage in a language; a table in one is numbered as in the body), each
     * with the caption beside it, added to {@code tables}.
     */
    private static void number(Element parent, java.util.Map<Element, Integer> offsets, DirectiveScanner.Scanned scanned,
                               Text text, Diagnostics diagnostics, List<Table> tables) {
        // the elements from the nodes: jsoup's cached list of child elements (children(), the sibling methods)
        // would outlive the placeholders' replacement later on, and the article reads the body's first element
        List<Element> blocks = new ArrayList<>();
        parent.childNodes().stream().filter(n -> n instanceof Element).forEach(n -> blocks.add((Element) n));
        java.util.Set<Element> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            Element table = blocks.get(i);
            if (table.nameIs("div") && !table.hasClass("footnotes")) { // a fenced div's: conditional, a box, a language
                number(table, offsets, scanned, text, diagnostics, tables);
                continue;
            }
            if (!table.nameIs("table") || table.selectFirst("> caption") != null) {
                continue;
            }
            Element before = i > 0 && !taken.contains(blocks.get(i - 1)) ? blocks.get(i - 1) : null;
            Element after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            Element caption = isCaption(before) ? before : isCaption(after) ? after : null;
            Element definition = caption == null ? definitionCaption(after, offsets) : null;
            if (caption == null && definition == null) {
                continue;
            }
            if (definition != null) { // ": …" right under the table, which the definition list parser took for a definition
                caption = definition;
                after.replaceWith(caption);
                blocks.set(i + 1, caption);
            }
            taken.add(caption);
            var at = text.positionAt(ProseRenderer.originalOffset(captionOffset(caption, table, offsets, scanned), scanned));
            attributes(caption, table, at, diagnostics); // {#tab-x tbl-colwidths="[30,70]"} at its end
            TextNode first = (TextNode) caption.childNode(0);
            first.text(TABLE_CAPTION.matcher(first.getWholeText()).replaceFirst(""));
            String words = caption.text().strip();
            String id = caption.id().isEmpty() ? "tab-" + shortSlug(words) : caption.id();
            if (!id.startsWith("tab-")) {
                diagnostics.error(at, "a table's id begins with 'tab-' ({#tab-" + ProseRenderer.slug(id) + "}), as {{ref:tab-…}} names it");
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
    }

    private static boolean isCaption(Element e) {
        if (e == null || !e.nameIs("p") || e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode t)) {
            return false;
        }
        Matcher m = TABLE_CAPTION.matcher(t.getWholeText());
        return m.find() && (e.childNodeSize() > 1 || !t.getWholeText().substring(m.end()).isBlank());
    }

    /** How wide Pandoc takes the text to be ({@code --columns}): a pipe table with a longer line has its dashes' widths. */
    static final int COLUMNS = 72;

    /**
     * Pandoc's relative widths of a pipe table: where a line of the table is longer than {@link #COLUMNS} characters,
     * the table spans the text's width and each column has its share of the dashes of the line under the header
     * ({@code |---|-----------|}: a fifth and four fifths), a {@code colgroup} as a multiline table's; a shorter table's
     * columns are set by their content.
     */
    static void pipeWidths(Element body, java.util.Map<Element, Integer> offsets, String markdown) {
        for (Element table : body.select("table")) {
            Integer at = offsets.get(table);
            if (at == null || table.selectFirst("> colgroup") != null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            int start = markdown.lastIndexOf('\n', Math.max(0, at - 1)) + 1; // the header's line
            while (start < markdown.length()) {
                int end = markdown.indexOf('\n', start);
                end = end < 0 ? markdown.length() : end;
                String line = markdown.substring(start, end);
                if (line.isBlank()) {
                    break;
                }
                lines.add(line);
                start = end + 1;
            }
            if (lines.size() < 2 || lines.stream().noneMatch(l -> l.length() > COLUMNS)) {
                continue;
            }
            String rule = lines.get(1).strip().replaceAll("^\\||\\|$", "");
            List<Double> dashes = new ArrayList<>();
            for (String cell : rule.split("\\|", -1)) {
                dashes.add((double) cell.chars().filter(c -> c == '-').count());
            }
            Element row = table.selectFirst("tr");
            double total = dashes.stream().mapToDouble(Double::doubleValue).sum();
            if (row == null || row.children().size() != dashes.size() || dashes.contains(0.0)) {
                continue;
            }
            Element group = new Element("colgroup");
            dashes.forEach(d -> group.appendElement("col").attr("style", "width: " + ProseRenderer.percent(d / total)));
            table.prependChild(group);
        }
    }

    /** A caption's line under its table, as Pandoc and Quarto write one. */
    private static final Pattern CAPTION_LINE = Pattern.compile("(?m)^[ \\t]*(?:Table)?:[ \\t]");

    /**
     * Where {@code caption} begins in the scanned Markdown: its paragraph's place, or for one the definition list parser
     * took (which keeps no place), the first caption line after its table's; 0 where neither is known.
     */
    private static int captionOffset(Element caption, Element table, java.util.Map<Element, Integer> offsets,
                                     DirectiveScanner.Scanned scanned) {
        Integer own = offsets.get(caption);
        if (own != null) {
            return own;
        }
        Integer after = offsets.get(table);
        if (after == null) {
            return 0;
        }
        Matcher line = CAPTION_LINE.matcher(scanned.markdown());
        return line.find(after) ? line.end() - line.group().stripLeading().length() : 0;
    }

    /** Attributes at a caption's end, as text: flexmark reads none in a definition, nor those it cannot parse. */
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("\\s*\\{([^{}\\n]*)\\}\\s*$");
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("#([\\w:.-]+)|([A-Za-z][\\w-]*)=(\"[^\"]*\"|'[^']*'|\\S+)|(\\S+)");
    /** Quarto's columns' widths of a table, {@code tbl-colwidths="[30,70]"}: shares of the table's width. */
    private static final Pattern COLUMN_WIDTHS = Pattern.compile("\\[\\s*\\d+(?:\\.\\d+)?(?:\\s*,\\s*\\d+(?:\\.\\d+)?)*\\s*]");

    /**
     * The attributes at the end of a table's caption ({@code : Sites {#tab-sites tbl-colwidths="[30,70]"}}), as Quarto
     * writes them, taken out of its words: its id, and its columns' widths (each its share of the table's width, as a
     * pipe table's dashes give them); any other is a warning, as are widths that do not fit the table's columns.
     */
    private static void attributes(Element caption, Element table, weft.diagnostics.SourcePosition at, Diagnostics diagnostics) {
        if (!(caption.childNode(caption.childNodeSize() - 1) instanceof TextNode last)) {
            return;
        }
        Matcher written = TRAILING_ATTRIBUTES.matcher(last.getWholeText());
        if (!written.find() || written.group(1).isBlank()) {
            return;
        }
        List<String> unread = new ArrayList<>();
        Matcher m = CAPTION_ATTRIBUTE.matcher(written.group(1));
        while (m.find()) {
            if (m.group(1) != null && caption.id().isEmpty()) {
                caption.id(m.group(1));
            } else if ("tbl-colwidths".equals(m.group(2))) {
                widths(m.group(3).replaceAll("^[\"']|[\"']$", ""), table, at, diagnostics);
            } else {
                unread.add(m.group());
            }
        }
        last.text(last.getWholeText().substring(0, written.start()));
        if (!unread.isEmpty()) {
            diagnostics.warning(at, "of this table's caption, Weft does not read " + ProseRenderer.abbreviate(String.join(" ",
                    unread)) + ": a caption reads its id {#tbl-…} and Quarto's tbl-colwidths=\"[30,70]\"");
        }
    }

    /** {@code table}'s columns as wide as {@code written} ("[30,70]") shares them out; else a warning. */
    private static void widths(String written, Element table, weft.diagnostics.SourcePosition at, Diagnostics diagnostics) {
        Element row = table.selectFirst("tr");
        int columns = row == null ? 0 : row.children().size();
        if (written.equals("auto")) {
            return; // as the table's text makes them: Weft's own way
        }
        if (!COLUMN_WIDTHS.matcher(written).matches()) {
            diagnostics.warning(at, "tbl-colwidths=\"" + ProseRenderer.abbreviate(written) + "\" is not a list of widths:"
                    + " write one number for each column, tbl-colwidths=\"[30,70]\"; the columns are as wide as their text");
            return;
        }
        List<Double> shares = new ArrayList<>();
        for (String n : written.replaceAll("[\\[\\]\\s]", "").split(",")) {
            shares.add(Double.parseDouble(n));
        }
        double total = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (shares.size() != columns || total <= 0 || shares.contains(0.0)) {
            diagnostics.warning(at, "tbl-colwidths=\"" + ProseRenderer.abbreviate(written) + "\" gives " + shares.size()
                    + (shares.size() == 1 ? " width" : " widths") + " to a table of " + columns + (columns == 1 ? " column"
                    : " columns") + (shares.contains(0.0) ? ", or a width of 0" : "") + ": the columns are as wide as"
                    + " their text");
            return;
        }
        Element old = table.selectFirst("> colgroup");
        if (old != null) {
            old.remove();
        }
        Element group = new Element("colgroup");
        shares.forEach(share -> group.appendElement("col").attr("style", "width: " + ProseRenderer.percent(share / total)));
        table.prependChild(group);
    }

    /** An id at a caption's end, as text: flexmark reads no attributes in a definition. */
    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#([\\w:.-]+)\\}\\s*$");

    /**
     * Quarto's caption right under a pipe table ({@code : Sites {#tbl-sites}}, with a blank line before it or none),
     * which flexmark's definition list parser takes for a definition without a term (a {@code dd}, alone or in a
     * {@code dl}): as the caption's paragraph, its id read from its end; null for anything else.
     */
    private static Element definitionCaption(Element e, java.util.Map<Element, Integer> offsets) {
        Element dd = e == null ? null : e.nameIs("dd") ? e
                : e.nameIs("dl") && e.children().size() == 1 && e.child(0).nameIs("dd") ? e.child(0) : null;
        if (dd == null) {
            return null;
        }
        Element content = dd.children().size() == 1 && dd.child(0).nameIs("p") && dd.textNodes().stream()
                .allMatch(TextNode::isBlank) ? dd.child(0) : dd;
        Element p = new Element("p").appendChild(new TextNode(": ")).appendChildren(new ArrayList<>(content.childNodes()));
        while (p.childNodeSize() > 1 && p.childNode(p.childNodeSize() - 1) instanceof TextNode blank && blank.isBlank()) {
            blank.remove(); // the line break before a fence line the definition took in (Divs)
        }
        if (p.childNode(p.childNodeSize() - 1) instanceof TextNode last) {
            Matcher id = TRAILING_ID.matcher(last.getWholeText());
            if (id.find()) {
                p.id(id.group(1));
                last.text(last.getWholeText().substring(0, id.start()));
            }
        }
        Integer at = offsets.containsKey(e) ? offsets.get(e) : offsets.get(dd);
        if (at != null) {
            offsets.put(p, at);
        }
        return isCaption(p) ? p : null;
    }

    /** A slug of a caption's first words, for an anchor: at most 40 characters, cut between words. */
    private static String shortSlug(String words) {
        String slug = ProseRenderer.slug(words);
        if (slug.length() <= 40) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', 40);
        return slug.substring(0, cut > 0 ? cut : 40);
    }
}

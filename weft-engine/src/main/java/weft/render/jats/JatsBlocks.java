package weft.render.jats;

import java.util.ArrayList;
import java.util.List;
import weft.render.manuscript.Block;
import weft.render.manuscript.Inline;
import weft.render.manuscript.Manuscript;
import weft.publish.OutputNames;

/** The manuscript's blocks and runs of text as JATS elements. */
final class JatsBlocks {

    private final XmlOut xml;
    private final Manuscript manuscript;

    /** Whether a block other than a paragraph stands in a paragraph of its own, as an abstract's model asks (p, sec). */
    private boolean inParagraphs;

    /**
     * The blocks of an abstract, whose model takes paragraphs and sections alone: a list or a box is written in a
     * paragraph of its own.
     */
    static JatsBlocks ofAbstract(XmlOut xml, Manuscript manuscript) {
        JatsBlocks blocks = new JatsBlocks(xml, manuscript);
        blocks.inParagraphs = true;
        return blocks;
    }

    JatsBlocks(XmlOut xml, Manuscript manuscript) {
        this.xml = xml;
        this.manuscript = manuscript;
    }

    /**
     * Blocks as nested sections, a section a heading: each the element {@code element} names for its heading
     * ({@code sec}; {@code ack}, {@code app} where the caller says so), with its id, label and title.
     */
    void sections(List<Block> content, java.util.function.Function<Block.Heading, String> element) {
        java.util.Deque<int[]> sections = new java.util.ArrayDeque<>(); // level, and whether a sub-section was closed in it
        for (Block b : content) {
            if (b instanceof Block.Heading h) {
                while (!sections.isEmpty() && sections.peek()[0] >= h.level()) {
                    xml.end();
                    sections.pop();
                    if (!sections.isEmpty()) {
                        sections.peek()[1] = 1;
                    }
                }
                xml.block(element.apply(h), "id", xmlId(h.id()));
                if (!h.label().isEmpty()) {
                    xml.leaf("label", h.label());
                }
                xml.block("title");
                inlines(h.title());
                xml.end();
                sections.push(new int[] {h.level(), 0});
                continue;
            }
            if (!sections.isEmpty() && sections.peek()[1] == 1) {
                // text after a sub-section: JATS puts it in a section of its own, without a title
                xml.block("sec").empty("title");
                sections.push(new int[] {sections.peek()[0] + 1, 0});
            }
            block(b);
        }
        while (!sections.isEmpty()) {
            xml.end();
            sections.pop();
        }
    }

    void block(Block b) {
        if (inParagraphs && !(b instanceof Block.Heading || b instanceof Block.Paragraph)) {
            inParagraphs = false;
            xml.block("p");
            try {
                block(b);
            } finally {
                xml.end();
                inParagraphs = true;
            }
            return;
        }
        if (b instanceof Block.Heading h) { // a heading where JATS has no section: a paragraph in bold
            xml.block("p").inline("bold");
            inlines(h.title());
            xml.end().end();
        } else if (b instanceof Block.Paragraph p) {
            xml.block("p", "id", p.id().isEmpty() ? null : xmlId(p.id()),
                    "content-type", p.role().isEmpty() ? null : p.role());
            inlines(p.content());
            xml.end();
        } else if (b instanceof Block.ListBlock l) {
            list(l);
        } else if (b instanceof Block.DefinitionList d) {
            definitions(d);
        } else if (b instanceof Block.Quotation q) {
            xml.block("disp-quote", "id", q.id().isEmpty() ? null : xmlId(q.id()),
                    "content-type", q.id().isEmpty() ? null : "participant-quote");
            if (!q.label().isEmpty()) { // a numbered extract's ("Extract 1")
                xml.leaf("label", q.label());
            }
            quotationLines(q.content());
            xml.leaf("attrib", q.attribution());
            xml.end();
        } else if (b instanceof Block.Figure f) {
            figure(f);
        } else if (b instanceof Block.Panel p) {
            panel(p);
        } else if (b instanceof Block.Picture p) {
            picture(p);
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Box box) { // Quarto's callout: JATS's boxed text, its title the caption's
            if (box.id().isEmpty()) {
                xml.block("boxed-text", "content-type", "callout-" + box.kind());
            } else { // a cross-referenceable callout: its id and its label ("Note 1")
                xml.block("boxed-text", "id", xmlId(box.id()), "content-type", "callout-" + box.kind());
                xml.block("label");
                inlines(box.label());
                xml.end();
            }
            if (!box.title().isEmpty()) {
                xml.block("caption").block("title");
                inlines(box.title());
                xml.end().end();
            }
            box.content().forEach(this::block);
            xml.end();
        } else if (b instanceof Block.Code c) {
            xml.block("preformat").text(c.text()).end();
        }
    }

    /**
     * A quotation's paragraph, or a paragraph for each of its lines where it has several (a dialogue's turns, a verse):
     * JATS breaks no line in a paragraph. An empty line (between two paragraphs of a quote) makes no paragraph.
     */
    private void quotationLines(List<Inline> content) {
        List<List<Inline>> lines = new ArrayList<>(List.of(new ArrayList<>()));
        for (Inline inline : content) {
            if (inline instanceof Inline.Break) {
                lines.add(new ArrayList<>());
            } else {
                lines.get(lines.size() - 1).add(inline);
            }
        }
        lines.removeIf(List::isEmpty);
        for (List<Inline> line : lines.isEmpty() ? List.of(List.<Inline>of()) : lines) {
            xml.block("p");
            inlines(line);
            xml.end();
        }
    }

    private void list(Block.ListBlock l) {
        xml.block("list", "list-type", !l.ordered() ? "bullet" : switch (l.numbering()) {
            case "a" -> "alpha-lower";
            case "A" -> "alpha-upper";
            case "i" -> "roman-lower";
            case "I" -> "roman-upper";
            case "none" -> "simple";
            default -> "order";
        });
        int number = l.start();
        for (List<Block> item : l.items()) {
            xml.block("list-item");
            // JATS has no first number nor a marker's parentheses: where the list has either, each item its label
            if (l.ordered() && (l.start() != 1 || !l.delimiter().equals(".")) && !l.numbering().equals("none")) {
                xml.leaf("label", weft.render.manuscript.ListMarkers.marker(number, l.numbering(), l.delimiter()));
            }
            number++;
            if (item.isEmpty()) {
                xml.empty("p");
            }
            for (Block inner : item) {
                if (inner instanceof Block.Paragraph || inner instanceof Block.ListBlock) {
                    block(inner);
                } else {
                    xml.block("p").text(plain(inner)).end();
                }
            }
            xml.end();
        }
        xml.end();
    }

    private void figure(Block.Figure f) {
        xml.block("fig", "id", xmlId(f.id()), "position", "float");
        xml.leaf("label", label(f.label()));
        xml.block("caption").block("p");
        inlines(f.caption());
        xml.end().end();
        xml.block("graphic", "xlink:href", OutputNames.jatsGraphic(f.id()), "mimetype", "image", "mime-subtype", "svg+xml");
        xml.leaf("alt-text", f.whole().altText());
        xml.leaf("long-desc", f.whole().description());
        xml.end();
        xml.end();
    }

    /** A panel of subfigures: a figure group, its label and caption, then each subfigure as a figure of its own. */
    private void panel(Block.Panel p) {
        xml.block("fig-group", "id", xmlId(p.id()), "position", "float");
        labelAndCaption(p.label(), p.caption());
        p.parts().forEach(this::picture);
        xml.end();
    }

    /** A figure of the prose: its graphic is the publication's image file, beside the JATS. */
    private void picture(Block.Picture p) {
        xml.block("fig", "id", p.id().isEmpty() ? null : xmlId(p.id()), "position", "float");
        labelAndCaption(p.label(), p.caption());
        String src = p.src().toLowerCase(java.util.Locale.ROOT);
        String subtype = src.endsWith(".png") ? "png" : src.endsWith(".svg") ? "svg+xml" : "jpeg";
        xml.block("graphic", "xlink:href", p.src(), "mimetype", "image", "mime-subtype", subtype);
        xml.leaf("alt-text", p.altText());
        xml.end();
        xml.end();
    }

    /** A figure's, a panel's or a table's label, then its caption where it has one. */
    private void labelAndCaption(String written, List<Inline> caption) {
        xml.leaf("label", label(written));
        if (!caption.isEmpty()) {
            xml.block("caption").block("p");
            inlines(caption);
            xml.end().end();
        }
    }

    /** A figure's or table's label without the full stop or colon the article prints after it. */
    private static String label(String label) {
        return label.replaceFirst("[.:]$", "");
    }

    private void table(Block.Table t) {
        xml.block("table-wrap", "id", t.id().isEmpty() ? null : xmlId(t.id()), "position", "float");
        labelAndCaption(t.label(), t.caption());
        xml.block("table");
        for (double share : t.widths()) { // a Pandoc multiline or grid table's columns, as wide as written
            xml.empty("col", "width", weft.prose.ProseRenderer.percent(share));
        }
        rows("thead", t.head());
        rows("tfoot", t.foot());
        rows("tbody", t.body());
        xml.end();
        xml.end();
    }

    private void rows(String group, List<Block.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        xml.block(group);
        for (Block.Row row : rows) {
            // a row's level in a tree of nodes (the coding frame's table, the codebook), as the web page's class names it
            xml.block("tr", "content-type", row.depth() > 0 ? "depth-" + row.depth() : null);
            for (Block.Cell cell : row.cells()) {
                String scope = !cell.header() ? null : group.equals("thead") ? "col" : "row";
                xml.block(cell.header() ? "th" : "td", "scope", scope, "align", cell.align().isEmpty() ? null : cell.align(),
                        "rowspan", cell.rows() > 1 ? Integer.toString(cell.rows()) : null,
                        "colspan", cell.columns() > 1 ? Integer.toString(cell.columns()) : null);
                inlines(cell.content());
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    /** A definition list as JATS's def-list: each term and its definitions (a def holds paragraphs only). */
    private void definitions(Block.DefinitionList d) {
        xml.block("def-list");
        for (Block.Definition item : d.items()) {
            xml.block("def-item");
            xml.block("term");
            inlines(item.term());
            xml.end();
            for (List<Block> definition : item.definitions()) {
                xml.block("def");
                paragraphs(definition, "");
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    /**
     * The notes as JATS's footnotes, each its label and paragraphs (a {@code fn} holds paragraphs only: a list's items
     * are each a paragraph after its bullet or number).
     */
    void notes(List<Inline.Note> notes, String title) {
        if (notes.isEmpty()) {
            return;
        }
        xml.block("fn-group");
        xml.leaf("title", title);
        for (Inline.Note n : notes) {
            xml.block("fn", "id", xmlId(n.id()));
            xml.leaf("label", n.number());
            paragraphs(n.content(), "");
            xml.end();
        }
        xml.end();
    }

    /** Blocks where JATS allows paragraphs alone (a note, a definition): a list's items each a paragraph after its mark. */
    private void paragraphs(List<Block> content, String lead) {
        for (Block b : content) {
            if (b instanceof Block.Paragraph p) {
                xml.block("p").text(lead);
                inlines(p.content());
                xml.end();
            } else if (b instanceof Block.Quotation q) {
                xml.block("p").text(lead);
                inlines(q.content());
                xml.end();
            } else if (b instanceof Block.Code c) {
                xml.block("p").text(lead).inline("monospace").text(c.text()).end().end();
            } else if (b instanceof Block.ListBlock l) {
                int number = l.start();
                for (List<Block> item : l.items()) {
                    paragraphs(item, l.ordered() && !l.numbering().equals("none") ? (number++) + ". " : "\u2022 ");
                }
            }
        }
    }

    /** Runs of text: marks as JATS's emphasis elements, links within the article as xref, quotes as named content. */
    void inlines(List<Inline> content) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                marked(t);
            } else if (inline instanceof Inline.Link l && l.internal()) {
                if (manuscript.ids().contains(l.target())) {
                    xml.inline("xref", "ref-type", refType(l.target()), "rid", xmlId(l.target()));
                    inlines(l.content());
                    xml.end();
                } else {
                    inlines(l.content()); // a link to nothing the manuscript holds: its text
                }
            } else if (inline instanceof Inline.Link l) {
                xml.inline("ext-link", "ext-link-type", "uri", "xlink:href", l.uri());
                inlines(l.content());
                xml.end();
            } else if (inline instanceof Inline.Quotation q) {
                xml.inline("named-content", "content-type", "participant-quote",
                        "id", q.id().isEmpty() ? null : xmlId(q.id())).text(q.text()).end();
                if (!q.attribution().isEmpty()) {
                    xml.text(" " + q.attribution());
                }
            } else if (inline instanceof Inline.Note n) {
                xml.inline("xref", "ref-type", "fn", "rid", xmlId(n.id())).inline("sup").text(n.number()).end().end();
            } else {
                xml.text(" "); // a line break, which JATS has only in titles and cells
            }
        }
    }

    /** The mark of highlighted words (Quarto's {@code [words]{.mark}}), written as styled content. */
    private static final String HIGHLIGHT = "highlight";

    private void marked(Inline.Text t) {
        List<String> elements = t.marks().stream().sorted().map(m -> switch (m) {
            case ITALIC -> "italic";
            case BOLD -> "bold";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
            case CODE -> "monospace";
            case SMALL_CAPS -> "sc";
            case STRIKE -> "strike";
            case UNDERLINE -> "underline";
            case HIGHLIGHT -> HIGHLIGHT;
        }).toList();
        if (!t.lang().isEmpty()) { // words in another language than the article's
            xml.inline("styled-content", "xml:lang", t.lang());
        }
        elements.forEach(e -> {
            if (e.equals(HIGHLIGHT)) { // JATS has no element for it: styled content of that style
                xml.inline("styled-content", "style-type", "highlight");
            } else {
                xml.inline(e);
            }
        });
        xml.text(t.text());
        elements.forEach(e -> xml.end());
        if (!t.lang().isEmpty()) {
            xml.end();
        }
    }

    private static String refType(String target) {
        if (target.startsWith("ref-")) {
            return "bibr";
        }
        if (target.startsWith("fig-")) {
            return "fig";
        }
        if (target.startsWith("tab-")) {
            return "table";
        }
        if (target.startsWith("sec-") || target.startsWith("node-")) {
            return "sec";
        }
        if (weft.prose.ProseRenderer.isCalloutLabel(target)) {
            return "boxed-text";
        }
        return "other";
    }

    /** An id as XML allows it (a name without colons, not starting with a digit); the same id always gives the same. */
    static String xmlId(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) && safe.charAt(0) != '_' ? "id-" + safe : safe;
    }

    private static String plain(Block b) {
        if (b instanceof Block.Paragraph p) {
            return Inline.plain(p.content());
        }
        if (b instanceof Block.Quotation q) {
            return Inline.plain(q.content());
        }
        if (b instanceof Block.Heading h) {
            return Inline.plain(h.title());
        }
        return b instanceof Block.Code c ? c.text() : "";
    }
}

package weft.render.manuscript;

import java.util.List;
import weft.render.figure.Scene;

/** A block of the manuscript, in reading order. */
public sealed interface Block {

    /**
     * A heading: {@code level} 1 is a section of the article, 2 a subsection …; {@code label} its number as printed
     * ("3.1"), empty when it has none.
     */
    record Heading(int level, String id, String label, List<Inline> title) implements Block {
        public Heading {
            title = List.copyOf(title);
        }
    }

    /** A paragraph; {@code id} is empty unless something links to it, {@code role} is its class in the HTML. */
    record Paragraph(String id, String role, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A bulleted or numbered list; each item is a list of blocks. {@code numbering} is how a numbered list counts, as
     * the HTML's {@code type}: "1" (decimal), "a", "A", "i" or "I", or "none" for items that carry their own labels
     * (the research questions' RQ1, RQ2); {@code start} its first number.
     */
    record ListBlock(boolean ordered, String numbering, int start, List<List<Block>> items, String delimiter)
            implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }

        public ListBlock(boolean ordered, String numbering, int start, List<List<Block>> items) {
            this(ordered, numbering, start, items, ".");
        }
    }

    /**
     * A block quotation: a participant's quote ({@code id} its anchor, {@code attribution} the participant's code if
     * any, {@code label} its number as an extract, "Extract 1", when the study numbers them, else empty) or a quotation
     * of the prose (no id).
     */
    record Quotation(String id, List<Inline> content, String attribution, String label) implements Block {
        public Quotation {
            content = List.copyOf(content);
        }

        /** A quotation without a label. */
        public Quotation(String id, List<Inline> content, String attribution) {
            this(id, content, attribution, "");
        }
    }

    /**
     * The coding frame's figure: its SVG and its text alternative (the SVG's title and description); and its pages for
     * a format of fixed pages (the figure itself when it fits a page, else its parts, each of which does).
     */
    record Figure(String id, String label, List<Inline> caption, Drawing whole, List<Drawing> pages) implements Block {
        public Figure {
            caption = List.copyOf(caption);
            pages = List.copyOf(pages);
        }
    }

    /**
     * A drawing: its SVG, its text alternative (the SVG's title and description), and its marks, which a format of
     * pictures paints.
     */
    record Drawing(String svg, String altText, String description, Scene scene) {
    }

    /**
     * A figure of the prose: an image file of the publication ({@code src}, figures/x.png; {@code width} and
     * {@code height} its pixels), its label ("Figure 2."), its caption and its text alternative; {@code share} the
     * share of the text's width it is printed at (0.5), or 0 for its own size (no wider than the text).
     */
    record Picture(String id, String label, List<Inline> caption, String src, String altText, int width, int height,
                   double share) implements Block {
        public Picture {
            caption = List.copyOf(caption);
        }
    }

    /**
     * A panel of subfigures (Quarto's figure div of several images): its anchor, its label ("Figure 2."), its caption,
     * its subfigures ({@link Picture}s labelled "(a)", "(b)" …, each with its own caption, its anchor where the prose
     * gives one, and its share of the text's width) and how many stand side by side in each row ({@code rows}).
     */
    record Panel(String id, String label, List<Inline> caption, List<Picture> parts, List<Integer> rows) implements Block {
        public Panel {
            caption = List.copyOf(caption);
            parts = List.copyOf(parts);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A table: its caption and its rows, the header rows apart; {@code widths} each column's share of the table's width
     * where the prose gives them (a Pandoc multiline or grid table's columns as written), else empty.
     */
    record Table(String id, String label, List<Inline> caption, List<Row> head, List<Row> body, List<Row> foot,
                 List<Double> widths) implements Block {
        public Table {
            caption = List.copyOf(caption);
            head = List.copyOf(head);
            body = List.copyOf(body);
            foot = List.copyOf(foot);
            widths = List.copyOf(widths);
        }

        public Table(String id, String label, List<Inline> caption, List<Row> head, List<Row> body, List<Row> foot) {
            this(id, label, caption, head, body, foot, List.of());
        }
    }

    /**
     * A row; {@code depth} its node's level in a table of the coding frame (1 a theme, 2 below it ...; the web page sets
     * its heading in bold at 1 and indents it below), 0 in any other table.
     */
    record Row(List<Cell> cells, int depth) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(List<Cell> cells) {
            this(cells, 0);
        }
    }

    /**
     * A cell; {@code header} for a column's or a row's heading; {@code align} "right" for a count or a column the prose
     * aligns right, "center" for one it centres, "" for the text's own side; {@code rows} and {@code columns} how many it
     * spans (a Pandoc grid table's cell may span several).
     */
    record Cell(List<Inline> content, boolean header, String align, int rows, int columns) {
        public Cell {
            content = List.copyOf(content);
        }

        public Cell(List<Inline> content, boolean header, String align) {
            this(content, header, align, 1, 1);
        }
    }

    /** A definition list (Pandoc's {@code Term} then {@code :   definition}): its terms, each with its definitions. */
    record DefinitionList(List<Definition> items) implements Block {
        public DefinitionList {
            items = List.copyOf(items);
        }
    }

    /** A term and its definitions, each a list of blocks. */
    record Definition(List<Inline> term, List<List<Block>> definitions) {
        public Definition {
            term = List.copyOf(term);
            definitions = definitions.stream().map(List::copyOf).toList();
        }
    }

    /** A page break of the prose ({@code \newpage}): a format of pages begins a page after it. */
    record PageBreak() implements Block {
    }

    /**
     * A box set apart from the text (Quarto's callout: a "Key messages" or "Strengths and limitations" box):
     * {@code kind} Quarto's ("note", "tip", "important", "caution", "warning"), {@code title} empty when it has none; a
     * cross-referenceable callout's {@code id} (its label, "nte-x") and {@code label} ("Note 1"), else both empty.
     */
    record Box(String kind, String id, List<Inline> label, List<Inline> title, List<Block> content) implements Block {
        public Box {
            label = List.copyOf(label);
            title = List.copyOf(title);
            content = List.copyOf(content);
        }
    }

    /** Preformatted text. */
    record Code(String text) implements Block {
    }
}

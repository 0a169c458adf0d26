package weft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.publish.OutputNames;
import weft.render.manuscript.Block;
import weft.render.figure.TextWrap;
import weft.render.manuscript.Inline;
import weft.render.pdf.StudyFonts;

/** The manuscript's blocks as Word paragraphs, lists, tables and pictures. */
final class DocxBody {

    private final DocxText text;
    private final DocxLists lists;
    private final Diagnostics diagnostics;
    private final StudyFonts fonts;
    private final BuildCache cache;
    /** The publication's files so far, among them the images of the prose's figures. */
    private final java.util.Map<String, byte[]> files;

    DocxBody(DocxText text, DocxLists lists, Diagnostics diagnostics, StudyFonts fonts, BuildCache cache,
             java.util.Map<String, byte[]> files) {
        this.files = files;
        this.text = text;
        this.lists = lists;
        this.diagnostics = diagnostics;
        this.fonts = fonts;
        this.cache = cache;
    }

    void write(List<Block> blocks) {
        blocks.forEach(b -> block(b, 0));
    }

    /** Tables or figures placed after the references: each begins a page. */
    void writeOnOwnPages(List<Block> blocks) {
        for (Block b : blocks) {
            int before = text.document().getParagraphs().size();
            block(b, 0); // a table's caption, or a figure's picture, is its first paragraph
            List<XWPFParagraph> written = text.document().getParagraphs();
            if (written.size() > before) {
                written.get(before).setPageBreak(true);
            }
        }
    }

    /** The appendices: each begins a page, as the PDF's do. */
    void writeAppendices(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() == 1) {
                heading(h).setPageBreak(true);
            } else {
                block(b, 0);
            }
        }
    }

    private XWPFParagraph heading(Block.Heading h) {
        XWPFParagraph p = text.paragraph("Heading" + Math.min(Math.max(h.level(), 1), 6));
        text.bookmark(p, h.id());
        if (!h.label().isEmpty()) {
            text.run(p, h.label() + (h.level() == 1 ? ". " : " "));
        }
        text.inlines(p, h.title());
        return p;
    }

    private void block(Block b, int listLevel) {
        if (b instanceof Block.Heading h) {
            heading(h);
        } else if (b instanceof Block.Paragraph para) {
            XWPFParagraph p = text.paragraph(null);
            text.bookmark(p, para.id());
            text.inlines(p, para.content());
            if (para.role().equals(weft.render.manuscript.FloatsAtEnd.CALLOUT)) { // "[Table 2 near here]", set apart
                p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            }
        } else if (b instanceof Block.ListBlock l) {
            list(l, listLevel);
        } else if (b instanceof Block.DefinitionList d) {
            definitions(d, listLevel);
        } else if (b instanceof Block.PageBreak) {
            text.breakBeforeNext();
        } else if (b instanceof Block.Quotation q) {
            if (!q.label().isEmpty()) { // a numbered extract's ("Extract 1"), kept with its quote
                leadIn(List.of(new weft.render.manuscript.Inline.Text(q.label(), java.util.Set.of(), "")));
            }
            XWPFParagraph p = text.paragraph("Quote");
            text.bookmark(p, q.id());
            text.inlines(p, q.content());
            if (!q.attribution().isEmpty()) {
                text.run(p, " " + q.attribution()).setStyle("Attribution");
            }
            text.ownDirection(p);
        } else if (b instanceof Block.Figure f) {
            figure(f);
        } else if (b instanceof Block.Picture p) {
            picture(p);
        } else if (b instanceof Block.Panel p) {
            panel(p);
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Box box) {
            box(box, listLevel);
        } else if (b instanceof Block.Code c) {
            XWPFParagraph p = text.paragraph("SourceCode");
            String[] lines = c.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun r = text.run(p, lines[i]);
                if (i < lines.length - 1) {
                    r.addBreak();
                }
            }
        }
    }

    /**
     * A box (Quarto's callout): a table of one shaded cell, as a journal's template sets a "Key messages" box, not
     * broken across pages where it fits one, its title in bold, kept with what follows, then its blocks. A box that holds a table or another box (Word's cell here takes
     * paragraphs alone) is its title and its blocks in the text, unboxed.
     */
    private void box(Block.Box box, int listLevel) {
        Runnable content = () -> {
            List<weft.render.manuscript.Inline> title = new java.util.ArrayList<>(box.label()); // "Note 1: Key messages"
            if (!box.label().isEmpty() && !box.title().isEmpty()) {
                title.add(new weft.render.manuscript.Inline.Text(": ", java.util.Set.of(), ""));
            }
            title.addAll(box.title());
            if (!title.isEmpty()) {
                XWPFParagraph p = leadIn(title);
                if (!box.id().isEmpty()) {
                    text.bookmark(p, box.id());
                }
            }
            box.content().forEach(b -> block(b, listLevel));
        };
        if (!boxable(box.content())) {
            content.run();
            return;
        }
        XWPFTable table = text.document().createTable(1, 1);
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        table.setCellMargins(BOX_MARGIN, BOX_MARGIN * 2, BOX_MARGIN, BOX_MARGIN * 2);
        table.getRow(0).setCantSplitRow(true); // kept on one page where it fits, as the PDF keeps it
        XWPFTableCell cell = table.getRow(0).getCell(0);
        cell.setColor("F2F2F2");
        text.inCell(cell, content);
        if (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(0); // the empty one a new cell holds
        }
        text.paragraph(null); // Word needs a paragraph between a table and what follows
    }

    /** A paragraph of {@code content} in bold, kept with the one after it: a box's title, a definition's term. */
    private XWPFParagraph leadIn(List<weft.render.manuscript.Inline> content) {
        XWPFParagraph p = text.paragraph(null);
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
        text.inlines(p, content.stream().map(DocxBody::bold).toList());
        return p;
    }

    /** The space between a box's border and its text, in twentieths of a point (0.1 cm; twice that at the sides). */
    private static final int BOX_MARGIN = 57;

    /** Whether {@code blocks} hold nothing but paragraphs, lists, quotations, pictures and code (in a list too). */
    private static boolean boxable(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Table || b instanceof Block.Box || b instanceof Block.Figure || b instanceof Block.Panel) {
                return false;
            }
            if (b instanceof Block.ListBlock l && !l.items().stream().allMatch(DocxBody::boxable)) {
                return false;
            }
            if (b instanceof Block.DefinitionList d && !d.items().stream()
                    .allMatch(i -> i.definitions().stream().allMatch(DocxBody::boxable))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A definition list: each term in bold, kept with its definitions, and its definitions' paragraphs indented below
     * it (a definition's list, quotation or code as the text's).
     */
    private void definitions(Block.DefinitionList d, int listLevel) {
        for (Block.Definition item : d.items()) {
            leadIn(item.term());
            for (List<Block> definition : item.definitions()) {
                for (Block b : definition) {
                    if (b instanceof Block.Paragraph para) {
                        XWPFParagraph p = text.paragraph(null);
                        p.setIndentationLeft(567);
                        text.bookmark(p, para.id());
                        text.inlines(p, para.content());
                    } else {
                        block(b, listLevel);
                    }
                }
            }
        }
    }

    private static weft.render.manuscript.Inline bold(weft.render.manuscript.Inline inline) {
        if (inline instanceof weft.render.manuscript.Inline.Text t) {
            java.util.Set<weft.render.manuscript.Inline.Mark> marks = new java.util.HashSet<>(t.marks());
            marks.add(weft.render.manuscript.Inline.Mark.BOLD);
            return new weft.render.manuscript.Inline.Text(t.text(), marks);
        }
        return inline;
    }

    /**
     * A list: each item's first paragraph numbered (or bulleted), its further paragraphs under its text, its other
     * blocks after it, nested lists one level in.
     */
    private void list(Block.ListBlock l, int level) {
        BigInteger numbering = l.ordered() && l.numbering().equals("none") ? null : lists.start(l);
        for (List<Block> item : l.items()) {
            boolean first = true;
            for (Block b : item.isEmpty() ? List.<Block>of(new Block.Paragraph("", "", List.of())) : item) {
                if (b instanceof Block.Paragraph para && first) {
                    XWPFParagraph p = text.paragraph("ListParagraph");
                    if (numbering != null) { // items with labels of their own are only indented
                        p.setNumID(numbering);
                        p.setNumILvl(BigInteger.valueOf(Math.min(level, 8)));
                    }
                    text.bookmark(p, para.id());
                    text.inlines(p, para.content());
                } else if (b instanceof Block.Paragraph para) { // an item's further paragraph: under its text, unnumbered
                    XWPFParagraph p = text.paragraph("ListParagraph");
                    p.setIndentationLeft(DocxLists.ITEM_INDENT * (Math.min(level, 8) + 1));
                    text.bookmark(p, para.id());
                    text.inlines(p, para.content());
                } else if (b instanceof Block.ListBlock nested) {
                    list(nested, level + 1);
                } else {
                    block(b, level + 1);
                }
                first = false;
            }
        }
    }

    /**
     * The figure's pages, each a picture as large as fits a page (Word cannot break a picture across pages), then its
     * caption. A link to a figure in parts leads to its first part, not to the caption after its last.
     */
    private void figure(Block.Figure f) {
        boolean inParts = f.pages().size() > 1;
        for (int i = 0; i < f.pages().size(); i++) {
            XWPFParagraph picture = picture(f.pages().get(i), inParts ? f.id() + "-" + (i + 1) + ".png" : f.id() + ".png");
            if (inParts && i == 0) {
                text.bookmark(picture, f.id());
            }
        }
        caption(inParts ? null : f.id(), f.label(), f.caption());
    }

    private XWPFParagraph picture(Block.Drawing page, String name) {
        XWPFParagraph picture = text.paragraph("Figure");
        try {
            FigureImage.Png png = FigureImage.of(page, DocxWriter.TEXT_WIDTH_PT, DocxWriter.FIGURE_HEIGHT_PT, fonts, cache);
            XWPFRun r = picture.createRun();
            r.addPicture(new ByteArrayInputStream(png.bytes()), Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(png.widthPt()), Units.toEMU(png.heightPt()));
            // Word shows the drawing's description as its alternative text; the picture's own name and description follow
            String alt = page.description().isEmpty() ? page.altText() : page.altText() + ": " + page.description();
            CTNonVisualDrawingProps drawing = r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            drawing.setTitle(page.altText());
            drawing.setDescr(alt);
            CTNonVisualDrawingProps pictureProperties = r.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr();
            pictureProperties.setDescr(alt);
        } catch (IOException | InvalidFormatException e) {
            diagnostics.error(SourcePosition.ofFile(OutputNames.DOCX), "cannot put the figure in the Word document: "
                    + e.getMessage());
        }
        return picture;
    }

    /**
     * A figure of the prose: its image as the publication carries it, at 96 pixels an inch (as the web page and the PDF
     * set it) or at the share of the text's width the prose gives it, smaller to fit the text's width and a page, then
     * its caption.
     */
    private void picture(Block.Picture p) {
        byte[] image = files.get(p.src());
        XWPFParagraph picture = text.paragraph("Figure");
        if (image == null || p.width() <= 0 || p.height() <= 0) {
            diagnostics.error(SourcePosition.ofFile(OutputNames.DOCX), "cannot put the figure " + p.src()
                    + " in the Word document: the publication has no such image");
            return;
        }
        double natural = p.width() * 0.75; // points, at 96 pixels an inch
        double wanted = p.share() > 0 ? p.share() * DocxWriter.TEXT_WIDTH_PT : Math.min(natural, DocxWriter.TEXT_WIDTH_PT);
        double scale = Math.min(wanted / natural, DocxWriter.FIGURE_HEIGHT_PT / (p.height() * 0.75));
        String src = p.src().toLowerCase(java.util.Locale.ROOT);
        String name = p.src().substring(p.src().lastIndexOf('/') + 1);
        try {
            if (src.endsWith(".svg")) { // painted by Batik, as the PDF draws it, at DPI for its size on the page
                image = svgPicture(image, p.width() * 0.75 * scale, p.height() * 0.75 * scale);
                name = name.substring(0, name.length() - 4) + ".png";
            }
            XWPFRun r = picture.createRun();
            r.addPicture(new ByteArrayInputStream(image), src.endsWith(".jpg") || src.endsWith(".jpeg")
                    ? Document.PICTURE_TYPE_JPEG
                    : Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(p.width() * 0.75 * scale), Units.toEMU(p.height() * 0.75 * scale));
            r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(p.altText());
            r.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(p.altText());
        } catch (IOException | InvalidFormatException e) {
            diagnostics.error(SourcePosition.ofFile(OutputNames.DOCX), "cannot put the figure " + p.src()
                    + " in the Word document: " + e.getMessage());
        }
        caption(p.id(), p.label(), p.caption());
    }

    /**
     * A panel of subfigures: a table without borders for each of its rows, a cell for each subfigure the row sets side
     * by side, its picture and its own caption ("(a) The kitchen"), the row kept on one page; then the panel's caption.
     */
    private void panel(Block.Panel p) {
        int next = 0;
        for (int inRow : p.rows()) { // a table for each row, as many cells as it has subfigures
            XWPFTable table = text.document().createTable(1, inRow);
            table.setWidth("100%");
            XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
            table.setTopBorder(none, 0, 0, "auto");
            table.setBottomBorder(none, 0, 0, "auto");
            table.setLeftBorder(none, 0, 0, "auto");
            table.setRightBorder(none, 0, 0, "auto");
            table.setInsideHBorder(none, 0, 0, "auto");
            table.setInsideVBorder(none, 0, 0, "auto");
            XWPFTableRow row = table.getRow(0);
            row.setCantSplitRow(true);
            for (int i = 0; i < inRow; i++) {
                Block.Picture part = p.parts().get(next++);
                XWPFTableCell cell = row.getCell(i);
                text.inCell(cell, () -> picture(new Block.Picture(part.id(), part.label(), part.caption(), part.src(),
                        part.altText(), part.width(), part.height(), part.share() * 0.96))); // the cell's margins
                cell.removeParagraph(0); // the empty one a new cell holds
                cell.getParagraphs().forEach(para -> para.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER));
            }
        }
        caption(p.id(), p.label(), p.caption());
    }

    /**
     * The picture of an SVG figure printed {@code widthPt} by {@code heightPt} points: a PNG at {@value #SVG_DPI} dots an
     * inch, its text in the PDF's fonts (DejaVu, then the study's).
     */
    private byte[] svgPicture(byte[] svg, double widthPt, double heightPt) throws IOException {
        int width = (int) Math.max(1, Math.round(widthPt / 72 * SVG_DPI));
        int height = (int) Math.max(1, Math.round(heightPt / 72 * SVG_DPI));
        weft.cache.CacheKey key = cache.key("figure-png").text("svg").bytes(svg).number(width).number(height);
        if (!fonts.isEmpty()) { // its text may be set in the study's fonts, as in the PDF
            key = key.text(fonts.fingerprint());
        }
        try {
            return cache.memo(key, weft.cache.Codec.BYTES, () -> {
                try {
                    return weft.read.SvgDrawing.png(svg, width, height, new weft.render.pdf.SvgFonts(fonts));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The resolution an SVG figure is painted at for the Word document. */
    private static final int SVG_DPI = 200;

    /** A caption, with the bookmark {@code id} unless that is null (the bookmark is elsewhere). */
    private void caption(String id, String label, List<Inline> caption) {
        XWPFParagraph p = text.paragraph("Caption");
        text.bookmark(p, id);
        if (!label.isEmpty()) {
            text.run(p, label + " ").setBold(true);
        }
        text.inlines(p, caption);
    }

    /** The columns' widths in twips: the text's width shared by the length of each column's longest text. */
    /**
     * The narrowest a column may be, in points, per character of its longest word: the table's 10-point text, bold in
     * the header, at a generous 0.62 em a character; plus the cell's margins (5.4 points each side). So that no word
     * ("Section") breaks inside, whatever the widths of the other columns.
     */
    private static final double POINTS_PER_CHARACTER = 6.2;
    private static final double CELL_MARGINS = 10.8;

    /**
     * The columns' widths in twentieths of a point: shared out by the length of their longest text (6 to 40
     * characters), each at least as wide as its longest word, the others narrowed to keep the table as wide as the text.
     */
    /** Columns as the prose gives their shares of the table's width (a Pandoc multiline or grid table's), in twips. */
    private static long[] shares(List<Double> shares) {
        double total = shares.stream().mapToDouble(Double::doubleValue).sum();
        long[] widths = new long[shares.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.round(DocxWriter.TEXT_WIDTH_PT * 20 * shares.get(c) / total);
        }
        return widths;
    }

    private static long[] widths(List<Block.Row> rows, int columns) {
        int[] longest = new int[columns];
        double[] least = new double[columns];
        for (Block.Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                String plain = Inline.plain(row.cells().get(c).content());
                longest[c] = Math.max(longest[c], Math.min(Math.max(plain.length(), 6), 40));
                int word = TextWrap.widestPiece(plain); // a label in Japanese breaks between its characters
                least[c] = Math.max(least[c], word * POINTS_PER_CHARACTER + CELL_MARGINS);
            }
        }
        double[] points = new double[columns];
        boolean[] fixed = new boolean[columns];
        boolean changed = true;
        while (changed) { // a column below its least is set to it; the rest share what is left by their lengths
            changed = false;
            double left = DocxWriter.TEXT_WIDTH_PT;
            int shares = 0;
            for (int c = 0; c < columns; c++) {
                left -= fixed[c] ? points[c] : 0;
                shares += fixed[c] ? 0 : longest[c];
            }
            for (int c = 0; c < columns; c++) {
                if (!fixed[c]) {
                    points[c] = shares == 0 ? 0 : left * longest[c] / shares;
                    if (points[c] < least[c]) {
                        points[c] = least[c];
                        fixed[c] = true;
                        changed = true;
                    }
                }
            }
        }
        long[] widths = new long[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.round(points[c] * 20);
        }
        return widths;
    }

    /**
     * A Word table: the header rows repeat on every page, no row breaks across pages; counts are set right-aligned, and a
     * column the prose aligns right or centres so; in a table of the coding frame, a row's heading is set as the web page
     * sets it: bold at the first level, indented below it (and in italics at the third).
     */
    /** Sets every run of {@code p} in bold (or italics), those of its links (a node's label linked to its heading) too. */
    private static void emphasise(XWPFParagraph p, boolean italic) {
        List<CTR> runs = new java.util.ArrayList<>(p.getCTP().getRList());
        p.getCTP().getHyperlinkList().forEach(link -> runs.addAll(link.getRList()));
        for (CTR run : runs) {
            CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            if (italic && properties.sizeOfIArray() == 0) {
                properties.addNewI();
            } else if (!italic && properties.sizeOfBArray() == 0) {
                properties.addNewB();
            }
        }
    }

    /**
     * The table's cells laid out as the web page lays them out: each row's cells from the first column free of a cell
     * above spanning into it, each at every column and row it spans; null where a row is shorter than the others.
     */
    static Block.Cell[][] placed(List<Block.Row> rows) {
        java.util.Map<Long, Block.Cell> at = new java.util.HashMap<>();
        int columns = 0;
        for (int i = 0; i < rows.size(); i++) {
            int c = 0;
            for (Block.Cell cell : rows.get(i).cells()) {
                while (at.containsKey(((long) i << 32) | c)) {
                    c++;
                }
                for (int r = i; r < Math.min(rows.size(), i + cell.rows()); r++) {
                    for (int k = c; k < c + cell.columns(); k++) {
                        at.put(((long) r << 32) | k, cell);
                    }
                }
                c += cell.columns();
                columns = Math.max(columns, c);
            }
        }
        Block.Cell[][] grid = new Block.Cell[rows.size()][columns];
        at.forEach((key, cell) -> grid[(int) (key >>> 32)][(int) (long) key] = cell);
        return grid;
    }

    /**
     * Makes {@code tableCell} (the Word cell before {@code next}) span its cell's columns (the Word cells after it
     * removed) and, where the cell spans rows, merged with the row above ({@code fromAbove}) or below ({@code below}).
     */
    private static void span(XWPFTableRow row, XWPFTableCell tableCell, int next, Block.Cell cell, boolean fromAbove,
                             boolean below) {
        var properties = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr() : tableCell.getCTTc().addNewTcPr();
        if (cell.columns() > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.columns()));
            for (int k = 1; k < cell.columns() && next < row.getTableCells().size(); k++) {
                row.removeCell(next);
            }
        }
        if (fromAbove) {
            properties.addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
        } else if (below) {
            properties.addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
        }
    }

    /** How far a row's heading is indented for each level below the first, in twentieths of a point (0.4 cm). */
    private static final int INDENT = 227;

    private void table(Block.Table t) {
        if (!t.id().isEmpty() || !t.label().isEmpty() || !t.caption().isEmpty()) { // a table without: no empty caption
            caption(t.id(), t.label(), t.caption());
        }
        List<Block.Row> rows = new java.util.ArrayList<>(t.head());
        rows.addAll(t.body());
        rows.addAll(t.foot());
        Block.Cell[][] layout = placed(rows); // each cell at the columns and rows it spans
        int columns = layout.length == 0 ? 0 : layout[0].length;
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        long[] widths = t.widths().size() == columns ? shares(t.widths()) : widths(rows, columns);
        XWPFTable table = text.document().createTable(rows.size(), columns);
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        if (text.rightToLeft()) {
            table.getCTTbl().getTblPr().addNewBidiVisual(); // the first column at the right
        }
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            row.setCantSplitRow(true);
            if (i < t.head().size()) {
                row.setRepeatHeader(true);
            }
            int tc = 0; // the row's Word cell: one for each cell, however many columns it spans
            for (int c = 0; c < columns; c++) {
                Block.Cell cell = layout[i][c];
                XWPFTableCell tableCell = row.getCell(tc++);
                if (cell == null) { // a row shorter than the others
                    tableCell.setWidth(Long.toString(widths[c]));
                    continue;
                }
                long width = 0;
                for (int k = c; k < c + cell.columns() && k < columns; k++) {
                    width += widths[k];
                }
                tableCell.setWidth(Long.toString(width));
                boolean first = i == 0 || layout[i - 1][c] != cell;
                span(row, tableCell, tc, cell, !first, i + 1 < rows.size() && layout[i + 1][c] == cell);
                c += cell.columns() - 1;
                if (!first) {
                    continue; // a cell spanning rows: its text is in its first
                }
                XWPFParagraph p = tableCell.getParagraphArray(0);
                p.setStyle("TableText");
                if (!cell.align().isEmpty()) { // a count, or a column the prose aligns right or centres
                    p.setAlignment(cell.align().equals("center") ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
                }
                text.inlines(p, cell.content());
                int depth = rows.get(i).depth();
                if (i < t.head().size()) {
                    p.getRuns().forEach(r -> r.setBold(true));
                } else if (depth == 1 && cell.header()) {
                    emphasise(p, false);
                } else if (depth > 1 && cell.header()) { // a node below the first level: indented under it, as in the web page
                    p.setIndentationLeft(INDENT * (Math.min(depth, 4) - 1));
                    if (depth == 3) {
                        emphasise(p, true);
                    }
                }
            }
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        text.paragraph(null); // Word needs a paragraph between a table and what follows
    }
}

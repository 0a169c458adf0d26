package weft.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Element;

/**
 * Numbers the lines of the article's text in the page's margin, on from page to page, as journals ask of a manuscript
 * under review (and as the Word document's line numbering does, {@code presentation.lineNumbers}). Every line of text
 * the layout set in the flow of the page is numbered: headings, paragraphs, quotes, lists, notes and references; the
 * lines in tables and figures are not (as Word and LaTeX's lineno leave them out), nor the running head and foot.
 * The numbers stand at the text's beginning side of the page (the right in a right-to-left article), on each line's
 * baseline, and are artifacts of the tagged PDF: not part of the text a screen reader reads or a reader copies.
 */
final class LineNumbers {

    /** Points between a number and the text column. */
    static final float GAP = 12f;
    /** The numbers' size in points. */
    static final float SIZE = 6.5f;
    /** Two lines whose baselines are nearer than this on one page (points) are one line, numbered once. */
    private static final float SAME_LINE = 1f;
    private static final Set<String> NOT_NUMBERED = Set.of("figure", "table", "svg", "img");

    /** A line to number: its page (from 0) and its baseline, in points from the page's foot. */
    record Line(int page, float baseline) {
    }

    private LineNumbers() {
    }

    /** Draws the numbers on the pages of {@code doc}, as laid out by {@code renderer}, in {@code font}. */
    static void draw(PdfBoxRenderer renderer, PDDocument doc, PDFont font) throws IOException {
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
        c.setFontContext(new PdfBoxFontContext());
        Layer layer = renderer.getRootBox().getLayer();
        List<PageBox> pages = layer.getPages();
        boolean rightToLeft = renderer.getRootBox().getStyle().getDirection() == IdentValue.RTL;
        List<Line> lines = lines(renderer.getRootBox(), layer, c, doc);
        int number = 0;
        for (int i = 0; i < lines.size(); ) {
            int pageIndex = lines.get(i).page();
            PDPage page = doc.getPage(pageIndex);
            PageBox box = pages.get(pageIndex);
            float dotsPerPoint = box.getWidth(c) / page.getMediaBox().getWidth();
            float left = box.getMarginBorderPadding(c, CalculatedStyle.LEFT) / dotsPerPoint;
            float right = page.getMediaBox().getWidth() - box.getMarginBorderPadding(c, CalculatedStyle.RIGHT) / dotsPerPoint;
            try (PDPageContentStream out = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                out.beginMarkedContent(COSName.ARTIFACT);
                out.setNonStrokingColor(0x55 / 255f, 0x5a / 255f, 0x60 / 255f);
                for (; i < lines.size() && lines.get(i).page() == pageIndex; i++) {
                    String text = Integer.toString(++number);
                    float width = font.getStringWidth(text) / 1000 * SIZE;
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.newLineAtOffset(rightToLeft ? right + GAP : left - GAP - width, lines.get(i).baseline());
                    out.showText(text);
                    out.endText();
                }
                out.endMarkedContent();
            }
        }
    }

    /** The lines to number, in the order of the text, each line of the page once. */
    static List<Line> lines(BlockBox root, Layer layer, LayoutContext c, PDDocument doc) {
        List<LineBox> found = new ArrayList<>();
        collect(root, found);
        List<PageBox> pages = layer.getPages();
        List<Line> lines = new ArrayList<>();
        for (LineBox line : found) {
            int index = layer.getPageIndex(line.getAbsY());
            if (index < 0 || index >= doc.getNumberOfPages()) {
                continue;
            }
            PageBox page = pages.get(index);
            float dotsPerPoint = page.getWidth(c) / doc.getPage(index).getMediaBox().getWidth();
            float baseline = (page.getBottom() - (line.getAbsY() + line.getBaseline())
                    + page.getMarginBorderPadding(c, CalculatedStyle.BOTTOM)) / dotsPerPoint;
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last == null || last.page() != index || Math.abs(last.baseline() - baseline) >= SAME_LINE) {
                lines.add(new Line(index, baseline));
            }
        }
        return lines;
    }

    private static void collect(Box box, List<LineBox> lines) {
        if (box instanceof TableBox || outOfFlow(box.getStyle())) {
            return;
        }
        Element element = box.getElement();
        if (element != null && box instanceof BlockBox && NOT_NUMBERED.contains(element.getLocalName() != null
                ? element.getLocalName() : element.getNodeName())) {
            return;
        }
        if (box instanceof LineBox line) {
            if (hasText(line)) {
                lines.add(line);
            }
            inlineBlocks(line, lines); // lines of their own (the article's facts: "Received: …" side by side)
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), lines);
        }
    }

    /** The lines of the inline blocks set within {@code line}. */
    private static void inlineBlocks(LineBox line, List<LineBox> lines) {
        for (int i = 0; i < line.getChildCount(); i++) {
            inlineBlock(line.getChild(i), lines);
        }
    }

    private static void inlineBlock(Object child, List<LineBox> lines) {
        if (child instanceof BlockBox block) {
            collect(block, lines);
        } else if (child instanceof InlineLayoutBox inline) {
            for (Object inner : inline.getInlineChildren()) {
                inlineBlock(inner, lines);
            }
        }
    }

    private static boolean outOfFlow(CalculatedStyle style) {
        return style != null && (style.isRunning() || style.isFixed() || style.isAbsolute());
    }

    /** Whether the line sets any character but white space in its own text (not in an inline block's). */
    private static boolean hasText(LineBox line) {
        for (int i = 0; i < line.getChildCount(); i++) {
            if (line.getChild(i) instanceof InlineLayoutBox inline && hasText(inline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(InlineLayoutBox box) {
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text && !text.getSubstring().isBlank()
                    || child instanceof InlineLayoutBox inner && hasText(inner)) {
                return true;
            }
        }
        return false;
    }
}

package weft.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jsoup.nodes.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import weft.render.article.MarkedUp;

/**
 * A review copy's Word document marked as its web page is ({@link MarkedUp}): each paragraph (of the body and of its
 * tables' cells) that stands for a marked passage is shaded with the highlight's colour, and the legend is the first
 * paragraph, shaded too. Shading, not Word's tracked changes: the earlier text is not in the document.
 */
final class DocxReviewMarks {

    /** The web page's highlight, #fff1b8. */
    private static final String FILL = "FFF1B8";

    private DocxReviewMarks() {
    }

    static void mark(XWPFDocument doc, Document marked) {
        MarkedUp.matched(marked, paragraphs(doc), XWPFParagraph::getText).forEach(DocxReviewMarks::shade);
        MarkedUp.legend(marked).ifPresent(legend -> {
            List<XWPFParagraph> all = doc.getParagraphs();
            XWPFParagraph first;
            if (all.isEmpty()) {
                first = doc.createParagraph();
            } else {
                try (XmlCursor at = all.get(0).getCTP().newCursor()) {
                    first = doc.insertNewParagraph(at);
                }
            }
            first.createRun().setText(legend);
            shade(first);
        });
    }

    /** The document's paragraphs in reading order, a table's cells' among them. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }

    private static void shade(XWPFParagraph p) {
        CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTShd shading = properties.isSetShd() ? properties.getShd() : properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(FILL);
    }
}

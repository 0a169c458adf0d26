package weft.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** A tagged PDF's structure as a screen reader meets it: its elements of a type, in order, and their pages. */
public final class PdfStructure {

    /** The structure elements of {@code type} ("Figure", "L" ...), in the order of the structure tree. */
    public static List<PDStructureElement> elements(PDDocument doc, String type) {
        List<PDStructureElement> out = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), type, out);
        return out;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals(type)) {
                    out.add(e);
                }
                collect(e, type, out);
            }
        }
    }

    /** The page of an element's marked content: its own, its content's, or the nearest ancestor's. */
    public static PDPage pageOf(PDStructureElement e) {
        for (Object kid : e.getKids()) {
            if (kid instanceof PDMarkedContentReference ref && ref.getPage() != null) {
                return ref.getPage();
            }
            if (kid instanceof PDStructureElement child && pageOf(child) != null) {
                return pageOf(child);
            }
        }
        for (PDStructureNode n = e; n instanceof PDStructureElement s; n = s.getParent()) {
            if (s.getPage() != null) {
                return s.getPage();
            }
        }
        return null;
    }

    private PdfStructure() {
    }
}

package weft.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Finishes the PDF openhtmltopdf rendered, on the open document: an alternate text on every link (PDF/UA), the
 * associated files (PDF/A-3), the document's date in Info and XMP, the outline shown on opening, and a trailer
 * /ID derived from the content. Without it the PDF fails PDF/UA-1 7.18.5 and differs from build to build.
 */
final class PdfPostProcessor {

    /**
     * @param date            creation and modification date (Info, XMP, embedded files); PDF dates have seconds
     * @param creatorTool     Info /Creator and xmp:CreatorTool
     * @param pdfaPart        pdfaid:part
     * @param pdfaConformance pdfaid:conformance (A or U)
     * @param documentId      both entries of the trailer /ID: a hash of everything the PDF is made from
     */
    record Settings(Instant date, String creatorTool, int pdfaPart, String pdfaConformance, byte[] documentId) {
        Settings {
            date = Instant.ofEpochSecond(date.getEpochSecond());
            documentId = documentId.clone();
        }
    }

    private static final COSName ALT = COSName.getPDFName("Alt");

    static void process(PDDocument doc, List<Attachment> attachments, Settings settings) throws IOException {
        Calendar date = utc(settings.date());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator(settings.creatorTool());

        describeLinks(doc);
        noInterpolation(doc);
        AssociatedFiles.embed(doc, attachments, date);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getDocumentOutline() != null) {
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        XmpPacket.write(doc, settings.date(), settings.documentId(), settings.pdfaPart(), settings.pdfaConformance());

        COSArray id = new COSArray();
        id.add(new COSString(settings.documentId(), true));
        id.add(new COSString(settings.documentId(), true));
        doc.getDocument().setDocumentID(id);
        // Should /ID ever be missing, PDFBox would hash the clock: give it the date instead.
        doc.setDocumentId(settings.date().getEpochSecond());
    }

    /**
     * PDF/A (ISO 19005-2 6.2.8.3): no image asks the viewer to smooth it (/Interpolate true). Batik asks so for a
     * picture embedded in an SVG figure, drawn into the figure's form XObject: every image of every page and form is set
     * not to (the viewer scales it as it does any other).
     */
    static void noInterpolation(PDDocument doc) throws IOException {
        java.util.Set<org.apache.pdfbox.cos.COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            noInterpolation(page.getResources(), seen);
        }
    }

    private static void noInterpolation(org.apache.pdfbox.pdmodel.PDResources resources, java.util.Set<org.apache.pdfbox.cos.COSBase> seen)
            throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            org.apache.pdfbox.pdmodel.graphics.PDXObject x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                if (image.getInterpolate()) {
                    image.setInterpolate(false);
                }
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                noInterpolation(form.getResources(), seen);
            }
        }
    }

    /**
     * PDF/UA-1 7.18.5: every link annotation has /Contents. openhtmltopdf writes a link's {@code title} as /Alt of
     * its Link structure element and an empty /Alt when there is none, which would hide the link's text from a
     * screen reader: that one is removed. /Contents is the /Alt, else the text under the link, else its target.
     */
    static void describeLinks(PDDocument doc) throws IOException {
        Map<COSDictionary, PDStructureElement> elements = new IdentityHashMap<>();
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            collectLinkElements(root, elements);
        }
        for (PDPage page : doc.getPages()) {
            Map<String, PDAnnotationLink> undescribed = new LinkedHashMap<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                PDStructureElement element = elements.get(link.getCOSObject());
                String alt = element == null ? null : element.getAlternateDescription();
                if (element != null && alt != null && alt.isBlank()) {
                    element.getCOSObject().removeItem(ALT);
                    alt = null;
                }
                if (link.getContents() != null && !link.getContents().isBlank()) {
                    continue;
                }
                if (alt != null) {
                    link.setContents(alt);
                } else {
                    undescribed.put("link" + undescribed.size(), link);
                }
            }
            describeByText(page, undescribed);
        }
    }

    /** The text under each link, read in one pass over the page. */
    private static void describeByText(PDPage page, Map<String, PDAnnotationLink> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        PDRectangle box = page.getCropBox();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        links.forEach((region, link) -> {
            PDRectangle rect = link.getRectangle();
            // Annotation rectangles are in PDF user space (origin bottom left); the stripper's regions start top left.
            stripper.addRegion(region, new Rectangle2D.Float(rect.getLowerLeftX() - box.getLowerLeftX(),
                    box.getUpperRightY() - rect.getUpperRightY(), rect.getWidth(), rect.getHeight()));
        });
        stripper.extractRegions(page);
        for (Map.Entry<String, PDAnnotationLink> e : links.entrySet()) {
            String text = stripper.getTextForRegion(e.getKey()).replaceAll("\\s+", " ").trim();
            PDAnnotationLink link = e.getValue();
            if (text.isEmpty()) {
                text = link.getAction() instanceof PDActionURI uri ? "Link to " + uri.getURI() : "Link within this document";
            }
            link.setContents(text);
        }
    }

    private static void collectLinkElements(PDStructureNode node, Map<COSDictionary, PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                collectLinkElements(element, out);
            } else if (kid instanceof PDObjectReference ref && node instanceof PDStructureElement element
                    && ref.getReferencedObject() instanceof PDAnnotation annotation) {
                out.put(annotation.getCOSObject(), element);
            }
        }
    }

    private static Calendar utc(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private PdfPostProcessor() {
    }
}

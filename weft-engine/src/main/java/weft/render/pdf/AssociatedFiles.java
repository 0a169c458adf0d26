package weft.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds files as PDF/A-3 associated files of the document: each file specification (/F, /UF, /Desc,
 * /AFRelationship) is listed in the EmbeddedFiles name tree, where viewers and {@code pdfdetach} find it, and in
 * the catalog's /AF array, which PDF/A-3 requires; the same object in both. Each stream carries its MIME type and
 * /Params with the size, an MD5 checksum and the document's date.
 */
final class AssociatedFiles {

    static final COSName AF = COSName.getPDFName("AF");
    static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    // openhtmltopdf's own embedding (<a download relationship=..>) is not used: it stamps the current time.
    static void embed(PDDocument doc, List<Attachment> attachments, Calendar date) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
        COSArray af = new COSArray();
        for (Attachment a : attachments) {
            byte[] content = a.content();
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
            file.setSubtype(a.mimeType());
            file.setSize(content.length);
            file.setCreationDate(date);
            file.setModDate(date);
            COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
            params.setItem(COSName.getPDFName("CheckSum"), new COSString(md5(content), true));

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.fileName());
            spec.setFileUnicode(a.fileName());
            spec.setFileDescription(a.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(AF_RELATIONSHIP, a.relationship());
            if (byName.put(a.fileName(), spec) != null) {
                throw new IllegalArgumentException("two attachments named " + a.fileName());
            }
            af.add(spec);
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
            catalog.setNames(names);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName); // PDFBox sorts the names, as a name tree requires
        names.setEmbeddedFiles(tree);
        catalog.getCOSObject().setItem(AF, af);
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JVM", e);
        }
    }

    private AssociatedFiles() {
    }
}

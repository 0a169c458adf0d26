package weft.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The document's XMP metadata, written from its final Info dictionary: openhtmltopdf's own packet carries the
 * time of rendering, and PDF/A requires the two to agree. Nothing in it varies between builds: the dates are the
 * document's date and the IDs are derived from the document ID.
 */
final class XmpPacket {

    static void write(PDDocument doc, Instant date, byte[] documentId, int pdfaPart, String pdfaConformance)
            throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
        String id = "uuid:" + UUID.nameUUIDFromBytes(documentId);

        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        if (info.getTitle() != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.getTitle()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.getAuthor() != null) {
            // PDF/A: dc:creator is a Seq whose single entry equals Info /Author.
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(info.getAuthor())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (catalog.getLanguage() != null && !catalog.getLanguage().isBlank()) {
            x.append("<dc:language><rdf:Bag><rdf:li>").append(esc(catalog.getLanguage())).append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (info.getKeywords() != null) {
            x.append("<pdf:Keywords>").append(esc(info.getKeywords())).append("</pdf:Keywords>\n");
        }
        if (info.getProducer() != null) {
            x.append("<pdf:Producer>").append(esc(info.getProducer())).append("</pdf:Producer>\n");
        }
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n");
        if (info.getCreator() != null) {
            x.append("<xmp:CreatorTool>").append(esc(info.getCreator())).append("</xmp:CreatorTool>\n");
        }
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
                .append("<xmpMM:DocumentID>").append(id).append("</xmpMM:DocumentID>\n")
                .append("<xmpMM:InstanceID>").append(id).append("</xmpMM:InstanceID>\n")
                .append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>").append(pdfaPart).append("</pdfaid:part>\n")
                .append("<pdfaid:conformance>").append(esc(pdfaConformance.toUpperCase(Locale.ROOT)))
                .append("</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");

        // pdfuaid is not one of PDF/A's predefined schemas: PDF/A-3 requires a description of it.
        x.append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag>\n")
                .append("<rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq>\n")
                .append("<rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
                .append("</rdf:li>\n")
                .append("</rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li>\n")
                .append("</rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");

        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(x.toString().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private XmpPacket() {
    }
}

package weft.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF as a reader meets it, read with PDFBox: its text (whole and by page), the headings of its tag structure,
 * its outline, its embedded files; and what veraPDF says of it.
 */
final class PdfFile {

    /** A heading of the tag structure: H1 … H6 and the text it tags. */
    record Tag(String type, String text) {
    }

    /** An entry of the outline: its depth (0 for the top level), title and the page (from 1) it leads to. */
    record Bookmark(int depth, String title, int page) {
    }

    /** An embedded file: its AFRelationship, MIME type, description and bytes. */
    record Embedded(String relationship, String mimeType, String description, byte[] content) {
    }

    /** veraPDF's verdict for one flavour: the failed rules (clause-test: message), empty when compliant. */
    record Verdict(boolean compliant, long checks, Map<String, String> failures) {
    }

    final byte[] bytes;

    PdfFile(byte[] bytes) {
        this.bytes = bytes;
    }

    PDDocument open() {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the whole document, with every run of white space as one space. */
    String text() {
        try (PDDocument doc = open()) {
            return normalise(stripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, white space normalised. */
    List<String> pages() {
        try (PDDocument doc = open()) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = stripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normalise(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text in reading order as it is seen: by position, not in the order the content stream draws it. */
    private static PDFTextStripper stripper() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** The Unicode of every glyph drawn as text, as the text layer maps it (ligatures would show here). */
    String glyphs() {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = open()) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> out.append(p.getUnicode()));
                }
            }.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The headings of the tag structure in document order, with the text of their marked content. */
    List<Tag> headings() {
        try (PDDocument doc = open()) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            List<Tag> tags = new ArrayList<>();
            collectHeadings(doc.getDocumentCatalog().getStructureTreeRoot(), null, texts, tags);
            return tags;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectHeadings(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> texts,
                                        List<Tag> out) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                PDPage p = e.getPage() != null ? e.getPage() : page;
                if (e.getStructureType().matches("H[1-6]")) {
                    StringBuilder text = new StringBuilder();
                    markedText(e, p, texts, text);
                    out.add(new Tag(e.getStructureType(), normalise(text.toString())));
                } else {
                    collectHeadings(e, p, texts, out);
                }
            }
        }
    }

    private static void markedText(PDStructureElement e, PDPage page, Map<PDPage, Map<Integer, String>> texts,
                                   StringBuilder out) throws IOException {
        PDPage own = e.getPage() != null ? e.getPage() : page;
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                out.append(textsOf(own, texts).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage p = ref.getPage() != null ? ref.getPage() : own;
                out.append(textsOf(p, texts).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                markedText(child, own, texts, out);
            }
        }
    }

    private static Map<Integer, String> textsOf(PDPage page, Map<PDPage, Map<Integer, String>> texts) throws IOException {
        Map<Integer, String> known = texts.get(page);
        if (known == null) {
            known = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collectMarked(content, known);
            }
            texts.put(page, known);
        }
        return known;
    }

    private static void collectMarked(PDMarkedContent content, Map<Integer, String> out) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition t) {
                text.append(t.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collectMarked(nested, out);
            }
        }
        if (content.getMCID() >= 0) {
            out.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    /** The outline, depth first. */
    List<Bookmark> outline() {
        try (PDDocument doc = open()) {
            List<Bookmark> out = new ArrayList<>();
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                addBookmarks(doc, root, 0, out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addBookmarks(PDDocument doc, PDOutlineNode node, int depth, List<Bookmark> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = -1;
            if (item.getDestination() instanceof PDPageDestination d) {
                page = d.retrievePageNumber() + 1;
            }
            out.add(new Bookmark(depth, item.getTitle(), page));
            addBookmarks(doc, item, depth + 1, out);
        }
    }

    /** The embedded files by name, as the EmbeddedFiles name tree lists them, in name order. */
    Map<String, Embedded> embeddedFiles() {
        try (PDDocument doc = open()) {
            Map<String, Embedded> out = new TreeMap<>();
            var names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return out;
            }
            for (Map.Entry<String, PDComplexFileSpecification> e : names.getEmbeddedFiles().getNames().entrySet()) {
                var spec = e.getValue();
                var file = spec.getEmbeddedFileUnicode();
                out.put(e.getKey(), new Embedded(spec.getCOSObject().getNameAsString(AssociatedFiles.AF_RELATIONSHIP),
                        file.getSubtype(), spec.getFileDescription(), file.toByteArray()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files the catalog's /AF lists (the associated files of PDF/A-3). */
    List<String> associatedFiles() {
        try (PDDocument doc = open()) {
            List<String> out = new ArrayList<>();
            COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(AssociatedFiles.AF);
            if (af != null) {
                for (COSBase entry : af) {
                    COSDictionary spec = (COSDictionary) (entry instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : entry);
                    out.add(spec.getString(org.apache.pdfbox.cos.COSName.UF));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** veraPDF's validation against {@code flavour}. */
    Verdict validate(PDFAFlavour flavour) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), flavour)) {
            ValidationResult result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
            Map<String, String> failures = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.putIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            a.getMessage() + " at " + a.getLocation().getContext());
                }
            }
            return new Verdict(result.isCompliant(), result.getTotalAssertions(), failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

package weft.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import weft.publish.OutputFiles;

/**
 * The anonymised copy's last check: every output of text (the pages, the search index, the spreadsheet, the JATS, the
 * Word document's text, the PDFs' text and document information, the site pages) searched for what identifies the
 * authors, whole words as the copy replaces them. What is found there came from text the copy does not anonymise (a
 * quote's words, a node's label, a research question, the corpus's description ...), and the build says where, so
 * that the author can replace it.
 */
final class AnonymityScan {

    /** The outputs read as text as they are; a PDF's embedded inputs are checked apart, as inputs. */
    private static final Pattern TEXT = Pattern.compile(".*\\.(html|xhtml|xml|json|csv|js|txt|svg|cff|md|apt)");

    private AnonymityScan() {
    }

    /** The paths of the outputs that name one of {@code identities}, prefixed as given, in order. */
    static Set<String> outputsNaming(List<String> identities, Map<String, OutputFiles> outputs) {
        Set<String> found = new TreeSet<>();
        if (identities.isEmpty()) {
            return found;
        }
        Pattern any = anyOf(identities);
        // the files on the common pool as well: reading a PDF's text back takes most of the check
        outputs.entrySet().stream().flatMap(o -> o.getValue().files().entrySet().stream()
                .map(f -> Map.entry(o.getKey() + f.getKey(), f.getValue()))).toList().parallelStream()
                .filter(f -> names(any, f.getKey(), f.getValue())).map(Map.Entry::getKey).forEachOrdered(found::add);
        return found;
    }

    /** Any of {@code identities} as a whole word, as the copy replaces them. */
    static Pattern anyOf(List<String> identities) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", identities.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
    }

    /** Whether the output at {@code path} names an identity. */
    private static boolean names(Pattern any, String path, byte[] bytes) {
        if (TEXT.matcher(path).matches()) {
            return any.matcher(new String(bytes, StandardCharsets.UTF_8)).find();
        }
        if (path.endsWith(".docx")) {
            return any.matcher(documentText(bytes)).find();
        }
        return path.endsWith(".pdf") && any.matcher(pdfText(bytes)).find();
    }

    /**
     * A PDF's text as a reader copies it, with its document information (title, subject, keywords, author), every run
     * of white space one space (a name broken over two lines is still found).
     */
    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            String text = java.util.stream.Stream.of(info.getTitle(), info.getSubject(), info.getKeywords(), info.getAuthor())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"))
                    + "\n" + new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            return text.replaceAll("\\s+", " ");
        } catch (IOException e) {
            return ""; // a PDF Weft wrote in memory a moment ago: nothing to read is nothing found
        }
    }

    /** The XML of a Word document's parts (its text among them), as one string. */
    private static String documentText(byte[] docx) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException e) {
            // a document Weft wrote in memory a moment ago: nothing to read is nothing found
        }
        return text.toString();
    }
}

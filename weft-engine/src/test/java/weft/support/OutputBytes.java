package weft.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import weft.build.BuildResult;

/** Every byte a build wrote, searchable: for the tests that check what a restricted or anonymised build must not hold. */
public final class OutputBytes {

    private OutputBytes() {
    }

    /** Every output of the build as searchable text: each file's bytes, and for a PDF its text and every decoded stream. */
    public static Map<String, String> everyByte(BuildResult result) {
        Map<String, String> texts = new java.util.TreeMap<>();
        Map<String, byte[]> files = new java.util.TreeMap<>(result.publication().orElseThrow().files());
        result.sitePages().orElseThrow().files().forEach((path, bytes) -> files.put("site/" + path, bytes));
        files.forEach((path, bytes) -> {
            texts.put(path, new String(bytes, StandardCharsets.UTF_8));
            if (path.endsWith(".pdf")) {
                texts.put(path + " (text, streams, strings)", pdfContents(bytes));
            }
        });
        return texts;
    }

    private static String pdfContents(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder(new PDFTextStripper().getText(doc));
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObject object : doc.getDocument().getXrefTable().keySet().stream()
                    .map(key -> doc.getDocument().getObjectFromPool(key)).toList()) {
                collect(object.getObject(), all, seen);
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(COSBase base, StringBuilder all, Map<COSBase, Boolean> seen) throws IOException {
        if (base == null || seen.put(base, true) != null) {
            return;
        }
        if (base instanceof COSStream stream) {
            try (InputStream in = stream.createInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                all.append('\n').append(out.toString(StandardCharsets.UTF_8)).append('\n')
                        .append(out.toString(StandardCharsets.UTF_16BE));
            } catch (IOException e) {
                all.append("\n(undecodable stream)");
            }
        }
        if (base instanceof COSString s) {
            all.append('\n').append(s.getString());
        } else if (base instanceof COSDictionary dict) {
            for (COSBase value : dict.getValues()) {
                collect(value instanceof COSObject o ? o.getObject() : value, all, seen);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase value : array) {
                collect(value instanceof COSObject o ? o.getObject() : value, all, seen);
            }
        }
    }

    public static List<String> holding(Map<String, String> outputs, String... needles) {
        List<String> found = new ArrayList<>();
        outputs.forEach((path, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                if (lower.contains(needle.toLowerCase(Locale.ROOT))) {
                    found.add(path + ": " + needle);
                }
            }
        });
        return found;
    }
}

package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text a PDF prints, each with where it begins and ends across its page, as a reader sees where a line
 * is set: at the left margin, at the right, or across. Text is NFKC-normalised, so Arabic in the font's presentation
 * forms (the joined letters' own code points) reads as the letters the study wrote.
 */
public final class PdfLines {

    /** A printed line: its text, its page (from 1), the left and right ends of its glyphs and the page's width, in points. */
    public record Line(String text, int page, float left, float right, float pageWidth) {

        /** The space between the line's right end and the page's right edge. */
        public float rightSpace() {
            return pageWidth - right;
        }
    }

    public static List<Line> of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    lines.add(new Line(Normalizer.normalize(text, Normalizer.Form.NFKC), getCurrentPageNo(), left, right,
                            getCurrentPage().getMediaBox().getWidth()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line that contains {@code text}. */
    public static Line find(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains '" + text + "' in " + lines.stream().map(Line::text).toList()));
    }

    private PdfLines() {
    }
}

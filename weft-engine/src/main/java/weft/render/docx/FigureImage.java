package weft.render.docx;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import weft.cache.BuildCache;
import weft.cache.CacheKey;
import weft.cache.Codec;
import weft.render.pdf.SvgFonts;

/**
 * The coding frame's SVG drawn as a PNG for Word, by Batik with the fonts the PDF's figure uses (the DejaVu faces of
 * the jar, so that the image is the same on every machine), without scripts or external resources.
 */
final class FigureImage {

    /** The PNG and its size on the page, in points. */
    record Png(byte[] bytes, double widthPt, double heightPt) {

        static final Codec<Png> CODEC = new Codec<>() {
            @Override
            public void write(Png png, DataOutputStream out) throws IOException {
                Codec.BYTES.write(png.bytes(), out);
                out.writeDouble(png.widthPt());
                out.writeDouble(png.heightPt());
            }

            @Override
            public Png read(DataInputStream in) throws IOException {
                return new Png(Codec.BYTES.read(in), in.readDouble(), in.readDouble());
            }
        };
    }

    private static final double DPI = 200;
    /** At most this many pixels down: a tall tree is drawn at a lower resolution rather than as a huge image. */
    private static final double MAX_PIXELS_HIGH = 4000;
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
            "<svg\\b[^>]*?\\swidth=\"([0-9.]+)\"[^>]*?\\sheight=\"([0-9.]+)\"");

    /**
     * The figure as large as fits in a box of {@code maxWidthPt} by {@code maxHeightPt} points (Word cannot break a
     * picture across pages, so a tall tree is made smaller to fit one), keeping its proportions; or the drawing
     * {@code cache} kept for the same SVG and box.
     */
    static Png of(String svg, double maxWidthPt, double maxHeightPt, BuildCache cache) throws IOException {
        CacheKey key = cache.key("figure-png").text(svg).text(Double.toString(maxWidthPt)).text(Double.toString(maxHeightPt));
        try {
            return cache.memo(key, Png.CODEC, () -> {
                try {
                    return draw(svg, maxWidthPt, maxHeightPt);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Png draw(String svg, double maxWidthPt, double maxHeightPt) throws IOException {
        java.util.regex.Matcher size = SIZE.matcher(svg);
        double ratio = size.find() ? Double.parseDouble(size.group(2)) / Double.parseDouble(size.group(1)) : 1;
        double widthPt = Math.min(maxWidthPt, maxHeightPt / ratio);
        double heightPt = widthPt * ratio;
        double dpi = Math.min(DPI, MAX_PIXELS_HIGH / (heightPt / 72));
        BufferedImage[] drawn = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int width, int height) {
                return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                drawn[0] = image;
            }

            @Override
            protected UserAgent createUserAgent() {
                return new SVGAbstractTranscoderUserAgent() {
                    @Override
                    public FontFamilyResolver getFontFamilyResolver() {
                        return new SvgFonts();
                    }
                };
            }
        };
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) (widthPt / 72 * dpi));
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        } catch (TranscoderException e) {
            throw new IOException("cannot draw the figure: " + e.getMessage(), e);
        }
        BufferedImage image = drawn[0];
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new Png(png.toByteArray(), widthPt, heightPt);
    }

    private FigureImage() {
    }
}

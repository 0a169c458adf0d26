package weft.render.docx;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.imageio.ImageIO;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import weft.render.pdf.SvgFonts;

/**
 * The coding frame's SVG drawn as a PNG for Word, by Batik with the fonts the PDF's figure uses (the DejaVu faces of
 * the jar, so that the image is the same on every machine), without scripts or external resources.
 */
final class FigureImage {

    /** The PNG and its size on the page, in points. */
    record Png(byte[] bytes, double widthPt, double heightPt) {
    }

    private static final double DPI = 200;

    /** The figure at {@code widthPt} points wide (its height follows its proportions). */
    static Png of(String svg, double widthPt) throws IOException {
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
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) (widthPt / 72 * DPI));
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
        return new Png(png.toByteArray(), widthPt, widthPt * image.getHeight() / image.getWidth());
    }

    private FigureImage() {
    }
}

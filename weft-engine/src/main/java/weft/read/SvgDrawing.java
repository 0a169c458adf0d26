package weft.read;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * An SVG figure (as {@link SvgFigure} wrote it) drawn by Batik, the renderer the PDF draws SVG with: to check that it
 * draws (a reference to an element the file does not have, say, which a browser passes over and Batik does not), and to
 * paint it as a picture for the Word document. Batik is told to run no script and to load nothing but a picture embedded
 * in the drawing ({@code data:}), though the figure has nothing else.
 */
public final class SvgDrawing {

    /** An SVG figure's media type. */
    public static final String MEDIA_TYPE = "image/svg+xml";

    private SvgDrawing() {
    }

    /** Why Batik cannot draw {@code svg}, in words for the author; empty when it can. */
    static Optional<String> problem(byte[] svg) {
        try {
            paint(svg, 32, 32, null);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * {@code svg} painted on white, {@code width} by {@code height} pixels, as a PNG file, its text in the families
     * {@code fonts} resolves (the PDF's, so that the picture is the same on every machine, whatever fonts it has).
     */
    public static byte[] png(byte[] svg, int width, int height, FontFamilyResolver fonts) throws IOException {
        BufferedImage image = paint(svg, width, height, fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage paint(byte[] svg, int width, int height, FontFamilyResolver fonts) throws IOException {
        Painter painter = new Painter(fonts);
        painter.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) width);
        painter.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) height);
        painter.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        painter.setErrorHandler(new ErrorHandler() {
            @Override
            public void error(TranscoderException e) throws TranscoderException {
                throw e;
            }

            @Override
            public void fatalError(TranscoderException e) throws TranscoderException {
                throw e;
            }

            @Override
            public void warning(TranscoderException e) {
                // Batik's warnings (a property it ignores) do not stop the drawing
            }
        });
        TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
        input.setURI("file:///figure.svg"); // Batik needs an address for the document; nothing is read from it
        try {
            painter.transcode(input, new TranscoderOutput());
        } catch (TranscoderException | RuntimeException e) {
            throw new IOException("Batik, which draws the figure in the PDF, cannot draw it: " + reason(e), e);
        }
        if (painter.image == null) {
            throw new IOException("Batik, which draws the figure in the PDF, drew nothing");
        }
        BufferedImage rgb = new BufferedImage(painter.image.getWidth(), painter.image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(painter.image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** What Batik says of a drawing it cannot draw, without its own wrapping and the figure's made-up address. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (true) {
            Throwable next = cause instanceof TranscoderException t ? t.getException() : cause.getCause();
            if (next == null || next == cause) {
                break;
            }
            cause = next;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("file:/+figure\\.svg:-?\\d+\\s*", "").replaceAll("file:/+figure\\.svg#", "#")
                .replaceAll("file:/+figure\\.svg:?", "").replaceAll("\\s+", " ").strip();
    }

    /** Batik's drawing into a picture kept in memory, with a user agent that runs and loads nothing. */
    private static final class Painter extends ImageTranscoder {
        BufferedImage image;
        /** The families the text is drawn in; null for the JVM's own. */
        private final FontFamilyResolver fonts;

        Painter(FontFamilyResolver fonts) {
            this.fonts = fonts;
        }

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            image = img;
        }

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                    return new NoLoadScriptSecurity(type);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                    // a picture embedded in the drawing (data:, checked by SvgFigure) is read; nothing else is
                    return "data".equals(resource.getProtocol()) ? () -> { } : new NoLoadExternalResourceSecurity();
                }

                @Override
                public FontFamilyResolver getFontFamilyResolver() {
                    return fonts != null ? fonts : super.getFontFamilyResolver();
                }

                @Override
                public boolean isXMLParserValidating() {
                    return false;
                }

                /** Not printed (Batik's own prints the stack to standard error): the drawing fails with it. */
                @Override
                public void displayError(Exception e) {
                    throw new IllegalStateException(e);
                }

                @Override
                public void displayMessage(String message) {
                    // Batik's messages are not the author's to read
                }
            };
        }
    }
}

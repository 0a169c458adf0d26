package weft.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** Figures for the build's tests: drawn pictures, with the metadata a camera or an editor writes. */
public final class ImageFilesForTests {

    private ImageFilesForTests() {
    }

    /** A drawn PNG of 120 by 80 pixels with a text chunk. */
    public static byte[] pngWithText(String text) throws IOException {
        return ImageBytesTest.withChunksAfterHeader(ImageBytesTest.png(ImageBytesTest.drawing()),
                ImageBytesTest.chunk("tEXt", text));
    }

    /** A drawn JPEG of 120 by 80 pixels, upright, with EXIF naming {@code artist}. */
    public static byte[] jpegWithExif(String artist) throws IOException {
        return ImageBytesTest.withSegmentsAfterStart(ImageBytesTest.jpeg(ImageBytesTest.drawing()),
                ImageBytesTest.segment(0xe1, ImageBytesTest.exif(1, artist)));
    }

    /** A drawn PNG of 120 by 80 pixels with transparent parts (an alpha channel). */
    public static byte[] pngWithAlpha() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160, 128));
        g.fillOval(10, 10, 100, 60);
        g.dispose();
        return ImageBytesTest.png(image);
    }

    /** A drawn PNG wider than any screen: 1600 by 400 pixels. */
    public static byte[] widePng() throws IOException {
        BufferedImage image = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 400);
        g.setColor(new Color(30, 90, 160));
        g.fillRect(100, 100, 1400, 200);
        g.dispose();
        return ImageBytesTest.png(image);
    }

    /** Another JPEG of the same size: other pixels. */
    public static byte[] otherJpeg() throws IOException {
        BufferedImage image = ImageBytesTest.drawing();
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(70, 40, 40, 30);
        g.dispose();
        return ImageBytesTest.jpeg(image);
    }
}

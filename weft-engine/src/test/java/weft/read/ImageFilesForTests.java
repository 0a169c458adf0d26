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

package weft.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Image files for tests: drawn pictures, written by the JDK's own encoders, with the metadata a camera or an editor writes. */
public final class ImageFilesForTests {

    private ImageFilesForTests() {
    }

    /** A drawn PNG of 120 by 80 pixels with a text chunk. */
    public static byte[] pngWithText(String text) throws IOException {
        return withChunksAfterHeader(png(drawing()),
                chunk("tEXt", text));
    }

    /** A drawn JPEG of 120 by 80 pixels, upright, with EXIF naming {@code artist}. */
    public static byte[] jpegWithExif(String artist) throws IOException {
        return withSegmentsAfterStart(jpeg(drawing()),
                segment(0xe1, exif(1, artist)));
    }

    /** A drawn PNG of 120 by 80 pixels with transparent parts (an alpha channel). */
    public static byte[] pngWithAlpha() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160, 128));
        g.fillOval(10, 10, 100, 60);
        g.dispose();
        return png(image);
    }

    /** A drawn PNG wider than any screen: 1600 by 400 pixels. */
    public static byte[] widePng() throws IOException {
        return png(drawing(1600, 400));
    }

    /** Another JPEG of the same size: other pixels. */
    public static byte[] otherJpeg() throws IOException {
        BufferedImage image = drawing();
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(70, 40, 40, 30);
        g.dispose();
        return jpeg(image);
    }

    /** A drawing of 120 by 80 pixels: a blue box on white. */
    public static BufferedImage drawing() {
        return drawing(120, 80);
    }

    /** A drawing of the size given: a blue box on white, at its upper left. */
    public static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 90, 160));
        g.fillRect(width / 12, height / 8, width * 5 / 12, height * 3 / 8);
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    public static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    public static byte[] chunk(String type, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(12 + d.length);
        b.putInt(d.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(d);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + d.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The PNG with {@code chunks} after its header chunk (8 bytes of signature, 25 of IHDR). */
    public static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        return inserted(png, 33, chunks);
    }

    /** A JPEG segment: its marker, its length, its data. */
    public static byte[] segment(int marker, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(4 + d.length);
        b.put((byte) 0xff).put((byte) marker).putShort((short) (d.length + 2)).put(d);
        return b.array();
    }

    /** The JPEG with {@code segments} after its start marker. */
    public static byte[] withSegmentsAfterStart(byte[] jpeg, byte[]... segments) {
        return inserted(jpeg, 2, segments);
    }

    /** {@code file} with {@code parts} inserted at byte {@code at}. */
    private static byte[] inserted(byte[] file, int at, byte[]... parts) {
        byte[] out = java.util.Arrays.copyOf(file, at);
        for (byte[] part : parts) {
            out = concat(out, part);
        }
        return concat(out, java.util.Arrays.copyOfRange(file, at, file.length));
    }

    /** An EXIF block (big-endian TIFF) with an orientation and an artist. */
    public static String exif(int orientation, String artist) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 24 + 4 + artist.length() + 1);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x013b).putShort((short) 2).putInt(artist.length() + 1).putInt(8 + 2 + 24 + 4);
        b.putInt(0);
        b.put(artist.getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0);
        return "Exif\0\0" + new String(b.array(), StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A progressive JPEG: several scans, with tables between them. */
    public static byte[] progressiveJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

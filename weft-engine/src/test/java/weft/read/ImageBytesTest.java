package weft.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A figure's image is published without what a camera, a phone or an editor writes into its file, its pixels unchanged;
 * a file that is not a PNG or JPEG, is damaged, claims too many pixels or is stored turned is refused with why.
 */
class ImageBytesTest {

    private static final String SECRET = "Jane Doe, 60.1699 N 24.9384 E";

    @Test
    void a_png_keeps_its_pixels_and_loses_its_text_time_and_exif_chunks_and_what_follows_its_end() throws Exception {
        byte[] plain = png(drawing());
        byte[] marked = withChunksAfterHeader(plain, chunk("tEXt", "Author\0" + SECRET), chunk("tIME", "\7\u00ea\1\2\3\4\5"),
                chunk("eXIf", "MM\0*" + SECRET), chunk("iTXt", "Comment\0\0\0\0\0" + SECRET));
        byte[] trailing = concat(marked, SECRET.getBytes(StandardCharsets.ISO_8859_1));

        ImageBytes.Checked checked = ImageBytes.check(trailing);

        assertThat(checked.mediaType()).isEqualTo("image/png");
        assertThat(checked.width()).isEqualTo(120);
        assertThat(checked.height()).isEqualTo(80);
        assertThat(new String(checked.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Jane", "tEXt", "tIME", "eXIf", "iTXt");
        assertThat(checked.bytes()).isEqualTo(plain); // what draws the picture, byte for byte
        assertThat(pixels(checked.bytes())).isEqualTo(pixels(plain));
    }

    @Test
    void a_jpeg_keeps_its_pixels_and_loses_exif_xmp_comments_and_what_follows_its_end() throws Exception {
        byte[] plain = jpeg(drawing());
        byte[] marked = withSegmentsAfterStart(plain, segment(0xe1, exif(1, SECRET)),
                segment(0xe1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>"),
                segment(0xed, "Photoshop 3.0\0" + SECRET), segment(0xfe, SECRET));
        byte[] trailing = concat(marked, ("ftypmp42 a motion photo's video " + SECRET).getBytes(StandardCharsets.ISO_8859_1));

        ImageBytes.Checked checked = ImageBytes.check(trailing);

        assertThat(checked.mediaType()).isEqualTo("image/jpeg");
        assertThat(checked.width()).isEqualTo(120);
        assertThat(checked.height()).isEqualTo(80);
        assertThat(new String(checked.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Jane", "Exif", "xmpmeta",
                "Photoshop", "motion");
        assertThat(checked.bytes()).isEqualTo(plain);
        assertThat(pixels(checked.bytes())).isEqualTo(pixels(plain));
    }

    @Test
    void a_progressive_jpeg_keeps_every_scan() throws Exception {
        byte[] progressive = ImageTestFiles.progressiveJpeg(drawing());
        ImageBytes.Checked checked = ImageBytes.check(withSegmentsAfterStart(progressive, segment(0xfe, SECRET)));
        assertThat(checked.bytes()).isEqualTo(progressive);
        assertThat(pixels(checked.bytes())).isEqualTo(pixels(progressive));
    }

    @Test
    void a_photo_stored_turned_is_refused_as_its_turn_would_be_lost() throws Exception {
        byte[] turned = withSegmentsAfterStart(jpeg(drawing()), segment(0xe1, exif(6, SECRET)));
        assertThatThrownBy(() -> ImageBytes.check(turned)).isInstanceOf(ImageBytes.Unusable.class)
                .hasMessage("the photo is stored turned or mirrored, with an EXIF orientation (6) telling viewers to turn"
                        + " it back; Weft leaves a photo's EXIF out of the publication (it can tell where and when the"
                        + " photo was taken), so it would be shown turned: save it upright (rotate it in an image editor"
                        + " and export it again)");
        // upright (orientation 1) is taken
        assertThat(ImageBytes.check(withSegmentsAfterStart(jpeg(drawing()), segment(0xe1, exif(1, SECRET)))).width())
                .isEqualTo(120);
    }

    @Test
    void what_is_not_a_whole_png_or_jpeg_is_refused_with_why() throws Exception {
        byte[] png = png(drawing());
        byte[] jpeg = jpeg(drawing());
        assertThatThrownBy(() -> ImageBytes.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a PNG or JPEG image (a figure is a .png or .jpg file; SVG, GIF, WebP and TIFF are not"
                        + " taken: convert the figure to PNG)");
        assertThatThrownBy(() -> ImageBytes.check(java.util.Arrays.copyOf(png, png.length - 12)))
                .hasMessage("the PNG file is cut short (it has no end chunk)");
        assertThatThrownBy(() -> ImageBytes.check(java.util.Arrays.copyOf(png, 45)))
                .hasMessageStartingWith("the PNG file is damaged (a chunk at byte 33 runs past the file's end)");
        assertThatThrownBy(() -> ImageBytes.check(java.util.Arrays.copyOf(jpeg, jpeg.length - 2)))
                .hasMessage("the JPEG file is cut short (it has no end marker)");
        byte[] scrambled = png.clone();
        for (int i = 60; i < scrambled.length - 20; i++) {
            scrambled[i] ^= 0x5a; // the picture's compressed data damaged, its chunks' lengths kept
        }
        assertThatThrownBy(() -> ImageBytes.check(withIdat(png, scrambled))).hasMessageStartingWith("the image cannot be read");
    }

    @Test
    void a_small_file_claiming_a_huge_picture_is_refused_before_it_is_decoded() throws Exception {
        byte[] png = png(drawing());
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000); // IHDR's width and height
        fixCrc(png, 8);
        assertThatThrownBy(() -> ImageBytes.check(png)).hasMessage("the image is 100000 by 100000 pixels, over the limit"
                + " of 30 million pixels: make it smaller");
    }

    // --- helpers

    static BufferedImage drawing() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(30, 90, 160));
        g.fillRect(10, 10, 50, 30);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static int[] pixels(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static byte[] chunk(String type, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(12 + d.length);
        b.putInt(d.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(d);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + d.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The PNG with {@code chunks} after its header chunk (8 bytes of signature, 25 of IHDR). */
    static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        byte[] out = java.util.Arrays.copyOf(png, 33);
        for (byte[] c : chunks) {
            out = concat(out, c);
        }
        return concat(out, java.util.Arrays.copyOfRange(png, 33, png.length));
    }

    static byte[] segment(int marker, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(4 + d.length);
        b.put((byte) 0xff).put((byte) marker).putShort((short) (d.length + 2)).put(d);
        return b.array();
    }

    /** The JPEG with {@code segments} after its start marker. */
    static byte[] withSegmentsAfterStart(byte[] jpeg, byte[]... segments) {
        byte[] out = java.util.Arrays.copyOf(jpeg, 2);
        for (byte[] s : segments) {
            out = concat(out, s);
        }
        return concat(out, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** An EXIF block (big-endian TIFF) with an orientation and an artist. */
    static String exif(int orientation, String artist) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 24 + 4 + artist.length() + 1);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x013b).putShort((short) 2).putInt(artist.length() + 1).putInt(8 + 2 + 24 + 4);
        b.putInt(0);
        b.put(artist.getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0);
        return "Exif\0\0" + new String(b.array(), StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code png} with the IDAT data of {@code damaged} (same lengths), the CRCs made right again. */
    private static byte[] withIdat(byte[] png, byte[] damaged) {
        byte[] out = png.clone();
        int pos = 8;
        while (pos < out.length) {
            int length = ByteBuffer.wrap(out, pos, 4).getInt();
            String type = new String(out, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT")) {
                System.arraycopy(damaged, pos + 8, out, pos + 8, length);
                fixCrc(out, pos);
            }
            pos += 12 + length;
        }
        return out;
    }

    private static void fixCrc(byte[] png, int chunk) {
        int length = ByteBuffer.wrap(png, chunk, 4).getInt();
        CRC32 crc = new CRC32();
        crc.update(png, chunk + 4, 4 + length);
        ByteBuffer.wrap(png, chunk + 8 + length, 4).putInt((int) crc.getValue());
    }
}

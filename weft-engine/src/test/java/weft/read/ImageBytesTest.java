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
        byte[] plain = ImageFilesForTests.png(ImageFilesForTests.drawing());
        byte[] marked = ImageFilesForTests.withChunksAfterHeader(plain, ImageFilesForTests.chunk("tEXt", "Author\0" + SECRET), ImageFilesForTests.chunk("tIME", "\7\u00ea\1\2\3\4\5"),
                ImageFilesForTests.chunk("eXIf", "MM\0*" + SECRET), ImageFilesForTests.chunk("iTXt", "Comment\0\0\0\0\0" + SECRET));
        byte[] trailing = ImageFilesForTests.concat(marked, SECRET.getBytes(StandardCharsets.ISO_8859_1));

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
        byte[] plain = ImageFilesForTests.jpeg(ImageFilesForTests.drawing());
        byte[] marked = ImageFilesForTests.withSegmentsAfterStart(plain, ImageFilesForTests.segment(0xe1, ImageFilesForTests.exif(1, SECRET)),
                ImageFilesForTests.segment(0xe1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>"),
                ImageFilesForTests.segment(0xed, "Photoshop 3.0\0" + SECRET), ImageFilesForTests.segment(0xfe, SECRET));
        byte[] trailing = ImageFilesForTests.concat(marked, ("ftypmp42 a motion photo's video " + SECRET).getBytes(StandardCharsets.ISO_8859_1));

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
        byte[] progressive = ImageFilesForTests.progressiveJpeg(ImageFilesForTests.drawing());
        ImageBytes.Checked checked = ImageBytes.check(ImageFilesForTests.withSegmentsAfterStart(progressive, ImageFilesForTests.segment(0xfe, SECRET)));
        assertThat(checked.bytes()).isEqualTo(progressive);
        assertThat(pixels(checked.bytes())).isEqualTo(pixels(progressive));
    }

    @Test
    void a_photo_stored_turned_is_refused_as_its_turn_would_be_lost() throws Exception {
        byte[] turned = ImageFilesForTests.withSegmentsAfterStart(ImageFilesForTests.jpeg(ImageFilesForTests.drawing()), ImageFilesForTests.segment(0xe1, ImageFilesForTests.exif(6, SECRET)));
        assertThatThrownBy(() -> ImageBytes.check(turned)).isInstanceOf(ImageBytes.Unusable.class)
                .hasMessage("the photo is stored turned or mirrored, with an EXIF orientation (6) telling viewers to turn"
                        + " it back; Weft leaves a photo's EXIF out of the publication (it can tell where and when the"
                        + " photo was taken), so it would be shown turned: save it upright (rotate it in an image editor"
                        + " and export it again)");
        // upright (orientation 1) is taken
        assertThat(ImageBytes.check(ImageFilesForTests.withSegmentsAfterStart(ImageFilesForTests.jpeg(ImageFilesForTests.drawing()), ImageFilesForTests.segment(0xe1, ImageFilesForTests.exif(1, SECRET)))).width())
                .isEqualTo(120);
    }

    /** The same in a PNG's eXIf chunk, and in EXIF written little-endian (as most cameras write it). */
    @Test
    void a_turned_png_and_a_little_endian_exif_are_refused_too() throws Exception {
        byte[] png = ImageFilesForTests.withChunksAfterHeader(ImageFilesForTests.png(ImageFilesForTests.drawing()),
                ImageFilesForTests.chunk("eXIf", ImageFilesForTests.exif(8, SECRET).substring("Exif\0\0".length())));
        assertThatThrownBy(() -> ImageBytes.check(png)).hasMessageStartingWith("the photo is stored turned or mirrored, with"
                + " an EXIF orientation (8)");
        String littleEndian = "Exif\0\0II*\0\b\0\0\0\1\0\u0012\u0001\3\0\1\0\0\0\3\0\0\0\0\0\0\0";
        assertThatThrownBy(() -> ImageBytes.check(ImageFilesForTests.withSegmentsAfterStart(
                ImageFilesForTests.jpeg(ImageFilesForTests.drawing()), ImageFilesForTests.segment(0xe1, littleEndian))))
                .hasMessageStartingWith("the photo is stored turned or mirrored, with an EXIF orientation (3)");
    }

    @Test
    void what_is_not_a_whole_png_or_jpeg_is_refused_with_why() throws Exception {
        byte[] png = ImageFilesForTests.png(ImageFilesForTests.drawing());
        byte[] jpeg = ImageFilesForTests.jpeg(ImageFilesForTests.drawing());
        assertThatThrownBy(() -> ImageBytes.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a PNG or JPEG image (a figure is a .png, .jpg or .svg file; GIF, WebP and TIFF are"
                        + " not taken: convert the figure to PNG)");
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
        byte[] png = ImageFilesForTests.png(ImageFilesForTests.drawing());
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000); // IHDR's width and height
        fixCrc(png, 8);
        assertThatThrownBy(() -> ImageBytes.check(png)).hasMessage("the image is 100000 by 100000 pixels, over the limit"
                + " of 30 million pixels: make it smaller");
    }

    // --- helpers




    private static int[] pixels(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
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

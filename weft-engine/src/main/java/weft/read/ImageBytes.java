package weft.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A PNG or JPEG file checked and cleaned for publication. What is kept is what draws the picture (and its colours); what
 * is left out is everything else a camera, a phone or an editor writes into the file: EXIF (the camera, the time, the
 * place where the photo was taken), XMP and IPTC (an author's name, a description), comments, thumbnails, the time of
 * the last change, and anything after the picture's end (a phone's "motion photo" is a video appended there). Kept
 * parts are copied byte for byte: the picture is not encoded again.
 */
public final class ImageBytes {

    /** More pixels than this are not decoded: a small file can claim a picture of gigabytes. */
    static final long MAX_PIXELS = 30_000_000L;

    /** A checked image: its media type, its bytes for publication, its size in pixels. */
    public record Checked(String mediaType, byte[] bytes, int width, int height) {
    }

    /** Why a file cannot be published as an image, in words for the author. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The PNG chunks that draw the picture and give its colours and its size on paper; every other chunk is left out. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD");

    private ImageBytes() {
    }

    /** Checks {@code bytes} and gives them without metadata; {@link Unusable} says why they cannot be published. */
    public static Checked check(byte[] bytes) throws Unusable {
        Checked checked;
        if (startsWith(bytes, PNG_SIGNATURE)) {
            checked = png(bytes);
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            checked = jpeg(bytes);
        } else {
            throw new Unusable("not a PNG or JPEG image (a figure is a .png, .jpg or .svg file; GIF, WebP and TIFF are"
                    + " not taken: convert the figure to PNG)");
        }
        if ((long) checked.width() * checked.height() > MAX_PIXELS) {
            throw new Unusable("the image is " + checked.width() + " by " + checked.height() + " pixels, over the limit of "
                    + MAX_PIXELS / 1_000_000 + " million pixels: make it smaller");
        }
        decodes(checked);
        return checked;
    }

    private static Checked png(byte[] b) throws Unusable {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG_SIGNATURE.length);
        int pos = PNG_SIGNATURE.length;
        int width = 0;
        int height = 0;
        boolean first = true;
        while (true) {
            if (pos + 8 > b.length) {
                throw new Unusable("the PNG file is cut short (it has no end chunk)");
            }
            long length = u32(b, pos);
            String type = new String(b, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!type.matches("[A-Za-z]{4}") || length > b.length - pos - 12L) {
                throw new Unusable("the PNG file is damaged (a chunk at byte " + pos + " runs past the file's end)");
            }
            int size = 12 + (int) length;
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw new Unusable("the PNG file is damaged (it does not begin with its header)");
                }
                width = (int) Math.min(Integer.MAX_VALUE, u32(b, pos + 8));
                height = (int) Math.min(Integer.MAX_VALUE, u32(b, pos + 12));
                first = false;
            }
            if (type.equals("eXIf")) {
                orientation(b, pos + 8, pos + 8 + (int) length);
            }
            if (PNG_KEPT.contains(type)) {
                out.write(b, pos, size);
            }
            pos += size;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (width <= 0 || height <= 0) {
            throw new Unusable("the PNG file is damaged (its header gives no size)");
        }
        return new Checked("image/png", out.toByteArray(), width, height);
    }

    private static Checked jpeg(byte[] b) throws Unusable {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xff);
        out.write(0xd8);
        int pos = 2;
        int width = 0;
        int height = 0;
        while (true) {
            if (pos + 2 > b.length || (b[pos] & 0xff) != 0xff) {
                throw new Unusable("the JPEG file is " + (pos + 2 > b.length ? "cut short (it has no end marker)"
                        : "damaged (no marker at byte " + pos + ")"));
            }
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) { // a fill byte before a marker
                pos++;
                continue;
            }
            if (marker == 0xd9) { // the end of the image: whatever follows is left out
                out.write(0xff);
                out.write(0xd9);
                break;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { // markers without a segment
                out.write(b, pos, 2);
                pos += 2;
                continue;
            }
            if (pos + 4 > b.length) {
                throw new Unusable("the JPEG file is cut short");
            }
            int length = u16(b, pos + 2);
            if (length < 2 || pos + 2 + length > b.length) {
                throw new Unusable("the JPEG file is damaged (a segment at byte " + pos + " runs past the file's end)");
            }
            int end = pos + 2 + length;
            if (isFrame(marker)) {
                if (length < 7) {
                    throw new Unusable("the JPEG file is damaged (its frame header is too short)");
                }
                height = u16(b, pos + 5);
                width = u16(b, pos + 7);
            }
            if (marker == 0xe1 && startsWith(b, pos + 4, end, "Exif\0\0")) {
                orientation(b, pos + 10, end);
            }
            if (keptJpeg(marker, b, pos + 4, end)) {
                out.write(b, pos, end - pos);
            }
            pos = end;
            if (marker == 0xda) { // a scan: its coded data runs to the next marker that is not a restart or a stuffed 0xff
                int data = pos;
                while (pos + 1 < b.length && !((b[pos] & 0xff) == 0xff && (b[pos + 1] & 0xff) != 0
                        && ((b[pos + 1] & 0xff) < 0xd0 || (b[pos + 1] & 0xff) > 0xd7))) {
                    pos++;
                }
                if (pos + 1 >= b.length) {
                    throw new Unusable("the JPEG file is cut short (it has no end marker)");
                }
                out.write(b, data, pos - data);
            }
        }
        if (width <= 0 || height <= 0) {
            throw new Unusable("the JPEG file is damaged (it has no frame header giving its size)");
        }
        return new Checked("image/jpeg", out.toByteArray(), width, height);
    }

    /** A start-of-frame marker: C0 to CF but for DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /**
     * The JPEG segments that draw the picture: frame and scan headers, tables, restart intervals; JFIF's header (not
     * its thumbnail extension), an ICC colour profile, Adobe's colour transform. Every other application segment
     * (EXIF, XMP, IPTC, a multi-picture index) and every comment is left out.
     */
    private static boolean keptJpeg(int marker, byte[] b, int from, int to) {
        if (marker >= 0xc0 && marker <= 0xcf || marker == 0xda || marker == 0xdb || marker == 0xdd) {
            return true;
        }
        return switch (marker) {
            case 0xe0 -> startsWith(b, from, to, "JFIF\0");
            case 0xe2 -> startsWith(b, from, to, "ICC_PROFILE\0");
            case 0xee -> startsWith(b, from, to, "Adobe");
            default -> false;
        };
    }

    /**
     * A photo stored turned, with the EXIF orientation that tells a viewer to turn it back: without its EXIF (which is
     * left out) it would be shown turned, so it is refused with what to do. {@code tiff} is where the EXIF's TIFF
     * structure begins (after "Exif\0\0" in a JPEG's APP1, at once in a PNG's eXIf chunk).
     */
    private static void orientation(byte[] b, int tiff, int to) throws Unusable {
        if (tiff + 8 > to) {
            return;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return;
        }
        long ifd = tiff + read(b, tiff + 4, 4, little);
        if (ifd + 2 > to) {
            return;
        }
        int entries = (int) read(b, (int) ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > to) {
                return;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                long orientation = read(b, entry + 8, 2, little);
                if (orientation >= 2 && orientation <= 8) {
                    throw new Unusable("the photo is stored turned or mirrored, with an EXIF orientation (" + orientation
                            + ") telling viewers to turn it back; Weft leaves a photo's EXIF out of the publication (it"
                            + " can tell where and when the photo was taken), so it would be shown turned: save it"
                            + " upright (rotate it in an image editor and export it again)");
                }
                return;
            }
        }
    }

    /** Whether ImageIO (which the PDF and the Word document use) can draw the picture. */
    private static void decodes(Checked checked) throws Unusable {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(checked.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unusable("the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new Unusable("the image cannot be read (" + why + ")" + (why.contains("Unsupported Image Type")
                    ? ": a JPEG in CMYK colours is not taken; export it in RGB" : ""));
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && java.util.Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean startsWith(byte[] b, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return read(b, at, 4, false);
    }

    private static int u16(byte[] b, int at) {
        return (int) read(b, at, 2, false);
    }

    private static long read(byte[] b, int at, int bytes, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int shift = littleEndian ? 8 * i : 8 * (bytes - 1 - i);
            value |= (long) (b[at + i] & 0xff) << shift;
        }
        return value;
    }
}

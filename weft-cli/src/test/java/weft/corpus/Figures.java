package weft.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** A figure's file for the corpus: a drawn PNG whose text chunks hold payloads, as an editor's metadata would. */
final class Figures {

    private Figures() {
    }

    static void withPayloads(Path file) throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] plain = png.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 33); // the signature and the header chunk
        out.write(chunk("tEXt", "Description\0" + Payloads.ALL.get("script") + " " + Payloads.ALL.get("img")));
        out.write(chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + Payloads.ALL.get("ftl") + "</x:xmpmeta>"));
        out.write(plain, 33, plain.length - 33);
        out.write(Payloads.ALL.get("markdown").getBytes(StandardCharsets.ISO_8859_1)); // after the picture's end
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
    }

    private static byte[] chunk(String type, String data) {
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(12 + d.length);
        b.putInt(d.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(d);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + d.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}

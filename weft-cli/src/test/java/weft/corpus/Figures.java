package weft.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import weft.read.ImageFilesForTests;

/**
 * A figure's file for the corpus: a drawn PNG whose text chunks hold payloads, as an editor's metadata would; an SVG
 * drawing holding payloads as text, as a script, as event handlers, as a link's address and in its metadata; an SVG
 * that would read files and web addresses.
 */
final class Figures {

    private Figures() {
    }

    static void withPayloads(Path file) throws IOException {
        byte[] png = ImageFilesForTests.withChunksAfterHeader(ImageFilesForTests.png(ImageFilesForTests.drawing()),
                ImageFilesForTests.chunk("tEXt", "Description\0" + Payloads.ALL.get("script") + " " + Payloads.ALL.get("img")),
                ImageFilesForTests.chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + Payloads.ALL.get("ftl") + "</x:xmpmeta>"));
        Files.createDirectories(file.getParent());
        Files.write(file, ImageFilesForTests.concat(png, // and after the picture's end
                Payloads.ALL.get("markdown").getBytes(StandardCharsets.ISO_8859_1)));
    }

    static void svgWithPayloads(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"120\" height=\"80\" onload=\"zqxA9()\">\n"
                + "<metadata><rdf>" + escaped("script") + "</rdf></metadata>\n"
                + "<script>zqxA1()</script>\n"
                + "<a xlink:href=\"" + Payloads.ALL.get("jsurl") + "\"><rect width=\"40\" height=\"20\" fill=\"#ddd\""
                + " onclick=\"zqxB2()\"/></a>\n"
                + "<text x=\"4\" y=\"60\" font-size=\"6\">" + escaped("img") + "</text>\n"
                + "<desc>" + escaped("ftl") + "</desc>\n"
                + "</svg>\n", StandardCharsets.UTF_8);
    }

    static void svgReadingFiles(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\""
                + " height=\"80\">\n"
                + "<image width=\"9\" height=\"9\" xlink:href=\"http://169.254.169.254/latest/meta-data/\"/>\n"
                + "<text>&secret;</text>\n</svg>\n", StandardCharsets.UTF_8);
    }

    private static String escaped(String payload) {
        return Payloads.ALL.get(payload).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

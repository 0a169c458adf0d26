package weft.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import weft.read.ImageFilesForTests;

/** A figure's file for the corpus: a drawn PNG whose text chunks hold payloads, as an editor's metadata would. */
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
}

package weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small project zip written for the command line's tests: one code (Weather), one source (Notes.txt, "Rain again, all
 * week."), one coded selection of its first characters, with a comment (its {@code <Description>}) where one is given.
 */
final class NotesQdpx {

    static final String TEXT = "Rain again, all week.";

    private NotesQdpx() {
    }

    /** {@code file}, its selection running over the first {@code end} characters, with {@code comment} unless empty. */
    static Path write(Path file, int end, String comment) throws IOException {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="Weft test"><CodeBook><Codes>
                <Code guid="20000000-0000-0000-0000-00000000000A" name="Weather" isCodable="true"/></Codes></CodeBook>
                <Sources><TextSource guid="40000000-0000-0000-0000-000000000001" name="Notes.txt" plainTextPath="internal://N.txt">
                <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" name="s" startPosition="0" endPosition="%d">%s
                <Coding guid="60000000-0000-0000-0000-000000000001"><CodeRef targetGUID="20000000-0000-0000-0000-00000000000A"/></Coding>
                </PlainTextSelection></TextSource></Sources></Project>
                """.formatted(end, comment.isEmpty() ? "" : "<Description>" + comment + "</Description>");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("project.qde"));
            out.write(qde.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("sources/N.txt"));
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}

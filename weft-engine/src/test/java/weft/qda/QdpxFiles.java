package weft.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Project zips (.qdpx) written by the import's tests: a project.qde and the texts of its sources, in the order given. */
final class QdpxFiles {

    private QdpxFiles() {
    }

    /** {@code file}, holding {@code project} as project.qde and each entry of {@code texts} (path in the zip to text). */
    static Path write(Path file, String project, Map<String, String> texts) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(project.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> text : texts.entrySet()) {
                zip.putNextEntry(new ZipEntry(text.getKey()));
                zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}

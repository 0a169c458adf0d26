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

    /**
     * A study to import a coding into, at {@code target}: the miniature study without its coding, nor the prose that
     * speaks of its nodes (its introduction and methods).
     */
    static Path studyToImportInto(Path target) {
        Path project = weft.support.TestProjects.copy(weft.support.TestProjects.fixture("mini-study"), target);
        weft.support.TestProjects.delete(project.resolve("coded-data/quotes"));
        weft.support.TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        weft.support.TestProjects.delete(project.resolve("content/introduction.md"));
        weft.support.TestProjects.delete(project.resolve("content/methods.md"));
        return project;
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

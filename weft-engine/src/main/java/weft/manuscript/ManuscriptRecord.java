package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import weft.publish.Manifest;

/**
 * What a manuscript's import wrote into content/, each file with the SHA-256 of its bytes as written
 * ({@code .weft/manuscript-import.json}): so that importing the manuscript again (the author went on writing in Word)
 * replaces exactly those files that are still as Weft wrote them, and never one the author has changed since.
 */
final class ManuscriptRecord {

    /** Where the record is kept, in the project. */
    static final String PATH = ".weft/manuscript-import.json";

    private final Map<String, String> files;

    private ManuscriptRecord(Map<String, String> files) {
        this.files = files;
    }

    /** The project's record; an empty one where there is none, or one Weft cannot read (then nothing is Weft's). */
    static ManuscriptRecord of(Path project) {
        Path file = project.resolve(PATH);
        Map<String, String> files = new TreeMap<>();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                root.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            } catch (IOException | RuntimeException e) {
                files.clear();
            }
        }
        return new ManuscriptRecord(files);
    }

    /** The files of the record that are still as the import wrote them (regular files, the same bytes), by project path. */
    Set<String> unchanged(Path project) {
        Set<String> same = new TreeSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = project.resolve(file.getKey()).normalize();
            try {
                if (path.startsWith(project.normalize()) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        && Manifest.sha256(Files.readAllBytes(path)).equals(file.getValue())) {
                    same.add(file.getKey());
                }
            } catch (IOException e) {
                // unreadable: not provably the import's
            }
        }
        return same;
    }

    /** Writes the record of {@code written} (project path to the bytes written) for {@code manuscript}. */
    static void write(Path project, String manuscript, Map<String, byte[]> written) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode().put("manuscript", manuscript);
        ObjectNode files = root.putObject("files");
        new TreeMap<>(written).forEach((path, bytes) -> files.put(path, Manifest.sha256(bytes)));
        Path file = project.resolve(PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writeValueAsString(root) + "\n");
    }
}

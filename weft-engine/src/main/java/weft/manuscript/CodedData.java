package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The study's coded data as far as a manuscript's import looks at it (its quotes' words, its nodes' labels): the YAML
 * trees of a folder's files whose names match, in their order. A file that is not YAML, or a link, is skipped: the build
 * says what is wrong with it, and the import only links to what it can read.
 */
final class CodedData {

    private CodedData() {
    }

    /** A file's name and its YAML. */
    record File(String name, JsonNode tree) {
    }

    /** The YAML of each regular file of {@code folder} whose name matches {@code names}, sorted by name; none for no folder. */
    static List<File> files(Path folder, String names) {
        List<File> trees = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return trees;
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(names))
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                try {
                    trees.add(new File(file.getFileName().toString(), yaml.readTree(file.toFile())));
                } catch (IOException | RuntimeException e) {
                    // skipped: the build reports it
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed: nothing to read
        }
        return trees;
    }
}

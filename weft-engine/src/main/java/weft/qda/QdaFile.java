package weft.qda;

import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA file holds for Weft: the tool that wrote it ({@code origin}), its codes, its text sources with their
 * coded selections, the texts of the sources where the file is a zip holding them (by path inside it, such as
 * {@code sources/guid.txt}, in lower case), and how many selections of other kinds (PDF, picture, audio, video)
 * it has, which are not imported.
 */
public record QdaFile(String origin, List<QdaCode> codes, List<QdaSource> sources, Map<String, byte[]> texts,
                      int otherSelections) {

    public int textSelections() {
        return sources.stream().mapToInt(s -> s.selections().size()).sum();
    }
}

package weft.qda;

import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA file holds for Weft: the tool that wrote it ({@code origin}), its codes, its text sources with their
 * coded selections, the texts of the sources where the file is a zip holding them (by path inside it, such as
 * {@code sources/guid.txt}, in lower case), and how many selections of other kinds (PDF, picture, audio, video)
 * it has, which are not imported; its cases; and how many of its notes (other than memos on codes) and sets have no
 * place in Weft.
 */
public record QdaFile(String origin, List<QdaCode> codes, List<QdaSource> sources, Map<String, byte[]> texts,
                      int otherSelections, List<QdaCase> cases, int otherNotes, int sets) {

    public QdaFile(String origin, List<QdaCode> codes, List<QdaSource> sources, Map<String, byte[]> texts, int otherSelections) {
        this(origin, codes, sources, texts, otherSelections, List.of(), 0, 0);
    }

    /** The same file with the texts of its sources. */
    QdaFile withTexts(Map<String, byte[]> texts) {
        return new QdaFile(origin, codes, sources, Map.copyOf(texts), otherSelections, cases, otherNotes, sets);
    }

    public int textSelections() {
        return sources.stream().mapToInt(s -> s.selections().size()).sum();
    }
}

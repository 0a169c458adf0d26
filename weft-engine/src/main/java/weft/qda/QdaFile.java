package weft.qda;

import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA file holds for Weft: the tool that wrote it ({@code origin}), its codes, its text sources and its
 * recordings' transcripts with their coded selections, the texts of the sources where the file is a zip holding them
 * (by path inside it, such as {@code sources/guid.txt}, in lower case) or holds them itself ({@code inline:guid}), and
 * how many selections of other kinds (PDF, picture) and of recordings themselves (audio, video: not of their
 * transcripts) it has, which are not imported; its cases; and how many of its notes (other than memos on codes) and sets have no
 * place in Weft; and the names of the coding frame's levels where the file gives them (a spreadsheet's headers; empty
 * for a QDA tool's file).
 */
public record QdaFile(String origin, List<QdaCode> codes, List<QdaSource> sources, Map<String, byte[]> texts,
                      int otherSelections, int recordingSelections, List<QdaCase> cases, int otherNotes, List<QdaSet> sets,
                      List<String> levels) {

    public QdaFile(String origin, List<QdaCode> codes, List<QdaSource> sources, Map<String, byte[]> texts, int otherSelections) {
        this(origin, codes, sources, texts, otherSelections, 0, List.of(), 0, List.of(), List.of());
    }

    /** The same file with the texts of its sources from its zip, beside those it holds itself. */
    QdaFile withTexts(Map<String, byte[]> texts) {
        Map<String, byte[]> all = new java.util.HashMap<>(texts);
        all.putAll(this.texts);
        return new QdaFile(origin, codes, sources, Map.copyOf(all), otherSelections, recordingSelections, cases,
                otherNotes, sets, levels);
    }

    /** The same file with only the sources whose text it holds itself: a .qde without its zip has no other texts. */
    QdaFile withOwnTextsOnly() {
        List<QdaSource> own = sources.stream().filter(s -> s.inline() || s.ofRows()).toList();
        return new QdaFile(origin, codes, own, texts, otherSelections, recordingSelections, cases, otherNotes, sets, levels);
    }

    /** The same file with other sources. */
    QdaFile withSources(List<QdaSource> sources) {
        return new QdaFile(origin, codes, sources, texts, otherSelections, recordingSelections, cases, otherNotes, sets, levels);
    }

    /** The same file with other cases. */
    QdaFile withCases(List<QdaCase> cases) {
        return new QdaFile(origin, codes, sources, texts, otherSelections, recordingSelections, cases, otherNotes, sets, levels);
    }

    public int textSelections() {
        return sources.stream().mapToInt(s -> s.selections().size()).sum();
    }
}

package weft.qda;

import java.util.List;

/**
 * A text of a project whose selections can be cut: a text source, or the transcript of a recording (an audio or video
 * source). Its GUID (a transcript's is its recording's, as cases refer to the recording), its name, where its plain
 * text is ({@code internal://GUID.txt}, {@code inline:GUID} for text the file holds in a {@code PlainTextContent}, or
 * {@code rows:GUID} for the text a spreadsheet's rows make, one quote after another),
 * its selections, and for a transcript the recording's name (empty for a text source).
 */
public record QdaSource(String guid, String name, String plainTextPath, List<QdaSelection> selections, String recording) {

    public QdaSource(String guid, String name, String plainTextPath, List<QdaSelection> selections) {
        this(guid, name, plainTextPath, selections, "");
    }

    /** The key of a text the file itself holds, in {@link QdaFile#texts()} and as {@link #plainTextPath()}. */
    static String inline(String guid) {
        return "inline:" + guid.toLowerCase(java.util.Locale.ROOT);
    }

    /** The key of the text a spreadsheet's rows make (its quotes one after another), as {@link #plainTextPath()}. */
    static String rows(String guid) {
        return "rows:" + guid.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the file itself holds the text (a {@code PlainTextContent}), rather than a file of the zip. */
    public boolean inline() {
        return plainTextPath.startsWith("inline:");
    }

    /** Whether the text is made of a spreadsheet's rows: no document's, so its lines are no source's lines. */
    public boolean ofRows() {
        return plainTextPath.startsWith("rows:");
    }
}

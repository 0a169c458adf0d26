package weft.render.cite;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * Where each entry of a bibliography file starts. The parsers keep no positions, so the entries are found
 * again in the text: {@code @type{key,} in BibTeX, {@code "id": "key"} in CSL JSON.
 */
final class EntryPositions {

    private static final Pattern BIBTEX_ENTRY = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^\\s,{}()\"#%'=]+)\\s*,");
    /**
     * An item's {@code "id"} (a string or an integer) or {@code "citation-key"} (Zotero's, which is then its key);
     * possessive, so that a long one is matched in runs, not a level of the stack per character.
     */
    private static final Pattern JSON_ID = Pattern.compile(
            "\"(?:id|citation-key)\"\\s*:\\s*(?:\"((?:[^\"\\\\]++|\\\\.)*+)\"|(-?\\d+)(?![\\d.eE]))");
    private static final Pattern MARKER = Pattern.compile("[" + LinkMarkers.OPEN + LinkMarkers.MID + LinkMarkers.CLOSE
            + RichText.FIRST + "-" + RichText.LAST + AuthorForms.OPEN + AuthorForms.CLOSE + FormattedCitations.AFTER_AUTHOR + "]");

    private final String path;
    private final Map<String, SourcePosition> first;

    private EntryPositions(String path, Map<String, SourcePosition> first) {
        this.path = path;
        this.first = first;
    }

    /** The entries of a BibTeX file; a key defined twice (keys ignore case) is reported at its second entry. */
    static EntryPositions ofBibTeX(String text, String path, Diagnostics diagnostics) {
        Map<String, SourcePosition> first = new LinkedHashMap<>();
        Matcher m = BIBTEX_ENTRY.matcher(text);
        TextMap map = TextMap.ofFile(path, 1);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("comment") || type.equals("preamble") || commentedOut(text, m.start())) {
                continue;
            }
            SourcePosition at = map.at(text, m.start());
            SourcePosition before = first.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), at);
            if (before != null) {
                diagnostics.error(at, "duplicate BibTeX key '" + m.group(2) + "' (first defined at " + before
                        + "; keys ignore case)");
            }
        }
        return new EntryPositions(path, first);
    }

    /** The items of a CSL JSON file. */
    static EntryPositions ofCslJson(String text, String path) {
        Map<String, SourcePosition> first = new LinkedHashMap<>();
        Matcher m = JSON_ID.matcher(text);
        TextMap map = TextMap.ofFile(path, 1);
        while (m.find()) {
            first.putIfAbsent((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT), map.at(text, m.start()));
        }
        return new EntryPositions(path, first);
    }

    /** Weft marks citation items with private-use characters while citeproc-java formats them; data may not hold them. */
    static void rejectMarkers(String text) throws BibSyntaxException {
        Matcher m = MARKER.matcher(text);
        if (m.find()) {
            SourcePosition at = TextMap.ofFile("", 1).at(text, m.start());
            throw new BibSyntaxException(at.line(), at.column(), String.format(
                    "the private-use character U+%04X is reserved by Weft and may not appear in a bibliography",
                    (int) m.group().charAt(0)), null);
        }
    }

    SourcePosition of(String key) {
        return first.getOrDefault(key.toLowerCase(Locale.ROOT), SourcePosition.ofFile(path));
    }

    private static boolean commentedOut(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(lineStart, at).contains("%");
    }
}

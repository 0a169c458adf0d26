package weft.render.cite;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.SourcePosition;

/** Where a field of a BibTeX entry is written (jbibtex keeps no positions for fields), for diagnostics. */
final class FieldPosition {

    /** The position of {@code field} in the entry {@code key}, if it can be found in the text. */
    static Optional<SourcePosition> of(String bibtex, String path, String key, String field) {
        Matcher entry = Pattern.compile("@\\s*[A-Za-z]+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(bibtex);
        if (!entry.find()) {
            return Optional.empty();
        }
        Matcher name = Pattern.compile("(?i)(?<![A-Za-z-])" + Pattern.quote(field) + "\\s*=").matcher(bibtex);
        if (!name.find(entry.end())) {
            return Optional.empty();
        }
        int[] at = lineAndColumnAt(bibtex, name.start());
        return Optional.of(new SourcePosition(path, at[0], at[1]));
    }

    /** The line and column of the first {@code field = {value}} (or {@code "value"}) in the text. */
    static Optional<int[]> lineAndColumn(String bibtex, String field, String value) {
        Matcher m = Pattern.compile("(?i)(?<![A-Za-z-])" + Pattern.quote(field) + "\\s*=\\s*[{\"]\\s*" + Pattern.quote(value.strip()))
                .matcher(bibtex);
        return m.find() ? Optional.of(lineAndColumnAt(bibtex, m.start())) : Optional.empty();
    }

    private static int[] lineAndColumnAt(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private FieldPosition() {
    }
}

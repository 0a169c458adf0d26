package weft.render.cite;

import java.util.OptionalInt;

/**
 * Finds the BibTeX entry whose braces or quotation marks are not closed: jbibtex reads such a value on to the end
 * of the file and reports the end, while the user needs the entry where the value was left open.
 */
final class UnclosedEntry {

    private UnclosedEntry() {
    }

    /** The line of the first entry ({@code @} at the start of a line) whose text up to the next entry is unbalanced. */
    static OptionalInt line(String bibtex) {
        String[] lines = bibtex.split("\n", -1);
        int start = -1;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i <= lines.length; i++) {
            boolean next = i == lines.length || lines[i].stripLeading().startsWith("@");
            if (next && start >= 0 && (depth != 0 || quoted)) {
                return OptionalInt.of(start + 1);
            }
            if (i == lines.length) {
                break;
            }
            if (next) {
                start = i;
                depth = 0;
                quoted = false;
            }
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\\') {
                    c++; // an escaped brace or quote does not count
                } else if (ch == '%' && depth == 0 && !quoted) {
                    break; // a comment outside any value
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                } else if (ch == '"' && depth == 1) {
                    quoted = !quoted;
                }
            }
        }
        return OptionalInt.empty();
    }
}

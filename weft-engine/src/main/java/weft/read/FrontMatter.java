package weft.read;

import java.util.Optional;

/**
 * The front matter of a Markdown file of {@code content/}: the YAML between its first line {@code ---} and the next
 * line {@code ---} (the YAML begins at line {@link #FIRST_LINE}), and where the text after it begins.
 *
 * @param yaml      the front matter's YAML, each line with its line feed
 * @param bodyStart the offset of the text after the closing line
 */
public record FrontMatter(String yaml, int bodyStart) {

    /** Pandoc's field of the works a manuscript cites, in CSL YAML, which the bibliography reads. */
    public static final String REFERENCES = "references";
    /** The line of its file the YAML begins on. */
    public static final int FIRST_LINE = 2;

    /** The front matter of {@code text}; empty when it does not begin with a line {@code ---} or is not closed. */
    public static Optional<FrontMatter> of(String text) {
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        int endLength = 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            endLength = 4;
        }
        if (end < 0) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(text.substring(4, end + 1), Math.min(text.length(), end + endLength)));
    }
}

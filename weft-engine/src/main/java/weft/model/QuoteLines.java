package weft.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a quote's text, as the participant's words were broken: a dialogue's turns ({@code Moderator: …} then
 * {@code P2: …}), a post's paragraphs, a verse. A line break in the text is one the author wrote (a {@code |} block, a
 * {@code \n}) or the transcript had; YAML has already joined the lines of a folded ({@code >}) or quoted value.
 */
public final class QuoteLines {

    /** What separates the lines of a quotation run in to a sentence, as style guides run in a verse's lines. */
    public static final String RUN_IN = " / ";

    /**
     * The text's lines, each without the spaces around it; the blank lines between two paragraphs are one empty line;
     * there are none before the first line or after the last. A text of one line is that line, as written.
     */
    public static List<String> of(String text) {
        if (text.indexOf('\n') < 0) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() || !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add(stripped);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? List.of("") : List.copyOf(lines);
    }

    /** The text run in to a sentence: its lines joined by {@link #RUN_IN}, a paragraph break as one line break. */
    public static String runIn(String text) {
        return String.join(RUN_IN, of(text).stream().filter(line -> !line.isEmpty()).toList());
    }

    private QuoteLines() {
    }
}

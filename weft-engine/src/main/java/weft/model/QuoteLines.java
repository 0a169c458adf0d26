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

    /** A run of a line's text, marked or not (the words of an excerpt in the whole passage). */
    public record Run(String text, boolean marked) {
    }

    /**
     * The text's lines as {@link #of} gives them, each as runs: those within one of {@code ranges} (offsets in
     * {@code text}, start inclusive, end exclusive, in order) marked.
     */
    public static List<List<Run>> marked(String text, List<int[]> ranges) {
        List<List<Run>> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int from = start;
            int to = end;
            if (text.indexOf('\n') >= 0) { // a line's spaces are not the participant's (as of strips them)
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
            }
            if (from < to || !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add(runs(text, from, to, ranges));
            }
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? List.of(List.of()) : List.copyOf(lines);
    }

    private static List<Run> runs(String text, int from, int to, List<int[]> ranges) {
        List<Run> runs = new ArrayList<>();
        int at = from;
        for (int[] r : ranges) {
            int a = Math.max(r[0], from);
            int b = Math.min(r[1], to);
            if (a >= b) {
                continue;
            }
            if (a > at) {
                runs.add(new Run(text.substring(at, a), false));
            }
            runs.add(new Run(text.substring(a, b), true));
            at = b;
        }
        if (at < to) {
            runs.add(new Run(text.substring(at, to), false));
        }
        return List.copyOf(runs);
    }

    /** The text run in to a sentence: its lines joined by {@link #RUN_IN}, a paragraph break as one line break. */
    public static String runIn(String text) {
        return String.join(RUN_IN, of(text).stream().filter(line -> !line.isEmpty()).toList());
    }

    private QuoteLines() {
    }
}

package weft.render.figure;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping to a number of characters; a word longer than a line is cut (with a hyphen from 2 up). */
final class TextWrap {

    /** Wraps {@code text} to lines of at most {@code width} characters; a width under 1 counts as 1. */
    static List<String> wrap(String text, int width) {
        int w = Math.max(1, width);
        // a cut word gets a hyphen only where the line has room for one more character beside it
        int cut = w >= 2 ? w - 1 : 1;
        String hyphen = w >= 2 ? "-" : "";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, cut) + hyphen);
                word = word.substring(cut);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private TextWrap() {
    }
}

package weft.render.figure;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping to a number of character cells. A word longer than a line is cut (with a hyphen from 2 cells
 * up). A wide character (Chinese, Japanese, Korean ideographs and kana, Hangul, full-width forms, emoji) takes two
 * cells. A word of a script written without spaces (those, and Thai, Lao, Khmer, Burmese) breaks where Unicode's
 * line-breaking rules allow (ICU's: between ideographs, not before a closing mark; Thai between its words, by
 * dictionary), and is cut without a hyphen.
 */
public final class TextWrap {

    /**
     * The cells of the widest piece of {@code text} that no line may break inside: its longest word, or for a word with
     * wide characters its longest segment between break opportunities (often one character).
     */
    public static int widestPiece(String text) {
        int widest = 0;
        for (String word : text.strip().split("\\s+")) {
            for (String piece : unspaced(word) ? segments(word) : List.of(word)) {
                widest = Math.max(widest, cells(piece));
            }
        }
        return widest;
    }

    /** Wraps {@code text} to lines of at most {@code width} cells; a width under 1 counts as 1. */
    static List<String> wrap(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0; // cells of line
        for (String word : text.strip().split("\\s+")) {
            boolean wide = unspaced(word);
            boolean firstPiece = true;
            for (String piece : wide ? segments(word) : List.of(word)) {
                int gap = firstPiece && line.length() > 0 ? 1 : 0; // a space between words, none inside one
                firstPiece = false;
                int cells = cells(piece);
                if (cells > w) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    gap = 0;
                    piece = wide ? cutWide(piece, w, lines) : cutNarrow(piece, w, lines);
                    cells = cells(piece);
                }
                if (line.length() > 0 && used + gap + cells > w) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    gap = 0;
                }
                line.append(gap > 0 ? " " : "").append(piece);
                used += gap + cells;
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds the lines of a word of narrow characters cut to {@code w}, with a hyphen where there is room; gives the rest. */
    private static String cutNarrow(String word, int w, List<String> lines) {
        int cut = w >= 2 ? w - 1 : 1;
        String hyphen = w >= 2 ? "-" : "";
        while (word.length() > w) {
            lines.add(word.substring(0, cut) + hyphen);
            word = word.substring(cut);
        }
        return word;
    }

    /** Adds the lines of a piece with wide characters cut to {@code w} cells between characters; gives the rest. */
    private static String cutWide(String piece, int w, List<String> lines) {
        int start = 0;
        int used = 0;
        for (int i = 0; i < piece.length(); i += Character.charCount(piece.codePointAt(i))) {
            int cells = cells(piece.codePointAt(i));
            if (used + cells > w && i > start) {
                lines.add(piece.substring(start, i));
                start = i;
                used = 0;
            }
            used += cells;
        }
        return piece.substring(start);
    }

    /**
     * Whether a word is of a script written without spaces between words, which breaks inside a "word" by Unicode's
     * rules: wide characters (Chinese, Japanese, Korean), or the scripts ICU breaks by dictionary (Thai, Lao, Khmer,
     * Burmese: line-break class SA).
     */
    private static boolean unspaced(String word) {
        return word.codePoints().anyMatch(cp -> isWide(cp)
                || UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT);
    }

    /** The pieces of a word between which a line may break, by Unicode's line-breaking rules. */
    private static List<String> segments(String word) {
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(word);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(word.substring(start, end));
        }
        return pieces;
    }

    /** The cells a text takes: its UTF-16 length when it has no wide character (as before wide ones were counted). */
    private static int cells(String text) {
        return text.codePoints().anyMatch(TextWrap::isWide) ? text.codePoints().map(TextWrap::cells).sum() : text.length();
    }

    private static int cells(int codePoint) {
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int codePoint) {
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    private TextWrap() {
    }
}

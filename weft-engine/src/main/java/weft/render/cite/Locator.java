package weft.render.cite;

import de.undercouch.citeproc.csl.CSLLabel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a human locator such as {@code "p. 12"} into a CSL label ({@link CSLLabel#PAGE}) and a value
 * ({@code "12"}). CSL wants them separately: the style prints the label in its own form ("p." / "page" / "S.").
 * A locator with no recognised label is treated as a page (the CSL default).
 */
record Locator(CSLLabel label, String value) {
    private static final Map<String, CSLLabel> LABELS = new LinkedHashMap<>();
    private static final Pattern LABELLED = Pattern.compile("^\\s*([\\p{L}§¶]+\\.?)\\s*(.+?)\\s*$");

    static {
        put(CSLLabel.PAGE, "p", "pp", "page", "pages", "pg");
        put(CSLLabel.CHAPTER, "ch", "chap", "chapter", "chapters");
        put(CSLLabel.SECTION, "sec", "secs", "section", "sections", "§", "§§");
        put(CSLLabel.FIGURE, "fig", "figs", "figure", "figures");
        put(CSLLabel.PARAGRAPH, "para", "paras", "paragraph", "paragraphs", "¶", "¶¶");
        put(CSLLabel.VOLUME, "vol", "vols", "volume", "volumes");
        put(CSLLabel.LINE, "l", "ll", "line", "lines");
        put(CSLLabel.NOTE, "n", "nn", "note", "notes");
        put(CSLLabel.COLUMN, "col", "cols", "column", "columns");
        put(CSLLabel.BOOK, "bk", "book", "books");
        put(CSLLabel.PART, "pt", "part", "parts");
        put(CSLLabel.VERSE, "v", "vv", "verse", "verses");
        put(CSLLabel.ISSUE, "no", "issue", "issues");
        put(CSLLabel.FOLIO, "fol", "folio", "folios");
        put(CSLLabel.OPUS, "op", "opus");
    }

    private static void put(CSLLabel label, String... names) {
        for (String n : names) {
            LABELS.put(n, label);
        }
    }

    /**
     * Whether {@code text} after a citation's key is a locator, as Pandoc's citeproc reads it: it begins with a
     * locator's label ({@code p. 4}, {@code chap. 2}, {@code §} 3) or a number ({@code 33-35}). Other text ({@code for
     * a review}, {@code emphasis added}) is the citation's suffix, printed after it as written.
     */
    static boolean isLocator(String text) {
        String t = text.strip();
        return !t.isEmpty() && (Character.isDigit(t.codePointAt(0)) || labelled(t).isPresent());
    }

    /** The label a locator begins with ({@code p.}, {@code chap.}, {@code §}) and the value after it, if it names one. */
    private static Optional<Locator> labelled(String locator) {
        Matcher m = LABELLED.matcher(locator);
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        CSLLabel label = LABELS.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
        return label == null ? Optional.empty() : Optional.of(new Locator(label, m.group(2)));
    }

    /** The locator written, or empty for a blank one. */
    static Optional<Locator> parse(String locator) {
        if (locator.isBlank()) {
            return Optional.empty();
        }
        return labelled(locator).or(() -> Optional.of(new Locator(CSLLabel.PAGE, locator.trim())));
    }
}

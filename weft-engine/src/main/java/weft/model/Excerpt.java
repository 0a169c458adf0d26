package weft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/**
 * The part of a quote the article prints, where the author cut a long coded passage: the quote's words, cuts marked
 * as papers mark them ({@code …}, {@code ...}, {@code […]}, {@code (…)}), the author's own words in square brackets
 * ({@code [her mother]}, {@code [W]e}). The evidence keeps the whole text; the build checks that every word outside
 * the brackets is the quote's, in its order, and that words run together only where they do in the quote.
 *
 * @param text     as written in the quote's file (untrusted, as the quote's text)
 * @param textAt   where it is written, for positions within it
 * @param position where the field is, for a diagnostic of the whole
 */
public record Excerpt(String text, TextMap textAt, SourcePosition position) {

    /**
     * A cut ({@code …}, {@code ...}, bracketed or not) or the author's words in square brackets, with the letters
     * joined to them ({@code [W]e}: a word the author changed is the author's).
     */
    private static final Pattern MARK = Pattern.compile("[\\p{L}\\p{N}]{0,100}+\\[[^\\[\\]\\n]{0,200}][\\p{L}\\p{N}]{0,100}+"
            + "|\\([ ]?(?:…|\\.\\.\\.)[ ]?\\)|…|\\.\\.\\.");
    /** A cut in brackets, {@code […]} or {@code [...]}: no words of the author's. */
    private static final Pattern BRACKETED_CUT = Pattern.compile("\\[\\s*(?:\u2026|\\.\\.\\.)\\s*]");
    /** A word, as the check compares them: letters, digits and the marks joined to them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** A run of the excerpt: the participant's words between two marks, or a mark (a cut, the author's words). */
    public record Piece(String text, int start, boolean participants) {

        /** Whether this is the author's words in brackets ({@code [her mother]}, {@code [W]e}), not a cut. */
        public boolean authors() {
            return !participants && text.indexOf('[') >= 0 && !BRACKETED_CUT.matcher(text).matches();
        }
    }

    /** The lines the article prints (see {@link QuoteLines#of}). */
    public List<String> lines() {
        return QuoteLines.of(text);
    }

    /** The excerpt run in to a sentence (see {@link QuoteLines#runIn}). */
    public String runIn() {
        return QuoteLines.runIn(text);
    }

    /** The excerpt's runs in order, the marks among them; runs of white space or punctuation alone are left out. */
    public List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        int from = 0;
        while (m.find()) {
            words(from, m.start(), pieces);
            pieces.add(new Piece(m.group(), m.start(), false));
            from = m.end();
        }
        words(from, text.length(), pieces);
        return pieces;
    }

    private void words(int from, int to, List<Piece> pieces) {
        if (WORD.matcher(text).region(from, to).find()) {
            pieces.add(new Piece(text.substring(from, to), from, true));
        }
    }

    /**
     * The first run of the participant's words that is not in {@code quoteText} where the excerpt's order puts it (after
     * the runs before it, its words together as the quote has them), or empty where the excerpt is the quote's. Words are
     * compared without case and punctuation, as an excerpt may begin a sentence with a capital or end it with a full
     * stop; a run the author's bracketed words interrupt may leave words of the quote out there.
     */
    public Optional<Piece> firstNotIn(String quoteText) {
        return match(quoteText).failed();
    }

    /**
     * Where in {@code quoteText} the excerpt's runs of words stand, each from its first word's first character to its
     * last word's last, and over the marks around them that the run and the text share, in order (for the evidence,
     * which marks in the whole passage the words the article prints); none where the excerpt is not the quote's words.
     */
    public List<int[]> rangesIn(String quoteText) {
        return match(quoteText).ranges();
    }

    /** {@code quoteText}'s lines (as {@link QuoteLines#of} gives them) as runs, the excerpt's words marked. */
    public List<List<QuoteLines.Run>> markedIn(String quoteText) {
        return QuoteLines.marked(quoteText, rangesIn(quoteText));
    }

    private record Match(Optional<Piece> failed, List<int[]> ranges) {
    }

    /**
     * The range {@code start}–{@code end} of {@code quoteText}, a run's words, widened over the marks the run has
     * before its first word and after its last where the text has the same there ("<b>", a closing quotation mark, the
     * full stop), so that the evidence marks what the article prints, not the words alone.
     */
    private static int[] around(String run, String quoteText, int start, int end) {
        Matcher w = WORD.matcher(run);
        if (!w.find()) {
            return new int[] {start, end};
        }
        String before = run.substring(0, w.start()).strip();
        int last = w.end();
        while (w.find()) {
            last = w.end();
        }
        String after = run.substring(last).strip();
        int from = !before.isEmpty() && start >= before.length() && quoteText.startsWith(before, start - before.length())
                ? start - before.length() : start;
        int to = !after.isEmpty() && quoteText.startsWith(after, end) ? end + after.length() : end;
        return new int[] {from, to};
    }

    private Match match(String quoteText) {
        List<int[]> at = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(quoteText);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
            at.add(new int[] {m.start(), m.end()});
        }
        List<int[]> ranges = new ArrayList<>();
        int cursor = 0;
        for (Piece p : pieces()) {
            if (!p.participants()) {
                continue;
            }
            List<String> run = words(p.text());
            int found = indexOf(words, run, cursor);
            if (found < 0) {
                return new Match(Optional.of(p), List.of());
            }
            int[] range = around(p.text(), quoteText, at.get(found)[0], at.get(found + run.size() - 1)[1]);
            if (!ranges.isEmpty()) { // a mark the text has once, between two runs, is the earlier run's
                range[0] = Math.max(range[0], ranges.get(ranges.size() - 1)[1]);
            }
            ranges.add(range);
            cursor = found + run.size();
        }
        return new Match(Optional.empty(), ranges);
    }

    /** Whether the excerpt has any of the participant's words (not cuts and brackets alone). */
    public boolean hasWords() {
        return pieces().stream().anyMatch(Piece::participants);
    }

    /** The excerpt with everything but the author's bracketed words blanked out, offsets kept (for the privacy check). */
    public String authorsWords() {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
        for (Piece p : pieces()) {
            if (p.authors()) {
                out.replace(p.start(), p.start() + p.text().length(), p.text());
            }
        }
        return out.toString();
    }

    /**
     * The excerpt with the author's bracketed words changed by {@code change} (the anonymised copy's, which names no
     * author: "[asked by Dr Lee]"), the participant's as they are.
     */
    public Excerpt withAuthorsWords(java.util.function.UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Piece p : pieces()) {
            if (p.authors()) {
                out.append(text, from, p.start()).append(change.apply(p.text()));
                from = p.start() + p.text().length();
            }
        }
        return new Excerpt(out.append(text.substring(from)).toString(), textAt, position);
    }

    /**
     * What {@code text}, read as an excerpt, prints, as two excerpts are compared: each run's words in lower case, each
     * cut one mark however written ({@code …}, {@code [...]}), the author's bracketed words as written. An excerpt typed
     * in a manuscript and the one of a quote's file are the same where these are.
     */
    public static List<String> signature(String text) {
        List<String> out = new ArrayList<>();
        for (Piece p : new Excerpt(text, null, null).pieces()) {
            out.add(p.participants() ? String.join(" ", words(p.text())) : p.authors() ? p.text() : "\u2026");
        }
        return out;
    }

    /** The words of {@code text} in lower case, as the check compares them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Where {@code run} first stands in {@code words} at or after {@code from}, or -1: Knuth, Morris and Pratt's search,
     * linear in the words, as a quote's text and its excerpt are untrusted (a hostile one of a million "a" would make a
     * plain search's time the product of their lengths).
     */
    private static int indexOf(List<String> words, List<String> run, int from) {
        if (run.isEmpty()) {
            return from <= words.size() ? from : -1;
        }
        int[] fallback = new int[run.size()];
        for (int i = 1, k = 0; i < run.size(); i++) {
            while (k > 0 && !run.get(i).equals(run.get(k))) {
                k = fallback[k - 1];
            }
            if (run.get(i).equals(run.get(k))) {
                k++;
            }
            fallback[i] = k;
        }
        for (int i = from, k = 0; i < words.size(); i++) {
            while (k > 0 && !words.get(i).equals(run.get(k))) {
                k = fallback[k - 1];
            }
            if (words.get(i).equals(run.get(k))) {
                k++;
            }
            if (k == run.size()) {
                return i - run.size() + 1;
            }
        }
        return -1;
    }
}

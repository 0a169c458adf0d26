package weft.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.model.Text;

/**
 * The other ways cross-references are written, read as Weft's own ({@code sec-}, {@code fig-}, {@code tab-}): Quarto
 * names a table {@code tbl-} ({@code {#tbl-meals}}, {@code @tbl-meals}) and Pandoc-crossref writes a colon
 * ({@code {#fig:plan}}, {@code @fig:plan}, {@code @tbl:meals}); so does {@code {{ref:tbl-meals}}}, a capitalised
 * {@code @Tbl-meals} and a number alone, {@code [-@tbl-meals]}. Each is rewritten to Weft's form in place, the text
 * keeping its length (every offset, and so every diagnostic's line and column, stays the text's). Code is left as
 * written.
 */
public final class CrossRefLabels {

    /**
     * The kinds of label a bare {@code @} cross-reference names ({@code @sec-methods}): Weft's sections, figures and
     * tables, and Quarto's callouts (note, tip, important, caution, warning), as a regular expression's alternatives.
     */
    public static final String KINDS = "sec|fig|tab|nte|tip|imp|cau|wrn";
    /** The same kinds capitalised, as Quarto writes a reference that begins a sentence ({@code @Fig-plan}: "Figure 1"). */
    public static final String CAPITALISED_KINDS = "Sec|Fig|Tab|Nte|Tip|Imp|Cau|Wrn";

    /**
     * A label after {@code {#}, in {@code {{ref:…}}}, or after a bare {@code @} (not inside a word, an address or after a
     * backslash).
     */
    private static final Pattern OTHER_FORM = Pattern.compile(
            "(\\{#|\\{\\{\\s{0,20}ref\\s{0,20}:\\s{0,20}|(?<=\\[-)@|(?<![\\p{L}\\p{N}_@./\\\\-])@)"
            + "(?:(sec|fig|tab|tbl|Sec|Fig|Tab|Tbl):|(tbl|Tbl)-)(?=[a-z0-9])");

    private CrossRefLabels() {
    }

    /** Whether {@code text} may hold a label in another form (a quick test before {@link #normalise}). */
    static boolean mayHold(String text) {
        return text.contains("tbl") || text.contains("Tbl") || text.contains("ec:") || text.contains("ig:")
                || text.contains("ab:");
    }

    /** {@code text} with every label of another form in Weft's; the same text when it has none. */
    public static Text normalise(Text text) {
        String content = text.content();
        if (!mayHold(content)) {
            return text;
        }
        String outside = PandocSyntax.blankCode(content);
        Matcher m = OTHER_FORM.matcher(outside);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(content) : out;
            String written = m.group(2) != null ? m.group(2) : m.group(3);
            String kind = written.equals("tbl") ? "tab" : written.equals("Tbl") ? "Tab" : written;
            out.replace(m.end(1), m.end(), kind + "-");
        }
        return out == null ? text : text.withContent(out.toString());
    }
}

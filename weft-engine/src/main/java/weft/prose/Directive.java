package weft.prose;

import java.util.List;
import weft.diagnostics.SourcePosition;

/**
 * A directive found in prose: {@code {{kind:argument|option}}}, a citation {@code [@a; @b, p. 12]} (kind {@code cite},
 * with its items), or Pandoc's citation with the author in the text, {@code @a} or {@code @a [p. 12]} (kind
 * {@code cite-in-text}, one item; printed as written when {@code a} is no work of the bibliography: a forum's handle).
 */
public record Directive(String kind, String argument, String option, List<CiteItem> items,
                        SourcePosition position, String source) {

    /** A cross-reference's options, as Quarto writes them: the number alone ({@code [-@fig-x]}: "1"). */
    public static final String REF_NUMBER = "number";
    /** The reference capitalised ({@code @Fig-x}: "Figure 1", as a sentence begins). */
    public static final String REF_CAPITAL = "capital";
    /** Words of its own before the number ({@code [Fig. @fig-x]}: "Fig. 1"): this, then the words. */
    public static final String REF_PREFIX = "prefix=";

    /** One cited work in a citation: {@code [see @key, p. 12]} has prefix "see", key "key", locator "p. 12". */
    public record CiteItem(String key, String prefix, String locator, boolean suppressAuthor) {
    }

    public boolean isCitation() {
        return kind.equals("cite") || kind.equals("cite-in-text");
    }

    /** What is said of a directive that prints a table ({@code {{codebook}}}, {@code {{crosstab}}} …) used inside a sentence. */
    public String printsATable() {
        return "{{" + kind + "}} prints a table: put it in a paragraph of its own";
    }
}

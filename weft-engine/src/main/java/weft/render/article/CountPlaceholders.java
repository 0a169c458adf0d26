package weft.render.article;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Presentation;
import weft.words.Words;

/**
 * The counts of the article itself ({@code {{count:words}}}, {@code {{count:words:abstract}}}, {@code
 * {{count:tables}}}, {@code {{count:figures}}}), which are known only once the whole article is written: each is a
 * placeholder until then, filled in by {@link #settle} with the counts of the article that prints them, its own
 * figures included.
 */
final class CountPlaceholders {

    /** What a placeholder counts. */
    enum Kind { TEXT_WORDS, ABSTRACT_WORDS, TABLES, FIGURES }

    private static final String KIND = "data-weft-count";
    private static final String OPTION = "data-weft-option";
    /** Rounds of filling in before the counts must include their own words (one more when a count's width changes). */
    private static final int ROUNDS = 5;
    private boolean any;

    /**
     * A placeholder for the count of {@code kind}, printed with the number {@code option} ("", "words", …): an element
     * found again by its attributes wherever the prose's rendering moves or copies it (raw HTML in the prose is
     * escaped, so the text cannot make one).
     */
    Element placeholder(Kind kind, String option) {
        any = true;
        return new Element("span").attr(KIND, kind.name()).attr(OPTION, option);
    }

    /**
     * The article built by {@code build} from the prose in {@code bodies}, with its placeholders filled in: filled,
     * built and counted again until the counts printed are those of the article printing them. With {@code limits}, a
     * warning for a text over its limit, a note of one within it.
     */
    ArticleView settle(Supplier<ArticleView> build, Supplier<List<Element>> bodies, Words words,
                       Presentation.WordLimits limits, Diagnostics diagnostics) {
        ArticleView view = build.get();
        if (!any && !limits.any()) {
            return view;
        }
        ArticleCounts counts = ArticleCounts.of(view);
        if (any) {
            List<Element> placeholders = bodies.get().stream().flatMap(b -> b.select("span[" + KIND + "]").stream()).toList();
            for (int round = 0; round < ROUNDS; round++) {
                for (Element p : placeholders) {
                    p.text(words.number(count(counts, Kind.valueOf(p.attr(KIND))), p.attr(OPTION)));
                }
                view = build.get();
                ArticleCounts filled = ArticleCounts.of(view);
                if (filled.equals(counts)) {
                    break;
                }
                counts = filled;
            }
            placeholders.forEach(Element::unwrap); // the number as text, no element around it
            view = build.get();
        }
        over("abstract", counts.abstractWords(), limits.abstractWords(), limits.abstractAt(), diagnostics);
        over("text", counts.text(), limits.text(), limits.textAt(), diagnostics);
        return view;
    }

    private static int count(ArticleCounts counts, Kind kind) {
        return switch (kind) {
            case TEXT_WORDS -> counts.text();
            case ABSTRACT_WORDS -> counts.abstractWords();
            case TABLES -> counts.tables();
            case FIGURES -> counts.figures();
        };
    }

    /** A warning for a text over its limit; a note of its count when it is within it, as the author writes. */
    private static void over(String what, int words, int limit, SourcePosition at, Diagnostics diagnostics) {
        if (limit > 0 && words <= limit) {
            diagnostics.note(at, String.format(Locale.ROOT, "the %s has %,d words, within the limit of %,d"
                    + " (presentation.wordLimits.%s)", what.equals("text") ? "main text" : what, words, limit, what));
        }
        if (limit > 0 && words > limit) {
            diagnostics.warning(at, String.format(Locale.ROOT, "the %s has %,d words, %,d over the limit of %,d"
                    + " (presentation.wordLimits.%s)%s", what.equals("text") ? "main text" : what, words, words - limit,
                    limit, what, what.equals("text") ? ": the numbered sections and the results count, with their headings"
                            + " and quotes; tables, figures, references, back matter and appendices do not" : ""));
        }
    }
}

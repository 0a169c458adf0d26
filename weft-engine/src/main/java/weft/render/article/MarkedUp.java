package weft.render.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The marked-up review copy of an article: the passages (paragraphs, headings, list items, quotations, captions, table
 * cells) whose text is not in the earlier version's article are given the class {@value #CHANGED}, and a legend at
 * the top of the article says what the highlight means. Passages are matched by their text, in order (a longest
 * common subsequence, java-diff-utils): a passage that only moved is not marked. Removed passages are not shown.
 */
public final class MarkedUp {

    public static final String CHANGED = "review-changed";
    private static final String PASSAGES = "p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dt, dd";

    private MarkedUp() {
    }

    /**
     * {@code current} (an article's HTML) with its changed passages marked against {@code earlier}, and
     * {@code legend} (text, escaped here) at the top of its main content; how many passages were marked is in the legend's
     * {@code data-changed} attribute.
     */
    public static String mark(String current, String earlier, String legend) {
        Document now = Jsoup.parse(current);
        now.outputSettings().prettyPrint(false);
        List<Element> passages = passages(now);
        List<String> before = passages(Jsoup.parse(earlier)).stream().map(MarkedUp::text).toList();
        List<String> after = passages.stream().map(MarkedUp::text).toList();
        int marked = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            if (delta.getType() == DeltaType.DELETE) {
                continue;
            }
            int from = delta.getTarget().getPosition();
            for (int i = from; i < from + delta.getTarget().size(); i++) {
                passages.get(i).addClass(CHANGED);
                marked++;
            }
        }
        Element main = now.selectFirst("main");
        Element host = main != null ? main : now.body();
        host.prependElement("p").addClass("review-legend").attr("role", "note").attr("data-changed", String.valueOf(marked))
                .text(legend);
        now.head().appendElement("style").text("." + CHANGED + "{background:#fff1b8;box-shadow:-0.4em 0 0 #e0b100}"
                + ".review-legend{background:#fff1b8;border-left:0.4em solid #e0b100;padding:0.5em 1em;"
                + "font-family:system-ui,sans-serif}");
        return now.outerHtml();
    }

    /**
     * Carries the marks of {@code marked} (an article's web page, marked by {@link #mark}) over to {@code other}, another
     * rendering of the same article (the print document of its PDF): the passages matched to a marked passage
     * ({@link #matched}) are marked; the legend and a style that shows the marks (a background, which the PDF prints)
     * are put at the top of {@code other}.
     */
    public static void transfer(Document marked, Document other) {
        matched(marked, passages(other), Element::text).forEach(e -> e.addClass(CHANGED));
        legend(marked).ifPresent(legend -> {
            Element main = other.selectFirst("main");
            (main != null ? main : other.body()).prependElement("p").addClass("review-legend").text(legend);
        });
        other.head().appendElement("style").text("." + CHANGED + "{background-color:#fff1b8}"
                + ".review-legend{background-color:#fff1b8;border-left:4pt solid #e0b100;padding:4pt 8pt}");
    }

    /**
     * Of {@code targets}, the passages of another rendering of the article (the PDF's, the Word document's paragraphs),
     * in reading order, those that stand for a passage {@code marked} marks: the two are matched by their text
     * (whitespace collapsed), in order (a longest common subsequence), so that what one rendering has and the other
     * has not (a running head, a legend) matches nothing.
     */
    public static <T> List<T> matched(Document marked, List<T> targets, Function<T, String> text) {
        List<Element> from = passages(marked).stream().filter(e -> !e.hasClass("review-legend")).toList();
        List<String> fromTexts = from.stream().map(MarkedUp::text).toList();
        List<String> toTexts = targets.stream().map(t -> collapsed(text.apply(t))).toList();
        List<T> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(fromTexts, toTexts).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                if (from.get(i).hasClass(CHANGED)) {
                    changed.add(targets.get(j));
                }
            }
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        for (; i < from.size() && j < targets.size(); i++, j++) {
            if (from.get(i).hasClass(CHANGED)) {
                changed.add(targets.get(j));
            }
        }
        return changed;
    }

    /** The legend of a page {@link #mark} marked up. */
    public static Optional<String> legend(Document marked) {
        return Optional.ofNullable(marked.selectFirst("p.review-legend")).map(Element::text);
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The passages that hold no other passage (a list item's paragraph, not the list item around it). */
    private static List<Element> passages(Document document) {
        Element main = document.selectFirst("main");
        Element root = main != null ? main : document.body();
        return root.select(PASSAGES).stream().filter(e -> e.select(PASSAGES).size() == 1).toList();
    }

    private static String text(Element e) {
        return collapsed(e.text());
    }
}

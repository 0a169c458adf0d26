package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.prose.Directive;

/**
 * The cross-references of the prose ({@code @sec-methods}, {@code @fig-coding-frame}, {@code @tab-coding-frame}).
 * Prose may refer forward, so each reference is registered as an empty link while the article is rendered, the
 * renderer defines every label as it numbers sections, figures and tables, and {@link #finish} fills the links.
 */
final class CrossReferences {

    /** What a reference prints ("Figure 1"), the number alone ("1"; the words where there is none) and where it leads. */
    private record Target(String text, String number, String href) {
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();
    /** Labels of what the build leaves out for its audience, with why a reference to one cannot be printed. */
    private final Map<String, String> withheld = new LinkedHashMap<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    /** The heading numbers of the labels that have one ("1.2" for sec-node-x), and the places that print one alone. */
    private final Map<String, String> numbers = new LinkedHashMap<>();
    private final List<Map.Entry<String, Element>> numberPlaces = new ArrayList<>();

    /** Defines {@code label} as a reference to {@code text} ("Figure 1") at {@code anchor}; the first definition wins. */
    void define(String label, String text, String anchor) {
        define(label, text, text, anchor);
    }

    /**
     * As {@link #define(String, String, String)}, with the number alone ({@code number}: "1", "2.3", "A") that
     * {@code [-@fig-x]} prints, and words of its own before ({@code [Fig. @fig-x]}).
     */
    void define(String label, String text, String number, String anchor) {
        targets.putIfAbsent(label, new Target(text, number, "#" + anchor));
    }

    /** Defines the number alone of {@code label}'s heading ("1.2", "Theme 1"), for a table that prints it in a column. */
    void defineNumber(String label, String number) {
        numbers.putIfAbsent(label, number);
    }

    /**
     * The element that will hold the heading number alone of {@code label} (a node's, in the codebook's column), filled
     * in by {@link #finish}: empty where the label has none (a node too deep for a heading), which is no error.
     */
    Element registerNumber(String label) {
        Element place = new Element("span").addClass("heading-number");
        numberPlaces.add(Map.entry(label, place));
        return place;
    }

    /** Records that {@code label} is left out of this build: a reference to it is the error {@code why}. */
    void withhold(String label, String why) {
        withheld.putIfAbsent(label, why);
    }

    /**
     * Records that {@code label} is a figure the prose names but could not print (an error says why): a reference to
     * it is printed as written, without a second error.
     */
    void silence(String label) {
        withheld.putIfAbsent(label, "");
    }

    /** The link that will stand for {@code directive} (kind {@code ref}, the label as its argument). */
    Element register(Directive directive) {
        Element link = new Element("a").addClass("xref");
        directives.add(directive);
        links.add(link);
        return link;
    }

    /** Fills every registered link; an unknown label is reported and printed as written. */
    void finish(Diagnostics diagnostics) {
        numberPlaces.forEach(place -> place.getValue().text(numbers.getOrDefault(place.getKey(), "")));
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            Element link = links.get(i);
            Target target = targets.get(d.argument());
            if (target != null) {
                link.attr("href", target.href()).text(printed(target, d.option()));
                continue;
            }
            String why = withheld.containsKey(d.argument()) ? withheld.get(d.argument())
                    : "unknown cross-reference label '" + d.argument() + "'" + hint(d.argument());
            if (!why.isEmpty()) {
                diagnostics.error(d.position(), why);
            }
            if (link.parent() != null) {
                link.replaceWith(new TextNode(d.source()));
            } else {
                link.removeClass("xref").tagName("span").text(d.source());
            }
        }
    }

    /**
     * What a reference prints, as its directive's option asks: the number alone,
     * the words capitalised ({@code @Fig-x}), or words of its own and the number; else the target's words.
     */
    private static String printed(Target target, String option) {
        if (option.equals(weft.prose.Directive.REF_NUMBER)) {
            return target.number();
        }
        if (option.equals(weft.prose.Directive.REF_CAPITAL) && !target.text().isEmpty()) {
            return target.text().substring(0, target.text().offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                    + target.text().substring(target.text().offsetByCodePoints(0, 1));
        }
        if (option.startsWith(weft.prose.Directive.REF_PREFIX)) {
            return option.substring(weft.prose.Directive.REF_PREFIX.length()) + "\u00A0" + target.number();
        }
        return target.text();
    }

    private String hint(String label) {
        String kind = label.substring(0, label.indexOf('-') + 1);
        List<String> known = targets.keySet().stream().filter(l -> l.startsWith(kind)).toList();
        String close = known.stream().filter(l -> distance(l, label) <= 2).findFirst()
                .map(l -> " (did you mean '" + l + "'?)").orElse("");
        if (kind.equals("sec-")) {
            return close.isEmpty() ? ": a section's label is sec- and its front-matter id (sec-methods), a subsection's"
                    + " the id of its heading (sec-methods-data-analysis), a numbered node's sec-node- and its id" : close;
        }
        if (kind.equals("quote-")) {
            return ": a quote is referred to as a numbered extract ('Extract 1'), with presentation.numberedExtracts: true"
                    + " in coded-data/study.yaml, by its id once the article sets it apart as a block quotation";
        }
        String what = kind.equals("fig-") ? "figures" : kind.equals("tab-") ? "tables" : "callouts labelled " + kind + "…";
        return !close.isEmpty() ? close : known.isEmpty() ? ": the article has no " + what
                : " (" + what + ": " + String.join(", ", known) + ")";
    }

    /** The Levenshtein distance: how many letters to change, add or drop to turn one label into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

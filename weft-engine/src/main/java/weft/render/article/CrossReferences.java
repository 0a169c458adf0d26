package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.prose.ConditionalContent;
import weft.prose.Directive;

/**
 * The cross-references of the prose ({@code @sec-methods}, {@code @fig-coding-frame}, {@code @tab-coding-frame}).
 * Prose may refer forward, so each reference is registered as an empty link while the article is rendered, the
 * renderer defines every label as it numbers sections, figures and tables, and {@link #finish} fills the links.
 */
final class CrossReferences {

    /**
     * What a reference prints ("Figure 1"), the number alone ("1"; the words where there is none), where it leads, and
     * the formats that print what it leads to (every one but for conditional content).
     */
    private record Target(String text, String number, String href, List<String> formats) {
    }

    /** Each label's targets: one, or one for each set of formats that prints its own (conditional content). */
    private final Map<String, List<Target>> targets = new LinkedHashMap<>();
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
        define(label, text, number, anchor, ConditionalContent.FORMATS);
    }

    /**
     * As {@link #define(String, String, String, String)}, in {@code formats} alone (what conditional content prints in
     * some formats only): the first definition in a format wins.
     */
    void define(String label, String text, String number, String anchor, List<String> formats) {
        List<Target> known = targets.computeIfAbsent(label, l -> new ArrayList<>());
        List<String> left = formats.stream().filter(f -> known.stream().noneMatch(t -> t.formats().contains(f))).toList();
        if (!left.isEmpty()) {
            known.add(new Target(text, number, "#" + anchor, left));
        }
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
            List<Target> found = targets.get(d.argument());
            if (found != null) {
                fill(link, d, found, diagnostics);
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
     * {@code link} made the reference {@code d} to {@code found}: its words in every format that prints the link, each
     * format's own where conditional content numbers the target apart in some formats (a span for each, which
     * {@link ConditionalContent#only} keeps in its formats alone); in a format that prints the link and not its
     * target, the words of a format that has it, with a warning (the format's view unlinks them, as it does any link
     * to what it leaves out), or the reference as written where those words name another target in that format.
     */
    private void fill(Element link, Directive d, List<Target> found, Diagnostics diagnostics) {
        List<String> printedIn = link.parent() == null ? ConditionalContent.FORMATS : ConditionalContent.formatsAt(link);
        Map<String, List<String>> byWords = new LinkedHashMap<>(); // the words printed, and the formats printing them
        List<String> missing = new ArrayList<>();
        Target first = null;
        for (String format : printedIn) {
            Target target = found.stream().filter(t -> t.formats().contains(format)).findFirst().orElse(null);
            if (target == null) {
                missing.add(format);
                continue;
            }
            first = first == null ? target : first;
            byWords.computeIfAbsent(printed(target, d.option()), w -> new ArrayList<>()).add(format);
        }
        if (!missing.isEmpty()) {
            List<String> where = found.stream().flatMap(t -> t.formats().stream()).toList();
            Target named = first == null ? found.get(0) : first;
            // its words, unless in some format they name another target ("Section 2.1" a section the format has)
            boolean taken = missing.stream().anyMatch(f -> targets.values().stream().flatMap(List::stream)
                    .anyMatch(t -> t.formats().contains(f) && t.text().equals(named.text())));
            String words = taken ? d.source() : printed(named, d.option());
            diagnostics.warning(d.position(), "'" + d.argument() + "' is printed in " + String.join(", ", where)
                    + " alone (conditional content), this reference to it in " + String.join(", ", missing) + " too, "
                    + (taken ? "where its words ('" + printed(named, d.option()) + "') would name another, so it is"
                    + " printed as written" : "where it is its words ('" + words + "') and no link")
                    + ": put the reference in conditional content of its own ({.content-visible when-format=\""
                    + where.get(0) + "\"}), or give those formats their own '" + d.argument() + "'");
            byWords.computeIfAbsent(words, w -> new ArrayList<>()).addAll(missing);
        }
        link.attr("href", first == null ? found.get(0).href() : first.href());
        if (byWords.size() == 1) {
            link.text(byWords.keySet().iterator().next());
            return;
        }
        link.empty();
        byWords.forEach((words, formats) -> link.appendElement("span")
                .attr(ConditionalContent.ATTRIBUTE, String.join(" ", formats)).text(words));
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
        String close = weft.diagnostics.Suggestions.didYouMean(label, known);
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
}

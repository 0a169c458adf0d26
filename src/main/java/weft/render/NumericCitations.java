package weft.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import weft.prose.Directive;

/**
 * Citations numbered in order of first citation, "[5, 6]", "[30–32]", with no reference list:
 * what a study without a bibliography gets.
 */
final class NumericCitations implements Citations {

    private final List<Directive> directives = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();

    @Override
    public Element register(Directive directive) {
        Element span = new Element("span").addClass("citation");
        directives.add(directive);
        elements.add(span);
        return span;
    }

    @Override
    public List<Html> finish() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Directive d : directives) {
            d.items().forEach(item -> numbers.putIfAbsent(item.key(), numbers.size() + 1));
        }
        for (int i = 0; i < directives.size(); i++) {
            List<Integer> cited = directives.get(i).items().stream().map(item -> numbers.get(item.key()))
                    .distinct().sorted().toList();
            elements.get(i).text("[" + ranges(cited) + "]");
        }
        return List.of();
    }

    /** 1, 2, 3, 5 as "1–3, 5". */
    static String ranges(List<Integer> sorted) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ", ").append(sorted.get(i));
            if (j - i >= 2) {
                out.append('\u2013').append(sorted.get(j));
            } else if (j == i + 1) {
                out.append(", ").append(sorted.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}

package weft.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?" for a name that names nothing (a node, a quote, a participant, a citation key, a field): the known
 * names nearest to the one written, as a compiler suggests them. A name is compared as written and in a plain form
 * (lower case, spaces and underscores as hyphens), so that a node's label typed where its id belongs ("Waste of
 * time") finds the id ('waste-of-time'), and with a few edits allowed, fewer for a short name: a misspelling finds its
 * word, an unrelated name finds nothing (no suggestion rather than a wrong one). Where no name is so near, a name
 * shortened to its first words finds the names that begin with them ('eating' finds 'eating-together'), when there are
 * at most three. At most three are named, the nearest, in the order the study gives them.
 */
public final class Suggestions {

    private static final int MOST = 3;

    private Suggestions() {
    }

    /** " (did you mean 'x'?)", or "" when no known name is near {@code written}. */
    public static String didYouMean(String written, Iterable<String> known) {
        String question = question(written, known);
        return question.isEmpty() ? "" : " (" + question + ")";
    }

    /**
     * As {@link #didYouMean(String, Iterable)}, where each known name may have another name (a node's label, "" for
     * none) by which it is found too and which the suggestion shows beside it: {@code 'waste-of-time' ("Waste of time")}.
     */
    public static String didYouMean(String written, Map<String, String> known) {
        String question = question(written, known);
        return question.isEmpty() ? "" : " (" + question + ")";
    }

    /** "did you mean 'x'?" without the brackets, for a message that has some already; "" when no known name is near. */
    public static String question(String written, Iterable<String> known) {
        Map<String, String> names = new LinkedHashMap<>();
        known.forEach(k -> names.put(k, ""));
        return question(written, names);
    }

    private static String question(String written, Map<String, String> known) {
        List<String> near = nearest(written, known);
        if (near.isEmpty()) {
            return "";
        }
        List<String> shown = near.stream().map(k -> shown(k, known.get(k))).toList();
        String list = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return "did you mean " + list + "?";
    }

    /** The known names nearest to {@code written}, at most three, in the order of {@code known}; none when none is near. */
    static List<String> nearest(String written, Map<String, String> known) {
        String plain = plain(written);
        if (plain.isEmpty()) {
            return List.of();
        }
        int allowed = plain.length() <= 2 ? 0 : plain.length() <= 4 ? 1 : plain.length() <= 12 ? 2 : 3;
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        int best = Integer.MAX_VALUE;
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> k : known.entrySet()) {
            if (k.getKey().equals(written)) {
                continue; // a name that is known is not a mistake (the caller asks for one that names nothing)
            }
            int d = Math.min(between(distance, plain, plain(k.getKey())),
                    k.getValue().isEmpty() ? Integer.MAX_VALUE : between(distance, plain, plain(k.getValue())));
            if (d < best) {
                best = d;
                found.clear();
            }
            if (d == best && d != Integer.MAX_VALUE && found.size() < MOST) {
                found.add(k.getKey());
            }
        }
        if (found.isEmpty() && plain.length() > 2) { // a name shortened to its first words: 'eating' for 'eating-together'
            for (Map.Entry<String, String> k : known.entrySet()) {
                if (plain(k.getKey()).startsWith(plain + "-") || !k.getValue().isEmpty() && plain(k.getValue()).startsWith(plain + "-")) {
                    found.add(k.getKey());
                }
            }
            return found.size() <= MOST ? found : List.of();
        }
        return found;
    }

    private static int between(LevenshteinDistance distance, String a, String b) {
        int d = distance.apply(a, b);
        return d < 0 ? Integer.MAX_VALUE : d;
    }

    private static String plain(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    private static String shown(String name, String other) {
        return other.isEmpty() || plain(other).equals(plain(name)) ? "'" + name + "'" : "'" + name + "' (\"" + other + "\")";
    }
}

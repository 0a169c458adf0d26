package weft.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quotes a recoding both renamed and re-worded, paired by their words as git pairs a renamed and edited file: an
 * earlier quote and a later one, neither matched by id or text, whose words are at least half the same, in order
 * ({@link TextDiff#similarity}), with two words in common at least, and of the same participant where both name one.
 * The most similar pairs are taken first; each quote is in one pair at most. A word in more than {@value #COMMON} of the quotes does not propose a pair (it is "the" or
 * "and"), so that a study of thousands of quotes renamed at once is compared in time that grows with it.
 */
final class SimilarQuotes {

    /** The share of their words two quotes have in common at least. */
    static final double SIMILARITY = 0.5;
    /** The words two quotes have in common at least: "make good fathers" and "make good mothers" are two. */
    static final int COMMON_WORDS = 2;
    /** A word in more of the later quotes than this proposes no pair. */
    static final int COMMON = 64;
    /** The candidates of an earlier quote that are compared word by word: those with the most words in common. */
    private static final int CANDIDATES = 8;

    private SimilarQuotes() {
    }

    private record Pair(int earlier, int later, double similarity) {
    }

    /**
     * Earlier id to later id, for the pairs found among quotes that are otherwise unmatched, each list of quotes given as
     * id to text in the study's order.
     */
    static Map<String, String> pair(Map<String, String> earlierTexts, Map<String, String> laterTexts) {
        return pair(earlierTexts, laterTexts, (earlier, later) -> true);
    }

    /**
     * The same, pairing only quotes that {@code may} pair (earlier id, later id): two quotes of two different participants
     * are two quotes, however alike their words.
     */
    static Map<String, String> pair(Map<String, String> earlierTexts, Map<String, String> laterTexts,
                                    java.util.function.BiPredicate<String, String> may) {
        List<Map.Entry<String, String>> earlier = List.copyOf(earlierTexts.entrySet());
        List<Map.Entry<String, String>> later = List.copyOf(laterTexts.entrySet());
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int j = 0; j < later.size(); j++) {
            for (String w : keys(later.get(j).getValue())) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            Map<Integer, Integer> shared = new LinkedHashMap<>();
            for (String w : keys(earlier.get(i).getValue())) {
                List<Integer> with = postings.getOrDefault(w, List.of());
                if (with.size() <= COMMON) {
                    with.forEach(j -> shared.merge(j, 1, Integer::sum));
                }
            }
            int at = i;
            shared.entrySet().stream().filter(e -> e.getValue() >= COMMON_WORDS)
                    .filter(e -> may.test(earlier.get(at).getKey(), later.get(e.getKey()).getKey()))
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CANDIDATES)
                    .forEach(e -> {
                        double similarity = TextDiff.similarity(earlier.get(at).getValue(), later.get(e.getKey()).getValue());
                        if (similarity >= SIMILARITY) {
                            pairs.add(new Pair(at, e.getKey(), similarity));
                        }
                    });
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::earlier)
                .thenComparingInt(Pair::later));
        Map<String, String> matched = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Pair p : pairs) {
            String id = earlier.get(p.earlier()).getKey();
            if (!matched.containsKey(id) && taken.add(p.later())) {
                matched.put(id, later.get(p.later()).getKey());
            }
        }
        return matched;
    }

    /** A text's distinct words for finding candidates: lower case, without the punctuation around them. */
    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String w : TextDiff.words(text)) {
            String key = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}

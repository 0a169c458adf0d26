package weft.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes that share quotes: each pair of nodes that a quote is coded to, neither within the other (a quote coded to
 * a category and to one of its sub-categories shares nothing), with the quotes coded to both. The categories of a
 * content analysis are meant to exclude each other; a reviewer asks which do not, and how often. Counts are those of
 * the analysis (quotes withheld from the build included, only their number known); pairs most shared first, then in
 * tree order.
 */
public final class SharedQuotes {

    /** Two nodes, {@code first} before {@code second} in tree order, the quotes the build shows coded to both. */
    public record Pair(CodeNode first, CodeNode second, List<Quote> quotes, int withheld) {

        /** How many quotes the two share, withheld ones included. */
        public int count() {
            return quotes.size() + withheld;
        }

        /** The other node of the pair than {@code id}. */
        public CodeNode other(String id) {
            return first.id().equals(id) ? second : first;
        }
    }

    private final List<Pair> pairs;
    /** Each node's pairs, the most shared first: a node's page asks for its own, and there may be thousands of pairs. */
    private final Map<String, List<Pair>> byNode = new LinkedHashMap<>();
    private final int quotes;

    private SharedQuotes(List<Pair> pairs, int quotes) {
        this.pairs = pairs;
        this.quotes = quotes;
        for (Pair p : pairs) {
            byNode.computeIfAbsent(p.first().id(), k -> new ArrayList<>()).add(p);
            byNode.computeIfAbsent(p.second().id(), k -> new ArrayList<>()).add(p);
        }
    }

    /** The pairs of {@code index}'s nodes that share quotes. */
    public static SharedQuotes of(FrameIndex index) {
        Map<List<String>, List<Quote>> shown = new LinkedHashMap<>();
        int sharing = index.withheldSharing();
        for (Quote q : index.quotes()) {
            List<List<String>> pairs = pairsOf(q, index);
            pairs.forEach(pair -> shown.computeIfAbsent(pair, k -> new ArrayList<>()).add(q));
            sharing += pairs.isEmpty() ? 0 : 1;
        }
        Map<List<String>, Integer> withheld = index.withheldShared();
        List<List<String>> keys = new ArrayList<>(shown.keySet());
        withheld.keySet().stream().filter(k -> !shown.containsKey(k)).forEach(keys::add);
        List<Pair> pairs = new ArrayList<>(keys.size());
        for (List<String> key : keys) {
            pairs.add(new Pair(index.node(key.get(0)).orElseThrow(), index.node(key.get(1)).orElseThrow(),
                    List.copyOf(shown.getOrDefault(key, List.of())), withheld.getOrDefault(key, 0)));
        }
        pairs.sort(Comparator.comparingInt(Pair::count).reversed()
                .thenComparingInt(p -> index.position(p.first().id()))
                .thenComparingInt(p -> index.position(p.second().id())));
        return new SharedQuotes(List.copyOf(pairs), sharing);
    }

    /**
     * The pairs of nodes that {@code quote} is coded to (nodes of the frame, each once), neither within the other, as
     * lists of two ids in tree order.
     */
    public static List<List<String>> pairsOf(Quote quote, FrameIndex index) {
        List<String> codes = quote.codes().stream().map(Ref::id).distinct().filter(id -> index.position(id) >= 0)
                .sorted(Comparator.comparingInt(index::position)).toList();
        if (codes.size() < 2) {
            return List.of();
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                String a = codes.get(i);
                String b = codes.get(j);
                if (!index.isWithin(b, a) && !index.isWithin(a, b)) {
                    pairs.add(List.of(a, b));
                }
            }
        }
        return pairs;
    }

    /** Every pair, the most shared first. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The pairs {@code id} is one of, the most shared first. */
    public List<Pair> of(String id) {
        return List.copyOf(byNode.getOrDefault(id, List.of()));
    }

    /** How many quotes are coded to two nodes or more that share them (withheld ones included). */
    public int quoteCount() {
        return quotes;
    }
}

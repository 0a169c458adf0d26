package weft.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The derived figures of a coding frame, computed once: nodes by id in tree order, parents, depths,
 * quotes per node (directly and with descendants), the count of presented quotes, and heading numbers.
 * The first of two nodes or quotes with the same id wins (duplicates are reported by the checker); the children of
 * the second are indexed all the same, so that one duplicate id is reported once, not once per quote below it.
 */
public final class FrameIndex {

    private final List<CodeNode> preorder = new ArrayList<>();
    private final Map<String, CodeNode> nodes = new LinkedHashMap<>();
    private final Map<String, CodeNode> parents = new LinkedHashMap<>();
    private final Map<String, Integer> depths = new LinkedHashMap<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final Map<String, List<Quote>> direct = new LinkedHashMap<>();
    private final Map<String, List<Quote>> under = new LinkedHashMap<>();
    private final int presentedQuotes;
    /** Quotes a build leaves out for privacy: only their ids (for diagnostics) and counts, never their text. */
    private final Set<String> withheldIds = new HashSet<>();
    private final Map<String, Integer> withheldDirect = new LinkedHashMap<>();
    private final Map<String, Integer> withheldUnder = new LinkedHashMap<>();
    /** The participants (by id) of the quotes coded to each node or below it, published or withheld, in data order. */
    private final Map<String, Map<String, Integer>> participantsUnder = new LinkedHashMap<>();
    /** How many quotes each participant (by id) has, published or withheld. */
    private final Map<String, Integer> quotesByParticipant = new LinkedHashMap<>();
    /** Of the withheld quotes, how many each pair of nodes shares ({@link SharedQuotes#pairsOf}), and how many share any. */
    private final Map<List<String>, Integer> withheldShared = new LinkedHashMap<>();
    private int withheldSharing;
    /** Each node's place in {@link #preorder}. */
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    private final Audience audience;

    public FrameIndex(CodingFrame frame, List<Quote> allQuotes) {
        this(frame, allQuotes, List.of(), Audience.PUBLIC);
    }

    /**
     * The index of the quotes a build publishes, {@code allQuotes}, knowing of {@code withheld} (the quotes its
     * audience may not read) only their ids and how many are coded to each node.
     */
    public FrameIndex(CodingFrame frame, List<Quote> allQuotes, List<Quote> withheld, Audience audience) {
        this.audience = audience;
        walk(frame.roots(), null, 1);
        for (Quote q : withheld) {
            if (!withheldIds.add(q.id())) {
                continue;
            }
            q.participant().ifPresent(p -> quotesByParticipant.merge(p.id(), 1, Integer::sum));
            q.codes().stream().map(Ref::id).distinct().filter(nodes::containsKey).forEach(code -> withheldDirect.merge(code, 1, Integer::sum));
            List<List<String>> pairs = SharedQuotes.pairsOf(q, this);
            pairs.forEach(pair -> withheldShared.merge(pair, 1, Integer::sum));
            withheldSharing += pairs.isEmpty() ? 0 : 1;
            Set<String> seen = new HashSet<>();
            for (Ref code : q.codes()) {
                for (CodeNode n = nodes.get(code.id()); n != null && seen.add(n.id()); n = parents.get(n.id())) {
                    withheldUnder.merge(n.id(), 1, Integer::sum);
                    addParticipant(n.id(), q);
                }
            }
        }
        for (Quote q : allQuotes) {
            quotes.putIfAbsent(q.id(), q);
        }
        presentedQuotes = (int) quotes.values().stream().filter(Quote::presented).count();
        quotes.values().forEach(q -> q.participant().ifPresent(p -> quotesByParticipant.merge(p.id(), 1, Integer::sum)));
        for (Quote q : quotes.values()) {
            q.codes().stream().map(Ref::id).distinct()
                    .filter(nodes::containsKey)
                    .forEach(code -> direct.computeIfAbsent(code, k -> new ArrayList<>()).add(q));
            // each quote once per node: a chain of ancestors already seen was added whole before
            Set<String> seen = new HashSet<>();
            for (Ref code : q.codes()) {
                for (CodeNode n = nodes.get(code.id()); n != null && seen.add(n.id()); n = parents.get(n.id())) {
                    under.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(q);
                    addParticipant(n.id(), q);
                }
            }
        }
    }

    private void addParticipant(String node, Quote q) {
        q.participant().ifPresent(p -> participantsUnder.computeIfAbsent(node, k -> new LinkedHashMap<>()).merge(p.id(), 1, Integer::sum));
    }

    private void walk(List<CodeNode> list, CodeNode parent, int depth) {
        for (CodeNode n : list) {
            if (!nodes.containsKey(n.id())) {
                positions.put(n.id(), preorder.size());
                preorder.add(n);
                nodes.put(n.id(), n);
                depths.put(n.id(), depth);
                if (parent != null) {
                    parents.put(n.id(), parent);
                }
            }
            // below a duplicate, too: its children are real nodes, and quotes coded to them are not "unknown"
            walk(n.children(), n, depth + 1);
        }
    }

    /** Every node in tree order (depth first, as the results section prints them). */
    public List<CodeNode> preorder() {
        return Collections.unmodifiableList(preorder);
    }

    /** The node's place in {@link #preorder} (0 for the first); -1 for an id that names no node. */
    public int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** Of the quotes left out for privacy, how many each pair of nodes shares (as {@link SharedQuotes#pairsOf} pairs them). */
    public Map<List<String>, Integer> withheldShared() {
        return Collections.unmodifiableMap(withheldShared);
    }

    /** How many quotes left out for privacy are coded to two nodes or more that share them. */
    public int withheldSharing() {
        return withheldSharing;
    }

    /** " (did you mean 'x'?)" for a node id that names no node: the nodes whose id or label is near it, or "". */
    public String nodeSuggestion(String written) {
        Map<String, String> labels = new LinkedHashMap<>();
        preorder.forEach(n -> labels.putIfAbsent(n.id(), n.label()));
        return weft.diagnostics.Suggestions.didYouMean(written, labels);
    }

    /** " (did you mean 'x'?)" for a quote id that names no quote of this build, or "". */
    public String quoteSuggestion(String written) {
        return weft.diagnostics.Suggestions.didYouMean(written, quotes.keySet());
    }

    public Optional<CodeNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<Quote> quote(String id) {
        return Optional.ofNullable(quotes.get(id));
    }

    public List<Quote> quotes() {
        return List.copyOf(quotes.values());
    }

    /** How many of the quotes the article presents (the others are evidence only). */
    public int presentedQuoteCount() {
        return presentedQuotes;
    }

    public Optional<CodeNode> parent(String id) {
        return Optional.ofNullable(parents.get(id));
    }

    /** 1 for a top-level node. */
    public int depth(String id) {
        return depths.getOrDefault(id, 0);
    }

    /** The nodes from the root down to {@code id}, inclusive. */
    public List<CodeNode> path(String id) {
        List<CodeNode> path = new ArrayList<>();
        for (CodeNode n = nodes.get(id); n != null; n = parents.get(n.id())) {
            path.add(0, n);
        }
        return path;
    }

    /** Whether {@code id} is {@code ancestor} or lies below it. */
    public boolean isWithin(String id, String ancestor) {
        return path(id).stream().anyMatch(n -> n.id().equals(ancestor));
    }

    /** Who the build is for. */
    public Audience audience() {
        return audience;
    }

    /** Whether the build leaves out the quote {@code id} for privacy. */
    public boolean isWithheld(String id) {
        return withheldIds.contains(id) && !quotes.containsKey(id);
    }

    /** How many quotes the build leaves out for privacy. */
    public int withheldCount() {
        return withheldIds.size();
    }

    /** Quotes left out for privacy coded to the node itself, and to it and below it. */
    public int withheldCodedTo(String id) {
        return withheldDirect.getOrDefault(id, 0);
    }

    public int withheldUnder(String id) {
        return withheldUnder.getOrDefault(id, 0);
    }

    /** The count of the analysis: quotes coded to the node, published or withheld. */
    public int countCodedTo(String id) {
        return quotesCodedTo(id).size() + withheldCodedTo(id);
    }

    /** The count of the analysis: quotes coded to the node or below it, published or withheld. */
    public int countUnder(String id) {
        return quotesUnder(id).size() + withheldUnder(id);
    }

    /**
     * The participants, by id, whose quotes are coded to the node or below it, published or withheld (a count of the
     * analysis, as {@link #countUnder}), in the order of their first quote.
     */
    public Set<String> participantsUnder(String id) {
        return Collections.unmodifiableSet(participantsUnder.getOrDefault(id, Map.of()).keySet());
    }

    /** How many of the participant's quotes are coded to the node or below it, published or withheld. */
    public int countOfParticipantUnder(String node, String participant) {
        return participantsUnder.getOrDefault(node, Map.of()).getOrDefault(participant, 0);
    }

    /** How many quotes the participant {@code id} has, published or withheld (a count of the analysis). */
    public int countOfParticipant(String id) {
        return quotesByParticipant.getOrDefault(id, 0);
    }

    /** Quotes coded to the node itself, in data order. */
    public List<Quote> quotesCodedTo(String id) {
        return List.copyOf(direct.getOrDefault(id, List.of()));
    }

    /** Quotes coded to the node or any node below it, each once, in data order. */
    public List<Quote> quotesUnder(String id) {
        return List.copyOf(under.getOrDefault(id, List.of()));
    }

    /** A numberFormat pattern filled in: {s} is the section's number, {k} the counter of level k (0 below the node). */
    static String formatted(String pattern, String section, int[] counters, int depth) {
        return Placeholders.fill(pattern, name -> name.equals(Presentation.SECTION_PLACEHOLDER) ? section
                : name.matches("[1-9][0-9]?") && Integer.parseInt(name) <= depth ? Integer.toString(counters[Integer.parseInt(name)])
                : "{" + name + "}"); // reported by the checker
    }

    public long nodesAtDepth(int depth) {
        return depths.values().stream().filter(d -> d == depth).count();
    }

    public int maxDepth() {
        return depths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Heading numbers of the nodes that get headings (depth up to {@code headingLevels}), e.g. 3.1, 3.2 (flat)
     * or 3.1, 3.1.1 (nested), after {@code prefix} and starting at {@code first}; or, where the study gives a
     * {@code numberFormat}, its pattern for the node's level with the counters of the levels filled in
     * ("Theme 1", "1.2"), counting from 1 at every level (the first level from {@code first} when its pattern
     * contains the section's number, {s}).
     */
    public Map<String, String> headingNumbers(String prefix, int first, Presentation presentation) {
        Map<String, String> numbers = new LinkedHashMap<>();
        int flat = first;
        int[] counters = new int[maxDepth() + 2];
        // a pattern of its own counts from 1, unless it goes on from the section's number ({s}.{1}) after its subsections
        counters[1] = presentation.numberFormat().isEmpty()
                || presentation.numberFormat().get(0).contains("{" + Presentation.SECTION_PLACEHOLDER + "}") ? first - 1 : 0;
        for (CodeNode n : preorder) {
            int depth = depth(n.id());
            if (depth > presentation.headingLevels()) {
                continue;
            }
            if (!presentation.numberFormat().isEmpty()) {
                counters[depth]++;
                for (int i = depth + 1; i < counters.length; i++) {
                    counters[i] = 0;
                }
                String pattern = presentation.numberFormat().get(Math.min(depth, presentation.numberFormat().size()) - 1);
                numbers.put(n.id(), formatted(pattern, prefix, counters, depth));
            } else if (presentation.resultsNumbering() == Presentation.Numbering.FLAT) {
                numbers.put(n.id(), prefix + "." + flat++);
            } else {
                counters[depth]++;
                for (int i = depth + 1; i < counters.length; i++) {
                    counters[i] = 0;
                }
                StringBuilder number = new StringBuilder(prefix);
                for (int i = 1; i <= depth; i++) {
                    number.append('.').append(counters[i]);
                }
                numbers.put(n.id(), number.toString());
            }
        }
        return numbers;
    }
}

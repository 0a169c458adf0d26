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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diff.CodingDiff.CountChange;
import weft.diff.CodingDiff.NodeChange;
import weft.diff.CodingDiff.NodeKind;
import weft.diff.CodingDiff.ParticipantChange;
import weft.diff.CodingDiff.ParticipantKind;
import weft.diff.CodingDiff.PresentedChange;
import weft.diff.CodingDiff.QuoteChange;
import weft.diff.CodingDiff.QuoteKind;
import weft.diff.CodingDiff.TextChange;
import weft.model.Audience;
import weft.model.CodeNode;
import weft.model.Excerpt;
import weft.model.Participant;
import weft.model.ParticipantCounts;
import weft.model.ProseSection;
import weft.model.Quote;
import weft.model.Quote.Original;
import weft.model.Ref;
import weft.model.SharedQuotes;
import weft.model.Text;

/**
 * Compares two versions of a study's coding. Quotes are matched by id, then by their text, then by words at least half
 * the same; nodes by id, then by label, then by the quotes coded to them (at least half in common). A matched node's
 * label and parent are compared; a node left unmatched in the earlier version was removed, merged (most of its quotes
 * went to one node) or split (its quotes went to several, none with most); a node that kept its id but lost at least
 * half its quotes to two or more new nodes was split too.
 */
public final class CodingDiffer {

    /** A node or quote matched across versions needs at least this share of its quotes in common. */
    private static final double OVERLAP = 0.5;

    public CodingDiff diff(Version before, Version after) {
        Map<String, String> quotes = matchQuotes(before, after);
        Map<String, String> nodes = matchNodes(before, after, quotes);
        ParticipantCounts participantsBefore = new ParticipantCounts(before.study().info(), before.index());
        ParticipantCounts participantsAfter = new ParticipantCounts(after.study().info(), after.index());
        return new CodingDiff(before.name(), after.name(), quoteChanges(before, after, quotes, nodes),
                nodeChanges(before, after, quotes, nodes), counts(before, after, nodes, participantsBefore, participantsAfter),
                presented(before, after, quotes), texts(before, after, quotes, nodes),
                participantsBefore.any() || participantsAfter.any(), participants(participantsBefore, participantsAfter),
                shared(before, after, nodes));
    }

    /**
     * Earlier quote id to later quote id: the same id, else the same text (where that text is unique on both sides),
     * else words at least half the same ({@link SimilarQuotes}: a quote renamed and re-worded at once).
     */
    private static Map<String, String> matchQuotes(Version before, Version after) {
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> laterIds = new HashSet<>();
        after.study().quotes().forEach(q -> laterIds.add(q.id()));
        List<Quote> unmatchedEarlier = new ArrayList<>();
        for (Quote q : before.study().quotes()) {
            if (laterIds.contains(q.id())) {
                matched.put(q.id(), q.id());
            } else {
                unmatchedEarlier.add(q);
            }
        }
        Map<String, List<Quote>> laterByText = new HashMap<>();
        Set<String> taken = new HashSet<>(matched.values());
        for (Quote q : after.study().quotes()) {
            if (!taken.contains(q.id())) {
                laterByText.computeIfAbsent(normal(q.text()), t -> new ArrayList<>()).add(q);
            }
        }
        Map<String, Long> earlierTexts = new HashMap<>();
        unmatchedEarlier.forEach(q -> earlierTexts.merge(normal(q.text()), 1L, Long::sum));
        for (Quote q : unmatchedEarlier) {
            List<Quote> same = laterByText.getOrDefault(normal(q.text()), List.of());
            if (same.size() == 1 && earlierTexts.get(normal(q.text())) == 1) {
                matched.put(q.id(), same.get(0).id());
            }
        }
        Set<String> laterMatched = new HashSet<>(matched.values());
        Map<String, String> earlierLeft = new LinkedHashMap<>();
        unmatchedEarlier.stream().filter(q -> !matched.containsKey(q.id())).forEach(q -> earlierLeft.put(q.id(), q.text()));
        Map<String, String> laterLeft = new LinkedHashMap<>();
        after.study().quotes().stream().filter(q -> !laterMatched.contains(q.id())).forEach(q -> laterLeft.putIfAbsent(q.id(), q.text()));
        Map<String, String> was = new HashMap<>(); // each quote's participant ("" for none), by id
        before.study().quotes().forEach(q -> was.put(q.id(), participant(q)));
        Map<String, String> is = new HashMap<>();
        after.study().quotes().forEach(q -> is.put(q.id(), participant(q)));
        matched.putAll(SimilarQuotes.pair(earlierLeft, laterLeft, (e, l) ->
                was.get(e).isEmpty() || is.get(l).isEmpty() || was.get(e).equals(is.get(l))));
        return matched;
    }

    /** Earlier node id to later node id: the same id, else the same label, else at least half their quotes in common. */
    private static Map<String, String> matchNodes(Version before, Version after, Map<String, String> quotes) {
        Map<String, String> matched = new LinkedHashMap<>();
        List<CodeNode> earlier = before.index().preorder();
        Set<String> unmatchedLater = new LinkedHashSet<>();
        after.index().preorder().forEach(n -> unmatchedLater.add(n.id()));
        for (CodeNode n : earlier) {
            if (unmatchedLater.remove(n.id())) {
                matched.put(n.id(), n.id());
            }
        }
        for (CodeNode n : earlier) {
            if (matched.containsKey(n.id())) {
                continue;
            }
            List<String> sameLabel = unmatchedLater.stream()
                    .filter(id -> label(after.index().node(id).orElseThrow().label()).equals(label(n.label()))).toList();
            if (sameLabel.size() == 1) {
                matched.put(n.id(), sameLabel.get(0));
                unmatchedLater.remove(sameLabel.get(0));
            }
        }
        for (CodeNode n : earlier) {
            if (matched.containsKey(n.id())) {
                continue;
            }
            Set<String> had = codedTo(before, n.id(), quotes);
            String best = null;
            double bestOverlap = OVERLAP;
            for (String id : unmatchedLater) {
                double overlap = jaccard(had, codedTo(after, id, Map.of()));
                if (overlap >= bestOverlap && (best == null || overlap > bestOverlap)) {
                    best = id;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                matched.put(n.id(), best);
                unmatchedLater.remove(best);
            }
        }
        return matched;
    }

    private static List<QuoteChange> quoteChanges(Version before, Version after, Map<String, String> quotes,
                                                  Map<String, String> nodes) {
        List<QuoteChange> changes = new ArrayList<>();
        Map<String, Quote> later = new HashMap<>();
        after.study().quotes().forEach(q -> later.put(q.id(), q));
        Set<String> matchedLater = new HashSet<>(quotes.values());
        for (Quote q : before.study().quotes()) {
            String id = quotes.get(q.id());
            List<String> from = mapped(q.codes(), nodes);
            String was = participant(q);
            if (id == null) {
                changes.add(new QuoteChange(QuoteKind.REMOVED, q.id(), q.id(), from, List.of(), List.of(), was, ""));
                continue;
            }
            Quote now = later.get(id);
            String is = participant(now);
            for (WordChange w : wordChanges(q, now, before.index().audience(), after.index().audience())) {
                changes.add(new QuoteChange(w.kind(), id, q.id(), from, ids(now.codes()), w.words(), was, is));
            }
            String opening = QuoteChange.opening(now.text());
            if (!new HashSet<>(from).equals(new HashSet<>(ids(now.codes())))) {
                changes.add(new QuoteChange(QuoteKind.MOVED, id, q.id(), from, ids(now.codes()), List.of(), was, is, opening));
            }
            if (!was.equals(is)) {
                changes.add(new QuoteChange(QuoteKind.REATTRIBUTED, id, q.id(), from, ids(now.codes()), List.of(), was, is,
                        opening));
            }
        }
        for (Quote q : after.study().quotes()) {
            if (!matchedLater.contains(q.id())) {
                changes.add(new QuoteChange(QuoteKind.ADDED, q.id(), q.id(), List.of(), ids(q.codes()), List.of(), "",
                        participant(q), QuoteChange.opening(q.text())));
            }
        }
        changes.sort(Comparator.comparing(QuoteChange::kind).thenComparing(QuoteChange::id));
        return changes;
    }

    /** A change of a quote's words or of what the article prints of them, with its word diff. */
    private record WordChange(QuoteKind kind, List<TextDiff.Segment> words) {
    }

    /**
     * How the words of a quote changed from {@code was} (as {@code before} reads it) to {@code is}: its text re-worded,
     * its excerpt (what the article prints) given, changed or removed, the same of its original, and its reduced
     * expression given, re-worded or removed. A quote shown cut
     * (its whole text kept from the audience, {@code textAudience}) is compared by what it shows; one newly shown cut is
     * listed as excerpted with no words, so the words cut are never shown again, even those an earlier version showed.
     */
    private static List<WordChange> wordChanges(Quote was, Quote is, Audience before, Audience after) {
        List<WordChange> changes = new ArrayList<>();
        boolean cutNow = is.isCutFor(after) && !was.isCutFor(before);
        if (cutNow) {
            changes.add(new WordChange(QuoteKind.EXCERPTED, TextDiff.diff(is.text(), is.text())));
            return changes;
        }
        boolean cutBoth = is.isCutFor(after) && was.isCutFor(before); // each shows its excerpt as its text
        String original = was.original().map(Original::text).orElse("");
        String originalNow = is.original().map(Original::text).orElse("");
        if (!cutBoth) {
            reworded(changes, QuoteKind.REWORDED, was.text(), is.text());
        }
        excerpted(changes, QuoteKind.EXCERPTED, was.excerpt(), was.text(), is.excerpt(), is.text());
        if (!cutBoth) {
            reworded(changes, QuoteKind.ORIGINAL_REWORDED, original, originalNow);
        }
        excerpted(changes, QuoteKind.ORIGINAL_EXCERPTED, was.original().flatMap(Original::excerpt), original,
                is.original().flatMap(Original::excerpt), originalNow);
        // the analyst's reduction (none where the audience is shown the excerpt alone: it tells the whole)
        reworded(changes, QuoteKind.REDUCED, was.reducedWords().orElse(""),
                is.reducedWords().orElse(""));
        return changes;
    }

    private static void reworded(List<WordChange> changes, QuoteKind kind, String was, String is) {
        if (!normal(was).equals(normal(is))) {
            changes.add(new WordChange(kind, TextDiff.diff(was, is)));
        }
    }

    /**
     * An excerpt given, changed or removed: the diff from what the article printed (the whole text where none) to what it
     * prints.
     */
    private static void excerpted(List<WordChange> changes, QuoteKind kind, Optional<Excerpt> was, String wasText,
                                  Optional<Excerpt> is, String isText) {
        String printed = was.map(Excerpt::text).orElse("");
        String prints = is.map(Excerpt::text).orElse("");
        if (!normal(printed).equals(normal(prints))) {
            changes.add(new WordChange(kind, TextDiff.diff(printed.isEmpty() ? wasText : printed,
                    prints.isEmpty() ? isText : prints)));
        }
    }

    /**
     * The nodes that share quotes, before and after: each earlier pair named by the later ids of its nodes (a pair whose
     * nodes were merged into one is no pair), the pairs whose count changed in the later version's tree order (nodes that
     * are gone after those that are not, by id).
     */
    private static CodingDiff.Shared shared(Version before, Version after, Map<String, String> nodes) {
        SharedQuotes was = SharedQuotes.of(before.index());
        SharedQuotes is = SharedQuotes.of(after.index());
        Map<String, String> labels = new HashMap<>();
        before.index().preorder().forEach(n -> labels.put(nodes.getOrDefault(n.id(), n.id()), n.label()));
        after.index().preorder().forEach(n -> labels.put(n.id(), n.label()));
        Comparator<String> order = Comparator.comparingInt((String id) -> after.index().position(id) < 0 ? Integer.MAX_VALUE
                : after.index().position(id)).thenComparing(Comparator.naturalOrder());
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0), order)
                .thenComparing(k -> k.get(1), order));
        for (SharedQuotes.Pair p : was.pairs()) {
            String a = nodes.getOrDefault(p.first().id(), p.first().id());
            String b = nodes.getOrDefault(p.second().id(), p.second().id());
            if (!a.equals(b)) {
                counts.computeIfAbsent(order.compare(a, b) < 0 ? List.of(a, b) : List.of(b, a), k -> new int[2])[0] += p.count();
            }
        }
        for (SharedQuotes.Pair p : is.pairs()) {
            counts.computeIfAbsent(List.of(p.first().id(), p.second().id()), k -> new int[2])[1] += p.count();
        }
        List<CodingDiff.SharedChange> changes = new ArrayList<>();
        counts.forEach((pair, n) -> {
            if (n[0] != n[1]) {
                changes.add(new CodingDiff.SharedChange(pair.get(0), labels.get(pair.get(0)), pair.get(1), labels.get(pair.get(1)),
                        n[0], n[1]));
            }
        });
        return new CodingDiff.Shared(was.quoteCount(), is.quoteCount(), changes);
    }

    private static List<NodeChange> nodeChanges(Version before, Version after, Map<String, String> quotes,
                                                Map<String, String> nodes) {
        List<NodeChange> changes = new ArrayList<>();
        Set<String> matchedLater = new HashSet<>(nodes.values());
        Map<String, String> laterToEarlier = new HashMap<>();
        nodes.forEach((earlier, later) -> laterToEarlier.put(later, earlier));
        Map<String, String> quotesBack = new HashMap<>();
        quotes.forEach((earlier, later) -> quotesBack.put(later, earlier));
        for (CodeNode n : after.index().preorder()) {
            if (!matchedLater.contains(n.id())) {
                changes.add(new NodeChange(NodeKind.ADDED, n.id(), "", n.label(), "", "", List.of()));
                continue;
            }
            String earlierId = laterToEarlier.get(n.id());
            CodeNode was = before.index().node(earlierId).orElseThrow();
            String previous = earlierId.equals(n.id()) ? "" : earlierId;
            if (!was.label().equals(n.label())) {
                changes.add(new NodeChange(NodeKind.RELABELLED, n.id(), previous, n.label(), was.label(), n.label(), List.of()));
            }
            String parentBefore = before.index().parent(earlierId).map(p -> nodes.getOrDefault(p.id(), p.id())).orElse("");
            String parentAfter = after.index().parent(n.id()).map(CodeNode::id).orElse("");
            if (!parentBefore.equals(parentAfter)) {
                changes.add(new NodeChange(NodeKind.MOVED, n.id(), previous, n.label(), parentBefore, parentAfter, List.of()));
            }
            Map<String, Integer> lostTo = destinations(before, after, earlierId, quotes, Set.of(n.id()));
            List<String> toNew = lostTo.keySet().stream().filter(id -> !matchedLater.contains(id)).toList();
            int had = codedTo(before, earlierId, Map.of()).size();
            int lost = toNew.stream().mapToInt(lostTo::get).sum();
            if (toNew.size() >= 2 && had > 0 && lost * 2 >= had) {
                changes.add(new NodeChange(NodeKind.SPLIT, n.id(), previous, n.label(), "", "", toNew));
            }
        }
        for (CodeNode n : before.index().preorder()) {
            if (nodes.containsKey(n.id())) {
                continue;
            }
            Map<String, Integer> went = destinations(before, after, n.id(), quotes, Set.of());
            int total = codedTo(before, n.id(), Map.of()).size();
            Optional<Map.Entry<String, Integer>> most = went.entrySet().stream().filter(e -> e.getValue() * 2 > total).findFirst();
            if (most.isPresent()) {
                changes.add(new NodeChange(NodeKind.MERGED, n.id(), "", n.label(), "", "", List.of(most.get().getKey())));
            } else if (went.size() >= 2) {
                changes.add(new NodeChange(NodeKind.SPLIT, n.id(), "", n.label(), "", "", List.copyOf(went.keySet())));
            } else {
                changes.add(new NodeChange(NodeKind.REMOVED, n.id(), "", n.label(), "", "", List.of()));
            }
        }
        return changes;
    }

    /** Where the quotes coded to the earlier node {@code id} are coded now, by later node, in tree order; {@code except} left out. */
    private static Map<String, Integer> destinations(Version before, Version after, String id, Map<String, String> quotes,
                                                     Set<String> except) {
        Map<String, Integer> counts = new HashMap<>();
        for (Quote q : before.index().quotesCodedTo(id)) {
            Optional<Quote> now = Optional.ofNullable(quotes.get(q.id())).flatMap(after.index()::quote);
            now.ifPresent(n -> n.codes().stream().map(Ref::id).filter(c -> !except.contains(c)).distinct()
                    .forEach(c -> counts.merge(c, 1, Integer::sum)));
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        after.index().preorder().stream().filter(n -> counts.containsKey(n.id())).forEach(n -> ordered.put(n.id(), counts.get(n.id())));
        return ordered;
    }

    private static List<CountChange> counts(Version before, Version after, Map<String, String> nodes,
                                            ParticipantCounts participantsBefore, ParticipantCounts participantsAfter) {
        Map<String, String> laterToEarlier = new HashMap<>();
        nodes.forEach((earlier, later) -> laterToEarlier.put(later, earlier));
        List<CountChange> changes = new ArrayList<>();
        for (CodeNode n : after.index().preorder()) {
            String earlier = laterToEarlier.get(n.id());
            int was = earlier == null ? 0 : before.index().countUnder(earlier);
            int now = after.index().countUnder(n.id());
            int whoWas = earlier == null ? 0 : participantsBefore.under(earlier).total();
            int whoNow = participantsAfter.under(n.id()).total();
            if (was != now || whoWas != whoNow) {
                changes.add(new CountChange(n.id(), n.label(), was, now, whoWas, whoNow));
            }
        }
        for (CodeNode n : before.index().preorder()) {
            if (!nodes.containsKey(n.id()) && before.index().countUnder(n.id()) > 0) {
                changes.add(new CountChange(n.id(), n.label(), before.index().countUnder(n.id()), 0,
                        participantsBefore.under(n.id()).total(), 0));
            }
        }
        return changes;
    }

    /** The participants added, removed or changed, by kind; within a kind the later version's order (the earlier's for the removed). */
    private static List<ParticipantChange> participants(ParticipantCounts before, ParticipantCounts after) {
        Map<String, Participant> earlier = new LinkedHashMap<>();
        before.participants().forEach(p -> earlier.put(p.id(), p));
        List<ParticipantChange> changes = new ArrayList<>();
        Set<String> later = new HashSet<>();
        for (Participant p : after.participants()) {
            later.add(p.id());
            Participant was = earlier.get(p.id());
            if (was == null) {
                changes.add(new ParticipantChange(ParticipantKind.ADDED, p.id(), List.of()));
                continue;
            }
            List<String> fields = changedFields(was, p);
            if (!fields.isEmpty()) {
                changes.add(new ParticipantChange(ParticipantKind.CHANGED, p.id(), fields));
            }
        }
        earlier.values().stream().filter(p -> !later.contains(p.id()))
                .forEach(p -> changes.add(new ParticipantChange(ParticipantKind.REMOVED, p.id(), List.of())));
        changes.sort(Comparator.comparing(ParticipantChange::kind)); // stable: each kind keeps the order above
        return changes;
    }

    /** What differs between two entries of one participant, by field name; attributes in the later entry's order first. */
    private static List<String> changedFields(Participant was, Participant is) {
        List<String> fields = new ArrayList<>();
        if (!was.citedAs().equals(is.citedAs())) {
            fields.add("citedAs");
        }
        if (was.kind() != is.kind()) {
            fields.add("kind");
        }
        if (was.audience() != is.audience()) {
            fields.add("audience");
        }
        Set<String> names = new LinkedHashSet<>();
        is.attributes().forEach(a -> names.add(a.name()));
        was.attributes().forEach(a -> names.add(a.name()));
        for (String name : names) {
            if (!was.attribute(name).equals(is.attribute(name))) {
                fields.add(Participant.attributeField(name));
            }
        }
        return fields;
    }

    /** The id of the participant the quote names, or "" for none. */
    private static String participant(Quote quote) {
        return quote.participant().map(Ref::id).orElse("");
    }

    private static List<PresentedChange> presented(Version before, Version after, Map<String, String> quotes) {
        Map<String, Boolean> changes = new TreeMap<>();
        Set<String> matchedLater = new HashSet<>(quotes.values());
        for (Quote q : before.study().quotes()) {
            String id = quotes.get(q.id());
            if (id == null) {
                if (q.presented()) {
                    changes.put(q.id(), false);
                }
            } else if (after.index().quote(id).orElseThrow().presented() != q.presented()) {
                changes.put(id, !q.presented());
            }
        }
        after.study().quotes().stream().filter(q -> !matchedLater.contains(q.id()) && q.presented())
                .forEach(q -> changes.put(q.id(), true));
        return changes.entrySet().stream().map(e -> new PresentedChange(e.getKey(), e.getValue())).toList();
    }

    private static List<TextChange> texts(Version before, Version after, Map<String, String> quotes, Map<String, String> nodes) {
        List<TextChange> changes = new ArrayList<>();
        Map<String, String> laterToEarlier = new HashMap<>();
        nodes.forEach((earlier, later) -> laterToEarlier.put(later, earlier));
        Renamed renamed = new Renamed(quotes, nodes);
        for (CodeNode n : after.index().preorder()) {
            String earlier = laterToEarlier.get(n.id());
            String was = earlier == null ? "" : renamed.in(narrative(before.index().node(earlier).orElseThrow()));
            add(changes, n.id(), "", was, narrative(n));
        }
        for (CodeNode n : before.index().preorder()) {
            if (!nodes.containsKey(n.id())) {
                add(changes, n.id(), "", narrative(n), "");
            }
        }
        Map<String, String> proseBefore = new TreeMap<>();
        prose(before).forEach((path, text) -> proseBefore.put(path, renamed.in(text)));
        Map<String, String> proseAfter = prose(after);
        Set<String> paths = new java.util.TreeSet<>(proseBefore.keySet());
        paths.addAll(proseAfter.keySet());
        for (String path : paths) {
            add(changes, "", path, proseBefore.getOrDefault(path, ""), proseAfter.getOrDefault(path, ""));
        }
        return changes;
    }

    /**
     * The ids of quotes and nodes a version renamed, written as the later version names them in the directives of an
     * earlier text ({@code {{quote:ID}}}, {@code {{ref:quote-ID}}}, {@code {{node:ID}}}, {@code {{codebook:ID}}}, a
     * count's, cross-tabulation's or agreement's node), so that a sentence whose only change is a renamed quote's id in
     * its directive is no change: the quote's own change says it.
     */
    private record Renamed(Map<String, String> quotes, Map<String, String> nodes) {
        private static final Pattern QUOTE = Pattern.compile("(\\{\\{\\s*(?:quote:|ref:quote-)\\s*)([^|}\\s]+)");
        private static final Pattern NODE = Pattern.compile(
                "(\\{\\{\\s*(?:node|codebook|(?:count|crosstab|agreement):[^|}:]*):\\s*)([^|}:\\s]+)(?=\\s*[|}])");

        String in(String text) {
            if (text.indexOf("{{") < 0) {
                return text;
            }
            return replace(replace(text, QUOTE, quotes), NODE, nodes);
        }

        private static String replace(String text, Pattern pattern, Map<String, String> ids) {
            return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ids.getOrDefault(m.group(2), m.group(2))));
        }
    }

    private static void add(List<TextChange> changes, String node, String path, String before, String after) {
        if (!before.equals(after)) {
            List<TextDiff.SentenceChange> sentences = TextDiff.changedSentences(before, after);
            if (!sentences.isEmpty()) {
                changes.add(new TextChange(node, path, sentences));
            }
        }
    }

    private static String narrative(CodeNode node) {
        return node.narrative().map(Text::content).orElse("");
    }

    private static Map<String, String> prose(Version version) {
        Map<String, String> prose = new TreeMap<>();
        for (ProseSection s : version.study().sections()) {
            prose.put(s.path(), s.body().content());
        }
        return prose;
    }

    private static Set<String> codedTo(Version version, String node, Map<String, String> quotes) {
        Set<String> ids = new HashSet<>();
        for (Quote q : version.index().quotesCodedTo(node)) {
            ids.add(quotes.isEmpty() ? q.id() : quotes.getOrDefault(q.id(), "earlier:" + q.id()));
        }
        return ids;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common.size() / union.size();
    }

    private static List<String> mapped(List<Ref> codes, Map<String, String> nodes) {
        return codes.stream().map(r -> nodes.getOrDefault(r.id(), r.id())).distinct().toList();
    }

    private static List<String> ids(List<Ref> codes) {
        return codes.stream().map(Ref::id).distinct().toList();
    }

    /** A text with its whitespace normalised: a re-wrapped line is no re-wording. */
    private static String normal(String text) {
        return String.join(" ", TextDiff.words(text));
    }

    private static String label(String label) {
        return normal(label).toLowerCase(Locale.ROOT);
    }
}

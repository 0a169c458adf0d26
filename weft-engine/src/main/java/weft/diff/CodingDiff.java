package weft.diff;

import java.util.List;

/**
 * What changed in the coding from one version of a study to another. Every list is in a stable order (the later
 * version's tree order for nodes, quote ids for quotes), so that the same two versions give the same diff.
 *
 * @param from            how the earlier version was named (a revision or a folder)
 * @param to              how the later version was named
 * @param quotes          quotes added, removed, re-worded or moved
 * @param nodes           nodes added, removed, relabelled, moved, merged or split
 * @param counts          the nodes whose number of quotes changed (a removed node's after is 0)
 * @param presented       quotes that the article newly presents, or no longer presents
 * @param texts           the narratives and prose files whose sentences changed
 * @param participantsDeclared whether either version declares participants (then counts compare participants too)
 * @param participants    participants added, removed or changed, by id (their attributes' values are not repeated)
 * @param shared          the quotes coded to two nodes or more, neither within the other, before and after, and the pairs
 *                        of nodes whose shared quotes changed in number
 */
public record CodingDiff(String from, String to, List<QuoteChange> quotes, List<NodeChange> nodes, List<CountChange> counts,
                         List<PresentedChange> presented, List<TextChange> texts, boolean participantsDeclared,
                         List<ParticipantChange> participants, Shared shared) {

    /** A diff in which no two nodes share quotes, before or after. */
    public CodingDiff(String from, String to, List<QuoteChange> quotes, List<NodeChange> nodes, List<CountChange> counts,
                      List<PresentedChange> presented, List<TextChange> texts, boolean participantsDeclared,
                      List<ParticipantChange> participants) {
        this(from, to, quotes, nodes, counts, presented, texts, participantsDeclared, participants, Shared.NONE);
    }

    public CodingDiff {
        quotes = List.copyOf(quotes);
        nodes = List.copyOf(nodes);
        counts = List.copyOf(counts);
        presented = List.copyOf(presented);
        texts = List.copyOf(texts);
        participants = List.copyOf(participants);
    }

    /** Whether nothing at all changed. */
    public boolean isEmpty() {
        return quotes.isEmpty() && nodes.isEmpty() && counts.isEmpty() && presented.isEmpty() && texts.isEmpty()
                && participants.isEmpty() && shared.isEmpty();
    }

    /** The same changes without the changed sentences of narratives and prose. */
    public CodingDiff withoutTexts() {
        return new CodingDiff(from, to, quotes, nodes, counts, presented, List.of(), participantsDeclared, participants, shared);
    }

    /**
     * What happened to a quote. {@code REATTRIBUTED}: the same quote now names another participant (or names one where
     * it named none, or none where it named one). {@code EXCERPTED}: the article prints other words of it (its excerpt
     * given, changed or removed), its words the change from what the article printed to what it prints.
     * {@code ORIGINAL_REWORDED} and {@code ORIGINAL_EXCERPTED}: the same of the original wording of a translated quote
     * (an original given or removed is re-worded from or to nothing). {@code REDUCED}: the analyst's reduced expression
     * of it given, re-worded or removed. Written in lower case, {@code _} as {@code -}.
     */
    public enum QuoteKind {
        ADDED, REMOVED, REWORDED, MOVED, REATTRIBUTED, EXCERPTED, ORIGINAL_REWORDED, ORIGINAL_EXCERPTED, REDUCED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A quote's change. {@code id} is the later id ({@code previousId} the earlier, when it was renamed: matched by
     * its text); {@code fromNodes}/{@code toNodes} the nodes it is coded to before and after (by the later ids where
     * the node still exists); {@code words} the word diff of a re-worded text; {@code fromParticipant} and
     * {@code toParticipant} the participants' ids it names before and after ("" for none), for every kind; {@code
     * opening} the first words of the quote as the later version shows it, so that a reader knows which quote an id
     * names (a quote imported from a QDA tool is {@code interview-3-12}), for a quote moved, added or re-attributed; ""
     * for one removed, whose words the later version no longer publishes, and where the word diff shows the words. A
     * quote both moved and re-worded is listed under each.
     */
    public record QuoteChange(QuoteKind kind, String id, String previousId, List<String> fromNodes, List<String> toNodes,
                              List<TextDiff.Segment> words, String fromParticipant, String toParticipant, String opening) {

        public QuoteChange(QuoteKind kind, String id, String previousId, List<String> fromNodes, List<String> toNodes,
                           List<TextDiff.Segment> words, String fromParticipant, String toParticipant) {
            this(kind, id, previousId, fromNodes, toNodes, words, fromParticipant, toParticipant, "");
        }

        /** The opening words of a quote's text: its first {@value #OPENING_WORDS} words, and "…" where it goes on. */
        public static String opening(String text) {
            List<String> words = TextDiff.words(text);
            return words.size() <= OPENING_WORDS ? String.join(" ", words)
                    : String.join(" ", words.subList(0, OPENING_WORDS)) + " \u2026";
        }
    }

    /** How many words of a quote a change shows to say which quote it is. */
    public static final int OPENING_WORDS = 8;

    /** What happened to a node. */
    public enum NodeKind {
        ADDED, REMOVED, RELABELLED, MOVED, MERGED, SPLIT;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A node's change. For {@code RELABELLED}: {@code before} and {@code after} are the labels; for {@code MOVED}: the
     * parents' ids ("" for the top level); for {@code MERGED}: the node (removed) whose quotes mostly went to
     * {@code into}, a single node; for {@code SPLIT}: the node whose quotes went to several nodes, {@code into}.
     * {@code previousId} is the earlier id of a node matched by its label or its quotes.
     */
    public record NodeChange(NodeKind kind, String id, String previousId, String label, String before, String after,
                             List<String> into) {
    }

    /**
     * A node's quotes (coded to it or below it) before and after, and the participants (persons and groups, each once)
     * they come from, as the study's Table 1 counts them; the participants are 0 in a study that declares none.
     */
    public record CountChange(String id, String label, int before, int after, int participantsBefore, int participantsAfter) {
    }

    /**
     * The nodes that share quotes ({@link weft.model.SharedQuotes}), compared: how many quotes are coded to two nodes or
     * more, neither within the other, before and after, and each pair of nodes whose shared quotes changed in number.
     */
    public record Shared(int before, int after, List<SharedChange> pairs) {

        public static final Shared NONE = new Shared(0, 0, List.of());

        public Shared {
            pairs = List.copyOf(pairs);
        }

        /** Whether no quote came to be shared or ceased to be. */
        public boolean isEmpty() {
            return before == after && pairs.isEmpty();
        }
    }

    /**
     * Two nodes and the quotes they share before and after (withheld ones counted), each node by the later version's id
     * and label where it still exists, else by the earlier's; {@code first} comes before {@code second} in the later
     * version's tree.
     */
    public record SharedChange(String first, String firstLabel, String second, String secondLabel, int before, int after) {
    }

    /** What happened to a participant. */
    public enum ParticipantKind {
        ADDED, REMOVED, CHANGED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A participant added to or removed from the study's list, or whose entry changed: {@code fields} names what changed
     * ({@code citedAs}, {@code kind}, {@code attributes.NAME}), never the values, which the study itself holds.
     */
    public record ParticipantChange(ParticipantKind kind, String id, List<String> fields) {

        public ParticipantChange {
            fields = List.copyOf(fields);
        }
    }

    /** A quote the article newly presents ({@code presented} true) or no longer presents. */
    public record PresentedChange(String id, boolean presented) {
    }

    /** The changed sentences of one text: a node's narrative ({@code node} set) or a prose file ({@code path}). */
    public record TextChange(String node, String path, List<TextDiff.SentenceChange> sentences) {
    }
}

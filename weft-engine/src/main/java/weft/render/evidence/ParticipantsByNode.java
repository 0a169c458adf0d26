package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.model.CodeNode;
import weft.model.Participant;
import weft.model.ParticipantCounts;
import weft.publish.OutputNames;
import weft.render.evidence.EvidenceView.AttributeTable;
import weft.render.evidence.EvidenceView.Link;
import weft.render.evidence.EvidenceView.ParticipantsByNodePage;
import weft.render.evidence.EvidenceView.ParticipantsByNodeRow;

/**
 * For a reviewer asking whether a theme rests on many voices or on one: a table of how many of each participant's
 * quotes each node holds (coded to it or below it, withheld quotes included, as every count of the analysis), written
 * where the study declares participants. It shows no more than the node pages do (each quote's participant), in one place;
 * then, for each attribute that groups the participants (their group, their sex), how many of each value's participants
 * each node's quotes come from. A study of more participants than {@link #MAX_COLUMNS} (a survey of hundreds or
 * thousands of respondents) gets no column for each: each node's row says instead how many quotes it holds, how many
 * participants they come from, and the most that come from any one participant, with their share of the node's.
 */
final class ParticipantsByNode {

    /** The most participants, or values of an attribute, the page gives a column each. */
    static final int MAX_COLUMNS = 40;
    /** An attribute with more values than this that are numbers is tabled in bands. */
    static final int BAND_ABOVE = 12;
    static final int BAND_WIDTH = 10;

    private ParticipantsByNode() {
    }

    static boolean applies(Evidence evidence) {
        return evidence.participantCounts.any();
    }

    /** The overview's link to the page; null where there is none. */
    static Link link(Evidence evidence, String fromPage) {
        return applies(evidence) ? new Link(RelativeLinks.between(fromPage, OutputNames.PARTICIPANTS_BY_NODE), "",
                evidence.words.get(evidence.participantCounts.participants().size() > MAX_COLUMNS ? "byNodeSpreadLink"
                        : "byNodeLink")) : null;
    }

    static ParticipantsByNodePage view(Evidence evidence) {
        String page = OutputNames.PARTICIPANTS_BY_NODE;
        String title = evidence.words.get("byNodeTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(page, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        List<Participant> participants = evidence.participantCounts.participants();
        Attributes attributes = attributes(evidence, page);
        if (participants.size() > MAX_COLUMNS) {
            return new ParticipantsByNodePage(evidence.frame(page, title, crumbs, List.of()), List.of(), List.of(),
                    evidence.words.format("byNodeSpreadLede", Map.of("n", evidence.words.number(participants.size(), ""),
                            "max", evidence.words.number(MAX_COLUMNS, ""))),
                    List.of(evidence.words.get("byNodeQuotes"), evidence.words.get("table" + evidence.participantCounts.who()),
                            evidence.words.get("byNodeMostFromOne")), spread(evidence, page), attributes.tables(), attributes.omitted());
        }
        List<Link> columns = participants.stream().map(p -> evidence.participantLink(p, page)).toList();
        List<ParticipantsByNodeRow> rows = new ArrayList<>();
        for (CodeNode node : evidence.index.preorder()) {
            List<String> cells = new ArrayList<>(participants.size());
            for (Participant p : participants) {
                int n = evidence.index.countOfParticipantUnder(node.id(), p.id());
                cells.add(n == 0 ? "" : evidence.words.number(n, ""));
            }
            rows.add(new ParticipantsByNodeRow(evidence.nodeLink(node, page), evidence.index.depth(node.id()), List.copyOf(cells)));
        }
        return new ParticipantsByNodePage(evidence.frame(page, title, crumbs, List.of()), columns, List.copyOf(rows),
                null, List.of(), List.of(), attributes.tables(), attributes.omitted());
    }

    /**
     * Each node's quotes (coded to it or below it, withheld ones included), the participants they come from, and the
     * most quotes any one of them has there with its share of the node's quotes ("12 (30%)"); empty cells for a node
     * without a participant's quote.
     */
    private static List<ParticipantsByNodeRow> spread(Evidence evidence, String page) {
        List<ParticipantsByNodeRow> rows = new ArrayList<>();
        for (CodeNode node : evidence.index.preorder()) {
            int quotes = evidence.index.countUnder(node.id());
            java.util.Set<String> who = evidence.index.participantsUnder(node.id());
            int most = who.stream().mapToInt(p -> evidence.index.countOfParticipantUnder(node.id(), p)).max().orElse(0);
            rows.add(new ParticipantsByNodeRow(evidence.nodeLink(node, page), evidence.index.depth(node.id()), List.of(
                    evidence.words.number(quotes, ""), who.isEmpty() ? "" : evidence.words.number(who.size(), ""),
                    most == 0 ? "" : evidence.words.format("byNodeMost", Map.of("n", evidence.words.number(most, ""),
                            "share", share(evidence, most, quotes))))));
        }
        return List.copyOf(rows);
    }

    /** {@code n} of {@code of} in per cent, to as many decimals as a share under 1% needs to show (0.2%, 0.01%), at most 3. */
    private static String share(Evidence evidence, int n, int of) {
        double percent = 100.0 * n / of;
        int decimals = percent >= 1 ? 0 : Math.min(3, (int) Math.ceil(-Math.log10(percent)));
        return evidence.words.percent((double) n / of, decimals);
    }

    /**
     * A table for each attribute that groups participants (some value, or band, held by two or more; one whose every
     * value is one participant's, an age, is the table above again), in the order the attributes first appear. An attribute with more
     * than {@link #BAND_ABOVE} values that are numbers (a survey's ages) is tabled in bands of {@link #BAND_WIDTH}
     * (60–69, 70–79; a value that is no number, a focus group's "68-85", keeps a column of its own); one that still has
     * more values than {@link #MAX_COLUMNS} is not tabled but named in {@code omitted}.
     */
    private static Attributes attributes(Evidence evidence, String page) {
        List<AttributeTable> tables = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        int n = 0;
        for (String name : evidence.participantCounts.attributeNames()) {
            Map<Optional<String>, List<Participant>> values = evidence.participantCounts.byValue(name);
            boolean banded = values.keySet().stream().flatMap(Optional::stream).filter(ParticipantCounts::isNumber).count() > BAND_ABOVE;
            if (banded) {
                values = evidence.participantCounts.byBand(name, BAND_WIDTH, lower -> evidence.words.format("characteristicsBand",
                        Map.of("low", evidence.words.number(lower, ""), "high", evidence.words.number(lower + BAND_WIDTH - 1, ""))));
            }
            if (values.entrySet().stream().noneMatch(e -> e.getKey().isPresent() && e.getValue().size() > 1)) {
                continue;
            }
            if (values.size() > MAX_COLUMNS) {
                omitted.add(evidence.words.format("byNodeAttributeValues", Map.of("attribute", name,
                        "n", evidence.words.number(values.size(), ""))));
                continue;
            }
            List<String> columns = values.entrySet().stream().map(e -> evidence.words.format("crosstabColumn", Map.of(
                    "value", e.getKey().orElse(evidence.words.get("characteristicsNotGiven")),
                    "n", evidence.words.number(e.getValue().size(), "")))).toList();
            List<ParticipantsByNodeRow> rows = new ArrayList<>();
            for (CodeNode node : evidence.index.preorder()) {
                rows.add(new ParticipantsByNodeRow(evidence.nodeLink(node, page), evidence.index.depth(node.id()),
                        values.values().stream().map(who -> evidence.words.number(
                                evidence.participantCounts.under(node.id(), who), "")).toList()));
            }
            tables.add(new AttributeTable("by-attribute-" + ++n, evidence.words.format(banded ? "byNodeAttributeBandsTitle"
                    : "byNodeAttributeTitle", Map.of("attribute", name, "width", evidence.words.number(BAND_WIDTH, ""))),
                    columns, List.copyOf(rows)));
        }
        return new Attributes(List.copyOf(tables), omitted.isEmpty() ? null : evidence.words.format("byNodeAttributesOmitted",
                Map.of("max", evidence.words.number(MAX_COLUMNS, ""), "attributes", String.join(", ", omitted))));
    }

    /** The attributes' tables, and the sentence naming those with too many values to table (null for none). */
    private record Attributes(List<AttributeTable> tables, String omitted) {
    }
}

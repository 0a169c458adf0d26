package weft.render.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.model.CodeNode;
import weft.model.Participant;
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
 * each node's quotes come from.
 */
final class ParticipantsByNode {

    private ParticipantsByNode() {
    }

    static boolean applies(Evidence evidence) {
        return evidence.participantCounts.any();
    }

    /** The overview's link to the page; null where there is none. */
    static Link link(Evidence evidence, String fromPage) {
        return applies(evidence) ? new Link(RelativeLinks.between(fromPage, OutputNames.PARTICIPANTS_BY_NODE), "",
                evidence.words.get("byNodeLink")) : null;
    }

    static ParticipantsByNodePage view(Evidence evidence) {
        String page = OutputNames.PARTICIPANTS_BY_NODE;
        String title = evidence.words.get("byNodeTitle");
        List<Link> crumbs = List.of(new Link(RelativeLinks.between(page, OutputNames.EVIDENCE), "", evidence.words.get("navEvidence")),
                new Link(null, "", title));
        List<Participant> participants = evidence.participantCounts.participants();
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
                attributes(evidence, page));
    }

    /**
     * A table for each attribute that groups participants (some value held by two or more; one whose every value is one
     * participant's, an age, is the table above again), in the order the attributes first appear.
     */
    private static List<AttributeTable> attributes(Evidence evidence, String page) {
        List<AttributeTable> tables = new ArrayList<>();
        int n = 0;
        for (String name : evidence.participantCounts.attributeNames()) {
            Map<Optional<String>, List<Participant>> values = evidence.participantCounts.byValue(name);
            if (values.entrySet().stream().noneMatch(e -> e.getKey().isPresent() && e.getValue().size() > 1)) {
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
            tables.add(new AttributeTable("by-attribute-" + ++n, evidence.words.format("byNodeAttributeTitle",
                    Map.of("attribute", name)), columns, List.copyOf(rows)));
        }
        return List.copyOf(tables);
    }
}

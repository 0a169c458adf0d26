package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.render.html.ArticleAnchors;
import weft.words.Words;

/**
 * The coding frame against one attribute of the participants ({@code {{crosstab:group}}}), as a QDA tool's matrix
 * coding query gives it: a row per node (in tree order, or the subtree of one node), a column per value of the
 * attribute (in the order the values first appear, then "not given" for participants without it), each cell the
 * participants with that value whose quotes are coded to the node or below it, or, asked for, their quotes. Counts
 * of the analysis: withheld quotes count, as in Table 1. A group counts once, as a participant. Values are untrusted
 * text, set as text.
 */
final class CrosstabTable {

    private final Words words;
    private final FrameIndex index;

    CrosstabTable(Words words, FrameIndex index) {
        this.words = words;
        this.index = index;
    }

    /** The table of {@code attribute} over the nodes {@code rows}; {@code quotes} counts quotes rather than participants. */
    Element table(String attribute, List<Participant> participants, List<CodeNode> rows, boolean quotes) {
        Map<String, List<Participant>> columns = new LinkedHashMap<>();
        List<Participant> notGiven = new ArrayList<>();
        for (Participant p : participants) {
            Optional<String> value = p.attribute(attribute).map(String::strip).filter(v -> !v.isEmpty());
            value.ifPresentOrElse(v -> columns.computeIfAbsent(v, k -> new ArrayList<>()).add(p), () -> notGiven.add(p));
        }
        if (!notGiven.isEmpty()) {
            columns.put(words.get("characteristicsNotGiven"), notGiven);
        }
        Element table = new Element("table").addClass("crosstab");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(words.get("tableNode"));
        columns.forEach((value, who) -> head.appendElement("th").attr("scope", "col").addClass("num")
                .text(words.format("crosstabColumn", Map.of("value", value, "n", words.number(who.size(), "")))));
        Element body = table.appendElement("tbody");
        for (CodeNode n : rows) {
            Element row = body.appendElement("tr").addClass("depth-" + index.depth(n.id()));
            row.appendElement("th").attr("scope", "row").appendElement("a")
                    .attr("href", "#" + ArticleAnchors.nodeAnchor(n.id())).text(n.label());
            columns.values().forEach(who -> row.appendElement("td").addClass("num")
                    .text(words.number(count(n.id(), who, quotes), "")));
        }
        return table;
    }

    private long count(String node, List<Participant> who, boolean quotes) {
        if (quotes) {
            return who.stream().mapToLong(p -> index.countOfParticipantUnder(node, p.id())).sum();
        }
        return who.stream().filter(p -> index.participantsUnder(node).contains(p.id())).count();
    }
}

package weft.render.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.ParticipantCounts;
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
    private final ParticipantCounts participants;

    CrosstabTable(Words words, FrameIndex index, ParticipantCounts participants) {
        this.words = words;
        this.index = index;
        this.participants = participants;
    }

    /** The table of {@code attribute} over the nodes {@code rows}; {@code quotes} counts quotes rather than participants. */
    Element table(String attribute, List<CodeNode> rows, boolean quotes) {
        Map<Optional<String>, List<Participant>> columns = participants.byValue(attribute);
        Element table = new Element("table").addClass("crosstab");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(words.get("tableNode"));
        columns.forEach((value, who) -> head.appendElement("th").attr("scope", "col").addClass("num")
                .text(words.format("crosstabColumn", Map.of("value", value.orElse(words.get("characteristicsNotGiven")),
                        "n", words.number(who.size(), "")))));
        Element body = table.appendElement("tbody");
        for (CodeNode n : rows) {
            Element row = body.appendElement("tr").addClass("depth-" + index.depth(n.id()));
            row.appendElement("th").attr("scope", "row").appendElement("a")
                    .attr("href", "#" + ArticleAnchors.nodeAnchor(n.id())).text(n.label());
            columns.values().forEach(who -> row.appendElement("td").addClass("num").text(words.number(
                    quotes ? participants.quotesUnder(n.id(), who) : participants.under(n.id(), who), "")));
        }
        return table;
    }
}

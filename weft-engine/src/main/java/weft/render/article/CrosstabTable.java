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

    /**
     * The directive's options, comma-separated: {@code quotes} counts quotes rather than participants; {@code bands-N}
     * gives a numeric attribute (an age) a column per band N wide (bands-10: 60–69, 70–79) rather than per value, a
     * value that is not a number (a focus group's "68-85") keeping a column of its own; 0 for none.
     */
    record Options(boolean quotes, int band) {

        /** The options as an error message lists them. */
        static final List<String> ALLOWED = List.of("quotes", "bands-N such as bands-10", "both: quotes,bands-10");

        static Optional<Options> parse(String option) {
            return TableOptions.parse(option, "quotes").map(o -> new Options(o.word(), o.band()));
        }
    }

    private final Words words;
    private final FrameIndex index;
    private final ParticipantCounts participants;

    CrosstabTable(Words words, FrameIndex index, ParticipantCounts participants) {
        this.words = words;
        this.index = index;
        this.participants = participants;
    }

    /** The table of {@code attribute} over the nodes {@code rows}, as the options say. */
    Element table(String attribute, List<CodeNode> rows, Options options) {
        boolean quotes = options.quotes();
        Map<Optional<String>, List<Participant>> columns = options.band() == 0 ? participants.byValue(attribute)
                : participants.byBand(attribute, options.band(), lower -> CharacteristicsTable.bandLabel(words, lower, options.band()));
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

    /** Whether any participant's value of {@code attribute} is a number, which bands need. */
    boolean anyNumber(String attribute) {
        return participants.byValue(attribute).keySet().stream().flatMap(Optional::stream).anyMatch(ParticipantCounts::isNumber);
    }
}

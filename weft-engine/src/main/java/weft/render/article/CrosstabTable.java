package weft.render.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
                : banded(participants.byValue(attribute), options.band());
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

    /**
     * The columns of the values in bands {@code width} wide, from the lowest up, labelled "60–69"; then the values that
     * are not numbers, each its own, in the order they first appear; then those without the attribute.
     */
    private Map<Optional<String>, List<Participant>> banded(Map<Optional<String>, List<Participant>> byValue, int width) {
        Map<Long, List<Participant>> bands = new TreeMap<>();
        Map<Optional<String>, List<Participant>> others = new LinkedHashMap<>();
        byValue.forEach((value, who) -> {
            if (value.isPresent() && CharacteristicsTable.isNumber(value.get())) {
                bands.computeIfAbsent(CharacteristicsTable.bandOf(value.get(), width), k -> new ArrayList<>()).addAll(who);
            } else {
                others.put(value, who);
            }
        });
        Map<Optional<String>, List<Participant>> columns = new LinkedHashMap<>();
        bands.forEach((lower, who) -> columns.put(Optional.of(CharacteristicsTable.bandLabel(words, lower, width)), who));
        others.forEach((value, who) -> columns.merge(value, who, (a, b) -> {
            List<Participant> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return columns;
    }

    /** Whether any participant's value of {@code attribute} is a number, which bands need. */
    boolean anyNumber(String attribute) {
        return participants.byValue(attribute).keySet().stream().flatMap(Optional::stream).anyMatch(CharacteristicsTable::isNumber);
    }
}

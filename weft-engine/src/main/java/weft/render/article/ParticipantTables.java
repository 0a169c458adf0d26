package weft.render.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.ParticipantCounts;
import weft.prose.Directive;
import weft.words.Words;

/**
 * The directives that print a table of the study's participants, each alone in a paragraph: {@code {{participants}}}
 * (a row each), {@code {{characteristics}}} (their characteristics in aggregate) and {@code {{crosstab:ATTRIBUTE}}}
 * (the coding frame against one of their attributes). Misuse is an error at the directive, which is then printed as
 * written. Every value is the study's untrusted text, set as text.
 */
final class ParticipantTables {

    private final FrameIndex index;
    private final ParticipantCounts participants;
    private final Words words;
    private final Diagnostics diagnostics;

    /**
     * The options of {@code {{participants}}}, comma-separated, each at most once: {@code quotes} adds how many quotes
     * each participant has; {@code sorted} orders the rows by the attributes' columns, the first column first.
     */
    record ListOptions(boolean quotes, boolean sorted) {

        /** The options as an error message lists them. */
        static final List<String> ALLOWED = List.of("quotes", "sorted", "both: quotes,sorted");

        static Optional<ListOptions> parse(String option) {
            boolean quotes = false;
            boolean sorted = false;
            for (String part : option.isBlank() ? new String[0] : option.split(",", -1)) {
                String w = part.strip();
                if (w.equals("quotes") && !quotes) {
                    quotes = true;
                } else if (w.equals("sorted") && !sorted) {
                    sorted = true;
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new ListOptions(quotes, sorted));
        }
    }

    /**
     * The participants ordered by their values of {@code columns}, the first column first, as a reader looks a
     * participant up: numbers by their value (9 before 10), other values as the article's language sorts words, a
     * participant without the attribute after those with it; participants alike in every column keep their order.
     */
    private List<Participant> sorted(List<Participant> declared, Set<String> columns) {
        java.text.Collator collator = java.text.Collator.getInstance(words.locale());
        java.util.Comparator<Participant> order = (a, b) -> 0;
        for (String name : columns) {
            order = order.thenComparing((a, b) -> compareValues(a.attribute(name).map(String::strip).filter(v -> !v.isEmpty()),
                    b.attribute(name).map(String::strip).filter(v -> !v.isEmpty()), collator));
        }
        return declared.stream().sorted(order).toList();
    }

    private static int compareValues(Optional<String> a, Optional<String> b, java.text.Collator collator) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        if (ParticipantCounts.isNumber(a.get()) && ParticipantCounts.isNumber(b.get())) {
            return new java.math.BigDecimal(a.get()).compareTo(new java.math.BigDecimal(b.get()));
        }
        if (ParticipantCounts.isNumber(a.get()) != ParticipantCounts.isNumber(b.get())) {
            return ParticipantCounts.isNumber(a.get()) ? -1 : 1; // numbers before words ("68-85", a group's range)
        }
        return collator.compare(a.get(), b.get());
    }

    /** More participants than this make {@code {{participants}}} pages long: a warning says so. */
    static final int MANY_ROWS = 200;

    ParticipantTables(FrameIndex index, ParticipantCounts participants, Words words, Diagnostics diagnostics) {
        this.index = index;
        this.participants = participants;
        this.words = words;
        this.diagnostics = diagnostics;
    }

    /**
     * The table of the study's participants: how each is cited, their attributes (those the argument names, in its
     * order, else every name any of them has, in the order first written) and, with the option {@code quotes}, how
     * many quotes each has in the analysis.
     */
    List<Node> participantsTable(Directive d, boolean alone) {
        if (!alone) {
            return unresolved(d, d.printsATable());
        }
        List<Participant> declared = participants.participants();
        if (declared.isEmpty()) {
            return unresolved(d, "{{participants}}: the study declares no participants (participants: in"
                    + " coded-data/study.yaml or participants.yaml)");
        }
        Set<String> known = participants.attributeNames();
        Optional<Set<String>> columns = attributesNamed(d, known, "participant");
        if (columns.isEmpty()) {
            return List.of(new TextNode(d.source()));
        }
        if (declared.size() > MANY_ROWS) {
            diagnostics.warning(d.position(), "{{participants}} prints a row for each of the study's " + declared.size()
                    + " participants, pages of them: {{characteristics}} gives their attributes in aggregate (a survey's"
                    + " respondents are rarely listed one by one)");
        }
        ListOptions options = ListOptions.parse(d.option()).orElseThrow(); // checked by the dispatch
        List<Participant> rows = options.sorted() ? sorted(declared, columns.get()) : declared;
        return List.of(participantsTable(rows, columns.get(), options.quotes()));
    }

    /**
     * The attributes the directive's argument names, in its order, or every one the participants have where it names
     * none; empty (with the error reported) where it names one they do not have.
     */
    private Optional<Set<String>> attributesNamed(Directive d, Set<String> known, String who) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : d.argument().isBlank() ? List.<String>of() : List.of(d.argument().split(",", -1))) {
            String wanted = name.strip();
            if (!known.contains(wanted)) {
                diagnostics.error(d.position(), "{{" + d.kind() + "}}: no " + who + " has the attribute '" + wanted
                        + "' (they have: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
                return Optional.empty();
            }
            names.add(wanted);
        }
        return Optional.of(names.isEmpty() ? known : names);
    }

    /**
     * The participants' characteristics in aggregate: per attribute, each value's participants and share, or the mean
     * and range of a numeric one; of the persons, or of the groups where the study declares only groups or the option
     * {@code groups} asks for them.
     */
    List<Node> characteristics(Directive d, boolean alone) {
        if (!alone) {
            return unresolved(d, d.printsATable());
        }
        CharacteristicsTable.Options options = CharacteristicsTable.Options.parse(d.option()).orElseThrow();
        boolean groups = options.groups();
        List<Participant> counted = groups ? participants.participants().stream()
                .filter(p -> p.kind() == Participant.Kind.GROUP).toList() : CharacteristicsTable.counted(participants.participants());
        if (counted.isEmpty()) {
            return unresolved(d, groups ? d.source() + ": the study declares no groups (participants of kind: group)"
                    : "{{characteristics}}: the study declares no participants (participants: in"
                    + " coded-data/study.yaml or participants.yaml)");
        }
        Set<String> known = ParticipantCounts.attributeNames(counted);
        if (known.isEmpty()) {
            return unresolved(d, "{{characteristics}}: the study's participants have no attributes to count (attributes:"
                    + " of each participant)");
        }
        String who = counted.get(0).kind() == Participant.Kind.GROUP ? "group" : "participant";
        Optional<Set<String>> names = attributesNamed(d, known, who);
        if (names.isEmpty()) {
            return List.of(new TextNode(d.source()));
        }
        return List.of(new CharacteristicsTable(words).table(counted, names.get(), options.band()));
    }

    /**
     * The coding frame (or one node's subtree: {@code {{crosstab:ATTRIBUTE:NODE}}}) against one attribute of the
     * participants: the participants of each value behind each node, or their quotes ({@code |quotes}).
     */
    List<Node> crosstab(Directive d, boolean alone) {
        if (!alone) {
            return unresolved(d, d.printsATable());
        }
        String[] parts = d.argument().split(":", 2);
        String attribute = parts[0].strip();
        String root = parts.length > 1 ? parts[1].strip() : "";
        List<Participant> declared = participants.participants();
        if (declared.isEmpty()) {
            return unresolved(d, "{{crosstab}}: the study declares no participants (participants: in"
                    + " coded-data/study.yaml or participants.yaml)");
        }
        Set<String> known = participants.attributeNames();
        if (attribute.isEmpty()) {
            return unresolved(d, "{{crosstab}} needs the attribute to count by: {{crosstab:ATTRIBUTE}} (the participants"
                    + " have: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        if (!known.contains(attribute)) {
            return unresolved(d, "{{crosstab}}: no participant has the attribute '" + attribute + "' (they have: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        if (!root.isEmpty() && index.node(root).isEmpty()) {
            return unresolved(d, "unknown node '" + root + "' in " + d.source() + index.nodeSuggestion(root));
        }
        List<CodeNode> rows = index.preorder().stream().filter(n -> root.isEmpty() || index.isWithin(n.id(), root)).toList();
        CrosstabTable.Options options = CrosstabTable.Options.parse(d.option()).orElseThrow(); // checked by the dispatch
        CrosstabTable crosstab = new CrosstabTable(words, index, participants);
        if (options.band() > 0 && !crosstab.anyNumber(attribute)) {
            return unresolved(d, d.source() + ": bands count numbers, and no participant's '" + attribute + "' is one"
                    + " (digits, with a decimal point if need be)");
        }
        return List.of(crosstab.table(attribute, rows, options));
    }

    private Element participantsTable(List<Participant> declared, Set<String> columns, boolean quotes) {
        Element table = new Element("table").addClass("participants");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(words.get("participant"));
        columns.forEach(name -> head.appendElement("th").attr("scope", "col").text(words.capitalised(name)));
        if (quotes) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(words.get("quotesTitle"));
        }
        Element body = table.appendElement("tbody");
        for (Participant p : declared) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(p.citedAs());
            columns.forEach(name -> row.appendElement("td").text(p.attribute(name).orElse("")));
            if (quotes) {
                row.appendElement("td").addClass("num").text(words.number(index.countOfParticipant(p.id()), ""));
            }
        }
        return table;
    }


    private List<Node> unresolved(Directive d, String message) {
        diagnostics.error(d.position(), message);
        return List.of(new TextNode(d.source()));
    }
}

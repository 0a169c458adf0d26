package weft.render.article;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import weft.model.Participant;
import weft.model.ParticipantCounts;
import weft.words.Words;

/**
 * The participants' characteristics as a qualitative article reports them ({@code {{characteristics}}}): for each
 * attribute, how many participants have each value and their share, or, for an attribute whose every value is a
 * number (an age), the mean and the range, or, asked for, its participants in bands of the values (60–69, 70–79). It
 * counts the persons the study declares, or its groups where it declares only groups (or where the directive asks for
 * them); a participant without the attribute counts under "not given". Aggregates only: no row names a participant.
 * Values are untrusted text, set as text.
 */
final class CharacteristicsTable {

    /**
     * The directive's options, comma-separated: {@code groups} counts the groups; {@code bands-N} counts a numeric
     * attribute in bands N wide (bands-10: 60–69, 70–79), which tell less of any one participant than a mean and a
     * range do; 0 for none.
     */
    record Options(boolean groups, int band) {

        /** The options as an error message lists them. */
        static final List<String> ALLOWED = List.of("groups", "bands-N such as bands-10", "both: groups,bands-10");

        static Optional<Options> parse(String option) {
            return TableOptions.parse(option, "groups").map(o -> new Options(o.word(), o.band()));
        }
    }

    private final Words words;

    CharacteristicsTable(Words words) {
        this.words = words;
    }

    /** Whom the table counts: the persons, or the groups of a study that declares no persons. */
    static List<Participant> counted(List<Participant> declared) {
        List<Participant> persons = declared.stream().filter(p -> p.kind() == Participant.Kind.PERSON).toList();
        return persons.isEmpty() ? declared : persons;
    }

    /** The table of {@code attributes} of {@code counted}; {@code band} (0 for none) the width of a numeric attribute's bands. */
    Element table(List<Participant> counted, Set<String> attributes, int band) {
        Element table = new Element("table").addClass("characteristics");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(words.get("characteristicsHeading"));
        head.appendElement("th").attr("scope", "col").addClass("num").text(words.get("characteristicsCount"));
        Element body = table.appendElement("tbody");
        for (String name : attributes) {
            List<Optional<String>> values = counted.stream()
                    .map(p -> p.attribute(name).map(String::strip).filter(v -> !v.isEmpty())).toList(); // "" is not given
            boolean numeric = values.stream().flatMap(Optional::stream).allMatch(ParticipantCounts::isNumber);
            Element attribute = body.appendElement("tr").addClass("depth-1");
            boolean averaged = numeric && band == 0;
            attribute.appendElement("th").attr("scope", "row").text(averaged
                    ? words.format("characteristicsMeanRangeLabel", Map.of("name", words.capitalised(name)))
                    : words.capitalised(name));
            if (averaged) {
                attribute.appendElement("td").addClass("num").text(meanAndRange(values));
            } else {
                attribute.appendElement("td");
                Map<String, Long> counts = numeric ? bands(values, band) : new LinkedHashMap<>();
                if (!numeric) {
                    values.stream().flatMap(Optional::stream).forEach(v -> counts.merge(v, 1L, Long::sum));
                }
                counts.forEach((value, n) -> row(body, value, n, counted.size()));
            }
            long missing = values.stream().filter(Optional::isEmpty).count();
            if (missing > 0) {
                row(body, words.get("characteristicsNotGiven"), missing, counted.size());
            }
        }
        return table;
    }

    /** The numeric values in bands {@code width} wide, from the lowest band up, by their labels ("60–69"). */
    private Map<String, Long> bands(List<Optional<String>> values, int width) {
        Map<Long, Long> bands = new TreeMap<>();
        values.stream().flatMap(Optional::stream).forEach(v -> bands.merge(ParticipantCounts.bandOf(v, width), 1L, Long::sum));
        Map<String, Long> labelled = new LinkedHashMap<>();
        bands.forEach((lower, n) -> labelled.put(bandLabel(words, lower, width), n));
        return labelled;
    }

    /** A band as the article writes it: "70–79". */
    static String bandLabel(Words words, long lower, int width) {
        return words.format("characteristicsBand", Map.of("low", words.number(lower, ""), "high", words.number(lower + width - 1, "")));
    }

    private void row(Element body, String label, long n, int total) {
        Element row = body.appendElement("tr").addClass("depth-2");
        row.appendElement("th").attr("scope", "row").text(label);
        long percent = (n * 200 + total) / (2L * total); // n of total in whole per cent, half up
        row.appendElement("td").addClass("num").text(words.format("characteristicsShare",
                Map.of("n", words.number(n, ""), "percent", words.number(percent, ""))));
    }

    /** "75.0 (69–83)": the mean to one decimal more than the values have, the smallest and largest to as many as they have. */
    private String meanAndRange(List<Optional<String>> values) {
        List<BigDecimal> numbers = new ArrayList<>();
        values.stream().flatMap(Optional::stream).forEach(v -> numbers.add(new BigDecimal(v)));
        int scale = numbers.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(numbers.size()), scale + 1, RoundingMode.HALF_UP);
        BigDecimal min = numbers.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = numbers.stream().max(BigDecimal::compareTo).orElseThrow();
        return words.format("characteristicsMeanRange", Map.of("mean", words.decimal(mean.doubleValue(), scale + 1),
                "min", words.decimal(min.doubleValue(), scale), "max", words.decimal(max.doubleValue(), scale)));
    }
}

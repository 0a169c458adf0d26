package weft.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many of the study's participants, and of its groups speaking as one (focus groups), the quotes of each node
 * come from: the counts of the analysis, withheld quotes included, as the quote counts are. A quote naming a
 * participant the study does not declare is the checker's error and counts for nothing here.
 */
public final class ParticipantCounts {

    /**
     * A number as a data file writes one: digits, a decimal point and decimals; no signs, no thousands, no leading zero
     * ({@code 0755}, {@code 07} are a room's, a ward's, a site's code: no quantity to average or band).
     */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(0|[1-9]\\d{0,8})(\\.\\d{1,6})?");

    /** Participants (persons) and groups; a group counts once, however many people spoke in it. */
    public record Count(int persons, int groups) {

        public int total() {
            return persons + groups;
        }
    }

    private final Map<String, Participant> declared = new LinkedHashMap<>();
    private final FrameIndex index;

    public ParticipantCounts(StudyInfo info, FrameIndex index) {
        info.participants().forEach(p -> declared.putIfAbsent(p.id(), p));
        this.index = index;
    }

    /** The study's participants as declared, each id once (the first of two with one id), in their order. */
    public List<Participant> participants() {
        return List.copyOf(declared.values());
    }

    /** Whether the study declares participants at all (a study that does not prints no participant counts). */
    public boolean any() {
        return !declared.isEmpty();
    }

    /** Whether some of the declared participants are groups speaking as one. */
    public boolean anyGroups() {
        return declared.values().stream().anyMatch(p -> p.kind() == Participant.Kind.GROUP);
    }

    /** Whether some of the declared participants are persons, not groups. */
    public boolean anyPersons() {
        return declared.values().stream().anyMatch(p -> p.kind() == Participant.Kind.PERSON);
    }

    /**
     * What the study's participants are called in the words' keys: {@code Participants}, {@code Groups} (focus groups
     * only) or {@code ParticipantsOrGroups} (Table 1's column is headed {@code "table" + who()}).
     */
    public String who() {
        return !anyGroups() ? "Participants" : anyPersons() ? "ParticipantsOrGroups" : "Groups";
    }

    /** The names of the attributes the declared participants have, each once, in the order first written. */
    public Set<String> attributeNames() {
        return attributeNames(declared.values());
    }

    /** The names of the attributes {@code participants} have, each once, in the order first written. */
    public static Set<String> attributeNames(Collection<Participant> participants) {
        Set<String> names = new LinkedHashSet<>();
        participants.forEach(p -> p.attributes().forEach(a -> names.add(a.name())));
        return names;
    }

    /**
     * The declared participants by their value of {@code attribute} (stripped), the values in the order they first
     * appear; those without it (or with an empty value) under the empty key, last.
     */
    public Map<Optional<String>, List<Participant>> byValue(String attribute) {
        Map<Optional<String>, List<Participant>> values = new LinkedHashMap<>();
        List<Participant> without = new ArrayList<>();
        for (Participant p : declared.values()) {
            Optional<String> value = p.attribute(attribute).map(String::strip).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                values.computeIfAbsent(value, k -> new ArrayList<>()).add(p);
            } else {
                without.add(p);
            }
        }
        if (!without.isEmpty()) {
            values.put(Optional.empty(), without);
        }
        return values;
    }

    /**
     * The declared participants by their value of {@code attribute} as {@link #byValue} gives them, the numbers in bands
     * {@code width} wide from the lowest up (bands of 10: 60 to 69, 70 to 79), each named by {@code label} from its
     * lowest value; then the values that are not numbers, each its own, in the order they first appear (a focus group's
     * "68-85"); then those without the attribute.
     */
    public Map<Optional<String>, List<Participant>> byBand(String attribute, int width,
                                                          java.util.function.LongFunction<String> label) {
        Map<Long, List<Participant>> bands = new java.util.TreeMap<>();
        Map<Optional<String>, List<Participant>> others = new LinkedHashMap<>();
        byValue(attribute).forEach((value, who) -> {
            if (value.isPresent() && isNumber(value.get())) {
                bands.computeIfAbsent(bandOf(value.get(), width), k -> new ArrayList<>()).addAll(who);
            } else {
                others.put(value, who);
            }
        });
        Map<Optional<String>, List<Participant>> columns = new LinkedHashMap<>();
        bands.forEach((lower, who) -> columns.put(Optional.of(label.apply(lower)), who));
        others.forEach((value, who) -> columns.merge(value, who, (a, b) -> {
            List<Participant> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return columns;
    }

    /** Whether a value is a number as a data file writes one (digits, a decimal point and decimals). */
    public static boolean isNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    /** The lowest value of the band {@code width} wide that the number {@code value} falls in (73 in bands of 10: 70). */
    public static long bandOf(String value, int width) {
        long whole = new java.math.BigDecimal(value).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        return Math.floorDiv(whole, width) * width;
    }

    /** How many of {@code who} have quotes coded to the node or below it. */
    public int under(String node, List<Participant> who) {
        Set<String> under = index.participantsUnder(node);
        return (int) who.stream().filter(p -> under.contains(p.id())).count();
    }

    /** How many quotes of {@code who} are coded to the node or below it. */
    public int quotesUnder(String node, List<Participant> who) {
        return who.stream().mapToInt(p -> index.countOfParticipantUnder(node, p.id())).sum();
    }

    /** The study's participants and groups, as declared. */
    public Count declared() {
        return count(declared.keySet());
    }

    /** Those whose quotes are coded to the node or below it. */
    public Count under(String node) {
        return count(index.participantsUnder(node));
    }

    /** Those with a quote coded anywhere in the frame. */
    public Count quoted() {
        Set<String> ids = new LinkedHashSet<>();
        for (CodeNode root : index.preorder()) {
            if (index.depth(root.id()) == 1) {
                ids.addAll(index.participantsUnder(root.id()));
            }
        }
        return count(ids);
    }

    private Count count(Collection<String> ids) {
        int persons = 0;
        int groups = 0;
        for (String id : ids) {
            Participant p = declared.get(id);
            if (p != null && p.kind() == Participant.Kind.GROUP) {
                groups++;
            } else if (p != null) {
                persons++;
            }
        }
        return new Count(persons, groups);
    }
}

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

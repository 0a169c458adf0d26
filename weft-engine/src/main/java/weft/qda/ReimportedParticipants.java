package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The participants of an import after recoding: the file's cases merged with coded-data/participants.yaml of the
 * earlier import, by the cases' GUIDs; a case exported from study.yaml's participants (by {@code weft export}) stays
 * in study.yaml.
 */
final class ReimportedParticipants {

    private ReimportedParticipants() {
    }

    /**
     * The file's cases merged with the earlier participants by GUID: an earlier participant keeps its id, how it is
     * cited (the author may have made it anonymous) and its other fields, and takes the file's attributes; a new case
     * gets an id no participant has; a case the file no longer has goes (listed), and the author's own stay.
     * {@code withAttributes}: whether the file gives the participants' attributes (a QDA file's variables; a sheet's
     * columns named as attributes): a sheet read without any leaves each participant's as they were.
     */
    static Optional<String> merge(JsonNode old, List<Map<String, Object>> cases, Map<String, String> studyParticipants,
                                  Map<String, String> participantOf, List<String> changes, String from, boolean sheet,
                                  boolean withAttributes) {
        Map<String, ObjectNode> byGuid = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<ObjectNode> own = new ArrayList<>();
        for (JsonNode p : old) {
            if (p instanceof ObjectNode o) {
                ids.add(o.path("id").asText());
                String guid = o.path("qda").path("guid").asText();
                if (guid.isEmpty()) {
                    own.add(o);
                } else {
                    byGuid.put(guid, o);
                }
            }
        }
        ArrayNode out = QdaYaml.MAPPER.createArrayNode();
        List<Integer> places = new ArrayList<>(); // each participant's place among the earlier ones (new ones last)
        Map<String, Integer> earlier = new HashMap<>(); // an earlier participant's place, by GUID
        byGuid.keySet().forEach(g -> earlier.put(g, earlier.size()));
        Set<String> seen = new HashSet<>();
        List<String> added = new ArrayList<>();
        List<String> newValues = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map<String, Object> map : cases) {
            ObjectNode f = QdaYaml.MAPPER.valueToTree(map);
            String freshId = f.path("id").asText();
            String guid = f.path("qda").path("guid").asText();
            seen.add(guid);
            if (studyParticipants.containsKey(guid) && !byGuid.containsKey(guid)) {
                participantOf.put(freshId, studyParticipants.get(guid)); // exported from study.yaml, which stays as it is
                continue;
            }
            ObjectNode before = byGuid.get(guid);
            ObjectNode p;
            if (before == null) {
                p = f;
                p.put("id", Reimport.unique(f.path("id").asText(), ids));
                added.add(p.path("id").asText());
            } else {
                if (withAttributes && !before.path("attributes").equals(f.path("attributes"))) {
                    newValues.add(before.path("id").asText());
                }
                p = QdaYaml.MAPPER.createObjectNode(); // the earlier fields in their order, the file's attributes before qda
                for (Map.Entry<String, JsonNode> e : before.properties()) {
                    if (e.getKey().equals("qda")) {
                        fromFile(p, f, withAttributes, sheet ? before.path("qda") : f.path("qda"));
                    } else if (!e.getKey().equals("attributes") || !withAttributes) {
                        p.set(e.getKey(), e.getValue().deepCopy());
                    }
                }
                if (!p.has("qda")) {
                    fromFile(p, f, withAttributes, sheet ? before.path("qda") : f.path("qda"));
                }
            }
            participantOf.put(freshId, p.path("id").asText());
            out.add(p);
            places.add(before == null ? Integer.MAX_VALUE : earlier.get(guid));
        }
        if (sheet) { // a table's rows sorted in a spreadsheet program reorder no participant
            out = Reimport.inEarlierOrder(out, places);
        }
        byGuid.forEach((guid, p) -> {
            if (!seen.contains(guid)) {
                removed.add(p.path("id").asText());
            }
        });
        String file = sheet ? "the spreadsheet" : "the QDA file";
        listed(changes, newValues, "attributes: participant '%s' takes " + file + "'s values",
                "attributes: %,d participants take " + file + "'s values (%s …)");
        listed(changes, added, "added: participant '%s'", "added: %,d participants (%s …)");
        if (sheet) {
            listed(changes, removed, "removed: participant '%s' (no row of the spreadsheet names them)",
                    "removed: %,d participants, whom no row of the spreadsheet names (%s …)");
        } else {
            listed(changes, removed, "removed: participant '%s' (the QDA file no longer has the case)",
                    "removed: %,d participants, whose cases the QDA file no longer has (%s …)");
        }
        own.forEach(out::add);
        if (out.isEmpty() && old.isEmpty()) {
            return Optional.empty(); // every case is a participant of study.yaml
        }
        try {
            return Optional.of("# Imported by weft import from " + from + ", merged with the earlier import: ids,"
                    + " citedAs and the author's fields are kept.\n" + QdaYaml.MAPPER.writeValueAsString(Map.of("participants", out)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("YAML trees always serialise", e);
        }
    }

    /** The most participants a change is listed for one by one; more are one line, a survey's thousands of respondents. */
    static final int LISTED = 10;

    /** A change for each of {@code ids} ({@code one}), or one line for them all ({@code many}) where they are many. */
    private static void listed(List<String> changes, List<String> ids, String one, String many) {
        if (ids.size() <= LISTED) {
            ids.forEach(id -> changes.add(String.format(one, id)));
        } else {
            changes.add(String.format(java.util.Locale.ROOT, many, ids.size(),
                    String.join(", ", ids.subList(0, 3).stream().map(id -> "'" + id + "'").toList())));
        }
    }

    /**
     * The file's attributes (where it gives them) and {@code qda}: a QDA file's, or for a spreadsheet, which names a
     * participant by GUID alone, the earlier one (a QDA tool's case or document, {@code from: source}, as it was).
     */
    private static void fromFile(ObjectNode participant, ObjectNode file, boolean withAttributes, JsonNode qda) {
        if (withAttributes && file.has("attributes")) {
            participant.set("attributes", file.path("attributes"));
        }
        participant.set("qda", qda.isMissingNode() ? file.path("qda") : qda);
    }
}

package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Where an import finds the participants of a REFI-QDA project: its cases (NVivo's, MAXQDA's, QualCoder's), or its
 * source documents, each the participant who said its quotes (ATLAS.ti exports no cases: an interview study there keeps
 * one document for each participant, and its document groups named "variable: value" for their attributes, and a group
 * named "case: NAME" for the documents of one participant). An import
 * again does as the earlier one did, as its participants.yaml records it ({@code qda: {from: source}}).
 */
public enum ParticipantsFrom {
    CASES, SOURCES;

    /** A document group that gives an attribute: "gender: male", "age::67" (ATLAS.ti names its groups so). */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^:]*[^:\\s])\\s*::?\\s*(\\S.*?)\\s*");

    /** {@code cases} or {@code sources}, as the command line and the plugin write it; empty for anything else. */
    public static Optional<ParticipantsFrom> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cases" -> Optional.of(CASES);
            case "sources" -> Optional.of(SOURCES);
            default -> Optional.empty();
        };
    }

    /** What the earlier import of {@code project} made its participants of: sources where any says so, else cases. */
    public static ParticipantsFrom earlier(Path project) {
        for (Path part : ImportParts.PARTICIPANTS.existing(project)) {
            try {
                JsonNode list = QdaYaml.MAPPER.readTree(Files.readString(part)).path("participants");
                for (JsonNode p : list) {
                    if (p.path("qda").path("from").asText().equals("source")) {
                        return SOURCES;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a file that does not read: the import reports it; the default stands
            }
        }
        return CASES;
    }

    /** The variable of the document groups that gather one participant's documents: "case: Anna". */
    static final String CASE = "case";

    /** One participant made of documents: its GUID, name, attributes and documents. */
    private record Person(String guid, String name, Map<String, String> values, Map<String, String> from,
                          List<QdaCase.Reference> sources) {
    }

    /**
     * {@code q} with a case made of each source of {@code cut} (those whose quotes the import cuts) that has selections,
     * in place of its cases (a warning where it had some): named as the source is, without its file's extension, each
     * set of sources named "variable: value" that holds it an attribute. The sources in one set named "case: NAME" are one
     * case, named NAME, with the set's GUID and the attributes of them all (a participant interviewed twice, or with a
     * diary beside the interview). The sets that gave attributes or cases are left out of {@code q}'s sets.
     */
    static QdaFile sourcesAsCases(QdaFile q, QdaFile cut, String label, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.ofFile(label);
        if (!q.cases().isEmpty()) {
            diagnostics.warning(at, q.cases().size() + (q.cases().size() == 1 ? " case of the file is" : " cases of the file are")
                    + " not imported: with --participants sources each source document is a participant");
        }
        Map<String, Person> people = new LinkedHashMap<>();
        Set<QdaSet> used = new HashSet<>();
        for (QdaSource s : cut.sources()) {
            if (s.selections().isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            QdaSet kase = null;
            String kaseName = "";
            for (QdaSet set : q.sets()) {
                Matcher m = ATTRIBUTE.matcher(set.name());
                if (!set.sources().contains(s.guid()) || !m.matches()) {
                    continue;
                }
                used.add(set);
                String before = m.group(1).equalsIgnoreCase(CASE) ? (kase == null ? null : kaseName) : values.get(m.group(1));
                if (before == null) {
                    if (m.group(1).equalsIgnoreCase(CASE)) {
                        kase = set;
                        kaseName = m.group(2);
                    } else {
                        values.put(m.group(1), m.group(2));
                    }
                } else if (!before.equals(m.group(2))) {
                    diagnostics.warning(at, "source '" + s.name() + "' is in two groups of '" + m.group(1) + "' ('"
                            + m.group(1) + ": " + before + "' and '" + set.name().strip() + "'): its "
                            + (m.group(1).equalsIgnoreCase(CASE) ? "quotes are the first's" : "participant takes the first"));
                }
            }
            String documentName = s.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            String guid = kase == null ? s.guid() : kase.guid().isEmpty() ? CASE + ":" + kaseName : kase.guid();
            String name = kase != null ? kaseName : documentName.isBlank() ? s.name() : documentName;
            Person person = people.computeIfAbsent(guid, g -> new Person(g, name, new LinkedHashMap<>(),
                    new HashMap<>(), new ArrayList<>()));
            for (Map.Entry<String, String> e : values.entrySet()) {
                String before = person.values().putIfAbsent(e.getKey(), e.getValue());
                person.from().putIfAbsent(e.getKey(), s.name());
                if (before != null && !before.equals(e.getValue())) {
                    diagnostics.warning(at, "the documents of case '" + person.name() + "' are in two groups of '" + e.getKey()
                            + "' ('" + e.getKey() + ": " + before + "' holds '" + person.from().get(e.getKey()) + "', '"
                            + e.getKey() + ": " + e.getValue() + "' holds '" + s.name() + "'): its participant takes the first");
                }
            }
            person.sources().add(new QdaCase.Reference(s.guid(), at));
        }
        List<QdaCase> cases = people.values().stream().map(p -> new QdaCase(p.guid(), p.name(), p.values().entrySet()
                .stream().map(e -> new QdaCase.Value(e.getKey(), e.getValue())).toList(), List.copyOf(p.sources()),
                List.of(), at, true)).toList();
        return new QdaFile(q.origin(), q.codes(), q.sources(), q.texts(), q.otherSelections(), q.recordingSelections(),
                cases, q.otherNotes(), q.sets().stream().filter(set -> !used.contains(set)).toList(), q.levels());
    }
}

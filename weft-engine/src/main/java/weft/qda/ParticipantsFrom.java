package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Where an import finds the participants of a REFI-QDA project: its cases (NVivo's, MAXQDA's, QualCoder's), or its
 * source documents, each the participant who said its quotes (ATLAS.ti exports no cases: an interview study there keeps
 * one document for each participant, and its document groups named "variable: value" for their attributes). An import
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

    /**
     * {@code q} with a case made of each source of {@code cut} (those whose quotes the import cuts) that has selections,
     * in place of its cases (a warning where it had some): named as the source is, without its file's extension, each
     * set of sources named "variable: value" that holds it an attribute. The sets that gave attributes are left out of
     * {@code q}'s sets.
     */
    static QdaFile sourcesAsCases(QdaFile q, QdaFile cut, String label, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.ofFile(label);
        if (!q.cases().isEmpty()) {
            diagnostics.warning(at, q.cases().size() + (q.cases().size() == 1 ? " case of the file is" : " cases of the file are")
                    + " not imported: with --participants sources each source document is a participant");
        }
        java.util.List<QdaCase> cases = new java.util.ArrayList<>();
        java.util.Set<QdaSet> used = new java.util.HashSet<>();
        for (QdaSource s : cut.sources()) {
            if (s.selections().isEmpty()) {
                continue;
            }
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            for (QdaSet set : q.sets()) {
                Matcher m = ATTRIBUTE.matcher(set.name());
                if (!set.sources().contains(s.guid()) || !m.matches()) {
                    continue;
                }
                used.add(set);
                String before = values.putIfAbsent(m.group(1), m.group(2));
                if (before != null && !before.equals(m.group(2))) {
                    diagnostics.warning(at, "source '" + s.name() + "' is in two groups of '" + m.group(1) + "' ('"
                            + m.group(1) + ": " + before + "' and '" + set.name().strip() + "'): its participant takes the first");
                }
            }
            String name = s.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            cases.add(new QdaCase(s.guid(), name.isBlank() ? s.name() : name, values.entrySet().stream()
                    .map(e -> new QdaCase.Value(e.getKey(), e.getValue())).toList(),
                    java.util.List.of(new QdaCase.Reference(s.guid(), at)), java.util.List.of(), at, true));
        }
        return new QdaFile(q.origin(), q.codes(), q.sources(), q.texts(), q.otherSelections(), q.recordingSelections(),
                java.util.List.copyOf(cases), q.otherNotes(), q.sets().stream().filter(set -> !used.contains(set)).toList(),
                q.levels());
    }
}

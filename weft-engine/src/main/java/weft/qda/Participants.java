package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.diagnostics.Diagnostics;

/**
 * The cases of a REFI-QDA project as Weft's participants: each case a participant, its id made from its name as a
 * code's is (unique, in the order of the file), cited as its name, its variables' values as attributes; and who said
 * each selection: the case that refers to the selection, else the one case that refers to its source.
 */
final class Participants {

    private final Map<String, String> idByCase = new LinkedHashMap<>();
    private final Map<String, String> bySelection = new HashMap<>();
    private final Map<String, String> bySource = new HashMap<>();
    private final List<QdaCase> cases;

    private Participants(List<QdaCase> cases) {
        this.cases = cases;
    }

    /** The participants of {@code q}; references to no source or selection of the file are warnings. */
    static Participants of(QdaFile q, Diagnostics diagnostics) {
        Participants p = new Participants(q.cases());
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Set<String> selections = new HashSet<>();
        q.sources().forEach(s -> {
            sources.add(s.guid());
            s.selections().forEach(sel -> selections.add(sel.guid()));
        });
        Set<String> shared = new HashSet<>();
        for (QdaCase c : q.cases()) {
            String base = CodeTree.slug(c.name().isBlank() ? "participant" : c.name());
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base.substring(0, Math.min(base.length(), CodeTree.MAX_ID - 1 - Integer.toString(n).length())) + "-" + n;
            }
            p.idByCase.put(c.guid(), id);
            for (QdaCase.Reference ref : c.selections()) {
                if (!selections.contains(ref.guid())) {
                    diagnostics.warning(ref.position(), "case '" + c.name() + "' refers to selection " + ref.guid()
                            + ", which is no text selection of the file: ignored");
                } else if (p.bySelection.putIfAbsent(ref.guid(), id) != null) {
                    diagnostics.warning(ref.position(), "selection " + ref.guid() + " belongs to more than one case: its quote"
                            + " names the first, '" + p.bySelection.get(ref.guid()) + "'");
                }
            }
            for (QdaCase.Reference ref : c.sources()) {
                if (!sources.contains(ref.guid())) {
                    diagnostics.warning(ref.position(), "case '" + c.name() + "' refers to source " + ref.guid()
                            + ", which is no text source of the file: ignored");
                } else if (p.bySource.putIfAbsent(ref.guid(), id) != null && shared.add(ref.guid())) {
                    diagnostics.note(ref.position(), "source " + ref.guid() + " belongs to more than one case: its quotes"
                            + " name a participant only where a case refers to the selection itself");
                }
            }
        }
        shared.forEach(p.bySource::remove);
        return p;
    }

    boolean isEmpty() {
        return cases.isEmpty();
    }

    /** The id of the participant who said {@code selection} of {@code source}; empty when no case says. */
    Optional<String> of(QdaSource source, QdaSelection selection) {
        return Optional.ofNullable(bySelection.getOrDefault(selection.guid(), bySource.get(source.guid())));
    }

    /** The participants as coded-data/participants.yaml lists them. */
    List<Map<String, Object>> maps() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (QdaCase c : cases) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", idByCase.get(c.guid()));
            String name = c.name().isBlank() ? idByCase.get(c.guid()) : c.name().strip();
            p.put("citedAs", name.codePointCount(0, name.length()) > 64 ? name.substring(0, name.offsetByCodePoints(0, 64)) : name);
            if (!c.values().isEmpty()) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                c.values().forEach(v -> attributes.putIfAbsent(v.variable(), v.value()));
                p.put("attributes", attributes);
            }
            Map<String, Object> qda = new LinkedHashMap<>();
            qda.put("guid", c.guid());
            if (c.fromSource()) { // a later import makes its participants of the sources too
                qda.put("from", "source");
            }
            p.put("qda", qda);
            list.add(p);
        }
        return List.copyOf(list);
    }

    /** coded-data/participants.yaml, with a comment naming the file imported. */
    static String write(List<?> list, String from) {
        try {
            boolean sources = list.stream().anyMatch(p -> p instanceof Map<?, ?> m && m.get("qda") instanceof Map<?, ?> qda
                    && "source".equals(qda.get("from")));
            return "# Imported by weft import from " + from + (sources
                    ? ": each source document a participant, its groups named 'variable: value' as attributes.\n"
                    : ": each case a participant, its variables as attributes.\n")
                    + "# Read with the participants of study.yaml (an id may not be in both); check how each is cited (citedAs).\n"
                    + QdaYaml.MAPPER.writeValueAsString(Map.of("participants", list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}

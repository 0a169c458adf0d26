package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import weft.read.ProjectFiles;

/**
 * The quotes of an import after recoding, followed by their selections' GUIDs: an earlier quote keeps its id,
 * {@code presented:} and the author's fields and takes the file's text, codes, source and positions; a new selection
 * gets an id no quote has; a quote of the author's own files that the file is an export of (by the GUIDs
 * {@code weft export} derives) is told about, never rewritten.
 */
final class ReimportedQuotes {
    private final Map<String, ObjectNode> oldByGuid = new LinkedHashMap<>();
    private final List<ObjectNode> oldWithoutGuid = new ArrayList<>();
    private final Map<String, Set<String>> oldCodes = new LinkedHashMap<>(); // guid -> node ids
    private final Map<String, Set<String>> newCodes = new LinkedHashMap<>();
    private final Set<String> quoteIds = new HashSet<>();
    private final Set<String> removedIds = new HashSet<>();
    /** How a change to a quote of the author's own files is told: the import leaves the file as it is. */
    static final String NOT_REWRITTEN = "; Weft does not rewrite ";

    private final Map<String, Other> otherByGuid = new LinkedHashMap<>(); // the exported quotes of other files
    private boolean merged;

    /** A quote of another quote file (the author's own, or a study's before its export): where it is, its codes. */
    record Other(String id, String file, Set<String> codes, String text, String reduced) {
    }

    private final Map<String, String> idOf;
    private final Map<String, String> participantOf;
    private final List<String> changes;
    private final String gone;
    /** Whether the file is a spreadsheet (a quote's words edited there, not its selection's boundaries moved). */
    private final boolean sheet;

    /**
     * The quotes of the earlier import ({@code oldQuotes}), of the project's other files ({@code others}), and of the
     * file ({@code fresh}); {@code idOf} gives the merged id of each node of the file's tree, {@code participantOf}
     * of each participant; the changes go to {@code changes}, each said as of a QDA tool's file or, {@code sheet}, of a
     * spreadsheet ("its row is no longer coded in the spreadsheet").
     */
    ReimportedQuotes(JsonNode oldQuotes, Map<String, Other> others, List<Map<String, Object>> fresh, Map<String, String> idOf,
                     Map<String, String> participantOf, List<String> changes, boolean sheet) {
        this.sheet = sheet;
        this.gone = sheet ? "its row is no longer coded in the spreadsheet" : "its selection is no longer coded in the QDA file";
        this.idOf = idOf;
        this.participantOf = participantOf;
        this.changes = changes;
        quoteIds.addAll(others.keySet());
        for (JsonNode quote : oldQuotes) {
            if (!(quote instanceof ObjectNode q)) {
                continue;
            }
            quoteIds.add(q.path("id").asText());
            String guid = q.path("qda").path("guid").asText();
            if (guid.isEmpty()) {
                oldWithoutGuid.add(q);
            } else {
                oldByGuid.put(guid, q);
                oldCodes.put(guid, codes(q));
            }
        }
        // the quotes of the other files, where the file is an export of them (their GUIDs derived from their ids)
        Set<String> freshGuids = new HashSet<>();
        fresh.forEach(m -> freshGuids.add(QdaYaml.MAPPER.valueToTree(m).path("qda").path("guid").asText()));
        Map<String, Other> byGuid = new LinkedHashMap<>();
        others.values().forEach(o -> byGuid.put(QdaExport.derivedGuid("quote", o.id()), o));
        if (byGuid.keySet().stream().anyMatch(freshGuids::contains)) {
            byGuid.forEach((guid, o) -> {
                if (!oldByGuid.containsKey(guid)) {
                    otherByGuid.put(guid, o);
                    oldCodes.put(guid, o.codes());
                }
            });
        }
    }

    /** The merged quotes' YAML; empty when there are none and were none (all of them in the author's files). */
    Optional<String> merge(List<Map<String, Object>> quotes) {
        merged = true;
        ArrayNode out = QdaYaml.MAPPER.createArrayNode();
        List<Integer> places = new ArrayList<>(); // each quote's place among the earlier ones (new ones last)
        Map<String, Integer> earlier = new HashMap<>(); // an earlier quote's place, by GUID
        oldByGuid.keySet().forEach(g -> earlier.put(g, earlier.size()));
        for (Map<String, Object> map : quotes) {
            ObjectNode f = QdaYaml.MAPPER.valueToTree(map);
            ArrayNode codes = QdaYaml.MAPPER.createArrayNode();
            f.path("codes").forEach(c -> codes.add(idOf.getOrDefault(c.asText(), c.asText())));
            f.path("qda").path("codings").forEach(c -> ((ObjectNode) c).put("code", idOf.getOrDefault(c.path("code").asText(),
                    c.path("code").asText())));
            String guid = f.path("qda").path("guid").asText();
            ObjectNode old = oldByGuid.get(guid);
            Other other = otherByGuid.get(guid);
            if (old == null && other != null) { // a quote of the author's files, exported: told, never rewritten
                if (!other.codes().equals(codes(codes))) {
                    changes.add("recoded " + where() + ": quote '" + other.id() + "' from " + list(other.codes()) + " to "
                            + list(codes) + NOT_REWRITTEN + other.file() + ": change its codes there");
                }
                if (f.has("reduced") && !normal(other.reduced()).equals(normal(f.path("reduced").asText()))) {
                    changes.add("reduced " + where() + ": quote '" + other.id() + "' has another reduced expression there"
                            + NOT_REWRITTEN + other.file() + ": change its reduced expression there if the new one is right");
                }
                if (!java.text.Normalizer.normalize(other.text().replace("\r\n", "\n"), java.text.Normalizer.Form.NFC)
                        .equals(f.path("text").asText())) {
                    changes.add((sheet ? "re-worded " : "re-cut ") + where() + ": quote '" + other.id() + "'" + NOT_REWRITTEN
                            + other.file() + ": change its text there if the new " + (sheet ? "words are" : "cut is") + " right");
                }
                newCodes.put(guid, codes(codes));
                continue;
            }
            ObjectNode quote;
            if (old == null) {
                quote = f;
                quote.put("id", Reimport.unique(f.path("id").asText(), quoteIds));
                changes.add("added: quote '" + quote.path("id").asText() + "', coded to " + list(codes));
            } else {
                quote = old.deepCopy();
                String id = quote.path("id").asText();
                if (!old.path("text").asText().equals(f.path("text").asText())) {
                    boolean excerptLost = old.path("excerpt").isTextual() && new weft.model.Excerpt(old.path("excerpt").asText(),
                            null, null).firstNotIn(f.path("text").asText()).isPresent();
                    changes.add("re-cut: quote '" + id + "' (" + (sheet ? "its text edited in the spreadsheet"
                            : "its selection's boundaries moved in the QDA tool") + ")" + (excerptLost
                            ? "; the excerpt the article prints of it is no longer words of its text: mend its excerpt (the"
                            + " build stops at it)" : ""));
                }
                if (!oldCodes.get(guid).equals(codes(codes))) {
                    changes.add("recoded: quote '" + id + "' from " + list(old.path("codes")) + " to " + list(codes));
                }
                quote.put("text", f.path("text").asText());
                // the file's (a spreadsheet's column); none there keeps the author's own, and so does the same in other lines
                if (f.has("reduced") && !normal(f.path("reduced").asText()).equals(normal(old.path("reduced").asText("")))) {
                    changes.add("reduced: quote '" + id + "' takes the file's reduced expression");
                    quote.put("reduced", f.path("reduced").asText());
                }
                ObjectNode source = old.path("source") instanceof ObjectNode s ? s.deepCopy() : QdaYaml.MAPPER.createObjectNode();
                if (f.path("source").has("recording")) {
                    source.remove(List.of("recording", "time")); // a transcript's: the file's time, or none if it has none now
                }
                source.setAll((ObjectNode) f.path("source"));
                quote.set("source", source);
                quote.set("qda", sheet ? sheetQda(old, f, codes) : f.path("qda"));
            }
            quote.set("codes", codes);
            if (f.has("participant")) {
                quote.put("participant", participantOf.getOrDefault(f.path("participant").asText(), f.path("participant").asText()));
            }
            newCodes.put(guid, codes(codes));
            out.add(quote);
            places.add(old == null ? Integer.MAX_VALUE : earlier.get(guid));
        }
        if (sheet) { // a table's rows sorted in a spreadsheet program reorder no quote file
            out = Reimport.inEarlierOrder(out, places);
        }
        oldByGuid.forEach((guid, old) -> {
            if (!newCodes.containsKey(guid)) {
                removedIds.add(old.path("id").asText());
                changes.add("removed: quote '" + old.path("id").asText() + "' (" + gone + ")"
                        + (old.path("presented").asBoolean() ? "; the article presented it: the build shows where" : ""));
            }
        });
        otherByGuid.forEach((guid, other) -> {
            if (!newCodes.containsKey(guid)) {
                removedIds.add(other.id());
                changes.add("removed " + where() + ": quote '" + other.id() + "' (" + (sheet ? "no row of it is coded there"
                        : "its selection is no longer coded there") + ")"
                        + NOT_REWRITTEN + other.file() + ": remove the quote there, or code it again");
            }
        });
        oldWithoutGuid.forEach(out::add);
        if (out.isEmpty() && oldByGuid.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(QdaYaml.MAPPER.writeValueAsString(Map.of("quotes", out)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("YAML trees always serialise", e);
        }
    }

    /**
     * A quote's {@code qda} after a spreadsheet's import: a sheet knows a quote's GUID, not who coded it (a QDA tool's
     * {@code codings}, the agreement between coders) nor where a QDA tool's document had it, so the earlier fields stay:
     * each coding to a node the quote is still coded to, and the position while the text is unchanged (else the sheet's,
     * that of its rows one after another).
     */
    private static JsonNode sheetQda(ObjectNode old, ObjectNode fresh, ArrayNode codes) {
        if (!(old.path("qda") instanceof ObjectNode earlier) || !(fresh.path("qda") instanceof ObjectNode sheet)) {
            return fresh.path("qda");
        }
        ObjectNode qda = earlier.deepCopy();
        qda.put("guid", sheet.path("guid").asText());
        if (!old.path("text").asText().equals(fresh.path("text").asText()) || !earlier.has("start")) {
            qda.set("start", sheet.path("start"));
            qda.set("end", sheet.path("end"));
        }
        if (earlier.path("codings") instanceof ArrayNode codings) {
            Set<String> now = codes(codes);
            ArrayNode kept = QdaYaml.MAPPER.createArrayNode();
            codings.forEach(c -> {
                if (now.contains(c.path("code").asText())) {
                    kept.add(c);
                }
            });
            if (kept.isEmpty()) {
                qda.remove("codings");
            } else {
                qda.set("codings", kept);
            }
        }
        return qda;
    }

    /** A reduced expression as compared: its words, their line ends and composition aside. */
    private static String normal(String reduced) {
        return java.text.Normalizer.normalize(reduced.replace("\r\n", "\n").strip(), java.text.Normalizer.Form.NFC);
    }

    private String where() {
        return sheet ? "in the spreadsheet" : "in the QDA tool";
    }

    /** Whether the file brought quotes (else the earlier ones stand). */
    boolean merged() {
        return merged;
    }

    /** The ids of the quotes the file no longer codes. */
    Set<String> removedIds() {
        return removedIds;
    }

    /** The selections coded to {@code nodeId} in the earlier import. */
    Set<String> oldQuotesOf(String nodeId) {
        Set<String> guids = new LinkedHashSet<>();
        oldCodes.forEach((guid, codes) -> {
            if (codes.contains(nodeId)) {
                guids.add(guid);
            }
        });
        return guids;
    }

    /** The nodes a selection is coded to now (as before, when the file brings no quotes). */
    Set<String> newCodes(String guid) {
        return merged ? newCodes.getOrDefault(guid, Set.of()) : oldCodes.getOrDefault(guid, Set.of());
    }

    Set<String> oldQuotesBelow(Set<String> nodeIds) {
        return below(oldCodes, nodeIds);
    }

    Set<String> newQuotesBelow(Set<String> nodeIds) {
        return below(merged ? newCodes : oldCodes, nodeIds);
    }

    private static Set<String> below(Map<String, Set<String>> codes, Set<String> nodeIds) {
        Set<String> guids = new HashSet<>();
        codes.forEach((guid, ids) -> {
            if (ids.stream().anyMatch(nodeIds::contains)) {
                guids.add(guid);
            }
        });
        return guids;
    }

    private static Set<String> codes(JsonNode quoteOrCodes) {
        Set<String> ids = new TreeSet<>();
        (quoteOrCodes.isArray() ? quoteOrCodes : quoteOrCodes.path("codes")).forEach(c -> ids.add(c.asText()));
        return ids;
    }

    private static String list(JsonNode codes) {
        List<String> ids = new ArrayList<>();
        codes.forEach(c -> ids.add(c.asText()));
        return list(ids);
    }

    private static String list(Collection<String> codes) {
        return "[" + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList()) + "]";
    }

    /** The quotes of the project's other quote files (by id): new quotes must not take their ids; an export has them. */
    static Map<String, Other> others(Path project) {
        Map<String, Other> quotes = new LinkedHashMap<>();
        Path folder = project.resolve(ProjectFiles.QUOTES_DIR);
        if (!Files.isDirectory(folder)) {
            return quotes;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (ImportParts.QUOTES.isPart(file.getFileName().toString())) {
                    continue;
                }
                try {
                    String path = ProjectFiles.QUOTES_DIR + "/" + file.getFileName();
                    for (JsonNode q : QdaYaml.MAPPER.readTree(file.toFile()).path("quotes")) {
                        Set<String> codes = new TreeSet<>();
                        q.path("codes").forEach(c -> codes.add(c.asText()));
                        quotes.putIfAbsent(q.path("id").asText(), new Other(q.path("id").asText(), path, codes,
                                q.path("text").asText(), q.path("reduced").asText("")));
                    }
                } catch (IOException e) {
                    // the build reports a quote file it cannot read; its ids cannot be taken by accident here
                }
            }
        } catch (IOException e) {
            // no other quote files to read
        }
        return quotes;
    }
}

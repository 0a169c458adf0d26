package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.read.ProjectFiles;

/**
 * An import into a project that has been imported before: the QDA tool's coding, merged with the author's work.
 * Codes and selections are followed by their GUIDs (kept under {@code qda:}), so a node keeps its id, its narrative
 * and every field Weft's import does not write, and a quote keeps its id, whether it is presented, and its own
 * fields; the label, description, colour, place in the tree, text and codes come from the QDA file. Nodes the author
 * added in Weft stay where they were; a removed code whose node holds the author's work (a narrative, a note of
 * incompleteness ...) stays too, marked, instead of being lost. Every change is listed, and each node whose
 * narrative may have gone stale is marked {@code recoded:}, which the build reports until the author removes it.
 */
public final class Reimport {

    /** The merged files (quotes empty when the file has no quotes: the project's are left as they are) and the changes. */
    public record Merged(String codingFrame, Optional<String> quotes, Optional<String> participants, List<String> changes,
                         boolean handWritten) {
    }

    /** The fields an import writes on a node; any other is the author's work. */
    private static final Set<String> IMPORTED = Set.of("id", "label", "description", "qda", "children");

    private static final java.util.regex.Pattern PRESENTED = java.util.regex.Pattern.compile("\\{\\{\\s*quote:([a-z0-9-]+)");

    private record Old(ObjectNode node, String id, String parentId, String guid, String label, boolean fromQda) {
    }

    /** Whether the coding frame was written by hand and the file is an export of it (GUIDs derived from the ids). */
    private boolean exported;

    private final FrameImport.Imported fresh;
    /** The coding frame's line telling editors its schema ({@code # yaml-language-server: $schema=...}), kept. */
    private String schemaComment = "";
    private final List<String> changes = new ArrayList<>();
    private final List<Old> oldNodes = new ArrayList<>();
    private final Map<String, Old> oldByGuid = new LinkedHashMap<>();
    private final Map<String, Old> oldById = new LinkedHashMap<>();
    private final Map<String, Integer> placeOf = new HashMap<>(); // an earlier node's place in the frame, by id
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> claimed = new HashSet<>();
    private final Map<String, String> idOf = new LinkedHashMap<>(); // the fresh tree's id -> the merged id
    private final Map<String, ObjectNode> merged = new LinkedHashMap<>(); // merged id -> node, in tree order
    private final Map<String, String> parentOf = new LinkedHashMap<>(); // merged id -> merged parent id ("" at the root)
    private final Map<String, String> removedInto = new LinkedHashMap<>(); // removed node id -> where its quotes went
    private final Map<String, String> participantOf = new LinkedHashMap<>(); // the file's participant id -> the merged id
    private final Map<String, String> studyParticipants = new LinkedHashMap<>(); // study.yaml's, by their exported GUID

    private Reimport(FrameImport.Imported fresh) {
        this.fresh = fresh;
    }

    /** Whether {@code project} has files of an earlier import (a coding frame Weft imported). */
    public static boolean isReimport(Path project) {
        return Files.exists(project.resolve(ProjectFiles.CODING_FRAME));
    }

    /**
     * Why {@code project}'s coding frame cannot be merged with an import, or empty. A frame written by hand is merged
     * only with a file exported from it by {@code weft export} (its codes carry the GUIDs the export derives from the
     * node ids), which {@link #merge} checks once the file is read.
     */
    static Optional<String> refusal(Path project) {
        return Optional.empty();
    }

    /** The project's files merged with {@code fresh}; empty when the project's files cannot be read (reported). */
    public static Optional<Merged> merge(Path project, FrameImport.Imported fresh, Diagnostics diagnostics) {
        return merge(project, fresh, false, diagnostics);
    }

    /**
     * The same; {@code toCompare}: for a comparison ({@code weft diff}), where a file with no code of the earlier
     * import's in common (a sheet whose every category was renamed) is compared, all its nodes new, not refused.
     */
    static Optional<Merged> merge(Path project, FrameImport.Imported fresh, boolean toCompare, Diagnostics diagnostics) {
        Optional<JsonNode> frame = frame(project, diagnostics);
        Optional<JsonNode> quotes = parts(project, ImportParts.QUOTES, diagnostics);
        Optional<JsonNode> participants = parts(project, ImportParts.PARTICIPANTS, diagnostics);
        if (frame.isEmpty() || quotes.isEmpty() || participants.isEmpty()) {
            return Optional.empty();
        }
        Set<String> stored = new HashSet<>();
        frame.get().findValues("guid").forEach(g -> stored.add(g.asText()));
        Set<String> derived = new HashSet<>();
        frame.get().findValues("id").forEach(id -> derived.add(QdaExport.derivedGuid("node", id.asText())));
        Set<String> now = new HashSet<>();
        guids(fresh.tree(), now);
        Map<String, ReimportedQuotes.Other> others = ReimportedQuotes.others(project);
        if (stored.stream().noneMatch(now::contains) && derived.stream().noneMatch(now::contains)
                && !(toCompare && !stored.isEmpty()) && !(fresh.sheet() && sharesQuotes(fresh, quotes.get(), others))) {
            diagnostics.error(SourcePosition.ofFile(fresh.from()), stored.isEmpty()
                    ? "not one code of this file is in " + ProjectFiles.CODING_FRAME + ", which was written by hand: weft"
                    + " import merges a file only with an earlier import of its project or with an export of this study"
                    + " (weft export), and never replaces a coding frame written by hand; nothing was written. To start"
                    + " this study's coding from the file, move " + ProjectFiles.CODING_FRAME + " and the quotes coded to"
                    + " it out of the project, or import into a new folder (--project)"
                    : "not one code of this file is in the earlier import (" + ProjectFiles.CODING_FRAME + "): is it another"
                    + " project? Import it into a folder of its own; nothing was written");
            return Optional.empty();
        }
        Reimport reimport = new Reimport(fresh);
        try (var lines = Files.lines(project.resolve(ProjectFiles.CODING_FRAME))) {
            reimport.schemaComment = lines.takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith("# yaml-language-server:"))
                    .map(l -> l + "\n").findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            // read a moment ago: without the line, editors only lose the schema's hints
        }
        try {
            JsonNode study = QdaYaml.MAPPER.readTree(project.resolve(ProjectFiles.STUDY).toFile());
            study.path("participants").forEach(p -> reimport.studyParticipants.put(
                    QdaExport.derivedGuid("participant", p.path("id").asText()), p.path("id").asText()));
        } catch (IOException e) {
            // no study.yaml, or one the build will report: no participants of its own to follow
        }
        return Optional.of(reimport.merge((ObjectNode) frame.get(), quotes.get().path("quotes"),
                participants.get().path("participants"), others, stored.isEmpty()));
    }

    /**
     * Whether a spreadsheet holds a quote of the study by its GUID (the one its import stored, or the one weft export
     * derives from its id): a sheet weft export wrote of this study, whose nodes are named by their labels alone.
     */
    private static boolean sharesQuotes(FrameImport.Imported fresh, JsonNode quotes, Map<String, ReimportedQuotes.Other> others) {
        Set<String> study = new HashSet<>();
        quotes.path("quotes").forEach(q -> study.add(q.path("qda").path("guid").asText()));
        others.keySet().forEach(id -> study.add(QdaExport.derivedGuid("quote", id)));
        return fresh.quoteMaps().orElse(List.of()).stream().anyMatch(m -> m.get("qda") instanceof Map<?, ?> qda
                && study.contains(String.valueOf(qda.get("guid"))));
    }

    /**
     * The earlier import's coding frame, its further parts (coding-frame-2.yaml ...) joined as the build joins them:
     * each part's nodes appended to the children of the node its {@code under} names, or to the top level.
     */
    private static Optional<JsonNode> frame(Path project, Diagnostics diagnostics) {
        Optional<JsonNode> frame = read(project, ProjectFiles.CODING_FRAME, diagnostics);
        List<Path> parts = ImportParts.FRAME.existing(project);
        for (Path part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            String path = ImportParts.FRAME.projectPath(part);
            Optional<JsonNode> read = frame.isEmpty() ? Optional.empty() : read(project, path, diagnostics);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            String under = read.get().path("under").asText("");
            JsonNode parent = under.isEmpty() ? frame.get() : find(frame.get().path("nodes"), under);
            if (parent == null) {
                diagnostics.error(SourcePosition.ofFile(path), "no node '" + under + "' before this part, whose children its"
                        + " nodes continue: the earlier import cannot be merged with this one");
                return Optional.empty();
            }
            ArrayNode into = parent.path(under.isEmpty() ? "nodes" : "children") instanceof ArrayNode list ? list
                    : ((ObjectNode) parent).putArray(under.isEmpty() ? "nodes" : "children");
            read.get().path("nodes").forEach(into::add);
        }
        return frame;
    }

    /** The first node with {@code id} in the tree of {@code nodes}, depth first; null when there is none. */
    private static JsonNode find(JsonNode nodes, String id) {
        for (JsonNode node : nodes) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
            JsonNode below = find(node.path("children"), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /**
     * The earlier import's quotes or participants, from all their parts (imported.yaml, imported-2.yaml ...;
     * participants.yaml, participants-2.yaml ...) as one list; an empty list where there are none.
     */
    private static Optional<JsonNode> parts(Path project, ImportParts parts, Diagnostics diagnostics) {
        ObjectNode all = QdaYaml.MAPPER.createObjectNode();
        ArrayNode items = all.putArray(parts.key());
        for (Path part : parts.existing(project)) {
            Optional<JsonNode> read = read(project, parts.projectPath(part), diagnostics);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            read.get().path(parts.key()).forEach(items::add);
        }
        return Optional.of(all);
    }

    private static void guids(List<CodeTree.Node> nodes, Set<String> guids) {
        for (CodeTree.Node n : nodes) {
            if (!n.guid().isEmpty()) {
                guids.add(n.guid());
            }
            guids(n.children(), guids);
        }
    }

    private Merged merge(ObjectNode frame, JsonNode oldQuotes, JsonNode oldParticipants, Map<String, ReimportedQuotes.Other> others,
                         boolean exported) {
        this.exported = exported;
        index(frame.path("nodes"), "");
        if (fresh.sheet()) {
            quotesBelow(oldQuotes, others);
        }
        ArrayNode roots = nodes(fresh.tree(), "");
        Optional<String> participants = fresh.participantMaps().flatMap(p -> ReimportedParticipants.merge(oldParticipants, p,
                studyParticipants, participantOf, changes, fresh.from(), fresh.sheet(),
                !fresh.sheet() || !fresh.columns().attributes().isEmpty()));
        Optional<String> quotes = Optional.empty();
        ReimportedQuotes q = new ReimportedQuotes(oldQuotes, others, fresh.quoteMaps().orElse(List.of()), idOf, participantOf, changes,
                fresh.sheet());
        if (fresh.quoteMaps().isPresent()) {
            quotes = q.merge(fresh.quoteMaps().get());
        }
        orphans(roots, q);
        marks(q);
        ObjectNode out = QdaYaml.MAPPER.createObjectNode();
        Optional<Map<String, Object>> sheet = SheetColumns.yaml(fresh.columns()); // how the sheet was read this time
        sheet.ifPresent(s -> out.set(SheetColumns.FIELD, QdaYaml.MAPPER.valueToTree(s)));
        fresh.comments().yaml().ifPresent(c -> out.set(SelectionComments.FIELD, QdaYaml.MAPPER.valueToTree(c)));
        out.set("levels", levels(frame.path("levels"), roots));
        if (frame.has("exclusive")) { // the author's: the frame's nodes exclude each other
            out.set("exclusive", frame.get("exclusive"));
        }
        out.set("nodes", roots);
        String header = schemaComment + "# Imported by weft import from " + fresh.from() + (fresh.origin().isBlank() ? "" : " (written by "
                + fresh.origin().strip() + ")") + ", merged with the earlier import:\n# ids, narratives and the fields the"
                + " author added are kept; nodes marked 'recoded' need their narrative checked.\n"
                + (sheet.isPresent() ? SheetColumns.comment(fresh.from()) : "")
                + (fresh.comments() == SelectionComments.REDUCED ? SelectionComments.comment(fresh.from()) : "");
        try {
            return new Merged(header + QdaYaml.MAPPER.writeValueAsString(out),
                    quotes.map(text -> "# Imported by weft import from " + fresh.from() + ", merged with the earlier import:"
                            + " quote ids, presented: and the author's fields are kept.\n" + text), participants,
                    List.copyOf(changes), exported);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("YAML trees always serialise", e);
        }
    }

    // --- the coding frame

    /**
     * A node's label as the study shows it, and so as weft export wrote it (a label the source cuts off ends " […]"):
     * what a QDA tool's or a spreadsheet's label is compared with.
     */
    private static String shown(JsonNode node) {
        return weft.model.CodeNode.shown(node.path("label").asText(), "truncated".equals(node.path("labelSource").asText()));
    }

    private void index(JsonNode nodes, String parentId) {
        for (JsonNode n : nodes) {
            if (!(n instanceof ObjectNode node)) {
                continue;
            }
            String id = node.path("id").asText();
            String stored = node.path("qda").path("guid").asText();
            String guid = stored.isEmpty() ? QdaExport.derivedGuid("node", id) : stored; // as weft export gave it
            Old old = new Old(node, id, parentId, guid, shown(node), node.has("qda") || exported);
            placeOf.putIfAbsent(id, oldNodes.size());
            oldNodes.add(old);
            oldById.put(id, old);
            usedIds.add(id);
            if (!guid.isEmpty()) {
                oldByGuid.put(guid, old);
            }
            index(node.path("children"), id);
        }
    }

    private ArrayNode nodes(List<CodeTree.Node> nodes, String parentId) {
        ArrayNode array = QdaYaml.MAPPER.createArrayNode();
        List<Integer> places = new ArrayList<>(); // each node's place among the earlier nodes (new ones last)
        for (CodeTree.Node n : nodes) {
            Old old = match(n, parentId);
            String id = old != null ? old.id() : unique(n.id(), usedIds);
            claimed.add(id);
            idOf.put(n.id(), id);
            ObjectNode node = old != null ? old.node().deepCopy() : QdaYaml.MAPPER.createObjectNode();
            node.remove("children");
            node.put("id", id);
            if (old == null) {
                changes.add("added: node '" + id + "' (\"" + n.label() + "\")" + (parentId.isEmpty() ? "" : " under '" + parentId + "'"));
            } else {
                if (!old.label().equals(n.label())) {
                    changes.add("renamed: node '" + id + "' from \"" + old.label() + "\" to \"" + n.label() + "\"");
                }
                if (!old.parentId().equals(parentId)) {
                    changes.add("moved: node '" + id + "' from " + place(old.parentId()) + " to " + place(parentId));
                }
            }
            if (old == null || !old.label().equals(n.label())) { // a label shown as " […]" cut, as exported, stays as written
                node.put("label", n.label());
            }
            if (!n.description().isBlank()) {
                if (old != null && !n.description().equals(old.node().path("description").asText())) {
                    changes.add("description: node '" + id + "' takes " + fresh.named() + "'s description");
                }
                node.put("description", n.description());
            }
            String draft = n.descriptionDraft().strip();
            if (!draft.isEmpty() && !draft.equals(node.path("description").asText().strip())
                    && !draft.equals(node.path("descriptionDraft").asText().strip())) {
                // a memo the author has not made the description yet (once they have, it does not come back)
                if (old != null) {
                    changes.add("memo: node '" + id + "' has a new description draft from the QDA tool's memo");
                }
                node.put("descriptionDraft", n.descriptionDraft());
            }
            JsonNode qda = QdaYaml.MAPPER.valueToTree(FrameWriter.node(n)).path("qda");
            if (old != null && !old.node().path("qda").has("guid") && qda instanceof ObjectNode o
                    && n.guid().equals(QdaExport.derivedGuid("node", id))) {
                o.remove("guid"); // the GUID weft export derives from the id: implied, not written
            }
            if (matchedByLabel.contains(id)) {
                // the node's own GUID stays (its QDA tool's, or none for a node written by hand): the sheet's is its label's
            } else if (qda.isMissingNode() || qda.isEmpty()) {
                node.remove("qda");
            } else {
                node.set("qda", qda);
            }
            merged.put(id, node);
            parentOf.put(id, parentId);
            ArrayNode children = nodes(n.children(), id);
            if (!children.isEmpty()) {
                node.set("children", children);
            }
            array.add(node);
            places.add(old == null ? Integer.MAX_VALUE : placeOf.get(old.id()));
        }
        return fresh.sheet() ? inEarlierOrder(array, places) : array;
    }

    /**
     * A spreadsheet's siblings in the order the study had them, those new after them in the sheet's order: a table's
     * rows sorted or filtered in a spreadsheet program reorder nothing (the order of the frame is the article's
     * numbering; change it in coding-frame.yaml).
     */
    static ArrayNode inEarlierOrder(ArrayNode nodes, List<Integer> places) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(places::get)); // stable: the new ones keep the sheet's order
        ArrayNode sorted = QdaYaml.MAPPER.createArrayNode();
        order.forEach(i -> sorted.add(nodes.get(i)));
        return sorted;
    }

    /**
     * The earlier node of a code: by GUID, or for a parent made from names, by its label under the same parent; a
     * spreadsheet's node that no GUID follows, by its label ({@link #byLabel}).
     */
    private Old match(CodeTree.Node n, String parentId) {
        Old old = !n.guid().isEmpty() ? oldByGuid.get(n.guid())
                : oldNodes.stream().filter(o -> !o.node().path("qda").has("guid") && o.node().has("qda")
                        && o.label().equals(n.label()) && o.parentId().equals(parentId)).findFirst().orElse(null);
        return old == null || claimed.contains(old.id()) ? byLabel(n, parentId) : old;
    }

    /** The nodes a spreadsheet's label (or its rename) matched, not its GUID: they keep their own (a QDA tool's, or none). */
    private final Set<String> matchedByLabel = new HashSet<>();

    /**
     * A spreadsheet names a node by its label alone: where no GUID follows it (a frame written by hand, or imported
     * from a QDA tool, exported as a sheet), the one earlier node of that label not yet taken, else of those the one
     * under the same parent; a label that is new, or that several nodes elsewhere have, is a new node.
     */
    private Old byLabel(CodeTree.Node n, String parentId) {
        if (!fresh.sheet()) {
            return null;
        }
        List<Old> same = oldNodes.stream().filter(o -> o.label().equals(n.label()) && !claimed.contains(o.id())).toList();
        List<Old> here = same.size() == 1 ? same : same.stream().filter(o -> o.parentId().equals(parentId)).toList();
        if (here.size() != 1) {
            here = renamed(n, parentId);
        }
        if (here.size() != 1) {
            return null;
        }
        matchedByLabel.add(here.get(0).id());
        return here.get(0);
    }

    /** The GUIDs of the quotes coded at or below each earlier node, and each of the sheet's nodes (a sheet's import). */
    private final Map<String, Set<String>> oldBelow = new LinkedHashMap<>();
    private final Map<String, Set<String>> freshBelow = new LinkedHashMap<>();
    private final Set<String> freshLabels = new HashSet<>();

    /**
     * A node renamed in a spreadsheet: the earlier node under the same parent whose label the sheet no longer has
     * anywhere and whose quotes, at or below it, are exactly the new label's (one at least); none where not one such
     * node is, or several are.
     */
    private List<Old> renamed(CodeTree.Node n, String parentId) {
        Set<String> quotes = freshBelow.getOrDefault(n.id(), Set.of());
        if (quotes.isEmpty()) {
            return List.of();
        }
        return oldNodes.stream().filter(o -> !claimed.contains(o.id()) && o.parentId().equals(parentId)
                && !freshLabels.contains(o.label()) && quotes.equals(oldBelow.get(o.id()))).toList();
    }

    /** Fills {@link #oldBelow} and {@link #freshBelow}: the quotes of the earlier import and the author's files, and the sheet's. */
    private void quotesBelow(JsonNode oldQuotes, Map<String, ReimportedQuotes.Other> others) {
        Map<String, Set<String>> oldAt = new LinkedHashMap<>();
        for (JsonNode q : oldQuotes) {
            String guid = q.path("qda").path("guid").asText();
            if (!guid.isEmpty()) {
                q.path("codes").forEach(c -> oldAt.computeIfAbsent(c.asText(), k -> new HashSet<>()).add(guid));
            }
        }
        others.values().forEach(o -> o.codes().forEach(c -> oldAt.computeIfAbsent(c, k -> new HashSet<>())
                .add(QdaExport.derivedGuid("quote", o.id()))));
        for (int i = oldNodes.size() - 1; i >= 0; i--) { // children after their parents: from the last up
            Old o = oldNodes.get(i);
            Set<String> below = oldBelow.computeIfAbsent(o.id(), k -> new HashSet<>());
            below.addAll(oldAt.getOrDefault(o.id(), Set.of()));
            if (!o.parentId().isEmpty()) {
                oldBelow.computeIfAbsent(o.parentId(), k -> new HashSet<>()).addAll(below);
            }
        }
        Map<String, Set<String>> freshAt = new LinkedHashMap<>();
        for (Map<String, Object> m : fresh.quoteMaps().orElse(List.of())) {
            JsonNode q = QdaYaml.MAPPER.valueToTree(m);
            q.path("codes").forEach(c -> freshAt.computeIfAbsent(c.asText(), k -> new HashSet<>()).add(q.path("qda").path("guid").asText()));
        }
        fresh.tree().forEach(n -> freshBelow(n, freshAt));
    }

    private Set<String> freshBelow(CodeTree.Node n, Map<String, Set<String>> at) {
        freshLabels.add(n.label());
        Set<String> below = new HashSet<>(at.getOrDefault(n.id(), Set.of()));
        n.children().forEach(c -> below.addAll(freshBelow(c, at)));
        freshBelow.put(n.id(), below);
        return below;
    }

    /**
     * The earlier nodes the file no longer has: the author's own nodes stay under their parent (or at the root), and
     * so do removed codes that hold the author's work, marked; removed codes without it go.
     */
    private void orphans(ArrayNode roots, ReimportedQuotes q) {
        for (Old old : oldNodes) {
            if (claimed.contains(old.id())) {
                continue;
            }
            String fate = old.fromQda() ? fate(old, q) : "";
            boolean work = !old.fromQda() || old.node().properties().stream().anyMatch(e -> !IMPORTED.contains(e.getKey()));
            if (old.fromQda()) {
                changes.add("removed: node '" + old.id() + "' (\"" + old.label() + "\")" + (fate.isEmpty() ? "" : ", " + fate)
                        + (work ? "; kept, marked 'recoded', since it holds the author's work" : ""));
            }
            if (!work) {
                continue;
            }
            ObjectNode node = old.node().deepCopy();
            node.remove("children");
            if (old.fromQda()) {
                node.remove("qda");
                node.put("recoded", "removed from " + fresh.named() + (fate.isEmpty() ? "" : " (" + fate + ")") + ": move what its narrative says where it belongs,"
                        + " then delete this node");
            }
            ObjectNode parent = merged.get(old.parentId());
            ArrayNode siblings = parent == null ? roots : parent.withArray("children");
            siblings.add(node);
            merged.put(old.id(), node);
            parentOf.put(old.id(), parent == null ? "" : old.parentId());
        }
    }

    /** What became of a removed code, as its quotes tell: merged into one node, split over several, or deleted. */
    private String fate(Old old, ReimportedQuotes q) {
        if (!q.merged()) {
            return "";
        }
        Set<String> into = new TreeSet<>();
        for (String guid : q.oldQuotesOf(old.id())) {
            into.addAll(q.newCodes(guid));
        }
        into.remove(old.id());
        if (into.size() == 1) {
            removedInto.put(old.id(), into.iterator().next());
            return "its quotes now coded to '" + into.iterator().next() + "' (merged into it)";
        }
        if (into.size() > 1) {
            return "its quotes now coded to " + String.join(", ", into.stream().map(i -> "'" + i + "'").toList()) + " (split)";
        }
        return "deleted with its codings";
    }

    /** Marks each node with a narrative whose coding changed: renamed, moved, quotes in or out, codes merged into it. */
    private void marks(ReimportedQuotes q) {
        for (Map.Entry<String, ObjectNode> e : merged.entrySet()) {
            String id = e.getKey();
            ObjectNode node = e.getValue();
            Old old = oldById.get(id);
            if (!node.has("narrative") || old == null || !claimed.contains(id)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (!old.label().equals(shown(node))) {
                why.add("renamed from \"" + old.label() + "\"");
            }
            if (!old.parentId().equals(parentOf.get(id))) {
                why.add("moved from " + place(old.parentId()));
            }
            Set<String> before = q.oldQuotesBelow(oldSubtree(id));
            Set<String> after = q.newQuotesBelow(newSubtree(id));
            long added = after.stream().filter(g -> !before.contains(g)).count();
            long removed = before.stream().filter(g -> !after.contains(g)).count();
            if (added > 0 || removed > 0) {
                why.add(added + " quote" + (added == 1 ? "" : "s") + " added and " + removed + " removed at or below it");
            }
            java.util.regex.Matcher presented = PRESENTED.matcher(node.path("narrative").asText());
            while (presented.find()) {
                if (q.removedIds().contains(presented.group(1))) {
                    why.add("it presents quote '" + presented.group(1) + "', which " + fresh.named() + " no longer codes");
                }
            }
            removedInto.forEach((from, to) -> {
                if (to.equals(id)) {
                    why.add("'" + from + "' merged into it");
                }
            });
            if (!why.isEmpty()) {
                String text = "weft import of " + fresh.from() + ": " + String.join("; ", why);
                String earlier = node.path("recoded").asText("");
                node.put("recoded", earlier.isBlank() ? text : earlier + "; then " + text);
                JsonNode children = node.remove("children"); // the children stay last, where a reader looks for them
                if (children != null) {
                    node.set("children", children);
                }
                changes.add("recoded: the narrative of node '" + id + "' may be stale (" + String.join("; ", why) + ")");
            }
        }
    }

    private Set<String> oldSubtree(String id) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(id);
        for (Old o : oldNodes) {
            if (ids.contains(o.parentId())) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private Set<String> newSubtree(String id) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : parentOf.entrySet()) {
                if (ids.contains(e.getValue()) && ids.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** The earlier level names, with a name added for each level the tree has grown by. */
    private JsonNode levels(JsonNode old, ArrayNode roots) {
        ArrayNode levels = old.isArray() ? ((ArrayNode) old).deepCopy() : QdaYaml.MAPPER.createArrayNode();
        int depth = depth(roots);
        List<String> names = FrameWriter.levels(depth);
        for (int d = levels.size(); d < depth; d++) {
            levels.add(names.get(d));
            changes.add("levels: the tree is now " + depth + " levels deep; level " + (d + 1) + " is named \"" + names.get(d)
                    + "\" (rename it as the study does)");
        }
        return levels;
    }

    private static int depth(JsonNode nodes) {
        int depth = 0;
        for (JsonNode n : nodes) {
            depth = Math.max(depth, 1 + depth(n.path("children")));
        }
        return depth;
    }

    private static String place(String parentId) {
        return parentId.isEmpty() ? "the root" : "under '" + parentId + "'";
    }

    static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; used.contains(candidate); n++) {
            String suffix = "-" + n;
            candidate = (id.length() + suffix.length() > CodeTree.MAX_ID ? id.substring(0, CodeTree.MAX_ID - suffix.length())
                    .replaceAll("-+$", "") : id) + suffix;
        }
        used.add(candidate);
        return candidate;
    }

    // --- reading the project's files

    private static Optional<JsonNode> read(Path project, String path, Diagnostics diagnostics) {
        try {
            JsonNode node = QdaYaml.MAPPER.readTree(project.resolve(path).toFile());
            if (node instanceof ObjectNode) {
                return Optional.of(node);
            }
            diagnostics.error(SourcePosition.ofFile(path), "not a YAML mapping: the earlier import cannot be merged with this one");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            diagnostics.error(new SourcePosition(path, Math.max(line, 0), Math.max(column, 0)), "the YAML cannot be read, so the"
                    + " earlier import cannot be merged with this one: " + e.getOriginalMessage());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(path), weft.read.ProjectFiles.cannotRead(e));
        }
        return Optional.empty();
    }

}

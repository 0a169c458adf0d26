package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an imported tree as coded-data/coding-frame.yaml: the levels (named "code", "sub-code", then "level N":
 * rename them as the study names its levels), and each node with its id, label, description, and under {@code qda}
 * where it comes from (GUID, colour, whether it was codable), so that a later import can follow it.
 */
public final class FrameWriter {


    private FrameWriter() {
    }

    /**
     * The YAML text, with a comment naming the file it was imported from and the tool that wrote it; the levels named
     * {@code named} where the file names them (a spreadsheet's headers), else "code", "sub-code" ….
     */
    public static String write(List<CodeTree.Node> nodes, String from, String origin, List<String> named) {
        return write(nodes, from, origin, named, SheetReader.Columns.FOUND, SelectionComments.IGNORED);
    }

    /**
     * The same, with the columns a spreadsheet was read by where it was told them ({@link SheetColumns}), and what a QDA
     * file's comments on its selections were taken for where it was told ({@link SelectionComments}).
     */
    static String write(List<CodeTree.Node> nodes, String from, String origin, List<String> named, SheetReader.Columns columns,
                        SelectionComments comments) {
        Map<String, Object> frame = new LinkedHashMap<>();
        Optional<Map<String, Object>> sheet = SheetColumns.yaml(columns);
        sheet.ifPresent(s -> frame.put(SheetColumns.FIELD, s));
        comments.yaml().ifPresent(q -> frame.put(SelectionComments.FIELD, q));
        int depth = depth(nodes);
        frame.put("levels", named.size() >= depth && !named.isEmpty() ? named.subList(0, Math.max(depth, 1)) : levels(depth));
        frame.put("nodes", nodes.stream().map(FrameWriter::node).toList());
        try {
            return "# Imported by weft import from " + from + (origin.isBlank() ? "" : " (written by " + origin.strip() + ")")
                    + ".\n# Rename the levels as the study names them (outside English with a plural: {name: teema, plural:"
                    + " teemat}); ids are derived from the codes' names.\n"
                    + (sheet.isPresent() ? SheetColumns.comment(from) : "")
                    + (comments == SelectionComments.REDUCED ? SelectionComments.comment(from) : "")
                    + QdaYaml.MAPPER.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    static List<String> levels(int depth) {
        List<String> levels = new ArrayList<>();
        for (int d = 1; d <= Math.max(depth, 1); d++) {
            levels.add(d == 1 ? "code" : d == 2 ? "sub-code" : "level " + d);
        }
        return List.copyOf(levels);
    }

    static int depth(List<CodeTree.Node> nodes) {
        int depth = 0;
        for (CodeTree.Node n : nodes) {
            depth = Math.max(depth, 1 + depth(n.children()));
        }
        return depth;
    }

    static Map<String, Object> node(CodeTree.Node n) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", n.id());
        map.put("label", n.label());
        if (!n.description().isBlank()) {
            map.put("description", n.description());
        }
        if (!n.descriptionDraft().isBlank()) {
            map.put("descriptionDraft", n.descriptionDraft());
        }
        Map<String, Object> qda = new LinkedHashMap<>();
        if (!n.guid().isEmpty()) {
            qda.put("guid", n.guid());
        }
        if (!n.color().isEmpty()) {
            qda.put("color", n.color());
        }
        if (!n.codable()) {
            qda.put("codable", false);
        }
        if (!qda.isEmpty()) {
            map.put("qda", qda);
        }
        if (!n.children().isEmpty()) {
            map.put("children", n.children().stream().map(FrameWriter::node).toList());
        }
        return map;
    }
}

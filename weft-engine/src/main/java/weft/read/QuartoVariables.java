package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import weft.diagnostics.Diagnostics;
import weft.model.Text;

/**
 * Quarto's variables: the values of {@code content/_variables.yml} that the prose prints with
 * {@code {{< var version >}}} (a nested one by its dotted name, {@code {{< var email.info >}}}), as Quarto prints those of
 * a project's {@code _variables.yml}. A value is Markdown, as Quarto reads it, and keeps where it stands in the file, so
 * that a diagnostic in it names the file's line.
 */
final class QuartoVariables {

    /** Where Weft reads them: beside the prose, as Quarto's project keeps them beside its documents. */
    static final String PATH = ProjectFiles.VARIABLES;

    /** Each value by its dotted name; a name that holds others (email) maps to null. */
    private final Map<String, Text> values;
    private final boolean present;

    private QuartoVariables(Map<String, Text> values, boolean present) {
        this.values = values;
        this.present = present;
    }

    /** None: a study without the file (or one that cannot be read, which is reported). */
    static QuartoVariables none() {
        return new QuartoVariables(Map.of(), false);
    }

    /** The variables of {@link #PATH}, if the study has it; a file that cannot be read is an error, and none are read. */
    static QuartoVariables read(ProjectFiles files, YamlReader yaml, Diagnostics diagnostics) {
        if (!files.exists(PATH) && !files.isFolder(PATH)) {
            return none();
        }
        Optional<YamlDocument> doc = files.read(PATH, diagnostics).flatMap(text -> yaml.read(PATH, text, 1, diagnostics));
        if (doc.isEmpty()) {
            return new QuartoVariables(Map.of(), true);
        }
        Map<String, Text> values = new TreeMap<>();
        JsonNode root = doc.get().root();
        if (root != null && !root.isMissingNode() && !root.isNull() && !root.isObject()) {
            diagnostics.error(doc.get().positionOf(""), "Quarto's variables are named values (version: 1.2), not "
                    + (root.isArray() ? "a list" : "a single value"));
        } else if (root != null && root.isObject()) {
            collect(doc.get(), root, "", "", values);
        }
        return new QuartoVariables(values, true);
    }

    private static void collect(YamlDocument doc, JsonNode node, String name, String pointer, Map<String, Text> values) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = name.isEmpty() ? field.getKey() : name + "." + field.getKey();
            String at = pointer + "/" + YamlReader.pointerEscape(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject()) {
                values.put(key, null);
                collect(doc, value, key, at, values);
            } else {
                values.put(key, value.isValueNode() ? new Text(doc.asWritten(at, value), doc.textMapOf(at)) : null);
            }
        }
    }

    /** The value named {@code name}; empty where there is none, or the name holds other names or a list. */
    Optional<Text> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Why {@code name} prints nothing: no file, no such name, or a name of several values. */
    String missing(String name) {
        if (!present) {
            return "unknown variable '" + name + "': the study has no " + PATH + " (Quarto's _variables.yml, which Weft"
                    + " reads from content/)";
        }
        if (values.containsKey(name)) {
            return "the variable '" + name + "' holds " + (values.keySet().stream().anyMatch(k -> k.startsWith(name + "."))
                    ? "other variables (" + String.join(", ", values.keySet().stream().filter(k -> k.startsWith(name + ".")
                    && values.get(k) != null).limit(3).toList()) + "): print one of them" : "a list: print a single value");
        }
        java.util.List<String> known = values.keySet().stream().filter(k -> values.get(k) != null).toList();
        return "unknown variable '" + name + "' (not in " + PATH + (known.isEmpty() ? ", which names none" : "; it names "
                + String.join(", ", known.stream().limit(5).toList()) + (known.size() > 5 ? " …" : "")) + ")";
    }
}

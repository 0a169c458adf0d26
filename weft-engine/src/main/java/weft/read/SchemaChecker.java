package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.Suggestions;

/** Checks YAML documents against the JSON Schemas shipped with Weft (see {@code schemas/}). */
public final class SchemaChecker {

    /** The kinds of YAML file a project has, each with its schema. */
    public enum Kind {
        STUDY("study.schema.json"),
        CODING_FRAME("coding-frame.schema.json"),
        /** coding-frame-2.yaml, coding-frame-3.yaml …: more nodes of a large coding frame, defined in its schema. */
        CODING_FRAME_PART("coding-frame.schema.json#/$defs/part"),
        QUOTES("quotes.schema.json"),
        PARTICIPANTS("participants.schema.json"),
        CHECKLIST("checklist.schema.json"),
        FRONT_MATTER("front-matter.schema.json");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private final Map<Kind, JsonSchema> schemas = new EnumMap<>(Kind.class);
    /** Each schema file's JSON by its {@code $id}, where a refused field's siblings are looked up. */
    private final Map<String, JsonNode> roots = new java.util.HashMap<>();

    public SchemaChecker() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .errorMessageKeyword("message") // the schemas say in words what a pattern means
                .build();
        for (Kind kind : Kind.values()) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:weft/schemas/" + kind.file), config);
            schemas.put(kind, schema);
            if (!kind.file.contains("#")) {
                roots.put(schema.getSchemaNode().path("$id").asText(), schema.getSchemaNode());
            }
        }
    }

    /** Reports every schema violation of {@code document} at the position of the offending key or value. */
    boolean check(YamlDocument document, Kind kind, Diagnostics diagnostics) {
        Set<ValidationMessage> messages = schemas.get(kind).validate(document.root());
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String type = m.getType();
            Object property = m.getProperty();
            if ("additionalProperties".equals(type) && property != null) {
                String field = pointer + "/" + property;
                diagnostics.error(document.keyPositionOf(field), "unknown field '" + property + "'" + where(pointer)
                        + Suggestions.didYouMean(property.toString(), knownFields(m)));
            } else if ("required".equals(type) && property != null) {
                diagnostics.error(document.positionOf(pointer), "missing required field '" + property + "'" + where(pointer));
            } else {
                diagnostics.error(document.positionOf(pointer), describe(m, pointer) + typeHint(m, document, pointer));
            }
        }
        return messages.isEmpty();
    }

    /**
     * The fields the schema allows where {@code m} found one it does not: the {@code properties} of the schema object
     * whose {@code additionalProperties: false} refused it (read from Weft's own schema files, by the location the
     * validator gives).
     */
    private List<String> knownFields(ValidationMessage m) {
        SchemaLocation at = m.getSchemaLocation();
        JsonNode root = at.getAbsoluteIri() == null ? null : roots.get(at.getAbsoluteIri().toString());
        String refusing = at.getFragment().toString(); // .../additionalProperties
        int last = refusing.lastIndexOf('/');
        if (root == null || last < 0) {
            return List.of();
        }
        List<String> fields = new java.util.ArrayList<>();
        root.at(refusing.substring(0, last)).path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** YAML's own reading of an unquoted value, where the schema wanted another type: how to write what was meant. */
    private static String typeHint(ValidationMessage m, YamlDocument document, String pointer) {
        JsonNode value = m.getInstanceNode();
        if (!"type".equals(m.getType()) || value == null) {
            return "";
        }
        int found = m.getMessage().lastIndexOf(" found, ");
        String expected = found < 0 ? "" : m.getMessage().substring(found + " found, ".length()); // "string expected"
        if (!value.isTextual() && !value.isContainerNode() && expected.contains("string")) {
            String written = document.asWritten(pointer, value);
            return " (YAML reads " + written + " as a " + (value.isNull() ? "null" : value.isBoolean() ? "boolean" : "number")
                    + "; if it is text, write it in quotes: \"" + written + "\")";
        }
        if (value.isValueNode() && !value.isNull() && expected.startsWith("array")) {
            String written = document.asWritten(pointer, value);
            return written.isBlank() ? " (the value is empty)" : " (write it as a list, even of one: [" + written + "])";
        }
        if (value.isTextual() && expected.contains("boolean") && BOOLEAN_LIKE.contains(value.textValue().toLowerCase(Locale.ROOT))) {
            return " (write true or false: Weft reads YAML 1.2, where " + value.textValue() + " is a word, not a boolean)";
        }
        return "";
    }

    private static final Set<String> BOOLEAN_LIKE = Set.of("yes", "no", "on", "off", "y", "n");

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : " in " + readable(pointer);
    }

    /** {@code /authors/0/name} as {@code authors[0].name}. */
    static String readable(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.chars().allMatch(Character::isDigit) && !p.isEmpty()) {
                out.append('[').append(p).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return out.toString();
    }

    private static String describe(ValidationMessage m, String pointer) {
        String text = m.getMessage();
        // networknt prefixes the instance path ("/a/b: ..."): keep our own, readable form
        int colon = text.indexOf(": ");
        if (colon >= 0 && text.startsWith(pointer)) {
            text = text.substring(colon + 2);
        }
        return pointer.isEmpty() ? text : readable(pointer) + ": " + text;
    }

}

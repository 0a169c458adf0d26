package weft.render.cite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Loads CSL JSON (an array of items, as Zotero and Pandoc export it). Jackson parses, so that a syntax error
 * carries its position; citeproc-java turns each item into its data. Weft's status fields are
 * {@code "weft-status"} and {@code "weft-note"} on the item.
 */
final class CslJsonLoader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static List<BibItem> load(String json, String path, Diagnostics diagnostics) throws BibSyntaxException {
        EntryPositions.rejectMarkers(json);
        List<Object> objects;
        try {
            objects = JSON.readValue(json, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BibSyntaxException(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "CSL JSON syntax error: " + e.getOriginalMessage(), e);
        }
        EntryPositions positions = EntryPositions.ofCslJson(json, path);
        List<BibItem> items = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            String id = objects.get(i) instanceof Map<?, ?> object ? key(object) : null;
            if (id == null) {
                // CSLItemData.fromJson would invent an id ("-GEN-...") for an item without one
                diagnostics.error(SourcePosition.ofFile(path), "CSL JSON item " + (i + 1)
                        + " is not an object with an \"id\" (a string or an integer) or a \"citation-key\"");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = new java.util.LinkedHashMap<>((Map<String, Object>) objects.get(i));
            item(fields, id, positions.of(id), diagnostics).ifPresent(items::add);
        }
        return items;
    }

    /**
     * The work of a CSL JSON item's {@code fields} (as CSL JSON has them; also from CSL YAML), cited by {@code id}, which
     * stands at {@code at}; empty when citeproc-java cannot read the item (reported).
     */
    static java.util.Optional<BibItem> item(Map<String, Object> fields, String id, SourcePosition at, Diagnostics diagnostics) {
        fields.put("id", id); // the key the prose cites, and the processor's
        CSLItemData data;
        try {
            data = CSLItemData.fromJson(fields);
        } catch (RuntimeException e) {
            diagnostics.error(at, "CSL item '" + id + "' cannot be read: " + e.getMessage());
            return java.util.Optional.empty();
        }
        ReferenceStatus status = ReferenceStatus.VERIFIED;
        if (fields.get("weft-status") != null) {
            String written = String.valueOf(fields.get("weft-status"));
            status = ReferenceStatus.parse(written).orElse(ReferenceStatus.UNKNOWN);
            if (ReferenceStatus.parse(written).isEmpty()) {
                diagnostics.error(at, "reference '" + id + "': weft-status must be " + ReferenceStatus.allowed()
                        + ", not '" + written.strip() + "'");
            }
        }
        Object note = fields.get("weft-note");
        return java.util.Optional.of(new BibItem(id, data, status,
                note == null ? "" : String.valueOf(note).replaceAll("\\s+", " ").strip(), at));
    }

    /**
     * The key an item is cited by: its {@code "citation-key"} where it has one (Zotero writes it beside an {@code "id"}
     * that is the item's address, {@code http://zotero.org/users/…/items/ABCD1234}), else its {@code "id"}, a string or
     * an integer as CSL JSON allows; null when it has neither.
     */
    private static String key(Map<?, ?> item) {
        if (item.get("citation-key") instanceof String key && !key.isBlank()) {
            return key.strip();
        }
        Object id = item.get("id");
        if (id instanceof String text && !text.isBlank()) {
            return text;
        }
        return id instanceof Integer || id instanceof Long || id instanceof java.math.BigInteger ? id.toString() : null;
    }

    private CslJsonLoader() {
    }
}

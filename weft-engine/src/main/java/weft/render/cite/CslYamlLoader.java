package weft.render.cite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
import weft.read.YamlDocument;
import weft.read.YamlReader;

/**
 * Loads CSL YAML, Pandoc's other bibliography format: a list of works, or a mapping whose {@code references} is one
 * (as {@code pandoc refs.bib -s -t markdown} and Zotero's Better BibTeX write it, between {@code ---} lines). A work
 * has CSL JSON's fields, with what Pandoc reads besides: Markdown in its fields ({@link MarkdownFields}), dates as
 * EDTF text ({@code issued: 2022-03-15}, {@code 2019/2020}, {@code 2020~}) or as pandoc-citeproc's
 * {@code year}/{@code month}/{@code day}, identifiers written in lower case ({@code doi}, {@code url}), a given name as
 * a list. Numbers are kept as written ({@code volume: 007}). Each work is reported at its {@code id}.
 */
final class CslYamlLoader {

    /** CSL's name variables. */
    private static final Set<String> NAMES = Set.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator");
    /** CSL's date variables. */
    private static final Set<String> DATES = Set.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted");
    /** The fields whose Markdown is printed as formatting (the titles {@link CitationFormatter} marks). */
    private static final Set<String> TITLES = Set.of("title", "title-short", "container-title", "container-title-short",
            "collection-title");
    /** Fields that are not prose: read as written, not as Markdown. */
    private static final Set<String> AS_WRITTEN = Set.of("id", "citation-key", "type", "language", "DOI", "URL", "ISBN",
            "ISSN", "PMID", "PMCID", "weft-status");
    /** The identifiers CSL JSON writes in capitals, which Pandoc's CSL YAML writes in lower case. */
    private static final Set<String> CAPITALS = Set.of("DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID");
    /** An EDTF date as Pandoc reads and writes it: year, month (21 to 24: a season), day; {@code ~ ? %}: approximate. */
    private static final Pattern EDTF = Pattern.compile("(-?\\d{1,4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%])?");

    private CslYamlLoader() {
    }

    /** The works of {@code text}; empty when the file cannot be read as YAML or has no list of works (reported). */
    static Optional<List<BibItem>> load(String text, String path, Diagnostics diagnostics) throws BibSyntaxException {
        return load(text, path, 1, diagnostics);
    }

    /** As {@link #load(String, String, Diagnostics)}, of YAML that begins at line {@code firstLine} of its file. */
    static Optional<List<BibItem>> load(String text, String path, int firstLine, Diagnostics diagnostics)
            throws BibSyntaxException {
        EntryPositions.rejectMarkers(text);
        Optional<YamlDocument> read = new YamlReader().read(path, text, firstLine, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument yaml = read.get();
        JsonNode root = yaml.root();
        String list = root.isObject() && root.has("references") ? "/references" : "";
        JsonNode works = list.isEmpty() ? root : root.get("references");
        if (!works.isArray()) {
            diagnostics.error(yaml.positionOf(list), "a CSL YAML bibliography is a list of works, or a mapping whose"
                    + " 'references' is one, as Pandoc writes it (references:, then - id: smith2020 …)");
            return Optional.empty();
        }
        List<BibItem> items = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            String pointer = list + "/" + i;
            JsonNode work = works.get(i);
            String id = work.isObject() ? key(yaml, pointer, work) : null;
            if (id == null) {
                diagnostics.error(yaml.positionOf(pointer), "work " + (i + 1) + " of the list is not a mapping with an"
                        + " 'id' or a 'citation-key'");
                continue;
            }
            SourcePosition at = yaml.positionOf(pointer + (work.has("citation-key") ? "/citation-key" : "/id"));
            Map<String, Object> fields = new LinkedHashMap<>();
            work.fields().forEachRemaining(field -> {
                String name = CAPITALS.contains(field.getKey().toUpperCase(Locale.ROOT))
                        ? field.getKey().toUpperCase(Locale.ROOT) : field.getKey();
                String fieldAt = pointer + "/" + YamlReader.pointerEscape(field.getKey());
                Object value = NAMES.contains(name) ? names(yaml, fieldAt, field.getValue())
                        : DATES.contains(name) ? date(yaml, fieldAt, field.getValue(), diagnostics)
                        : plain(yaml, fieldAt, field.getValue(), name);
                fields.put(name, value);
            });
            CslJsonLoader.item(fields, id, at, diagnostics).ifPresent(items::add);
        }
        return Optional.of(items);
    }

    /** The work's key: its {@code citation-key} where it has one, else its {@code id}, as written; null when neither. */
    private static String key(YamlDocument yaml, String pointer, JsonNode work) {
        for (String field : List.of("citation-key", "id")) {
            JsonNode value = work.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                String written = yaml.asWritten(pointer + "/" + field, value).strip();
                if (!written.isEmpty()) {
                    return written;
                }
            }
        }
        return null;
    }

    /**
     * A field that is neither a name nor a date: text as written (Markdown read, but for identifiers), lists and
     * mappings alike.
     */
    private static Object plain(YamlDocument yaml, String pointer, JsonNode value, String field) {
        if (value.isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(plain(yaml, pointer + "/" + i, value.get(i), field));
            }
            return out;
        }
        if (value.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.fields().forEachRemaining(f -> out.put(f.getKey(),
                    plain(yaml, pointer + "/" + YamlReader.pointerEscape(f.getKey()), f.getValue(), f.getKey())));
            return out;
        }
        if (value.isNull()) {
            return null;
        }
        String written = yaml.asWritten(pointer, value);
        return AS_WRITTEN.contains(field) ? written
                : TITLES.contains(field) ? MarkdownFields.richText(written) : MarkdownFields.text(written);
    }

    /** A name variable: a list of names (one name alone is a list of one); a name as text is a literal name. */
    private static List<Object> names(YamlDocument yaml, String pointer, JsonNode value) {
        List<Object> out = new ArrayList<>();
        if (!value.isArray()) {
            out.add(name(yaml, pointer, value));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            out.add(name(yaml, pointer + "/" + i, value.get(i)));
        }
        return out;
    }

    private static Object name(YamlDocument yaml, String pointer, JsonNode name) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!name.isObject()) {
            out.put("literal", MarkdownFields.text(yaml.asWritten(pointer, name)));
            return out;
        }
        name.fields().forEachRemaining(part -> {
            JsonNode value = part.getValue();
            String at = pointer + "/" + YamlReader.pointerEscape(part.getKey());
            if (value.isArray()) { // pandoc-citeproc's given: [John, F.]
                List<String> words = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    words.add(MarkdownFields.text(yaml.asWritten(at + "/" + i, value.get(i))));
                }
                out.put(part.getKey(), String.join(" ", words));
            } else if (value.isValueNode() && !value.isNull()) {
                out.put(part.getKey(), value.isBoolean() ? value.booleanValue() : MarkdownFields.text(yaml.asWritten(at, value)));
            }
        });
        return out;
    }

    /**
     * A date variable as CSL JSON has it ({@code {"date-parts": [[2022, 3, 15]]}}), from any way CSL YAML writes one:
     * EDTF text or a year ({@code 2022-03-15}, {@code 2019/2020}, {@code 2020~}), CSL JSON's own mapping, or
     * pandoc-citeproc's {@code year}/{@code month}/{@code day} mapping or list of them (a range). Text that is no such
     * date is printed as written, with a warning.
     */
    private static Object date(YamlDocument yaml, String pointer, JsonNode value, Diagnostics diagnostics) {
        if (value.isObject() && (value.has("date-parts") || value.has("literal") || value.has("raw"))) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.fields().forEachRemaining(f -> out.put(f.getKey(), f.getKey().equals("date-parts")
                    ? dateParts(yaml, pointer + "/date-parts", f.getValue())
                    : f.getValue().isBoolean() ? f.getValue().booleanValue()
                    : yaml.asWritten(pointer + "/" + YamlReader.pointerEscape(f.getKey()), f.getValue())));
            return out;
        }
        if (value.isObject() || (value.isArray() && value.size() > 0 && value.get(0).isObject())) {
            List<JsonNode> dates = new ArrayList<>();
            if (value.isObject()) {
                dates.add(value);
            } else {
                value.elements().forEachRemaining(dates::add);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            List<List<Object>> parts = new ArrayList<>();
            for (JsonNode date : dates) {
                List<Object> part = new ArrayList<>();
                for (String unit : List.of("year", "month", "day")) {
                    if (date.hasNonNull(unit)) {
                        part.add(number(date.get(unit)));
                    } else {
                        break;
                    }
                }
                parts.add(part);
                if (date.hasNonNull("season")) {
                    out.put("season", date.get("season").asText());
                }
                if (date.hasNonNull("circa")) {
                    out.put("circa", true);
                }
            }
            out.put("date-parts", parts);
            return out;
        }
        if (value.isArray()) {
            return Map.of("date-parts", dateParts(yaml, pointer, value));
        }
        String written = yaml.asWritten(pointer, value).strip();
        Map<String, Object> out = new LinkedHashMap<>();
        List<List<Object>> parts = new ArrayList<>();
        for (String one : written.split("/", -1)) {
            Matcher m = EDTF.matcher(one.strip());
            if (one.isBlank() || one.strip().equals("..")) {
                continue; // an open end of a range
            }
            if (!m.matches() || parts.size() == 2) {
                diagnostics.warning(yaml.positionOf(pointer), "'" + written + "' is not a date as CSL YAML writes one"
                        + " (2020, 2020-03, 2020-03-15, a range 2019/2020, approximate 2020~): printed as written,"
                        + " neither sorted nor formatted by the style");
                return Map.of("literal", written);
            }
            List<Object> part = new ArrayList<>();
            part.add(Integer.parseInt(m.group(1)));
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 21 && month <= 24) {
                    out.put("season", String.valueOf(month - 20));
                } else {
                    part.add(month);
                }
            }
            if (m.group(3) != null) {
                part.add(Integer.parseInt(m.group(3)));
            }
            if (m.group(4) != null) {
                out.put("circa", true);
            }
            parts.add(part);
        }
        out.put("date-parts", parts);
        return out;
    }

    /** CSL JSON's date parts, each number as a number where it is one. */
    private static List<Object> dateParts(YamlDocument yaml, String pointer, JsonNode value) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode part = value.get(i);
            if (part.isArray()) {
                List<Object> numbers = new ArrayList<>();
                part.elements().forEachRemaining(n -> numbers.add(number(n)));
                out.add(numbers);
            } else {
                out.add(number(part)); // a flat list: one date
            }
        }
        return out.isEmpty() || out.get(0) instanceof List ? out : List.of(out);
    }

    private static Object number(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.intValue();
        }
        String text = value.asText().strip();
        return text.matches("-?\\d{1,9}") ? Integer.parseInt(text) : text;
    }
}

package weft.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reporting checklist as Weft ships it ({@code weft/checklists/NAME.yaml}): its items by number, each with its group
 * and Weft's own short name and question (not the checklist's wording), and the paper it comes from.
 */
public record ChecklistDefinition(String name, String title, String source, String doi, List<Item> items) {

    /** The checklists Weft knows. */
    public static final List<String> NAMES = List.of("coreq", "srqr");

    /** One item: its number as the checklist gives it (9, S14), its group, and Weft's short name and question. */
    public record Item(String id, String group, String name, String question) {
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The checklist named {@code name}; empty for a name Weft does not know. */
    public static Optional<ChecklistDefinition> named(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = ChecklistDefinition.class.getResourceAsStream("/weft/checklists/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the checklist " + name + " is missing from Weft's classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Item> items = new ArrayList<>();
            root.path("items").forEach(i -> items.add(new Item(i.path("id").asText(), i.path("group").asText(),
                    i.path("name").asText(), i.path("question").asText())));
            return Optional.of(new ChecklistDefinition(name, root.path("title").asText(), root.path("source").asText().strip(),
                    root.path("doi").asText(), List.copyOf(items)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checklist " + name + " from Weft's classpath", e);
        }
    }
}

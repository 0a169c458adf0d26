package weft.checklist;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import weft.diagnostics.Diagnostics;
import weft.model.Checklist;

/**
 * Checks a study's checklist against its definition and the article: every entry names an item of the checklist once,
 * every place is an id of the article, and every item is answered (a warning for each that is not, so that
 * {@code --strict} fails on a checklist left half done).
 */
public final class ChecklistCheck {

    private ChecklistCheck() {
    }

    /** The definition, when the checklist is one Weft knows (the schema allows only those); reports every problem. */
    public static Optional<ChecklistDefinition> check(Checklist checklist, Set<String> articleIds, Diagnostics diagnostics) {
        Optional<ChecklistDefinition> found = ChecklistDefinition.named(checklist.name());
        if (found.isEmpty()) {
            diagnostics.error(checklist.at(), "unknown checklist '" + checklist.name() + "' (known: "
                    + String.join(", ", ChecklistDefinition.NAMES) + ")");
            return Optional.empty();
        }
        ChecklistDefinition definition = found.get();
        Map<String, Checklist.Entry> answered = new HashMap<>();
        for (Checklist.Entry e : checklist.entries()) {
            Optional<ChecklistDefinition.Item> item = definition.item(e.item());
            if (item.isEmpty()) {
                diagnostics.error(e.position(), definition.title() + " has no item '" + e.item() + "' (its items are "
                        + definition.items().get(0).id() + " to " + definition.items().get(definition.items().size() - 1).id() + ")");
                continue;
            }
            Checklist.Entry first = answered.putIfAbsent(item.get().id(), e);
            if (first != null) {
                diagnostics.error(e.position(), definition.title() + " item " + item.get().id() + " is answered twice (first at line "
                        + first.position().line() + ")");
            }
            if (!e.place().isEmpty() && !articleIds.contains(e.place())) {
                diagnostics.error(e.placeAt(), definition.title() + " item " + item.get().id() + " points at '" + e.place()
                        + "', which is no id of the article (such as sec-methods, sec-methods-data-analysis, node-ID,"
                        + " tab-coding-frame)");
            }
        }
        for (ChecklistDefinition.Item i : definition.items()) {
            if (!answered.containsKey(i.id())) {
                diagnostics.warning(checklist.at(), definition.title() + " item " + i.id() + " (" + i.name() + ") is not answered:"
                        + " give it at (the article's place that reports it), notApplicable or notReported");
            }
        }
        return Optional.of(definition);
    }
}

package weft.render.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The works a study may cite, in file order.
 *
 * @param path  the file they were read from, relative to the project; empty when the project has none
 * @param items the entries; the first of two with the same key wins (duplicates are reported when read)
 */
public record Bibliography(String path, List<BibItem> items) {

    public Bibliography {
        items = List.copyOf(items);
    }

    /** The bibliography of a project without a bibliography file. */
    public static Bibliography none() {
        return new Bibliography("", List.of());
    }

    public Optional<BibItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The CSL data of every entry by key, in file order. */
    public Map<String, CSLItemData> cslItems() {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach(i -> out.putIfAbsent(i.key(), i.data()));
        return out;
    }
}

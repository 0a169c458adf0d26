package weft.render.cite;

import java.util.Arrays;
import java.util.List;

/** One in-text citation ("[5, 6]" or "(Smith, 2020; Doe, 2019)"): the works it cites, in the order written. */
public record CitationCluster(List<CiteRef> refs) {

    public CitationCluster {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("a citation needs at least one reference");
        }
        refs = List.copyOf(refs);
    }

    public static CitationCluster of(CiteRef... refs) {
        return new CitationCluster(Arrays.asList(refs));
    }

    /** A citation of plain keys without locators. */
    public static CitationCluster keys(String... keys) {
        return new CitationCluster(Arrays.stream(keys).map(CiteRef::of).toList());
    }
}

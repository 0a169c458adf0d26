package weft.render.cite;

import java.util.Arrays;
import java.util.List;

/**
 * One in-text citation ("[5, 6]" or "(Smith, 2020; Doe, 2019)"): the works it cites, in the order written.
 *
 * @param authorInText Pandoc's {@code @key}: the work's author in the sentence, then the citation without them
 *                     ("Smith and Lee (2020)", "Smith and Lee [1]"); one work
 */
public record CitationCluster(List<CiteRef> refs, boolean authorInText) {

    public CitationCluster {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("a citation needs at least one reference");
        }
        if (authorInText && refs.size() != 1) {
            throw new IllegalArgumentException("a citation with the author in the text cites one work");
        }
        refs = List.copyOf(refs);
    }

    public CitationCluster(List<CiteRef> refs) {
        this(refs, false);
    }

    public static CitationCluster of(CiteRef... refs) {
        return new CitationCluster(Arrays.asList(refs));
    }

    /** A citation of plain keys without locators. */
    public static CitationCluster keys(String... keys) {
        return new CitationCluster(Arrays.stream(keys).map(CiteRef::of).toList());
    }

    /** Pandoc's {@code @key} (with a locator: {@code @key [p. 4]}). */
    public static CitationCluster authorInText(CiteRef ref) {
        return new CitationCluster(List.of(ref), true);
    }

    /** Whether the citation leaves an author out (the author in the text, or {@code -@key}). */
    boolean leavesAuthorOut() {
        return authorInText || refs.stream().anyMatch(CiteRef::suppressAuthor);
    }
}

package weft.render.cite;

import java.util.List;

/**
 * The formatted citations of one document.
 *
 * @param inText       the in-text citations, one per cluster in document order, as HTML with a link per work
 * @param bibliography the reference list in the style's order, each entry with its key
 * @param unseparated  the clusters (by index) that leave an author out ({@code @key}, {@code -@key}) but whose author
 *                     could not be told from the rest of the citation (the style disambiguated it: "J. Smith"): they
 *                     are printed whole
 */
public record FormattedCitations(List<String> inText, List<BibEntry> bibliography, List<Integer> unseparated) {

    /**
     * Where the author in the sentence ends in a citation with the author in the text ("Lee" | " [1]"), so that only
     * the citation is set as one (a numeric style's raised number): a private-use character.
     */
    public static final char AFTER_AUTHOR = '\uE00F';

    public FormattedCitations {
        inText = List.copyOf(inText);
        bibliography = List.copyOf(bibliography);
        unseparated = List.copyOf(unseparated);
    }

    public FormattedCitations(List<String> inText, List<BibEntry> bibliography) {
        this(inText, bibliography, List.of());
    }
}

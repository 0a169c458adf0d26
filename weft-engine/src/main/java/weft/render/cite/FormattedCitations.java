package weft.render.cite;

import java.util.List;

/**
 * The formatted citations of one document.
 *
 * @param inText       the in-text citations, one per cluster in document order, as HTML with a link per work
 * @param bibliography the reference list in the style's order, each entry with its key
 */
public record FormattedCitations(List<String> inText, List<BibEntry> bibliography) {

    public FormattedCitations {
        inText = List.copyOf(inText);
        bibliography = List.copyOf(bibliography);
    }
}

package weft.render.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import weft.diagnostics.SourcePosition;

/**
 * One work of the bibliography.
 *
 * @param key      the citation key (BibTeX key or CSL JSON id)
 * @param data     what citeproc-java formats
 * @param status   what is known of the entry ({@code weft-status})
 * @param note     why, in the author's words ({@code weft-note}); empty when there is none
 * @param position where the entry starts in its file
 */
public record BibItem(String key, CSLItemData data, ReferenceStatus status, String note, SourcePosition position) {
}

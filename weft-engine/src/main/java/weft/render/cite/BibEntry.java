package weft.render.cite;

/**
 * One formatted entry of the reference list.
 *
 * @param key            the entry's key
 * @param citationNumber the number the style gave it (meaningful for numeric styles), 0 when none
 * @param html           the processor's {@code <div class="csl-entry">...</div>} markup, data escaped
 */
public record BibEntry(String key, int citationNumber, String html) {
}

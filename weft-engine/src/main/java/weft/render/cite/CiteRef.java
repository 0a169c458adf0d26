package weft.render.cite;

import java.util.Objects;

/**
 * One work inside an in-text citation: {@code [see @key, p. 12]}.
 *
 * @param key            the bibliography key (BibTeX key or CSL JSON id)
 * @param locator        a pinpoint such as "p. 12", "pp. 3-5" or "ch. 2"; empty for none
 * @param prefix         text before the item ("see"); empty for none
 * @param suppressAuthor {@code -@key}: the author is named in the sentence, the citation gives only the year
 */
public record CiteRef(String key, String locator, String prefix, boolean suppressAuthor) {

    public CiteRef {
        Objects.requireNonNull(key, "key");
        locator = locator == null ? "" : locator;
        prefix = prefix == null ? "" : prefix;
    }

    /** Whether {@code text} after a key is a locator ("p. 4", "33-35"), not a suffix ("for a review"). */
    public static boolean isLocator(String text) {
        return Locator.isLocator(text);
    }

    public static CiteRef of(String key) {
        return new CiteRef(key, "", "", false);
    }

    public static CiteRef of(String key, String locator) {
        return new CiteRef(key, locator, "", false);
    }
}

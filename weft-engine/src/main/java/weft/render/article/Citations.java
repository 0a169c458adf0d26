package weft.render.article;

import java.util.List;
import org.jsoup.nodes.Element;
import weft.cache.BuildCache;
import weft.prose.Directive;
import weft.render.html.Html;

/**
 * Formats the article's citations once all of them are known (styles number or disambiguate over
 * the whole document): prose rendering registers each citation with an empty element, {@link #finish}
 * fills them all and returns the reference list.
 */
public interface Citations {

    /** An element that will hold the formatted citation of {@code directive}. */
    Element register(Directive directive);

    /**
     * Lists the work of {@code key} in the references though the text does not cite it (Pandoc's {@code nocite};
     * {@code *} for every work of the bibliography); {@code at} is where the key is written.
     */
    default void uncited(String key, weft.diagnostics.SourcePosition at) {
    }

    /** Fills every registered citation; returns the reference list entries in their printed order. */
    List<Html> finish();

    /** Where the formatted citations are kept between builds (the article's how-to-cite entry is formatted too). */
    default BuildCache cache() {
        return BuildCache.none();
    }
}

package weft.render.cite;

import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Locale provider that drops blank terms ({@code <term name="author"/>}) from the CSL locale files.
 *
 * <p>Works around a citeproc-java 3.4 bug: {@code <label>} renders a blank term as an empty token, so its
 * affixes still print. With the NLM author macro ({@code <label form="long" prefix=", "/>}) every entry came out
 * as "Lowry OH, Rosebrough NJ, . Protein ..." (also seen by JabRef, citation-style-language/styles#7975).
 * A missing term renders as nothing, affixes included, which is what CSL means by a blank term.</p>
 */
final class BlankTermLocaleProvider implements LocaleProvider {

    private static final Pattern BLANK_TERM = Pattern.compile("<term\\b[^>]*/>|<term\\b[^>]*>\\s*</term>");
    private final Map<String, String> cache = new HashMap<>();
    private final LocaleProvider delegate = new DefaultLocaleProvider();

    @Override
    public synchronized String retrieveLocale(String lang) {
        return cache.computeIfAbsent(lang, l -> BLANK_TERM.matcher(delegate.retrieveLocale(l)).replaceAll(""));
    }
}

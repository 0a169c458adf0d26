package weft.render.cite;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CSL locale for a study's language. The locales jar names most files by language and region
 * ({@code locales-en-US.xml}), so a bare language ("en") takes its primary dialect, as CSL processors do.
 */
final class CslLocale {

    /** Primary dialects that are not simply the language twice ("de" → "de-DE"), from CSL's locales.json. */
    private static final Map<String, String> PRIMARY = Map.ofEntries(
            Map.entry("en", "en-US"), Map.entry("sv", "sv-SE"), Map.entry("da", "da-DK"), Map.entry("nb", "nb-NO"),
            Map.entry("nn", "nn-NO"), Map.entry("el", "el-GR"), Map.entry("ja", "ja-JP"), Map.entry("ko", "ko-KR"),
            Map.entry("zh", "zh-CN"), Map.entry("pt", "pt-PT"), Map.entry("uk", "uk-UA"), Map.entry("cs", "cs-CZ"),
            Map.entry("et", "et-EE"), Map.entry("fa", "fa-IR"), Map.entry("he", "he-IL"), Map.entry("vi", "vi-VN"),
            Map.entry("ca", "ca-AD"), Map.entry("sr", "sr-RS"), Map.entry("sl", "sl-SI"), Map.entry("hi", "hi-IN"));

    /** The CSL locale name for a BCP 47 language tag, or empty when the locales jar has none for it. */
    static Optional<String> forLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language.isBlank() ? "en" : language);
        String lang = locale.getLanguage();
        String tag = locale.getCountry().isEmpty() ? lang : lang + "-" + locale.getCountry();
        for (String candidate : new String[] {tag, PRIMARY.getOrDefault(lang, ""), lang + "-" + lang.toUpperCase(Locale.ROOT), lang}) {
            if (!candidate.isEmpty() && CslLocale.class.getResource("/locales-" + candidate + ".xml") != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private CslLocale() {
    }
}

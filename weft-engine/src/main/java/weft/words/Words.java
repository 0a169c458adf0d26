package weft.words;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words Weft generates around the study's own text ("Contents", "Table", "3 quotes", "two"), in the article's
 * language: Weft's bundles ({@code weft/words/words_LANG.properties}, English as the base) under the project's own
 * {@code templates/words.properties} and {@code templates/words_LANG.properties}, each key taken from the most
 * specific file that has it. Values are ICU message patterns: {@code {n, plural, one {# quote} other {# quotes}}}
 * follows the language's plural rules. Immutable.
 */
public final class Words {

    /** The languages Weft brings words for; any other needs the project's own file. */
    public static final List<String> BUNDLED = List.of("en", "de", "es", "fi", "fr", "pt", "sv");
    private static final String BASE = "/weft/words/words";

    private final ULocale locale;
    private final Map<String, String> patterns;
    /** Each pattern compiled once (ICU's MessageFormat is not thread-safe: a format is used under its own lock). */
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    /** The quotation marks of the article's language, or the project's own (looked up once: each quote uses them). */
    private final String quoteOpen;
    private final String quoteClose;
    /** What templates see, made once: every page of a build is rendered with it. */
    private final Map<String, Object> templateModel;

    private Words(ULocale locale, Map<String, String> patterns) {
        this.locale = locale;
        this.patterns = Map.copyOf(patterns);
        String[] marks = marks(locale);
        this.quoteOpen = patterns.containsKey("quoteOpen") ? get("quoteOpen") : marks[0];
        this.quoteClose = patterns.containsKey("quoteClose") ? get("quoteClose") : marks[1];
        this.templateModel = makeTemplateModel();
    }

    /** English, Weft's own words only (for tests and for templates rendered outside a study). */
    public static Words english() {
        return of("en", List.of());
    }

    /** The words for {@code language}, Weft's own only. */
    public static Words of(String language) {
        return of(language, List.of());
    }

    /**
     * The words for {@code language} (a BCP 47 tag such as {@code pt-BR}), the project's files ({@code overrides}:
     * the patterns of templates/words.properties and templates/words_LANG.properties, most general first) over Weft's.
     */
    public static Words of(String language, List<Map<String, String>> overrides) {
        ULocale locale = ULocale.forLanguageTag(language.isBlank() ? "en" : language);
        Map<String, String> patterns = new LinkedHashMap<>(bundle(BASE + ".properties"));
        String lang = locale.getLanguage();
        if (!lang.equals("en") && BUNDLED.contains(lang)) {
            patterns.putAll(bundle(BASE + "_" + lang + ".properties"));
        }
        overrides.forEach(patterns::putAll);
        return new Words(locale, patterns);
    }

    /** Weft's English pattern of {@code key} (a quotation mark's: itself), empty where Weft has no words of that key. */
    public static java.util.Optional<String> englishPattern(String key) {
        return QUOTATION_MARKS.contains(key) ? java.util.Optional.of("\u201C") : java.util.Optional.ofNullable(ENGLISH.get(key));
    }

    /** Weft's English words, every key's. */
    private static final Map<String, String> ENGLISH = bundle(BASE + ".properties");

    /** The keys of Weft's words: its English file's, and the quotation marks a project may give (its language's else). */
    public static java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.TreeSet<>(ENGLISH.keySet());
        keys.addAll(QUOTATION_MARKS);
        return keys;
    }

    /** The words that are a language's quotation marks, unless a project gives its own (a journal's style). */
    private static final List<String> QUOTATION_MARKS = List.of("quoteOpen", "quoteClose");

    /** The project's words files for {@code language}, most general first: words.properties, words_pt, words_pt_BR. */
    public static List<String> projectFiles(String language) {
        ULocale locale = ULocale.forLanguageTag(language.isBlank() ? "en" : language);
        List<String> files = new java.util.ArrayList<>(List.of("templates/words.properties",
                "templates/words_" + locale.getLanguage() + ".properties"));
        if (!locale.getCountry().isEmpty()) {
            files.add("templates/words_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        return List.copyOf(files);
    }

    public static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    private static Map<String, String> bundle(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Locale locale() {
        return locale.toLocale();
    }

    /**
     * The patterns of the keys starting with {@code prefix} that differ from Weft's English, as written (for the
     * browser, which fills in {name} itself): empty for an English article.
     */
    public Map<String, String> patternsDifferingFromEnglish(String prefix) {
        Map<String, String> english = bundle(BASE + ".properties");
        Map<String, String> out = new TreeMap<>();
        patterns.forEach((k, v) -> {
            if (k.startsWith(prefix) && !v.equals(english.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The word or phrase of {@code key} as it is (no arguments). */
    public String get(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no words for '" + key + "'");
        }
        return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0 ? pattern : format(key, Map.of());
    }

    /** The pattern of {@code key} with its named arguments filled in (numbers by the language's plural rules). */
    public String format(String key, Map<String, ?> args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no words for '" + key + "'");
        }
        try {
            MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
            synchronized (format) {
                return format.format(args);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the words of '" + key + "' are not a valid pattern: " + e.getMessage(), e);
        }
    }

    /** A count with its noun, by the pattern of {@code key} whose argument is {@code n}: "1 quote", "3 quotes". */
    public String count(String key, long n) {
        return format(key, Map.of("n", n));
    }

    /** The options of a number directive: digits (none), words, Words (capitalised), each in a grammatical gender. */
    public static final List<String> NUMBER_OPTIONS = List.of("words", "Words", "words-feminine", "Words-feminine",
            "words-masculine", "Words-masculine");

    /**
     * {@code n} in words ("two"; option "Words": "Two"; "-feminine" or "-masculine" for the gender of the counted noun,
     * as in Portuguese "duas categorias") in the article's language, or its digits (no option).
     */
    public String number(long n, String option) {
        if (!option.startsWith("words") && !option.startsWith("Words")) {
            return java.text.NumberFormat.getIntegerInstance(locale()).format(n);
        }
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        String gender = option.contains("-") ? "%spellout-cardinal-" + option.substring(option.indexOf('-') + 1) : "";
        String words = List.of(spell.getRuleSetNames()).contains(gender) ? spell.format(n, gender) : spell.format(n);
        return option.startsWith("Words") ? capitalised(words) : words;
    }

    /** {@code text} with its first letter in capitals, as the article's language writes one: "group" as "Group". */
    public String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(locale()) + text.substring(first);
    }

    /**
     * What a build says of itself on every page: empty for a public build that withholds nothing and names its authors;
     * else the public build's count of withheld quotes, or the warning that a reviewer or team build is not for
     * publication, and that the copy is anonymised for review.
     */
    public String buildNote(weft.model.Audience audience, int withheld, boolean anonymised) {
        String note = switch (audience) {
            case PUBLIC -> withheld == 0 ? "" : count("buildPublicWithheld", withheld);
            case REVIEWERS -> get("buildReviewers");
            case TEAM -> get("buildTeam");
        };
        return !anonymised ? note : note.isEmpty() ? get("buildAnonymised") : note + " " + get("buildAnonymised");
    }

    /** A coefficient such as a kappa to {@code decimals} decimals, rounded half up: "0.74" ("0,74" in Finnish). */
    public String decimal(double value, int decimals) {
        return fraction(java.text.NumberFormat.getNumberInstance(locale()), value, decimals);
    }

    /** A share (0 to 1) as a percentage to {@code decimals} decimals: "85.7%" ("85,7 %" in Finnish). */
    public String percent(double share, int decimals) {
        return fraction(java.text.NumberFormat.getPercentInstance(locale()), share, decimals);
    }

    private static String fraction(java.text.NumberFormat format, double value, int decimals) {
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String s = format.format(value);
        String zero = format.format(0);
        return s.equals(format.format(-0.0)) && !s.equals(zero) ? zero : s; // no "-0.00"
    }

    /** The name of the level at {@code depth} (1 is the root): the study's, or "level 4" beyond the names it gives. */
    public String levelName(List<String> levels, int depth) {
        return depth >= 1 && depth <= levels.size() ? levels.get(depth - 1) : count("level", depth);
    }

    /**
     * The plural of a level's name: the one the study gives; in English, else, the name made plural ("categories",
     * "units of analysis"); in another language, the name as it is (the checker asks for the plural).
     */
    public String plural(String name, String given) {
        if (!given.isEmpty()) {
            return given;
        }
        return locale.getLanguage().equals("en") ? englishPlural(name) : name;
    }

    static String englishPlural(String name) {
        int of = name.indexOf(" of ");
        if (of > 0) {
            return englishPlural(name.substring(0, of)) + name.substring(of);
        }
        if (name.matches("(?s).*[^aeiouAEIOU]y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name.matches("(?s).*(s|x|z|ch|sh)") ? name + "es" : name + "s";
    }

    /**
     * The words as templates see them, {@code w}: every key as a string ({@code ${w.contents}}), and two methods,
     * {@code w.count("quotes", n)} and {@code w.fmt("key", "name", value, ...)}.
     */
    public Map<String, Object> templateModel() {
        return templateModel;
    }

    private Map<String, Object> makeTemplateModel() {
        Map<String, Object> model = new TreeMap<>();
        patterns.keySet().forEach(k -> model.put(k, markup(get(k))));
        Map<String, Object> css = new TreeMap<>();
        patterns.keySet().forEach(k -> css.put(k, cssString(get(k))));
        model.put("css", css);
        model.put("count", (TemplateMethodModelEx) args -> {
            if (args.size() != 2) {
                throw new TemplateModelException("w.count takes a key and a number");
            }
            return markup(count(scalar(args.get(0)), ((TemplateNumberModel) args.get(1)).getAsNumber().longValue()));
        });
        model.put("fmt", (TemplateMethodModelEx) args -> {
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 1; i + 1 < args.size(); i += 2) {
                Object v = args.get(i + 1);
                named.put(scalar(args.get(i)), v instanceof TemplateNumberModel num ? num.getAsNumber() : scalar(v));
            }
            return markup(format(scalar(args.get(0)), named));
        });
        model.put("dir", dir()); // the article's direction, for the templates' dir attributes (after the words: no key hides it)
        model.put("quoteOpen", markup(quoteOpen())); // the language's quotation marks, for a quote's text
        model.put("quoteClose", markup(quoteClose()));
        model.put("quoteOpenOf", (TemplateMethodModelEx) args -> markup(marks(ULocale.forLanguageTag(scalar(args.get(0))))[0]));
        model.put("quoteCloseOf", (TemplateMethodModelEx) args -> markup(marks(ULocale.forLanguageTag(scalar(args.get(0))))[1]));
        model.put("dirOf", (TemplateMethodModelEx) args -> Direction.of(scalar(args.get(0))));
        // the direction of words by their first strong letter (English words in an Arabic article: ltr), else the article's
        model.put("dirOfWords", (TemplateMethodModelEx) args -> {
            StringBuilder text = new StringBuilder();
            for (Object key : args) {
                text.append(get(scalar(key)));
            }
            return Direction.ofText(text.toString()).orElse(dir());
        });
        return java.util.Collections.unmodifiableMap(model);
    }

    /**
     * The quotation mark that opens a quotation in the article's language, as CLDR gives it through ICU ({@code “} in
     * English, {@code „} in German, {@code ”} in Finnish and Swedish, {@code «} in French, with a no-break space
     * inside as French typography sets it), or the project's own word {@code quoteOpen}.
     */
    public String quoteOpen() {
        return quoteOpen;
    }

    /** The quotation mark that closes a quotation (see {@link #quoteOpen()}), or the project's word {@code quoteClose}. */
    public String quoteClose() {
        return quoteClose;
    }

    /**
     * The marks of a quotation within a quotation in the article's language, as CLDR gives them ({@code ‘…’} in
     * English, {@code ‚…‘} in German, {@code “…”} in French).
     */
    public String[] innerQuoteMarks() {
        com.ibm.icu.util.LocaleData data = com.ibm.icu.util.LocaleData.getInstance(locale);
        return new String[] {data.getDelimiter(com.ibm.icu.util.LocaleData.ALT_QUOTATION_START),
                data.getDelimiter(com.ibm.icu.util.LocaleData.ALT_QUOTATION_END)};
    }

    /** {@code text} between the language's quotation marks. */
    public String quoted(String text) {
        return quoteOpen() + text + quoteClose();
    }

    /** The opening and closing quotation marks of {@code language} (a BCP 47 tag): a quote's original wording's. */
    public String[] marksOf(String language) {
        return marks(ULocale.forLanguageTag(language));
    }

    /**
     * The opening and closing quotation marks of {@code locale}, as CLDR gives them, a French one with a no-break space
     * inside (for a quote in another language than the article's: its original wording).
     */
    static String[] marks(ULocale locale) {
        com.ibm.icu.util.LocaleData data = com.ibm.icu.util.LocaleData.getInstance(locale);
        String space = locale.getLanguage().equals("fr") ? "\u00A0" : "";
        return new String[] {data.getDelimiter(com.ibm.icu.util.LocaleData.QUOTATION_START) + space,
                space + data.getDelimiter(com.ibm.icu.util.LocaleData.QUOTATION_END)};
    }

    /** The direction the article's language is written in: {@code rtl} or {@code ltr} (see {@link Direction}). */
    public String dir() {
        return Direction.of(locale.toLanguageTag());
    }

    /**
     * The words as HTML markup with {@code & < > "} escaped: safe in text and in double-quoted attributes, and
     * apostrophes stay as written (Freemarker's own escaping would write {@code &#39;}).
     */
    private static TemplateModel markup(String text) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;"));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The words as a CSS string literal, for a template's style element ({@code content: ${w.css.pageBefore}}):
     * quotes, backslashes and anything that could end the element escaped the CSS way.
     */
    private static TemplateModel cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(out.append('"').toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scalar(Object model) throws TemplateModelException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("expected a string, not " + model);
    }
}

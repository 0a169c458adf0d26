package weft.words;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weft's own words in each language it brings: every word of the English base translated, nothing else; each a valid
 * ICU message with the English one's arguments, its spaces at the ends where the templates need them, and each
 * formatting in full with its arguments.
 */
class BundledWordsTest {

    static Stream<String> translations() {
        return Words.BUNDLED.stream().filter(lang -> !lang.equals("en"));
    }

    private static Map<String, String> bundle(String name) throws IOException {
        try (InputStream in = Words.class.getResourceAsStream("/weft/words/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return map;
        }
    }

    private static Map<String, String> english() throws IOException {
        return bundle("words.properties");
    }

    /** The named arguments of a pattern, each with whether it is counted (a plural's, so a number). */
    private static Map<String, Boolean> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, Boolean> args = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                boolean counted = part.getValue() == MessagePattern.ArgType.PLURAL.ordinal();
                args.merge(name, counted, Boolean::logicalOr);
            }
        }
        return args;
    }

    @Test
    void the_bundles_beside_the_english_one_are_the_languages_weft_says_it_brings() throws URISyntaxException, IOException {
        Path folder = Path.of(Words.class.getResource("/weft/words/words.properties").toURI()).getParent();
        List<String> languages = new ArrayList<>(List.of("en"));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("words_"))
                    .map(n -> n.substring("words_".length(), n.length() - ".properties".length())).sorted()
                    .forEach(languages::add);
        }
        assertThat(languages).containsExactlyElementsOf(Words.BUNDLED);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void every_english_word_is_translated_and_there_is_no_other(String lang) throws IOException {
        assertThat(bundle("words_" + lang + ".properties").keySet()).isEqualTo(english().keySet());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void every_word_is_a_valid_message_with_the_arguments_of_the_english_one(String lang) throws IOException {
        Map<String, String> english = english();
        bundle("words_" + lang + ".properties").forEach((key, pattern) -> {
            assertThat(arguments(pattern).keySet()).as(lang + " " + key).isEqualTo(arguments(english.get(key)).keySet());
            new MessageFormat(pattern, new ULocale(lang));
        });
    }

    @ParameterizedTest
    @MethodSource("translations")
    void a_space_the_english_word_begins_or_ends_with_is_kept(String lang) throws IOException {
        Map<String, String> english = english();
        bundle("words_" + lang + ".properties").forEach((key, value) -> {
            String en = english.get(key);
            if (en.startsWith(" ")) {
                assertThat(value).as(lang + " " + key + " begins with a space (written \\u0020)").startsWith(" ");
            }
            assertThat(value.endsWith(" ")).as(lang + " " + key + " ends with a space as the English does")
                    .isEqualTo(en.endsWith(" "));
            assertThat(value).as(lang + " " + key).isNotBlank().doesNotContain("\n");
        });
    }

    @ParameterizedTest
    @MethodSource("translations")
    void every_word_formats_in_full_for_one_and_for_many(String lang) throws IOException {
        Words words = Words.of(lang);
        Map<String, String> translated = bundle("words_" + lang + ".properties");
        for (String key : new TreeSet<>(english().keySet())) {
            if (key.startsWith("search.")) {
                continue; // filled in by the browser, which does not know ICU's plurals: checked above
            }
            for (long n : new long[] {1, 2, 5}) {
                Map<String, Object> args = new LinkedHashMap<>();
                Map<String, Boolean> counted = arguments(english().get(key));
                arguments(translated.get(key)).forEach((name, c) -> counted.merge(name, c, Boolean::logicalOr));
                counted.forEach((name, c) -> args.put(name, c ? (Object) n : "X" + name));
                String text = words.format(key, args);
                assertThat(text).as(lang + " " + key).isNotBlank().doesNotContain("{").doesNotContain("}");
                args.keySet().stream().filter(a -> !(args.get(a) instanceof Long) && !key.equals("levelCount"))
                        .forEach(a -> assertThat(text).as(lang + " " + key + " prints {" + a + "}").contains("X" + a));
            }
        }
    }
}

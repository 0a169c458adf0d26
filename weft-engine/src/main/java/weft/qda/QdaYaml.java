package weft.qda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * How an import writes YAML: block style, lists indented under their key, quotes only where YAML needs them; and how
 * it reads an earlier import back: as the build does, {@code yes}, {@code no}, {@code on} and {@code off} are words
 * (YAML 1.2), so that an author's {@code translatedFrom: no} is not rewritten as {@code false}.
 */
final class QdaYaml {

    static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // a value written 3.50 stays 3.50
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build());

    private QdaYaml() {
    }
}

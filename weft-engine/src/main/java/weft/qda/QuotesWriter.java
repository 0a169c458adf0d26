package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;
import java.util.Map;

/** Writes imported quotes as a quote file of coded-data/quotes/ (evidence only until the author presents them). */
final class QuotesWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private QuotesWriter() {
    }

    static String write(List<Map<String, Object>> quotes, String from) {
        try {
            return "# Imported by weft import from " + from + ": each coded text selection, cut from its source.\n"
                    + "# Every quote is evidence only (presented: false) until the article presents it.\n"
                    + YAML.writeValueAsString(Map.of("quotes", quotes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}

package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;

/** Writes imported quotes as a quote file of coded-data/quotes/ (evidence only until the author presents them). */
final class QuotesWriter {


    private QuotesWriter() {
    }

    static String write(List<Map<String, Object>> quotes, String from) {
        try {
            return "# Imported by weft import from " + from + (SheetReader.isSheet(java.nio.file.Path.of(from))
                    ? ": each coded row of the sheet.\n" : ": each coded text selection, cut from its source.\n")
                    + "# Every quote is evidence only (presented: false) until the article presents it.\n"
                    + QdaYaml.MAPPER.writeValueAsString(Map.of("quotes", quotes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}

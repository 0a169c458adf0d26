package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The imported quotes and participants cut into parts the build can read: every part under the limit, cut only between
 * items (a quote's text over several lines, one of them looking like a list's item, stays whole), the parts read back
 * in order as the same list.
 */
class ImportPartsTest {

    @Test
    void the_parts_hold_every_quote_whole_and_in_order() throws Exception {
        ObjectNode file = QdaYaml.MAPPER.createObjectNode();
        ArrayNode quotes = file.putArray("quotes");
        for (int i = 0; i < 4500; i++) {
            ObjectNode q = quotes.addObject();
            q.put("id", "q-" + i);
            q.put("text", "Line one of quote " + i + " \u00e4\u00f6 \u2014 " + "words ".repeat(60) + "\n  - not an item\nquotes:\n"
                    + "the end");
            q.putArray("codes").add("code-" + (i % 7));
            q.put("presented", false);
        }
        String yaml = "# Imported by weft import from test.qdpx: a test.\n" + QdaYaml.MAPPER.writeValueAsString(file);
        assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);

        Map<String, String> parts = ImportParts.QUOTES.split(yaml);

        assertThat(parts.keySet()).containsExactly("coded-data/quotes/imported.yaml", "coded-data/quotes/imported-2.yaml",
                "coded-data/quotes/imported-3.yaml");
        assertThat(readBack(parts, "quotes")).isEqualTo(quotes);
    }

    /** The lists of the parts as one, each part checked to be under the limit and to begin as an import's part. */
    private static ArrayNode readBack(Map<String, String> parts, String key) throws Exception {
        ArrayNode read = QdaYaml.MAPPER.createArrayNode();
        for (String part : parts.values()) {
            assertThat((long) part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ImportParts.PART_BYTES);
            assertThat(part).startsWith(ImportParts.HEADER);
            QdaYaml.MAPPER.readTree(part).path(key).forEach(read::add);
        }
        return read;
    }

    @Test
    void a_file_under_the_limit_stays_one_file_and_only_parts_are_parts() {
        String yaml = "# Imported by weft import from a.qdpx.\nquotes:\n  - id: a\n    text: A.\n";
        assertThat(ImportParts.QUOTES.split(yaml)).containsExactly(Map.entry("coded-data/quotes/imported.yaml", yaml));
        assertThat(ImportParts.QUOTES.isPart("imported.yaml")).isTrue();
        assertThat(ImportParts.QUOTES.isPart("imported-2.yaml")).isTrue();
        assertThat(ImportParts.QUOTES.isPart("imported-1.yaml")).isFalse();
        assertThat(ImportParts.QUOTES.isPart("imported-02.yaml")).isFalse();
        assertThat(ImportParts.QUOTES.isPart("imported-interviews.yaml")).isFalse();
        assertThat(ImportParts.QUOTES.isPart("quotes.yaml")).isFalse();
    }

    @Test
    void a_large_surveys_participants_are_cut_between_participants() throws Exception {
        ObjectNode file = QdaYaml.MAPPER.createObjectNode();
        ArrayNode participants = file.putArray("participants");
        for (int i = 0; i < 9000; i++) {
            ObjectNode p = participants.addObject();
            p.put("id", "respondent-" + i);
            p.put("citedAs", "R" + i);
            ObjectNode attributes = p.putObject("attributes");
            attributes.put("age", Integer.toString(18 + i % 70));
            attributes.put("region", "R\u00e9gion " + (i % 13));
            attributes.put("comment", "first line\n  - not a participant\nparticipants:\nlast line");
            p.putObject("qda").put("guid", String.format("00000000-0000-4000-8000-%012d", i));
        }
        String yaml = "# Imported by weft import from survey.qdpx: a test.\n" + QdaYaml.MAPPER.writeValueAsString(file);
        assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);

        Map<String, String> parts = ImportParts.PARTICIPANTS.split(yaml);

        assertThat(parts.keySet()).startsWith("coded-data/participants.yaml", "coded-data/participants-2.yaml",
                "coded-data/participants-3.yaml");
        assertThat(readBack(parts, "participants")).isEqualTo(participants);
        assertThat(ImportParts.PARTICIPANTS.isPart("participants-2.yaml")).isTrue();
        assertThat(ImportParts.PARTICIPANTS.isPart("imported-2.yaml")).isFalse();
        assertThat(ImportParts.QUOTES.isPart("participants.yaml")).isFalse();
    }
}

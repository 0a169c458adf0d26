package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.CodingFrame;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.support.TestProjects;

/**
 * The imported quotes, participants and coding frame cut into parts the build can read: every part under the limit,
 * cut only between items (a quote's text over several lines, one of them looking like a list's item, stays whole) or
 * between nodes of the tree, the parts read back in order as the same list or tree.
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

    /**
     * A frame of one theme too large for a part, whose first sub-theme is too large too, then more sub-themes and a
     * second theme: cut between nodes, each too large node in a part without its children, which follow in parts under
     * it; the build's reader reads the parts back as the same tree, node for node and in order.
     */
    @Test
    void a_large_coding_frame_is_cut_between_nodes_and_read_back_by_the_build_as_the_same_tree(@TempDir Path temp)
            throws Exception {
        ObjectNode file = QdaYaml.MAPPER.createObjectNode();
        file.putArray("levels").add("theme").add("sub-theme").add("code");
        ArrayNode roots = file.putArray("nodes");
        ObjectNode big = node(roots, "big-theme", 0);
        ArrayNode subThemes = big.putArray("children");
        ObjectNode bigSub = node(subThemes, "big-sub-theme", 0);
        ArrayNode codes = bigSub.putArray("children");
        for (int i = 0; i < 5000; i++) {
            node(codes, "code-" + i, 240);
        }
        for (int i = 0; i < 2000; i++) {
            node(subThemes, "sub-theme-" + i, 240);
        }
        node(roots, "small-theme", 10).putArray("children").addObject().put("id", "small-code").put("label", "Small");
        String yaml = "# Imported by weft import from big.qdpx.\n" + QdaYaml.MAPPER.writeValueAsString(file);
        assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);

        Map<String, String> parts = ImportParts.FRAME.split(yaml);

        assertThat(parts.size()).isGreaterThanOrEqualTo(3);
        assertThat(parts.keySet()).startsWith("coded-data/coding-frame.yaml", "coded-data/coding-frame-2.yaml");
        assertThat(parts.get("coded-data/coding-frame.yaml")).startsWith("# Imported by weft import from big.qdpx.\nlevels:");
        for (String part : parts.values()) {
            assertThat((long) part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ImportParts.PART_BYTES);
        }
        assertThat(parts.get("coded-data/coding-frame-2.yaml")).startsWith(ImportParts.HEADER)
                .contains("\nunder: big-theme\n");

        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Files.writeString(project.resolve(part.getKey()), part.getValue());
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<CodingFrame> frame = new StudyReader(new SchemaChecker())
                .readWhatCan(new ProjectFiles(project, 1 << 20), diagnostics).frame();
        assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
        assertThat(tree(frame.orElseThrow().roots())).isEqualTo(tree(roots));
        assertThat(frame.get().levels()).containsExactly("theme", "sub-theme", "code");
    }

    private static ObjectNode node(ArrayNode list, String id, int description) {
        ObjectNode node = list.addObject();
        node.put("id", id);
        node.put("label", "Label of " + id);
        if (description > 0) {
            node.put("description", "d\u00e9j\u00e0 ".repeat(description / 6));
        }
        return node;
    }

    /** The tree as "id(child,child(…))" with each node's description's length. */
    private static String tree(ArrayNode nodes) {
        StringBuilder out = new StringBuilder();
        for (JsonNode n : nodes) {
            out.append(n.path("id").asText()).append(':').append(n.path("description").asText().length());
            if (n.path("children").size() > 0) {
                out.append('(').append(tree((ArrayNode) n.path("children"))).append(')');
            }
            out.append(',');
        }
        return out.toString();
    }

    private static String tree(List<CodeNode> nodes) {
        StringBuilder out = new StringBuilder();
        for (CodeNode n : nodes) {
            out.append(n.id()).append(':').append(n.description().length());
            if (!n.children().isEmpty()) {
                out.append('(').append(tree(n.children())).append(')');
            }
            out.append(',');
        }
        return out.toString();
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

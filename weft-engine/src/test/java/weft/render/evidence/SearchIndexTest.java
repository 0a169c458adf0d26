package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import weft.build.BuildResult;
import weft.support.TestProjects;

/** The search index script: every document, and nothing in it that could end the script or break it. */
class SearchIndexTest {

    @Test
    void characters_that_could_end_a_script_are_escaped_and_the_json_reads_back_the_same() throws Exception {
        String text = "a </script><script>alert(1)</script> & b \u2028 c \u2029 d \"e\" \\ f";
        String json = new ObjectMapper().writeValueAsString(new String[] {text});
        String escaped = SearchIndex.escape(json);
        assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u2028", "\\u2029", "\\u0026");
        assertThat(new ObjectMapper().readTree(escaped).get(0).asText()).isEqualTo(text);
    }

    @Test
    void the_index_of_the_default_study_holds_every_quote_and_every_node_with_its_link() throws Exception {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        String script = new String(result.publication().orElseThrow().files().get("evidence/search-index.js"), StandardCharsets.UTF_8);
        String prefix = "window." + SearchIndex.GLOBAL + " = ";
        assertThat(script).startsWith(prefix).endsWith(";\n");
        JsonNode data = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
        assertThat(data.get("lang").asText()).isEqualTo("en");
        assertThat(data.get("quotes")).hasSize(46);
        assertThat(data.get("nodes")).hasSize(23);
        JsonNode quote = data.get("quotes").get(0);
        assertThat(quote.get("id").asText()).isEqualTo("loved-before-death");
        assertThat(quote.get("href").asText()).isEqualTo("quotes/loved-before-death.html");
        assertThat(quote.get("text").asText()).startsWith("as far as loving family members are concerned");
        assertThat(quote.get("node").asText()).isEqualTo("Lack of close, genuine relationships");
        JsonNode node = data.get("nodes").get(5);
        assertThat(node.get("href").asText()).isEqualTo("nodes/protecting-family-from-grief.html");
        assertThat(node.get("label").asText()).isEqualTo("Protecting the family from grief, shame and guilt");
        assertThat(node.get("description").asText()).startsWith("The first paragraph of the category");
    }
}

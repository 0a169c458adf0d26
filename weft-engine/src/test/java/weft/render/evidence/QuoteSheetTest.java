package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * The evidence's spreadsheet of the miniature study (evidence/quotes.csv): a row per coding of a quote, the node's path
 * through the study's levels, where each quote comes from, read back by a CSV reader; and the guard against values a
 * spreadsheet program would run as formulas; the participants' attributes of the interview study, a column each.
 */
class QuoteSheetTest {

    @TempDir
    Path temp;

    static List<List<String>> rows(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 with a byte-order mark, for spreadsheet programs").startsWith("\uFEFF");
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(text.substring(1))) {
            return it.readAll();
        }
    }

    private static Map<String, byte[]> build(Path project) {
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow().files();
    }

    @Test
    void a_row_for_each_coding_with_the_nodes_path_and_the_source() throws IOException {
        Map<String, byte[]> files = build(TestProjects.fixture("mini-study"));
        byte[] csv = files.get("evidence/quotes.csv");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\n\n");
        List<List<String>> rows = rows(csv);
        assertThat(rows.get(0)).containsExactly("quote_id", "text", "participant", "presented_in_article", "excerpt_in_article", "node_id", "node_number",
                "theme", "sub-theme", "translated_from", "original", "source_recorded", "source_note", "source_kind", "file", "page",
                "lines", "recording", "time_in_recording", "thread", "message", "date", "url", "evidence_page");
        assertThat(rows).hasSize(6); // four quotes, one of them coded to two nodes
        assertThat(rows.get(1)).containsExactly("we-cook", "We cook on Sundays & everyone brings <something>", "", "yes",
                "", "cooking-together", "", "Togetherness at the table", "Cooking together", "fi", "Kokkaamme sunnuntaisin", "yes", "",
                "", "", "", "", "", "", "Sunday meals", "12", "", "", "quotes/we-cook.html");
        assertThat(rows.subList(4, 6)).extracting(r -> r.get(0) + " " + r.get(5) + " " + r.get(7) + " / " + r.get(8) + " " + r.get(3))
                .containsExactly("sink-full dishes Friction over food / Unwashed dishes no", "sink-full friction Friction over food /  no");
        assertThat(rows.get(2)).contains("The article does not report the thread.");
        // the overview links to it
        assertThat(Jsoup.parse(new String(files.get("evidence/index.html"), StandardCharsets.UTF_8)).select("a[href=quotes.csv]")
                .text()).isEqualTo("The quotes and their codes as a spreadsheet");
    }

    @Test
    void each_attribute_of_the_participants_is_a_column_after_the_participant() throws IOException {
        List<List<String>> rows = rows(build(TestProjects.fixture("interview-study")).get("evidence/quotes.csv"));
        assertThat(rows.get(0).subList(0, 9)).containsExactly("quote_id", "text", "participant", "participant_group",
                "participant_sex", "participant_age", "presented_in_article", "excerpt_in_article", "node_id");
        assertThat(rows).filteredOn(r -> r.get(0).equals("first-names")).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 9)).containsExactly("25M83", "Resident", "Male", "83", "yes", "", "meeting-neighbours"));
        assertThat(rows).filteredOn(r -> r.get(0).equals("raised-beds")).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 6)).containsExactly("FG2", "Residents and volunteers", "Mixed", "66-88"));
    }

    @Test
    void a_value_that_begins_as_a_formula_is_written_after_an_apostrophe_and_nothing_else_is_changed() {
        assertThat(QuoteSheet.inert("=HYPERLINK(\"http://example.invalid\")")).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
        assertThat(List.of("+1", "-1", "@SUM(1)", "\tx", "\rx").stream().map(QuoteSheet::inert).toList())
                .containsExactly("'+1", "'-1", "'@SUM(1)", "'\tx", "'\rx");
        assertThat(List.of("", "a = b", " =1", "'quoted'", "1+1").stream().map(QuoteSheet::inert).toList())
                .containsExactly("", "a = b", " =1", "'quoted'", "1+1");
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * A quote's source lines (source.lines): shown with the facts of its source and in the evidence's spreadsheet; lines
 * that end before they begin are an error.
 */
class SourceLinesTest {

    @TempDir
    Path temp;

    private Path study(String firstLines, String secondLines) {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    source: {recorded: true, kind: interview}\n  - id: same-stairwell",
                "    source: {recorded: true, kind: interview, file: Interview 25.txt, lines: " + firstLines + "}\n  - id: same-stairwell");
        // the focus groups' four quotes
        TestProjects.replaceIn(quotes, "    source: {recorded: true, kind: focus-group}\n",
                "    source: {recorded: true, kind: focus-group, lines: " + secondLines + "}\n");
        return project;
    }

    @Test
    void the_evidence_shows_the_lines_a_quote_spans() {
        var site = TestProjects.publication(study("45", "12-14"));
        Document first = Jsoup.parse(site.text("evidence/quotes/first-names.html"));
        assertThat(first.select(".source-facts dt:matchesOwn(^Lines$) + dd").text()).isEqualTo("45");
        assertThat(first.select(".source-facts dt").eachText()).containsSubsequence("File", "Lines");
        Document second = Jsoup.parse(site.text("evidence/quotes/someone-always-waters.html"));
        assertThat(second.select(".source-facts dt:matchesOwn(^Lines$) + dd").text()).isEqualTo("12\u201314");
        // and the evidence's spreadsheet, in its column after the file's page
        assertThat(site.text("evidence/quotes.csv")).contains(",file,page,lines,recording,").contains(",Interview 25.txt,,45,")
                .contains(",12-14,");
    }

    @Test
    void lines_that_end_before_they_begin_or_are_no_lines_are_errors_at_their_place() {
        BuildResult backwards = TestProjects.render(study("45", "14-12"));
        assertThat(backwards.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(backwards)).contains("ERROR coded-data/quotes/quotes.yaml:15:9: quote"
                + " 'someone-always-waters': its source's lines 14-12 end before they begin: write the first line, then the"
                + " last (12\u201314)");
        BuildResult words = TestProjects.render(study("0", "about 12"));
        assertThat(TestProjects.diagnostics(words)).contains(
                "ERROR coded-data/quotes/quotes.yaml:8:78: quotes[0].source.lines: lines are counted from 1, the file's first line",
                "ERROR coded-data/quotes/quotes.yaml:20:56: quotes[2].source.lines: lines are written as a line number such as"
                        + " 45, or a span such as 45\u201352");
    }
}

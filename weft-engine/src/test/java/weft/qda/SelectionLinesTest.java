package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import weft.diagnostics.SourcePosition;

/** The lines of a source's text a selection spans, as weft import writes them (source.lines). */
class SelectionLinesTest {

    private static final String TEXT = "I: How was it?\r\nP3: Fine. We cooked.\r\n\r\nP5: 🍲 Soup, always.\r\n";

    private static String lines(SelectionCutter.Counting counting, String words) {
        SelectionCutter.Counted text = new SelectionCutter.Counted(TEXT, counting);
        if (counting == SelectionCutter.Counting.UTF16) { // the text as stored, its line ends CRLF
            words = words.replace("\n", "\r\n");
        }
        int start = text.text.indexOf(words);
        int end = start + words.length();
        if (counting == SelectionCutter.Counting.CODE_POINTS) {
            end = text.text.codePointCount(0, end);
            start = text.text.codePointCount(0, start);
        }
        QdaSelection sel = new QdaSelection("g", "s", start, end, List.of(), SourcePosition.ofFile("x"));
        return text.lines(sel).orElseThrow();
    }

    @Test
    void a_selection_spans_the_lines_of_its_first_and_last_characters() {
        for (SelectionCutter.Counting counting : SelectionCutter.Counting.values()) {
            assertThat(lines(counting, "How was it?")).as("%s", counting).isEqualTo("1");
            assertThat(lines(counting, "We cooked.")).as("%s", counting).isEqualTo("2");
            // a whole paragraph with its line break is its own line; an exchange over a blank line spans three
            assertThat(lines(counting, "P3: Fine. We cooked.\n")).as("%s", counting).isEqualTo("2");
            assertThat(lines(counting, "Fine. We cooked.\n\nP5: 🍲 Soup")).as("%s", counting).isEqualTo("2\u20134");
        }
    }

    @Test
    void a_selection_outside_the_text_has_no_lines() {
        SelectionCutter.Counted text = new SelectionCutter.Counted(TEXT, SelectionCutter.Counting.CODE_POINTS);
        assertThat(text.lines(new QdaSelection("g", "s", 5, 5000, List.of(), SourcePosition.ofFile("x")))).isEmpty();
    }
}

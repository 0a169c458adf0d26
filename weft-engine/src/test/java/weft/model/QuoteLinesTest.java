package weft.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLinesTest {

    @Test
    void a_text_of_one_line_is_that_line_as_written() {
        assertThat(QuoteLines.of("It was  fine. ")).containsExactly("It was  fine. ");
        assertThat(QuoteLines.runIn("It was fine.")).isEqualTo("It was fine.");
    }

    @Test
    void a_dialogue_keeps_its_turns_as_lines() {
        String text = "Moderator: What did you do then?\nP2: I just called my sister.\nP5: Same.";
        assertThat(QuoteLines.of(text)).containsExactly("Moderator: What did you do then?", "P2: I just called my sister.",
                "P5: Same.");
        assertThat(QuoteLines.runIn(text)).isEqualTo("Moderator: What did you do then? / P2: I just called my sister. / P5: Same.");
    }

    @Test
    void paragraphs_are_separated_by_one_empty_line_and_the_text_has_no_blank_edges() {
        String text = "\n  \nFirst paragraph,\n  its second line.  \n\n\n \nSecond paragraph.\n\n";
        assertThat(QuoteLines.of(text)).containsExactly("First paragraph,", "its second line.", "", "Second paragraph.");
        assertThat(QuoteLines.runIn(text)).isEqualTo("First paragraph, / its second line. / Second paragraph.");
    }

    @Test
    void a_text_of_blank_lines_is_one_empty_line() {
        assertThat(QuoteLines.of("\n \n")).containsExactly("");
        assertThat(QuoteLines.runIn("\n \n")).isEmpty();
    }
}

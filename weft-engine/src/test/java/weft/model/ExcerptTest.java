package weft.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;

/** What makes an excerpt the quote's words: the check an article's cut quote must pass. */
class ExcerptTest {

    private static final String QUOTE = "We cook on Sundays, and everyone brings something. Then my mother calls her"
            + " sister and the evenings are long.";

    private static Excerpt excerpt(String text) {
        return new Excerpt(text, TextMap.ofFile("q.yaml", 3), new SourcePosition("q.yaml", 3, 5));
    }

    private static String firstNotIn(String excerpt) {
        return excerpt(excerpt).firstNotIn(QUOTE).map(p -> p.text().strip()).orElse("");
    }

    @Test
    void the_quotes_words_cut_where_marked_are_an_excerpt() {
        assertThat(firstNotIn("We cook on Sundays … everyone brings something.")).isEmpty();
        assertThat(firstNotIn("We cook on Sundays [...] the evenings are long")).isEmpty();
        assertThat(firstNotIn("we cook on sundays (...) Then my mother calls her sister")).isEmpty();
        // a capital, a full stop and no mark at either end, as papers begin and end a cut quotation
        assertThat(firstNotIn("Everyone brings something... The evenings are long.")).isEmpty();
        assertThat(firstNotIn(QUOTE)).isEmpty();
    }

    @Test
    void words_the_quote_does_not_have_or_has_elsewhere_or_a_cut_not_marked_are_not() {
        assertThat(firstNotIn("We cook on Sundays … everyone brings food.")).isEqualTo("everyone brings food.");
        assertThat(firstNotIn("We cook on Sundays. Then my mother calls")).isEqualTo("We cook on Sundays. Then my mother calls");
        assertThat(firstNotIn("The evenings are long … we cook on Sundays")).isEqualTo("we cook on Sundays");
        assertThat(firstNotIn("We cook on Sundays … everyone brings something … we cook")).isEqualTo("we cook");
        assertThat(firstNotIn("We cook every day")).isEqualTo("We cook every day");
    }

    @Test
    void the_authors_words_in_brackets_stand_for_the_words_they_replace() {
        assertThat(firstNotIn("Then [her] mother calls her sister")).isEmpty();
        assertThat(firstNotIn("[My mother] calls her sister and the evenings are long")).isEmpty();
        assertThat(firstNotIn("[W]e cook on Sundays")).isEmpty();
        assertThat(firstNotIn("Then my mother calls her sister [aunt Eeva] … the evenings are long")).isEmpty();
        assertThat(excerpt("[…] [sic]").hasWords()).isFalse();
        assertThat(excerpt("[W]e cook").hasWords()).isTrue();
    }

    @Test
    void a_transcripts_own_marks_in_the_quote_are_words_and_marks_as_anywhere() {
        String transcript = "I... I don't know [laughs] maybe next year";
        assertThat(excerpt("I... I don't know [laughs] maybe next year").firstNotIn(transcript)).isEmpty();
        assertThat(excerpt("I don't know … next year").firstNotIn(transcript)).isEmpty();
        assertThat(excerpt("I don't know next year").firstNotIn(transcript)).isPresent();
    }

    @Test
    void runs_that_repeat_their_own_words_are_found_where_they_stand() {
        String text = "no no no yes no no no no yes";
        assertThat(excerpt("no no no no yes").firstNotIn(text)).isEmpty();
        assertThat(excerpt("no yes … no no yes").firstNotIn(text)).isEmpty();
        assertThat(excerpt("no no no no no").firstNotIn(text)).isPresent();
        assertThat(excerpt("yes … yes … yes").firstNotIn(text)).map(p -> p.text().strip()).hasValue("yes");
        // a hostile pair, a million words each, differing at the end: found wanting in linear time
        String many = "a ".repeat(1_000_000);
        assertThat(excerpt(many + "c").firstNotIn(many + "b")).isPresent();
    }

    @Test
    void the_pieces_name_where_each_run_begins_and_the_authors_words_alone_are_kept_for_the_privacy_check() {
        Excerpt e = excerpt("Then [Maria] calls … long");
        assertThat(e.pieces()).extracting(p -> p.text() + "@" + p.start() + (p.participants() ? "" : "*"))
                .containsExactly("Then @0", "[Maria]@5*", " calls @12", "…@19*", " long@20");
        assertThat(e.authorsWords()).isEqualTo("     [Maria]" + " ".repeat(13));
        assertThat(e.withAuthorsWords(s -> s.replace("Maria", "[Name]")).text()).isEqualTo("Then [[Name]] calls … long");
    }

    /**
     * Untrusted text of brackets, cuts, letters and line breaks in any order (5,000 made by a seeded generator): the
     * pieces cover it in order without overlapping, the privacy check's copy keeps every offset, the anonymised copy's
     * change that changes nothing changes nothing, and the check always answers.
     */
    @Test
    void any_text_is_cut_into_pieces_in_order_and_the_check_always_answers() {
        String[] atoms = {"a", "B", "ä", "7", " ", "\n", "[", "]", "…", "...", "(", ")", ".", "[…]", "(...)", "[x]", "W[e]", "\u202E"};
        java.util.Random random = new java.util.Random(20261207);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String t = text.toString();
            Excerpt e = excerpt(t);
            int end = 0;
            for (Excerpt.Piece p : e.pieces()) {
                assertThat(p.start()).as(t).isGreaterThanOrEqualTo(end);
                assertThat(t.substring(p.start(), p.start() + p.text().length())).as(t).isEqualTo(p.text());
                end = p.start() + p.text().length();
            }
            assertThat(e.authorsWords()).as(t).hasSameSizeAs(t);
            assertThat(e.withAuthorsWords(s -> s).text()).as(t).isEqualTo(t);
            assertThat(e.firstNotIn(t).map(Excerpt.Piece::text)).as("an excerpt is its own text's: %s", t).isEmpty();
            assertThat(Excerpt.signature(t)).hasSize(e.pieces().size());
            assertThat(QuoteLines.marked(t, e.rangesIn(t))).extracting(l -> l.stream().map(QuoteLines.Run::text)
                    .collect(java.util.stream.Collectors.joining())).as(t).containsExactlyElementsOf(QuoteLines.of(t));
        }
    }

    @Test
    void the_runs_are_found_where_they_stand_in_the_text_and_marked_there_line_by_line() {
        Excerpt e = excerpt("We cook … the evenings are long");
        assertThat(e.rangesIn(QUOTE)).extracting(r -> QUOTE.substring(r[0], r[1])).containsExactly("We cook", "the evenings are long");
        assertThat(excerpt("We cook every day").rangesIn(QUOTE)).isEmpty();
        // the marks around a run's words that the text has there too are marked with them; a mark the text has once,
        // between two runs, is the earlier run's
        String said = "\u201CWe cook,\u201D she said, \u201Cthe evenings are long.\u201D";
        assertThat(excerpt("\u201CWe cook,\u201D … \u201Cthe evenings are long.\u201D").rangesIn(said))
                .extracting(r -> said.substring(r[0], r[1]))
                .containsExactly("\u201CWe cook,\u201D", "\u201Cthe evenings are long.\u201D");
        String tight = "We cook,the evenings";
        assertThat(excerpt("We cook, … ,the evenings").rangesIn(tight)).extracting(r -> tight.substring(r[0], r[1]))
                .containsExactly("We cook,", "the evenings");
        assertThat(excerpt("We cook! … the evenings").rangesIn(QUOTE)).extracting(r -> QUOTE.substring(r[0], r[1]))
                .as("a mark the text does not have there is not marked").first().isEqualTo("We cook");
        String lines = "  Moderator: And when it rains?\n\n\n  P3: Then we do not see each other.  \n";
        var marked = QuoteLines.marked(lines, excerpt("rains … Then we").rangesIn(lines));
        assertThat(marked).extracting(l -> l.stream().map(r -> r.marked() ? "[" + r.text() + "]" : r.text())
                .collect(java.util.stream.Collectors.joining())).containsExactly("Moderator: And when it [rains]?", "",
                "P3: [Then we] do not see each other.");
        // the lines read as the text's own lines do, marks aside
        assertThat(marked).extracting(l -> l.stream().map(QuoteLines.Run::text).collect(java.util.stream.Collectors.joining()))
                .containsExactlyElementsOf(QuoteLines.of(lines));
    }

    @Test
    void an_excerpt_of_several_lines_keeps_them_as_the_text_would() {
        Excerpt e = excerpt("Moderator: And when it rains?\nP3: Then … each other.");
        assertThat(e.lines()).containsExactly("Moderator: And when it rains?", "P3: Then … each other.");
        assertThat(e.runIn()).isEqualTo("Moderator: And when it rains? / P3: Then … each other.");
        assertThat(e.firstNotIn("Moderator: And when it rains?\nP3: Then we do not see each other.")).isEmpty();
    }
}

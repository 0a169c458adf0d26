package weft.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes renamed and re-worded at once, paired by their words; quotes that only share common words stay apart. */
class SimilarQuotesTest {

    private static Map<String, String> quotes(String... idsAndTexts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            map.put(idsAndTexts[i], idsAndTexts[i + 1]);
        }
        return map;
    }

    @Test
    void a_quote_renamed_and_reworded_is_paired_with_what_it_became_and_unlike_quotes_are_not() {
        assertThat(SimilarQuotes.pair(
                quotes("evenings", "The evenings at the table are long and good.",
                        "sink", "The sink is always full.",
                        "fathers", "make good fathers"),
                quotes("dishes", "Nobody ever washes the dishes here.",
                        "long-evenings", "The evenings at the table are long, and they are good.",
                        "mothers", "make good mothers")))
                .containsExactly(Map.entry("evenings", "long-evenings"), Map.entry("fathers", "mothers")); // the more alike first
    }

    @Test
    void the_most_alike_pair_is_taken_first_and_each_quote_is_in_one_pair() {
        // both earlier quotes are like the one later quote; the closer one takes it, the other stays unmatched
        assertThat(SimilarQuotes.pair(
                quotes("a", "We cook together on Sundays and on holidays.",
                        "b", "We cook together on Sundays."),
                quotes("c", "We cook together on Sundays!")))
                .containsExactly(Map.entry("b", "c"));
    }

    @Test
    void less_than_half_the_words_in_common_or_one_word_is_no_pair() {
        assertThat(SimilarQuotes.pair(quotes("a", "My family never talked about feelings at home."),
                quotes("b", "At home we talked about football and about the weather mostly."))).isEmpty();
        assertThat(SimilarQuotes.pair(quotes("a", "Alone."), quotes("b", "Alone!"))).isEmpty();
        assertThat(TextDiff.similarity("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(TextDiff.similarity("a b c d", "a x c y")).isEqualTo(0.5);
        assertThat(TextDiff.similarity("a b", "c d")).isEqualTo(0.0);
    }

    @Test
    void thousands_of_quotes_renamed_at_once_each_find_their_own_though_they_share_common_words() {
        Map<String, String> earlier = new LinkedHashMap<>();
        Map<String, String> later = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            earlier.put("old-" + i, "the day " + i + " was a day of word" + i + " and word" + (i + 7_000) + " for us");
            later.put("new-" + i, "the day " + i + " was a day of word" + i + " and word" + (i + 7_000) + " for all of us");
        }
        Map<String, String> pairs = SimilarQuotes.pair(earlier, later);
        assertThat(pairs).hasSize(3_000);
        pairs.forEach((from, to) -> assertThat(to).isEqualTo(from.replace("old-", "new-")));
    }

    @Test
    void quotes_that_may_not_pair_two_participants_words_are_not_paired_however_alike() {
        Map<String, String> earlier = quotes("p1-said", "We cook together on Sundays and on holidays.");
        Map<String, String> later = quotes("p2-said", "We cook together on Sundays and holidays.");
        assertThat(SimilarQuotes.pair(earlier, later)).containsExactly(Map.entry("p1-said", "p2-said"));
        assertThat(SimilarQuotes.pair(earlier, later, (e, l) -> e.substring(0, 2).equals(l.substring(0, 2)))).isEmpty();
    }
}

package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LaTeX's accented and special letters as BibTeX files from reference managers and databases write them. */
class LatexLettersTest {

    @Test
    void accents_written_every_way_latex_allows_become_letters() {
        assertThat(LatexLetters.of("Lindstr\\\"{o}m")).isEqualTo("Lindström");
        assertThat(LatexLetters.of("Lindstr{\\\"o}m")).isEqualTo("Lindström");
        assertThat(LatexLetters.of("Lindstr\\\"om")).isEqualTo("Lindström");
        assertThat(LatexLetters.of("Mar{\\'\\i}a")).isEqualTo("María");
        assertThat(LatexLetters.of("Mar\\'{\\i}a")).isEqualTo("María");
        assertThat(LatexLetters.of("Ke{\\c{c}}eci, {\\u{G}}{\\\"u}l")).isEqualTo("Keçeci, Ğül");
        assertThat(LatexLetters.of("Dvo\\v{r}\\'ak, \\v a")).isEqualTo("Dvořák, ǎ");
        assertThat(LatexLetters.of("W{\\k{a}}sowicz, Erd\\H{o}s, \\r{u}, \\d{s}, \\={a}, \\.{Z}")).isEqualTo("Wąsowicz, Erdős, ů, ṣ, ā, Ż");
        assertThat(LatexLetters.of("Nguy{\\~{\\^e}}n")).isEqualTo("Nguyễn"); // accents stacked
    }

    @Test
    void special_letters_become_letters_and_a_command_word_eats_its_space() {
        assertThat(LatexLetters.of("{\\L}ukasz {\\l}{\\'o}d{\\'z}")).isEqualTo("Łukasz łódź");
        assertThat(LatexLetters.of("\\AA ngstr\\\"om, Str\\o m, {\\ss}, {\\ae}, \\OE uvre, K{\\i}r{\\i}kkale"))
                .isEqualTo("Ångström, Strøm, ß, æ, Œuvre, Kırıkkale");
        assertThat(LatexLetters.of("{Troms\\o}")).isEqualTo("{Tromsø}"); // a group of more than a letter keeps its braces
        assertThat(LatexLetters.of("J.~R. Smith, 5\\,km, hy\\-phen")).isEqualTo("J. R. Smith, 5\u2009km, hyphen");
    }

    @Test
    void what_is_not_a_letter_is_left_to_the_converter_and_addresses_as_written() {
        assertThat(LatexLetters.of("A \\& B, 50\\% of \\textit{cases}, \\url{https://example.org/~user}"))
                .isEqualTo("A \\& B, 50\\% of \\textit{cases}, \\url{https://example.org/~user}");
        assertThat(LatexLetters.of("\\ldots and \\verb and \\ulcorner")).isEqualTo("\\ldots and \\verb and \\ulcorner");
        assertThat(LatexLetters.of("plain text")).isEqualTo("plain text");
        assertThat(LatexLetters.of("\\'{} and \\' and \\t{oo} and a trailing \\")).isEqualTo("\\'{} and \\' and \\t{oo} and a trailing \\");
    }
}

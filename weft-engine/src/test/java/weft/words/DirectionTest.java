package weft.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which languages an article is written right to left in: by the script each is likely written in (ICU). */
class DirectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ar-EG", "he", "he-IL", "fa", "fa-IR", "ur", "ps", "yi", "dv", "ckb", "sd", "az-Arab", "pa-Arab"})
    void languages_written_right_to_left(String language) {
        assertThat(Direction.of(language)).isEqualTo("rtl");
        assertThat(Words.of(language).dir()).isEqualTo("rtl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "pt-BR", "de", "zh", "ja", "ru", "hi", "th", "az", "pa", "ku", "", " "})
    void languages_written_left_to_right(String language) {
        assertThat(Direction.of(language)).isEqualTo("ltr");
    }
}

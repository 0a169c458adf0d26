package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLLabel;
import org.junit.jupiter.api.Test;

class LocatorTest {

    @Test
    void common_labels_are_recognised() {
        assertThat(Locator.parse("p. 12")).contains(new Locator(CSLLabel.PAGE, "12"));
        assertThat(Locator.parse("pp. 12-14")).contains(new Locator(CSLLabel.PAGE, "12-14"));
        assertThat(Locator.parse("ch. 3")).contains(new Locator(CSLLabel.CHAPTER, "3"));
        assertThat(Locator.parse("Fig. 2b")).contains(new Locator(CSLLabel.FIGURE, "2b"));
        assertThat(Locator.parse("§ 4.2")).contains(new Locator(CSLLabel.SECTION, "4.2"));
        assertThat(Locator.parse("sec. 4.2")).contains(new Locator(CSLLabel.SECTION, "4.2"));
    }

    @Test
    void a_bare_or_unknown_locator_is_a_page_and_a_blank_one_is_none() {
        assertThat(Locator.parse("12")).contains(new Locator(CSLLabel.PAGE, "12"));
        assertThat(Locator.parse("table 3")).contains(new Locator(CSLLabel.PAGE, "table 3"));
        assertThat(Locator.parse("  ")).isEmpty();
    }

    /** As Pandoc's citeproc reads the text after a key: a label or a number begins a locator; other words are a suffix. */
    @Test
    void text_that_begins_with_a_label_or_a_number_is_a_locator_and_other_words_a_suffix() {
        for (String locator : new String[] {"p. 4", "pp. 33-35 and passim", "chapter 2", "§ 3", "12", "4, emphasis added"}) {
            assertThat(Locator.isLocator(locator)).as(locator).isTrue();
        }
        for (String suffix : new String[] {"for a review", "emphasis added", "table 3", "and others", "", "  "}) {
            assertThat(Locator.isLocator(suffix)).as(suffix).isFalse();
        }
    }
}

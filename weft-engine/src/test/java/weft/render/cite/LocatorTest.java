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
}

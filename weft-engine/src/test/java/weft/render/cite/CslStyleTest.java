package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CslStyleTest {

    @Test
    void vancouver_brackets_was_renamed_in_styles_26_2_and_is_found_by_its_old_name() {
        assertThat(CSL.supportsStyle("vancouver-brackets")).isFalse();
        assertThat(CSL.supportsStyle("nlm-citation-sequence-brackets")).isTrue();
        CslStyle s = CslStyle.load("vancouver-brackets").orElseThrow();
        assertThat(s.resolvedName()).isEqualTo("nlm-citation-sequence-brackets");
        assertThat(s.numeric()).isTrue();
        assertThat(s.collapseCitationNumber()).isTrue();
        assertThat(s.citationDelimiter()).isEqualTo(",");
    }

    @Test
    void apa_is_author_date() {
        CslStyle s = CslStyle.load("apa").orElseThrow();
        assertThat(s.numeric()).isFalse();
        assertThat(s.collapseCitationNumber()).isFalse();
    }

    @Test
    void a_dependent_style_resolves_to_its_parent() {
        CslStyle s = CslStyle.load("gastric-cancer").orElseThrow(); // dependent/gastric-cancer.csl
        assertThat(s.resolvedName()).isEqualTo("springer-vancouver-brackets");
        assertThat(s.numeric()).isTrue();
    }

    @Test
    void an_unknown_or_malformed_name_is_no_style() {
        assertThat(CslStyle.load("no-such-style")).isEmpty();
        assertThat(CslStyle.load("../dependent/gastric-cancer")).isEmpty();
        assertThat(CslStyle.load("APA")).isEqualTo(Optional.empty());
    }

    @Test
    void a_bare_language_takes_its_primary_dialect() {
        assertThat(CslLocale.forLanguage("en")).contains("en-US");
        assertThat(CslLocale.forLanguage("en-GB")).contains("en-GB");
        assertThat(CslLocale.forLanguage("fi")).contains("fi-FI");
        assertThat(CslLocale.forLanguage("sv")).contains("sv-SE");
        assertThat(CslLocale.forLanguage("eu")).contains("eu");
        assertThat(CslLocale.forLanguage("xx")).isEmpty();
    }
}

package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formats a fence's condition prints its text in, as Quarto decides them, and what a warning says of it. */
class ConditionsTest {

    private static Divs.Fence fence(String written) {
        return Divs.fence(written);
    }

    @Test
    void each_condition_prints_the_text_in_the_formats_quarto_would() {
        assertThat(fence("{.content-visible when-format=\"html\"}").formats()).containsExactly("html");
        assertThat(fence("{.content-visible when-format=\"latex\"}").formats()).containsExactly("pdf");
        assertThat(fence("{.content-visible unless-format=\"pdf\"}").formats()).containsExactly("html", "docx", "jats");
        assertThat(fence("{.content-hidden when-format=\"html:js\"}").formats()).containsExactly("pdf", "docx", "jats");
        assertThat(fence("{.content-hidden unless-format=\"jats_publishing\"}").formats()).containsExactly("jats");
        assertThat(fence("{.content-visible when-format=\"html\" unless-format=\"html5\"}").formats()).isEmpty();
        assertThat(fence("content-hidden").formats()).isEmpty();
        assertThat(fence("content-visible").formats()).containsExactly("html", "pdf", "docx", "jats");
        assertThat(fence("content-visible").read()).as("printed everywhere: nothing to mark").isFalse();
        assertThat(fence("content-visible").condition()).as("but no warning of a div with nothing read").isTrue();
    }

    @Test
    void a_format_that_is_none_of_wefts_or_a_condition_without_its_class_is_said() {
        assertThat(fence("{.content-visible unless-format=\"epub\" when-format=\"typst\"}").formatNotices()).containsExactly(
                "when-format=\"typst\" and unless-format=\"epub\" names none of Weft's formats (html, the web page; pdf or"
                        + " latex; docx; jats): the text is printed in none of them");
        assertThat(fence("{.content-hidden unless-format=\"revealjs\"}").formatNotices()).as("hidden but in revealjs")
                .containsExactly("unless-format=\"revealjs\" names none of Weft's formats (html, the web page; pdf or latex;"
                        + " docx; jats): the text is printed in none of them");
        assertThat(fence("{.content-visible unless-format=\"revealjs\"}").formatNotices()).containsExactly(
                "unless-format=\"revealjs\" names none of Weft's formats (html, the web page; pdf or latex; docx; jats):"
                        + " the text is printed in all of them");
        assertThat(fence("{when-format=\"pdf\"}").formatNotices()).containsExactly("when-format and unless-format are read"
                + " with the class .content-visible or .content-hidden, which this div has not: its text is printed in every"
                + " format");
        assertThat(fence("{when-format=\"pdf\"}").formats()).isEqualTo(List.of("html", "pdf", "docx", "jats"));
        assertThat(fence("{.content-visible when-format=\"docx\"}").formatNotices()).isEmpty();
    }
}

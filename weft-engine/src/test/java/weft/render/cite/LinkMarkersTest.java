package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkMarkersTest {
    private static final CslStyle NUMERIC = new CslStyle("n", "n", "", true, true, ",");
    private static final CslStyle AUTHOR_DATE = new CslStyle("a", "a", "", false, false, "; ");
    private static final List<String> KEYS = List.of("k0", "k1", "k2", "k3", "k4");

    private static String item(int k, String text) {
        return LinkMarkers.prefix(k) + text + LinkMarkers.suffix();
    }

    @Test
    void linksEachItem() {
        String marked = "(" + item(0, "Smith, 2020") + "; " + item(1, "Doe, 2019, p. 3") + ")";
        assertThat(LinkMarkers.toHtml(marked, KEYS, AUTHOR_DATE))
                .isEqualTo("(<a href=\"#ref-k0\">Smith, 2020</a>; <a href=\"#ref-k1\">Doe, 2019, p. 3</a>)");
    }

    @Test
    void collapsesThreeOrMoreConsecutiveNumbers() {
        String marked = "[" + item(0, "30") + "," + item(1, "31") + "," + item(2, "32") + "," + item(3, "34")
                + "," + item(4, "35") + "]";
        assertThat(LinkMarkers.toHtml(marked, KEYS, NUMERIC)).isEqualTo(
                "[<a href=\"#ref-k0\">30</a>&ndash;<a href=\"#ref-k2\">32</a>,"
                        + "<a href=\"#ref-k3\">34</a>,<a href=\"#ref-k4\">35</a>]");
    }

    @Test
    void doesNotCollapseTwoOrNonNumbers() {
        String two = "[" + item(0, "5") + "," + item(1, "6") + "]";
        assertThat(LinkMarkers.toHtml(two, KEYS, NUMERIC))
                .isEqualTo("[<a href=\"#ref-k0\">5</a>,<a href=\"#ref-k1\">6</a>]");
        String withLocators = "[" + item(0, "1, p. 3") + "," + item(1, "2") + "," + item(2, "3") + "]";
        assertThat(LinkMarkers.toHtml(withLocators, KEYS, NUMERIC)).contains(">1, p. 3</a>,").doesNotContain("ndash");
    }

    @Test
    void mangledMarkersAreRefusedRatherThanPrinted() {
        assertThatThrownBy(() -> LinkMarkers.toHtml("[" + LinkMarkers.prefix(0) + "5]", KEYS, NUMERIC))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void escapesKeysInAttributes() {
        assertThat(LinkMarkers.link("a\"b&c", "x")).isEqualTo("<a href=\"#ref-a&quot;b&amp;c\">x</a>");
    }
}

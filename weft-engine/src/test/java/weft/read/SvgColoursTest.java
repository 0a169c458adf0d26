package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Colours in CSS's later forms, which Batik refuses and browsers draw (Graphviz writes {@code stroke="transparent"},
 * Plotly {@code rgba()}), are written as SVG 1.1 has them, so that the PDF and the Word document draw the figure the
 * web page shows.
 */
class SvgColoursTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">";

    private static String published(String svg) {
        SvgFigure.Checked checked = SvgFigure.check("content/figures/c.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.found()).isEmpty();
        assertThat(SvgDrawing.problem(checked.svg().orElseThrow())).as("Batik draws it").isEmpty();
        String out = new String(checked.svg().get(), StandardCharsets.UTF_8);
        return out.substring(out.indexOf('>') + 1, out.lastIndexOf("</svg>"));
    }

    @Test
    void the_later_forms_of_a_colour_are_read() {
        assertThat(SvgColours.later("transparent")).contains(new SvgColours.Colour("#000000", 0));
        assertThat(SvgColours.later("rgba(255, 0, 0, 0.5)")).contains(new SvgColours.Colour("#ff0000", 0.5));
        assertThat(SvgColours.later("rgb(100% 50% 0% / 25%)")).contains(new SvgColours.Colour("#ff8000", 0.25));
        assertThat(SvgColours.later("hsl(120, 100%, 25%)")).contains(new SvgColours.Colour("#008000", 1));
        assertThat(SvgColours.later("hsla(240deg 100% 50% / 0.2)")).contains(new SvgColours.Colour("#0000ff", 0.2));
        assertThat(SvgColours.later("#f008")).contains(new SvgColours.Colour("#ff0000", 0x88 / 255.0));
        assertThat(SvgColours.later("#11223380")).contains(new SvgColours.Colour("#112233", 0x80 / 255.0));
        assertThat(SvgColours.later("#112233")).isEmpty();
        assertThat(SvgColours.later("red")).isEmpty();
        assertThat(SvgColours.later("url(#g)")).isEmpty();
        assertThat(SvgColours.later("rgba(1, 2)")).isEmpty();
    }

    @Test
    void a_colours_transparency_goes_to_its_opacity_multiplied_into_the_one_given() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("fill", "rgba(255,0,0,0.5)");
        properties.put("fill-opacity", "0.5");
        properties.put("stroke", "transparent");
        properties.put("stop-color", "transparent");
        properties.put("x", "rgba(1,2,3,0.5)");
        assertThat(SvgColours.apply(properties)).isTrue();
        assertThat(properties).containsExactly(Map.entry("fill", "#ff0000"), Map.entry("fill-opacity", "0.25"),
                Map.entry("stroke", "none"), Map.entry("stop-color", "#000000"), Map.entry("x", "rgba(1,2,3,0.5)"),
                Map.entry("stop-opacity", "0"));
    }

    @Test
    void attributes_styles_and_style_sheets_are_written_as_batik_draws_them() {
        assertThat(published(OPEN + "<polygon fill=\"white\" stroke=\"transparent\" points=\"0,0 9,0 9,9\"/></svg>"))
                .isEqualTo("<polygon fill=\"white\" stroke=\"none\" points=\"0,0 9,0 9,9\"></polygon>");
        assertThat(published(OPEN + "<rect width=\"9\" height=\"9\" style=\"fill: rgba(31, 119, 180, 0.6); stroke:"
                + " hsl(0, 0%, 50%); stroke-width: 2\"/></svg>")).isEqualTo("<rect width=\"9\" height=\"9\" style=\"fill:"
                + " #1f77b4; stroke: #808080; stroke-width: 2; fill-opacity: 0.6\"></rect>");
        assertThat(published(OPEN + "<style>.a { fill: #ff000080 } .b { stroke: red }</style><rect class=\"a\""
                + " width=\"9\" height=\"9\"/></svg>")).isEqualTo("<style>.a {fill: #ff0000; fill-opacity: 0.502} .b {"
                + " stroke: red }</style><rect class=\"a\" width=\"9\" height=\"9\"></rect>");
        assertThat(published(OPEN + "<rect width=\"9\" height=\"9\" fill=\"#abc\" stroke=\"rgb(1,2,3)\"/></svg>"))
                .isEqualTo("<rect width=\"9\" height=\"9\" fill=\"#abc\" stroke=\"#010203\"></rect>");
    }
}

package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;

/**
 * An SVG figure is published as its drawing alone: what draws is kept, what does not is left out silently, what runs or
 * reads something else is left out with a warning or refused with an error at its line.
 */
class SvgFigureTest {

    private static final String PATH = "content/figures/f.svg";
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"200\" height=\"100\">";

    @TempDir
    Path temp;

    private static SvgFigure.Checked check(String svg) {
        return SvgFigure.check(PATH, svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String published(SvgFigure.Checked checked) {
        return new String(checked.svg().orElseThrow(), StandardCharsets.UTF_8);
    }

    private static List<String> reported(SvgFigure.Checked checked) {
        return checked.found().stream().map(Diagnostic::toString).toList();
    }

    /** The published SVG is well-formed XML in SVG's namespace (parsed by the JDK, namespace-aware). */
    private static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_drawing_is_kept_as_it_draws() throws Exception {
        String svg = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + OPEN + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#abc\"/></linearGradient>"
                + "<marker id=\"m\" refX=\"1\" orient=\"auto\"><path id=\"p\" d=\"M0 0L2 1L0 2z\"/></marker></defs>"
                + "<style>.a > rect { fill: url(#g) }</style>"
                + "<g class=\"a\" transform=\"translate(1 2)\"><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" style=\"stroke: url('#g')\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" marker-end=\"url(#m)\"/><use xlink:href=\"#p\"/><use href=\"#p\" xlink:href=\"#m\"/>"
                + "<text x=\"3\" y=\"4\" xml:space=\"preserve\">Cook &amp; eat <tspan font-weight=\"bold\">&lt;together&gt;</tspan></text></g>"
                + "<title>A model</title></svg>";

        SvgFigure.Checked checked = check(svg);

        assertThat(checked.found()).isEmpty();
        assertThat(checked.width()).isEqualTo(200);
        assertThat(checked.height()).isEqualTo(100);
        assertThat(published(checked)).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"200\" height=\"100\" viewBox=\"0 0 200 100\"><defs><linearGradient id=\"g\"><stop offset=\"0\""
                + " stop-color=\"#abc\"></stop></linearGradient><marker id=\"m\" refX=\"1\" orient=\"auto\"><path"
                + " id=\"p\" d=\"M0 0L2 1L0 2z\"></path></marker></defs><style>.a &gt; rect { fill: url(#g) }</style><g class=\"a\""
                + " transform=\"translate(1 2)\"><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" style=\"stroke: url('#g')\"></rect>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" marker-end=\"url(#m)\"></line><use xlink:href=\"#p\"></use>"
                + "<use xlink:href=\"#p\"></use><text x=\"3\" y=\"4\" xml:space=\"preserve\">Cook &amp; eat <tspan"
                + " font-weight=\"bold\">&lt;together&gt;</tspan></text></g><title>A model</title></svg>\n");
        parse(published(checked));
        assertThat(SvgDrawing.problem(checked.svg().get())).isEmpty();
    }

    @Test
    void what_does_not_draw_is_left_out_without_a_word() {
        String svg = "<!-- by Jane Doe -->" + "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                + " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" viewBox=\"0 0 30 20\""
                + " inkscape:version=\"1.2\" data-name=\"x\">"
                + "<sodipodi:namedview id=\"nv\" inkscape:zoom=\"2\"/>"
                + "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><dc:creator"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Jane Doe</dc:creator></rdf:RDF></metadata>"
                + "<?xpacket begin='' id='x'?><rect inkscape:label=\"Box\" aria-hidden=\"true\" role=\"img\" width=\"3\" height=\"2\"/></svg>";

        SvgFigure.Checked checked = check(svg);

        assertThat(checked.found()).isEmpty();
        assertThat(published(checked)).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"30\" height=\"20\" viewBox=\"0 0 30 20\"><rect width=\"3\" height=\"2\"></rect></svg>\n");
    }

    @Test
    void scripts_handlers_links_and_unknown_attributes_are_left_out_with_a_warning() throws Exception {
        String svg = OPEN + "\n<script>alert(document.cookie)</script>\n"
                + "<rect width=\"1\" height=\"1\" onclick=\"steal()\" onmouseover=\"x()\" ONLOAD=\"y()\"/>\n"
                + "<a xlink:href=\"javascript:steal()\"><text>link</text></a>\n"
                + "<a href=\"https://example.org/\"><circle r=\"1\" glitter=\"yes\"/></a>\n"
                + "<circle r=\"2\" glitter=\"no\"/></svg>";

        SvgFigure.Checked checked = check(svg);

        assertThat(reported(checked)).containsExactly(
                "WARNING content/figures/f.svg:2:1: the SVG's <script> is left out: a figure is published as a drawing,"
                        + " without its scripts",
                "WARNING content/figures/f.svg:3:1: the SVG's event handler onclick is left out: a figure is published as"
                        + " a drawing, without its scripts",
                "WARNING content/figures/f.svg:3:1: the SVG's event handler onmouseover is left out: a figure is"
                        + " published as a drawing, without its scripts",
                "WARNING content/figures/f.svg:3:1: the SVG's event handler ONLOAD is left out: a figure is published as"
                        + " a drawing, without its scripts",
                "WARNING content/figures/f.svg:4:1: the address of a link in the SVG ('javascript:steal()') is left out:"
                        + " a figure is published as a drawing; give the address in the text or the caption",
                "WARNING content/figures/f.svg:5:1: the address of a link in the SVG ('https://example.org/') is left"
                        + " out: a figure is published as a drawing; give the address in the text or the caption",
                "WARNING content/figures/f.svg:5:32: the SVG's attribute glitter is not one Weft knows, and is left out:"
                        + " should the figure look otherwise in the publication, tell Weft's developers which program wrote it");
        String published = published(checked);
        assertThat(published.toLowerCase()).doesNotContain("script", "onclick", "onmouseover", "onload", "steal", "alert",
                "example.org", "glitter");
        assertThat(parse(published).getElementsByTagNameNS(SvgFigure.SVG_NS, "circle").getLength()).isEqualTo(2);
    }

    @Test
    void what_would_draw_otherwise_or_read_another_file_is_refused_at_its_line() {
        String svg = OPEN + "\n"
                + "<foreignObject width=\"9\" height=\"9\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Hi</div></foreignObject>\n"
                + "<rect width=\"1\" height=\"1\"><animate attributeName=\"x\" to=\"9\"/><set attributeName=\"y\" to=\"1\"/></rect>\n"
                + "<image width=\"1\" height=\"1\" xlink:href=\"file:///etc/passwd\"/>\n"
                + "<use href=\"other.svg#a\"/>\n"
                + "<rect width=\"1\" height=\"1\" fill=\"url(https://example.org/paint)\"/>\n"
                + "<style>@import url(https://example.org/x.css);</style>\n"
                + "<style>rect { fill: url(\"http://example.org/g.svg#g\") }</style>\n"
                + "<style>@font-face { font-family: x; src: url(data:font/ttf;base64,AAAA) }</style>\n"
                + "<rect width=\"1\" height=\"1\" style=\"fill: u\\72l(http://example.org/)\"/>\n"
                + "<p xmlns=\"http://www.w3.org/1999/xhtml\">html</p>\n"
                + "<video/>\n"
                + "</svg>";

        SvgFigure.Checked checked = check(svg);

        assertThat(checked.svg()).isEmpty();
        assertThat(reported(checked)).containsExactly(
                "ERROR content/figures/f.svg:2:1: the SVG holds HTML (foreignObject), which the PDF and"
                        + " the Word document cannot draw: export the figure with its text as SVG text (or as a PNG)",
                "ERROR content/figures/f.svg:3:28: the SVG holds an animation, which a page on paper cannot show: remove it",
                "ERROR content/figures/f.svg:3:63: the SVG holds an animation, which a page on paper cannot show: remove it",
                "ERROR content/figures/f.svg:4:1: the SVG refers to 'file:///etc/passwd' outside itself: a figure holds"
                        + " all it draws (a picture in it embedded as data:image/png;base64 or data:image/jpeg;base64), as the"
                        + " web page, the PDF and the Word document read nothing else",
                "ERROR content/figures/f.svg:5:1: the SVG refers to 'other.svg#a' outside itself: a figure holds all it"
                        + " draws (a picture in it embedded as data:image/png;base64 or data:image/jpeg;base64), as the web"
                        + " page, the PDF and the Word document read nothing else",
                "ERROR content/figures/f.svg:6:1: the SVG refers to 'https://example.org/paint' outside itself (url(…)):"
                        + " a figure holds all it draws, as the web page, the PDF and the Word document read nothing else",
                "ERROR content/figures/f.svg:7:1: the SVG's style imports another style (@import): a figure holds all it"
                        + " draws",
                "ERROR content/figures/f.svg:8:1: the SVG refers to 'http://example.org/g.svg#g' outside itself (url(…)):"
                        + " a figure holds all it draws, as the web page, the PDF and the Word document read nothing else",
                "ERROR content/figures/f.svg:9:1: the SVG's style brings a font of its own (@font-face): a figure's text"
                        + " is drawn in the fonts the reader has (or turned into paths)",
                "ERROR content/figures/f.svg:10:1: the SVG's style has an escape (\\): write the style without escapes",
                "ERROR content/figures/f.svg:11:1: the SVG holds HTML (<p>), which the PDF and the Word document cannot"
                        + " draw: export the figure with its text as SVG text (or as a PNG)",
                "ERROR content/figures/f.svg:12:1: the SVG holds <video>, which is not an element Weft takes in a figure"
                        + " (it takes shapes, paths, text, gradients, patterns, clips, masks, markers, filters and styles)");
    }

    @Test
    void entities_are_refused_and_nothing_is_read_through_them() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "the secret");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + OPEN + "<text>&x;</text></svg>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + OPEN + "<text>&c;</text></svg>";

        for (String svg : List.of(external, laughs)) {
            SvgFigure.Checked checked = check(svg);
            assertThat(checked.svg()).isEmpty();
            assertThat(checked.found()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                assertThat(d.position().path()).isEqualTo(PATH);
                assertThat(d.position().line()).isEqualTo(1);
                assertThat(d.message()).startsWith("the SVG ").doesNotContain("the secret");
            });
        }
    }

    @Test
    void an_embedded_picture_is_kept_without_its_metadata_and_a_damaged_one_refused() throws Exception {
        byte[] png = ImageFilesForTests.pngWithText("Author\0Jane Doe");
        String svg = OPEN + "<image width=\"4\" height=\"4\" xlink:href=\"data:image/png;base64,"
                + Base64.getMimeEncoder().encodeToString(png) + "\"/></svg>";

        SvgFigure.Checked checked = check(svg);

        assertThat(checked.found()).isEmpty();
        assertThat(published(checked)).contains("xlink:href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(ImageBytes.check(png).bytes()) + "\"");
        assertThat(new String(Base64.getDecoder().decode(published(checked).replaceAll("(?s).*base64,([^\"]*)\".*", "$1")),
                StandardCharsets.ISO_8859_1)).doesNotContain("Jane Doe");

        assertThat(reported(check(OPEN + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>"))).containsExactly(
                "ERROR content/figures/f.svg:1:109: the picture embedded in the SVG cannot be published: the PNG file is"
                        + " cut short (it has no end chunk)");
        assertThat(reported(check(OPEN + "<image xlink:href=\"data:image/svg+xml;base64,PHN2Zy8+\"/></svg>")))
                .singleElement().asString().contains("refers to 'data:image/svg+xml;base64,PHN2Zy8+' outside itself");
    }

    @Test
    void the_size_is_read_in_any_unit_and_a_figure_without_one_is_refused() {
        SvgFigure.Checked mm = check("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"50.8mm\" height=\"1in\"/>");
        assertThat(mm.width()).isEqualTo(192);
        assertThat(mm.height()).isEqualTo(96);
        assertThat(published(mm)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"192\" height=\"96\" viewBox=\"0 0 192 96\">"); // user units are pixels without a viewBox

        SvgFigure.Checked boxed = check("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 40 10\"/>");
        assertThat(List.of(boxed.width(), boxed.height())).containsExactly(40, 10);
        SvgFigure.Checked halfGiven = check("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12pt\" viewBox=\"0 0 4 2\"/>");
        assertThat(List.of(halfGiven.width(), halfGiven.height())).containsExactly(16, 8);

        assertThat(reported(check("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"))).containsExactly(
                "ERROR content/figures/f.svg:1:1: the SVG gives no size: give its <svg> a width and a height"
                        + " (width=\"160mm\" height=\"90mm\") or a viewBox");
        assertThat(reported(check("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 5\"/>"))).containsExactly(
                "ERROR content/figures/f.svg:1:1: the SVG's viewBox '0 0 0 5' is not four numbers with a width and a"
                        + " height above 0");
        assertThat(reported(check("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30000\" height=\"1\"/>"))).containsExactly(
                "ERROR content/figures/f.svg:1:1: the SVG is 30000 by 1 pixels, over the limit of 20000: make it smaller");
    }

    @Test
    void a_file_that_is_not_an_svg_drawing_is_refused() throws Exception {
        assertThat(reported(check("<svg width=\"1\" height=\"1\"/>"))).containsExactly(
                "ERROR content/figures/f.svg:1:1: the file is not an SVG drawing: its first element is <svg> without"
                        + " SVG's namespace (xmlns=\"http://www.w3.org/2000/svg\")");
        assertThat(reported(check("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"))).containsExactly(
                "ERROR content/figures/f.svg:1:1: the file is not an SVG drawing: its first element is <html>, not <svg>");
        assertThat(reported(check(OPEN + "<rect>"))).singleElement().asString()
                .startsWith("ERROR content/figures/f.svg:1:").contains("the SVG cannot be read: ");
        assertThat(reported(SvgFigure.check(PATH, ImageFilesForTests.pngWithText("x")))).singleElement().asString()
                .startsWith("ERROR content/figures/f.svg:1:1: the SVG cannot be read: ");
    }

    @Test
    void elements_nested_deeper_than_a_renderer_draws_are_refused() {
        String deep = OPEN + "<g>".repeat(SvgFigure.MAX_DEPTH) + "</g>".repeat(SvgFigure.MAX_DEPTH) + "</svg>";
        assertThat(reported(check(deep))).singleElement().asString()
                .isEqualTo("ERROR content/figures/f.svg:1:" + (OPEN.length() + 3 * (SvgFigure.MAX_DEPTH - 1) + 1)
                        + ": more than 200 elements nested in each other: a figure is not drawn that deep");
        String fine = OPEN + "<g>".repeat(SvgFigure.MAX_DEPTH - 1) + "</g>".repeat(SvgFigure.MAX_DEPTH - 1) + "</svg>";
        assertThat(check(fine).found()).isEmpty();
    }

    /** A {@code <use>} of a group of ten {@code <use>}s of a group of ten ...: few bytes, billions of shapes drawn. */
    @Test
    void a_drawing_that_multiplies_itself_through_use_is_refused() {
        StringBuilder bomb = new StringBuilder(OPEN).append("<defs><g id=\"l0\"><rect width=\"1\" height=\"1\"/></g>");
        for (int level = 1; level <= 9; level++) {
            bomb.append("<g id=\"l").append(level).append("\">");
            bomb.append(("<use xlink:href=\"#l" + (level - 1) + "\"/>").repeat(10)).append("</g>");
        }
        bomb.append("</defs><use xlink:href=\"#l9\"/></svg>");
        String message = "ERROR content/figures/f.svg: the SVG draws more than 1000000 elements once each <use> is drawn"
                + " as what it names (a <use> of a group of <use>s of groups ...), or a <use> draws itself: a renderer"
                + " would take too long or run out of memory";
        assertThat(reported(check(bomb.toString()))).containsExactly(message);
        assertThat(reported(check(OPEN + "<g id=\"a\"><use xlink:href=\"#a\"/></g></svg>"))).containsExactly(message);
        assertThat(reported(check(OPEN + "<filter id=\"f\"><feTurbulence baseFrequency=\"0.1\" numOctaves=\"100000000\"/>"
                + "</filter><rect width=\"9\" height=\"9\" filter=\"url(#f)\"/></svg>"))).containsExactly("ERROR"
                + " content/figures/f.svg:1:124: the SVG's turbulence has numOctaves=\"100000000\": more than 32 octaves"
                + " draw nothing one can see and take a renderer as long again for each");
        String fewer = bomb.toString().replace("<use xlink:href=\"#l9\"/></svg>", "<use xlink:href=\"#l5\"/></svg>");
        assertThat(check(fewer).found()).as("a hundred thousand rectangles drawn").isEmpty();
    }

    /**
     * A diagram as draw.io exports it (written for the test in its shape): its own copy of the diagram and a click
     * handler on the root, each label as HTML in a {@code <switch>} with a plain-text alternative, a closing
     * {@code <switch>} whose alternative says the viewer is lacking, {@code light-dark()} colours. The labels are drawn
     * as their alternatives in every format, and Batik, like a browser, draws no "Viewer does not support" line.
     */
    @Test
    void a_drawio_diagram_is_drawn_with_its_labels_plain_text() throws Exception {
        String label = "<g transform=\"translate(-0.5 -0.5)\"><switch><foreignObject style=\"overflow: visible;\""
                + " pointer-events=\"none\" width=\"100%\" height=\"100%\""
                + " requiredFeatures=\"http://www.w3.org/TR/SVG11/feature#Extensibility\"><div"
                + " xmlns=\"http://www.w3.org/1999/xhtml\" style=\"display: flex\"><div>LABEL</div></div></foreignObject>"
                + "<text x=\"60\" y=\"34\" fill=\"#000000\" font-family=\"Helvetica\" font-size=\"12px\""
                + " text-anchor=\"middle\">LABEL</text></switch></g>";
        String body = "<rect x=\"0\" y=\"0\" width=\"120\" height=\"60\" rx=\"9\" ry=\"9\" fill=\"#ffffff\""
                + " stroke=\"#000000\" pointer-events=\"all\" style=\"fill: light-dark(#ffffff, #121212); stroke:"
                + " light-dark(rgb(0, 0, 0), rgb(255, 255, 255));\"/>" + label.replace("LABEL", "Meals")
                + "<rect x=\"130\" y=\"0\" width=\"120\" height=\"60\" fill=\"#ffffff\" stroke=\"#000000\"/>"
                + label.replace("LABEL", "Family").replace("x=\"60\"", "x=\"190\"");
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""
                + " width=\"251px\" viewBox=\"-0.5 -0.5 251 71\" content=\"&lt;mxfile agent=&quot;the editor&quot;&gt;\""
                + " onclick=\"(function(svg){window.open('https://app.diagrams.net/');})(this);\""
                + " style=\"cursor:pointer;max-width:100%;max-height:71px;\"><defs/><g>";
        String lacking = "<switch><g requiredFeatures=\"http://www.w3.org/TR/SVG11/feature#Extensibility\"/><a"
                + " transform=\"translate(0,-5)\" xlink:href=\"https://example.org/svg-export-text-problems\""
                + " target=\"_blank\"><text text-anchor=\"middle\" font-size=\"10px\" x=\"50%\" y=\"100%\">Viewer"
                + " does not support full SVG 1.1</text></a></switch>";

        SvgFigure.Checked checked = check(open + body + "</g>" + lacking + "</svg>");

        assertThat(reported(checked)).containsExactlyInAnyOrder(
                "WARNING content/figures/f.svg:1:1: the SVG's event handler onclick is left out: a figure is published as"
                        + " a drawing, without its scripts",
                "WARNING content/figures/f.svg:1:" + (open.length() + body.indexOf("<foreignObject") + 1) + ": the SVG's 2"
                        + " labels in HTML (foreignObject, as draw.io writes them) are left out: each is drawn as the plain"
                        + " text the file gives beside it, in every format, which may be shortened or set on one line; to"
                        + " keep the labels as drawn, export the figure as a PNG",
                "WARNING content/figures/f.svg:1:" + (open.length() + body.length() + 4 + lacking.indexOf("<a") + 1)
                        + ": the address of a link in the SVG ('https://example.org/svg-export-text-problems') is left out:"
                        + " a figure is published as a drawing; give the address in the text or the caption");
        String published = published(checked);
        assertThat(published).doesNotContain("foreignObject", "mxfile", "the editor", "onclick", "light-dark",
                "requiredFeatures", "pointer-events").contains(">Meals</text>", ">Family</text>");
        byte[] drawnWithout = check(open + body + "</g></svg>").svg().orElseThrow();
        assertThat(SvgDrawing.png(checked.svg().get(), 251, 71, null)).as("Batik draws no line about the viewer")
                .isEqualTo(SvgDrawing.png(drawnWithout, 251, 71, null));
    }

    /** A {@code <switch>} branch requiring a feature Batik does not know is drawn, as browsers (SVG 2) draw it. */
    @Test
    void a_switch_draws_the_branch_a_browser_draws() throws Exception {
        String plain = OPEN + "<rect width=\"200\" height=\"100\" fill=\"#fff\"/><switch><g/><text x=\"9\" y=\"50\">"
                + "Your viewer is lacking</text></switch></svg>";
        String required = plain.replace("<g/>", "<g requiredFeatures=\"http://example.org/a-later-feature\"/>");
        byte[] drawn = SvgDrawing.png(check(required).svg().orElseThrow(), 200, 100, null);
        assertThat(drawn).isEqualTo(SvgDrawing.png(check(plain).svg().orElseThrow(), 200, 100, null));
        assertThat(drawn).as("the text is not drawn").isEqualTo(SvgDrawing.png(check(OPEN
                + "<rect width=\"200\" height=\"100\" fill=\"#fff\"/></svg>").svg().orElseThrow(), 200, 100, null));
    }

    /** A file Inkscape 1.2.2 saved (resources/svg, see its README): taken without a word, the editor's parts left out. */
    @Test
    void an_inkscape_file_is_taken_without_its_editors_parts() throws Exception {
        byte[] file = Files.readAllBytes(weft.support.TestProjects.defaultStudy()
                .resolve("weft-engine/src/test/resources/svg/inkscape-1.2.2.svg"));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("sodipodi:namedview", "inkscape:document-units");

        SvgFigure.Checked checked = SvgFigure.check(PATH, file);

        assertThat(checked.found()).isEmpty();
        assertThat(List.of(checked.width(), checked.height())).containsExactly(302, 113); // 80 by 30 mm
        String published = published(checked);
        assertThat(published).doesNotContain("sodipodi", "inkscape", "namedview").contains(">Meals</text>",
                ">Family</text>", "marker-end=\"url(#a)\"");
        assertThat(parse(published).getElementsByTagNameNS(SvgFigure.SVG_NS, "rect").getLength()).isEqualTo(2);
        assertThat(SvgDrawing.problem(checked.svg().get())).isEmpty();
    }

    @Test
    void batik_reports_what_it_cannot_draw() {
        SvgFigure.Checked dangling = check(OPEN + "<rect width=\"1\" height=\"1\" fill=\"url(#missing)\"/>"
                + "<use xlink:href=\"#nowhere\"/></svg>");
        assertThat(dangling.found()).isEmpty();
        assertThat(SvgDrawing.problem(dangling.svg().get())).hasValueSatisfying(p -> assertThat(p)
                .isEqualTo("Batik, which draws the figure in the PDF, cannot draw it: Cannot find the referenced element:"
                        + " \"#missing\" specified on the element <rect> - may be a problem of 'id'"));
    }

    @Test
    void the_same_file_gives_the_same_bytes() {
        String svg = OPEN + "<rect width=\"1\" height=\"1\" fill=\"red\" stroke=\"blue\" x=\"2\"/></svg>";
        assertThat(check(svg).svg().get()).isEqualTo(check(svg).svg().get());
    }
}

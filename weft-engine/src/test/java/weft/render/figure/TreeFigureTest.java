package weft.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class TreeFigureTest {

    private static final String LONG = "Contemplating the consequences of one's suicide for the family and for the relatives";

    private static TreeNode leaf(String label, int quotes) {
        return new TreeNode(label, "", Integer.toString(quotes), quotes + " quotes", true, List.of());
    }

    private static List<TreeNode> frame() {
        return List.of(
                new TreeNode("Meaning of the family for coping", "3.1", "11", "11 quotes", false, List.of(
                        new TreeNode("Appreciation of family as a support to one's coping", "3.2", "4", "4 quotes", false,
                                List.of(leaf("Feeling understood", 2), leaf("Genuine presence", 2))),
                        new TreeNode("Protecting the cohesion of the nuclear family", "3.3", "7", "7 quotes", false,
                                List.of(leaf("Protecting the family from grief", 3), leaf(LONG, 4))))),
                new TreeNode("Challenges <in> the \"family\" & its dynamics", "3.4", "1", "1 quote", false, List.of(
                        new TreeNode("Poor family dynamics", "3.5", "1", "1 quote", false, List.of(leaf("Family violence", 1))))));
    }

    private static Document parse(String svg) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> all(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The text of a text element, its lines joined by spaces. */
    private static String lines(Element text) {
        NodeList spans = text.getElementsByTagName("tspan");
        if (spans.getLength() == 0) {
            return text.getTextContent();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            out.add(spans.item(i).getTextContent());
        }
        return String.join(" ", out);
    }

    private static int num(Element e, String attribute) {
        return Integer.parseInt(e.getAttribute(attribute));
    }

    @Test
    void the_figure_is_plain_svg_1_1_that_batik_can_draw() throws Exception {
        Document svg = parse(new TreeFigure().render("f", "A tree", List.of("main category", "category", "sub-category"), frame()));
        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 680 " + root.getAttribute("height"));
        Set<String> allowed = Set.of("svg", "title", "desc", "text", "tspan", "rect", "path");
        NodeList everything = svg.getElementsByTagName("*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            assertThat(allowed).contains(e.getLocalName());
            assertThat(e.hasAttribute("style")).as("CSS in %s", e.getLocalName()).isFalse();
            assertThat(e.hasAttribute("class") && !e.getLocalName().equals("svg")).isFalse();
        }
    }

    @Test
    void it_is_an_image_named_and_described_for_screen_readers() throws Exception {
        Document svg = parse(new TreeFigure().render("f", "The coding frame", List.of("main category", "category", "sub-category"), frame()));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("f-title");
        assertThat(root.getAttribute("aria-describedby")).isEqualTo("f-desc");
        assertThat(all(svg, "title").get(0).getAttribute("id")).isEqualTo("f-title");
        assertThat(all(svg, "title").get(0).getTextContent()).isEqualTo("The coding frame");
        assertThat(all(svg, "desc").get(0).getTextContent()).startsWith(
                "Main category 3.1 Meaning of the family for coping (11 quotes); Category 3.2 Appreciation of family")
                .contains("Sub-category " + LONG + " (4 quotes)");
    }

    @Test
    void every_node_gets_a_box_with_its_number_label_and_badge_and_untrusted_text_is_escaped() throws Exception {
        String source = new TreeFigure().render("f", "T", List.of("main category", "category", "sub-category"), frame());
        assertThat(source).contains("Challenges &lt;in&gt; the", "&quot;family&quot; &amp; its").doesNotContain("<in>");
        Document svg = parse(source);
        assertThat(all(svg, "rect")).hasSize(10);
        List<String> texts = all(svg, "text").stream().map(TreeFigureTest::lines).toList();
        assertThat(texts).contains("Main category", "Category", "Sub-category", "3.1 Meaning of the family for coping", "11",
                "3.4 Challenges <in> the \"family\" & its dynamics", LONG);
    }

    @Test
    void long_labels_wrap_inside_their_boxes_and_boxes_never_overlap() throws Exception {
        Document svg = parse(new TreeFigure().render("f", "T", List.of("a", "b", "c"), frame()));
        List<Element> rects = all(svg, "rect");
        for (Element text : all(svg, "text")) {
            NodeList spans = text.getElementsByTagName("tspan");
            for (int i = 0; i < spans.getLength(); i++) {
                Element span = (Element) spans.item(i);
                int x = num(span, "x");
                int y = num(span, "y");
                Element box = rects.stream().filter(r -> x > num(r, "x") && x < num(r, "x") + num(r, "width")
                        && y > num(r, "y") && y <= num(r, "y") + num(r, "height")).findFirst().orElseThrow();
                // a wide sans-serif is about 0.6 em a character: the line stays inside its box, left of the badge
                double width = span.getTextContent().length() * 11 * 0.6;
                assertThat(x + width).as(span.getTextContent()).isLessThanOrEqualTo(num(box, "x") + num(box, "width") - 6.0);
            }
        }
        assertThat(all(svg, "tspan").stream().filter(t -> LONG.startsWith(t.getTextContent())).count()).isEqualTo(1);
        assertThat(all(svg, "tspan").stream().map(Element::getTextContent).filter(LONG::contains).count()).isGreaterThan(1);
        for (Element a : rects) {
            for (Element b : rects) {
                boolean sameColumn = num(a, "x") == num(b, "x");
                boolean apart = num(a, "y") + num(a, "height") <= num(b, "y") || num(b, "y") + num(b, "height") <= num(a, "y");
                assertThat(a == b || !sameColumn || apart).as("boxes at y=%s and y=%s", a.getAttribute("y"), b.getAttribute("y")).isTrue();
            }
        }
    }

    @Test
    void the_same_tree_gives_the_same_bytes_and_a_recount_changes_the_figure() {
        TreeFigure figure = new TreeFigure();
        String once = figure.render("f", "T", List.of("a", "b", "c"), frame());
        assertThat(figure.render("f", "T", List.of("a", "b", "c"), frame())).isEqualTo(once);
        List<TreeNode> recounted = new ArrayList<>(frame());
        recounted.set(1, new TreeNode("Challenges", "3.4", "2", "2 quotes", false, List.of()));
        assertThat(figure.render("f", "T", List.of("a", "b", "c"), recounted)).isNotEqualTo(once).contains(">2</text>");
    }

    @Test
    void a_label_is_wrapped_by_words_and_an_overlong_word_is_cut() {
        assertThat(TextWrap.wrap("Poor emotional intelligence skills", 16)).containsExactly("Poor emotional", "intelligence", "skills");
        assertThat(TextWrap.wrap("Supercalifragilistic", 8)).containsExactly("Superca-", "lifragi-", "listic");
        assertThat(TextWrap.wrap("", 8)).containsExactly("");
    }

    @Test
    void a_column_one_character_wide_or_less_still_wraps_and_ends() {
        assertThat(TextWrap.wrap("Abc de", 1)).containsExactly("A", "b", "c", "d", "e");
        assertThat(TextWrap.wrap("Abc", 0)).containsExactly("A", "b", "c");
        assertThat(TextWrap.wrap("Abc", -5)).containsExactly("A", "b", "c");
        assertThat(TextWrap.wrap("Abcd", 2)).containsExactly("A-", "b-", "cd");
    }

    @Test
    void a_tree_deeper_than_five_levels_is_drawn_to_five_with_an_ellipsis_and_described_whole() {
        TreeNode chain = new TreeNode("Level 8", "", "1", "1 quote", false, List.of());
        for (int level = 7; level >= 1; level--) {
            chain = new TreeNode("Level " + level, "", "1", "1 quote", false, List.of(chain));
        }
        String svg = new TreeFigure().render("f", "A chain", List.of("one"), List.of(chain));
        assertThat(svg.split("<rect", -1)).hasSize(TreeFigure.MAX_LEVELS + 1);
        assertThat(svg).contains(">\u2026</text>").contains("Level 8 (1 quote).</desc>").doesNotContain(">Level 6<");
    }
}

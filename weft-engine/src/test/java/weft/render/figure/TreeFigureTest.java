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

    /**
     * Japanese is written without spaces and each of its characters is about twice as wide as a Latin letter: a line
     * holds half as many, breaks between them where Japanese allows (not before the comma 、), and takes no hyphen.
     */
    @Test
    void a_label_in_a_script_without_spaces_is_wrapped_by_its_width_between_characters() {
        List<String> lines = TextWrap.wrap("食べ物をめぐる摩擦と、台所の掃除", 10);
        assertThat(lines).containsExactly("食べ物をめ", "ぐる摩擦", "と、台所の", "掃除");
        assertThat(String.join("", lines)).isEqualTo("食べ物をめぐる摩擦と、台所の掃除");
        assertThat(lines).noneMatch(l -> l.startsWith("、") || l.endsWith("-"));
        assertThat(TextWrap.wrap("3.2 食べ物をめぐる摩擦", 12)).containsExactly("3.2 食べ物を", "めぐる摩擦");
        assertThat(TextWrap.wrap("Cooking 食べ物", 12)).containsExactly("Cooking 食べ", "物");
        assertThat(TextWrap.wrap("家族", 1)).as("a character wider than the line is a line of its own").containsExactly("家", "族");
        assertThat(TextWrap.wrap("🙂🙂🙂", 4)).as("never between the halves of a surrogate pair").containsExactly("🙂🙂", "🙂");
    }

    /** Thai has no spaces between words either: a label breaks between its words (ICU's dictionary), not inside one. */
    @Test
    void a_label_in_thai_is_wrapped_between_its_words() {
        String thai = "การรับประทานอาหารร่วมกันในตอนเย็น"; // การ|รับประทาน|อาหาร|ร่วมกัน|ใน|ตอนเย็น
        List<String> lines = TextWrap.wrap(thai, 16);
        assertThat(String.join("", lines)).isEqualTo(thai);
        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> l.length() <= 16).noneMatch(l -> l.endsWith("-"));
        assertThat(lines.get(0)).isEqualTo("การรับประทาน");
        assertThat(TextWrap.widestPiece(thai)).isLessThan(thai.length());
    }

    /** A label with Arabic or Hebrew is set in the article's direction, left to right, in every renderer of the SVG. */
    @Test
    void a_label_with_right_to_left_letters_keeps_the_articles_direction() {
        List<TreeNode> roots = List.of(new TreeNode("مشاكل حول الطعام", "3.1", "1", "1 quote", false, List.of()),
                new TreeNode("Friction", "3.2", "1", "1 quote", false, List.of()));
        String svg = new TreeFigure().render("f", "T", List.of("theme"), roots);
        assertThat(svg).containsOnlyOnce("direction=\"ltr\" unicode-bidi=\"embed\"");
        assertThat(svg).containsPattern("<text [^>]*direction=\"ltr\" unicode-bidi=\"embed\"><tspan[^>]*>3.1 مشاكل");
    }

    /**
     * Mirrored for a right-to-left article: each box where its mirror image was (the root column at the right), each
     * text anchored at the mirrored place with the same anchor, which under {@code direction="rtl"} means the other side.
     */
    @Test
    void a_mirrored_figure_has_its_root_column_at_the_right_and_its_texts_right_to_left() {
        Scene ltr = new TreeFigure().scene("f", "T", List.of("theme", "sub-theme"), frame());
        Scene rtl = ltr.mirrored();
        assertThat(rtl.rightToLeft()).isTrue();
        assertThat(rtl.marks()).hasSameSizeAs(ltr.marks());
        for (int i = 0; i < ltr.marks().size(); i++) {
            Scene.Mark a = ltr.marks().get(i);
            Scene.Mark b = rtl.marks().get(i);
            if (a instanceof Scene.Box box) {
                Scene.Box mirror = (Scene.Box) b;
                assertThat(mirror.x() + mirror.width()).isEqualTo(TreeFigure.WIDTH - box.x());
                assertThat(mirror.y()).isEqualTo(box.y());
            } else if (a instanceof Scene.Text text) {
                assertThat(((Scene.Text) b).x()).isEqualTo(TreeFigure.WIDTH - text.x());
                assertThat(((Scene.Text) b).anchorEnd()).isEqualTo(text.anchorEnd());
            } else if (a instanceof Scene.Connector c) {
                assertThat(((Scene.Connector) b).fromX()).isEqualTo(TreeFigure.WIDTH - c.fromX());
                assertThat(((Scene.Connector) b).toX()).isEqualTo(TreeFigure.WIDTH - c.toX());
            }
        }
        Scene.Box root = (Scene.Box) rtl.marks().stream().filter(m -> m instanceof Scene.Box).findFirst().orElseThrow();
        assertThat(root.x()).as("the root column at the right").isGreaterThan(TreeFigure.WIDTH / 2);
        String svg = rtl.svg();
        assertThat(svg).doesNotContain("direction=\"ltr\"");
        assertThat(svg.split("<text ", -1)).hasSize(svg.split("direction=\"rtl\" unicode-bidi=\"embed\"", -1).length);
        assertThat(rtl.mirrored().svg()).as("mirrored twice: as drawn first").isEqualTo(ltr.svg());
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

    @Test
    void a_figure_of_fewer_levels_draws_those_columns_ends_the_last_in_ellipses_and_describes_every_node() throws Exception {
        Document svg = parse(new TreeFigure(2).render("f", "T", List.of("main category", "category", "sub-category"), frame()));
        List<String> texts = all(svg, "text").stream().map(TreeFigureTest::lines).toList();
        assertThat(texts).contains("Main category", "Category", "3.2 Appreciation of family as a support to one's coping")
                .doesNotContain("Sub-category", "Feeling understood");
        assertThat(all(svg, "rect")).hasSize(5); // two main categories, three categories
        assertThat(texts.stream().filter("\u2026"::equals)).hasSize(3); // each category has sub-categories below
        assertThat(all(svg, "desc").get(0).getTextContent()).contains("Feeling understood").contains("Family violence");
    }

    @Test
    void a_figure_of_fewer_levels_is_printed_in_parts_of_its_own_leaves() {
        TreeNode[] themes = {theme("a", 30), theme("b", 30), theme("c", 30)};
        List<String> levels = List.of("theme", "sub-theme");
        assertThat(new TreeFigure().renderParts("f", "T", levels, List.of(themes), TreeFigure.PAGE_HEIGHT, "(continued)",
                (part, parts) -> "part " + part)).hasSizeGreaterThan(1);
        assertThat(new TreeFigure(1).renderParts("f", "T", levels, List.of(themes), TreeFigure.PAGE_HEIGHT, "(continued)",
                (part, parts) -> "part " + part)).hasSize(1);
    }

    @Test
    void a_figure_draws_one_to_five_levels() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TreeFigure(0)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TreeFigure(6)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A theme of {@code leaves} sub-themes named NAME1, NAME2 ... */
    private static TreeNode theme(String name, int leaves) {
        List<TreeNode> children = new ArrayList<>();
        for (int i = 1; i <= leaves; i++) {
            children.add(leaf(name + i, 1));
        }
        return new TreeNode(name, "", Integer.toString(leaves), leaves + " quotes", false, children);
    }

    private static List<String> parts(int maxHeight, TreeNode... roots) {
        return new TreeFigure().renderParts("f", "T", List.of("theme", "sub-theme"), List.of(roots), maxHeight, "(continued)",
                (part, parts) -> "part " + part + " of " + parts).stream().map(Scene::svg).toList();
    }

    /** The labels of a part's boxes, from the top, their lines joined. */
    private static List<String> labels(String svg) throws Exception {
        return all(parse(svg), "text").stream().filter(t -> t.getElementsByTagName("tspan").getLength() > 0)
                .map(TreeFigureTest::lines).toList();
    }

    @Test
    void a_figure_that_fits_a_page_is_printed_as_it_is_drawn_on_screen() {
        List<String> levels = List.of("main category", "category", "sub-category");
        String whole = new TreeFigure().render("f", "T", levels, frame());
        assertThat(new TreeFigure().renderParts("f", "T", levels, frame(), TreeFigure.PAGE_HEIGHT, "(continued)",
                (part, parts) -> "part " + part)).extracting(Scene::svg).containsExactly(whole);
    }

    @Test
    void a_taller_figure_is_printed_in_parts_no_taller_than_a_page_each_leaf_in_one_of_them() throws Exception {
        // a theme of 3 sub-themes, then one of 10: a part holds at most 6 sub-themes (each box 24 units, 6 apart)
        List<String> parts = parts(210, theme("A", 3), theme("B", 10));
        assertThat(parts).hasSize(3);
        List<String> leaves = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Element svg = parse(parts.get(i)).getDocumentElement();
            assertThat(num(svg, "height")).isLessThanOrEqualTo(210);
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("f-" + (i + 1) + "-title");
            assertThat(all(parse(parts.get(i)), "title").get(0).getTextContent()).isEqualTo("T (part " + (i + 1) + " of 3)");
            labels(parts.get(i)).stream().filter(l -> l.matches("[AB][0-9]+")).forEach(leaves::add);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            expected.add("A" + i);
        }
        for (int i = 1; i <= 10; i++) {
            expected.add("B" + i);
        }
        assertThat(leaves).isEqualTo(expected);
    }

    @Test
    void a_part_ends_between_themes_and_a_theme_carried_over_is_marked_continued() throws Exception {
        List<String> parts = parts(210, theme("A", 3), theme("B", 10));
        // A and the first three of B would fit, but the part ends before B; B's last four go on in a part of their own
        assertThat(labels(parts.get(0))).containsExactly("A", "A1", "A2", "A3");
        assertThat(labels(parts.get(1))).containsExactly("B", "B1", "B2", "B3", "B4", "B5", "B6");
        assertThat(labels(parts.get(2))).containsExactly("B (continued)", "B7", "B8", "B9", "B10");
        assertThat(parts.get(2)).contains("<desc id=\"f-3-desc\">Theme B (continued) (10 quotes); Sub-theme B7");
    }

    @Test
    void a_part_ends_inside_a_theme_when_ending_before_it_would_leave_the_part_less_than_half_full() throws Exception {
        // A's five sub-themes and B's first would fill a part; ending before B keeps 5 of the 6, at least half: so it
        // does. With A of two, A and B's first four would fill it; ending before B would keep 2 of the 6: it goes on.
        assertThat(labels(parts(210, theme("A", 5), theme("B", 4)).get(0))).containsExactly("A", "A1", "A2", "A3", "A4", "A5");
        assertThat(labels(parts(210, theme("A", 2), theme("B", 8)).get(0))).containsExactly("A", "A1", "A2", "B", "B1", "B2",
                "B3", "B4");
    }
}

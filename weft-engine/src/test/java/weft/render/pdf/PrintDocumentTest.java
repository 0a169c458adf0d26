package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weft.prose.Heading;

/** What the print template's HTML becomes before openhtmltopdf reads it. */
class PrintDocumentTest {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Meals &amp; \u201Cmore\u201D</title></head><body>
            <section class="abstract" id="abstract"><h2 id="abstract-title">Abstract</h2><p>Short.</p></section>
            <section class="section" id="sec-intro"><h2 id="sec-intro-title"><span class="number">1.</span> Intro</h2>
            <p>See <a href="#node-a">A</a>, <a href="index.html#sec-results">the results</a>, <a href="#nowhere">gone</a>,
            <a href="https://doi.org/10.1/x">the DOI</a> and <span class="quote" id="quote-q"><a class="quote-link"
             href="evidence/quotes/q.html">\u201C&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; ${7*7} &lt;b&gt;x&lt;/b&gt;\u201D</a></span>.</p>
            <h3 id="sec-intro-sub"><span class="number">1.1</span> Sub</h3></section>
            <section class="section" id="sec-results"><h2 id="sec-results-title"><span class="number">2.</span> Results</h2>
            <section class="node" id="node-a"><h3 id="node-a-title"><span class="number">2.1</span> <a class="node-link"
             href="evidence/nodes/a.html">A</a></h3>
            <figure class="figure" id="fig-a"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"
             role="img"><title>The tree</title><desc>Two nodes.</desc><text x="1" y="5">A</text></svg>
            <figcaption>Figure 1. The tree.</figcaption></figure></section></section>
            <section class="references" id="references"><h2 id="references-title">References</h2><ol class="reference-list">
            <li id="ref-1">One.</li>
            </ol></section>
            </body></html>
            """;

    static final List<Heading> OUTLINE = List.of(
            new Heading(2, "1", "Intro", "sec-intro"), new Heading(3, "1.1", "Sub", "sec-intro-sub"),
            new Heading(2, "2", "Results", "sec-results"), new Heading(3, "2.1", "A", "node-a"),
            new Heading(2, "9", "Not in this template", "sec-elsewhere"));

    static String xhtml;
    static Document doc;

    @BeforeAll
    static void convert() {
        xhtml = PrintDocument.xhtml(HTML, OUTLINE);
        doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
    }

    @Test
    void the_output_is_well_formed_xhtml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(parsed.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
    }

    @Test
    void quote_text_stays_text() {
        assertThat(xhtml).doesNotContain("<script").doesNotContain("<b>x</b>").contains("&lt;script&gt;");
        assertThat(doc.expectFirst("#quote-q").text())
                .isEqualTo("\u201C<script>alert(1)</script> &amp; ${7*7} <b>x</b>\u201D");
    }

    @Test
    void links_into_the_document_stay_and_links_to_other_pages_become_text() {
        Element p = doc.expectFirst("#sec-intro p");
        assertThat(p.select("a").eachAttr("href")).containsExactly("#node-a", "#sec-results", "https://doi.org/10.1/x");
        assertThat(p.text()).contains("gone", "the results");
        assertThat(doc.select("a[href*=evidence]")).isEmpty();
        assertThat(doc.expectFirst("#node-a-title").text()).isEqualTo("2.1 A");
    }

    @Test
    void a_figure_is_described_by_its_svg_title_and_description() {
        Element svg = doc.expectFirst("svg");
        assertThat(svg.attr("alt")).isEqualTo("The tree. Two nodes.");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 10 10");
    }

    /**
     * Batik, which draws the figures, left letters of an Arabic word unjoined: the print document gives it the words
     * joined (each letter in its contextual form, lam-alef as one), and keeps the alternate text as written.
     */
    @Test
    void arabic_in_a_figure_is_joined_for_batik_and_its_alternate_text_kept_as_written() {
        String arabic = "مشاكل حول الطعام";
        String html = "<html><head><title>T</title></head><body><figure><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title>" + arabic + "</title><desc>" + arabic + "</desc><text><tspan x=\"1\" y=\"2\">3.2 " + arabic
                + "</tspan></text><text>Latin only</text></svg></figure></body></html>";
        Document printed = Jsoup.parse(PrintDocument.xhtml(html, List.of()), "", Parser.xmlParser());
        String drawn = printed.expectFirst("svg tspan").text();
        assertThat(drawn).startsWith("3.2 ").isNotEqualTo("3.2 " + arabic)
                .isEqualTo("3.2 \uFEE3\uFEB8\uFE8E\uFEDB\uFEDE \uFEA3\uFEEE\uFEDD \uFE8D\uFEDF\uFEC4\uFECC\uFE8E\uFEE1");
        assertThat(java.text.Normalizer.normalize(drawn, java.text.Normalizer.Form.NFKC)).isEqualTo("3.2 " + arabic);
        assertThat(printed.expectFirst("svg").attr("alt")).contains(arabic);
        assertThat(printed.select("svg text").get(1).text()).isEqualTo("Latin only");
    }

    @Test
    void the_bookmarks_nest_the_headings_the_document_has() {
        Element bookmarks = doc.expectFirst("head > bookmarks");
        assertThat(bookmarks.children().eachAttr("name"))
                .containsExactly("Abstract", "1. Intro", "2. Results", "References");
        assertThat(bookmarks.select("bookmark[href=#sec-intro] > bookmark").eachAttr("name")).containsExactly("1.1 Sub");
        assertThat(bookmarks.select("bookmark[href=#sec-results] > bookmark").eachAttr("href")).containsExactly("#node-a");
    }

    /**
     * An image of the prose by web address becomes a link to it, its description the link's text, as in the Word
     * document: the PDF fetches nothing. A template's own image (not of the prose) is left to the renderer.
     */
    @Test
    void an_image_of_the_prose_is_a_link_to_its_address() {
        String html = "<html><head><title>T</title></head><body><p>See <img class=\"prose-image\" src=\"https://example.org/m.png\""
                + " alt=\"A map &lt;b&gt;\"> and <img class=\"prose-image\" src=\"https://example.org/n.png\"></p>"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"Logo\"></body></html>";
        Document printed = Jsoup.parse(PrintDocument.xhtml(html, List.of()), "", Parser.xmlParser());
        assertThat(printed.select("p img")).isEmpty();
        assertThat(printed.select("p a").eachAttr("href")).containsExactly("https://example.org/m.png", "https://example.org/n.png");
        assertThat(printed.select("p a").eachText()).containsExactly("[A map <b>]", "[image]");
        assertThat(printed.select("p a").eachAttr("title")).containsExactly("[A map <b>]", "[image]");
        assertThat(printed.select("body > img").eachAttr("src")).containsExactly("data:image/png;base64,AAAA");
    }

    @Test
    void lists_hold_only_their_items() {
        Element list = doc.expectFirst("ol.reference-list");
        assertThat(list.childNodes()).allMatch(n -> n instanceof Element e && e.nameIs("li"));
    }
}

package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;
import weft.model.Text;

class ProseRendererTest {

    private final ProseRenderer renderer = new ProseRenderer();
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Directive> seen = new ArrayList<>();

    private ProseRenderer.Rendered render(String markdown) {
        DirectiveHandler handler = (d, alone) -> {
            seen.add(d);
            if (d.kind().equals("quote") && alone) {
                return List.<Node>of(new Element("blockquote").text(d.argument()));
            }
            return List.<Node>of(new TextNode("<" + d.kind() + ":" + d.argument() + ">"));
        };
        return renderer.render(new Text(markdown, TextMap.ofFile("content/x.md", 5)),
                new ProseRenderer.Layout("2", "sec-x", 3, "decimal"), handler, diagnostics);
    }

    @Test
    void script_and_event_handlers_never_survive_markdown() {
        String html = render("""
                Text <script>alert(1)</script> and <img src=x onerror=alert(2)>.

                A paragraph with attributes.{onclick="alert(3)" #ok .fine}

                [click](javascript:alert(4)) and [fine](#sec-x)
                """).html();
        assertThat(html).doesNotContain("<script", "<img", "onclick", "onerror=alert(2)>", "javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "href=\"#sec-x\"");
    }

    /**
     * An image of the prose by web address: kept, marked as the prose's (the print document prints it as a link), and
     * loaded without telling its site which page asks (a review copy's address stays private); a warning at it says
     * where it comes from. An image by any other address is an error at its place, the directive before it counted.
     */
    @Test
    void an_image_is_taken_by_web_address_only() {
        String html = render("See [@key] ![A map](https://example.org/m.png) and ![B](figures/b.png).").html();
        assertThat(html).contains("<img src=\"https://example.org/m.png\" alt=\"A map\" class=\"prose-image\""
                + " referrerpolicy=\"no-referrer\">");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING content/x.md:5:12: an image by web address: the web page shows it from there (each reader's"
                        + " browser asks that site for it), the PDF and the Word document show its description as a link"
                        + " to it",
                "ERROR content/x.md:5:52: an image that is not a web address ('figures/b.png'): Weft publishes no image"
                        + " files of the prose, so the web page, the PDF and the Word document would show nothing; give"
                        + " the image's https address, or describe it in the text");
    }

    @Test
    void directive_output_is_inserted_as_nodes_not_parsed() {
        String html = render("Before {{value:a.b}} after.").html();
        assertThat(html).isEqualTo("<p>Before &lt;value:a.b&gt; after.</p>");
    }

    @Test
    void a_directive_alone_in_its_paragraph_can_become_a_block() {
        String html = render("Intro.\n\n{{quote:q1}}\n\nOutro.").html();
        assertThat(html).isEqualTo("<p>Intro.</p>\n<blockquote>q1</blockquote>\n<p>Outro.</p>");
    }

    @Test
    void directives_carry_their_position_in_the_file() {
        render("First line.\nSecond {{node:a|Label}} and [see @key, p. 12; @other].");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).position()).isEqualTo(new SourcePosition("content/x.md", 6, 8));
        assertThat(seen.get(0).option()).isEqualTo("Label");
        Directive cite = seen.get(1);
        assertThat(cite.isCitation()).isTrue();
        assertThat(cite.items()).containsExactly(new Directive.CiteItem("key", "see", "p. 12", false),
                new Directive.CiteItem("other", "", "", false));
    }

    @Test
    void an_email_address_in_brackets_is_not_a_citation() {
        render("Write to [ada@example.org] today.");
        assertThat(seen).isEmpty();
    }

    @Test
    void subsection_headings_are_numbered_under_their_section() {
        ProseRenderer.Rendered r = render("## First\n\ntext\n\n### Deeper\n\n## Second {#custom}\n");
        assertThat(r.headings()).extracting(Heading::number, Heading::text, Heading::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1", "First", "sec-x-first"),
                org.assertj.core.groups.Tuple.tuple("2.1.1", "Deeper", "sec-x-deeper"),
                org.assertj.core.groups.Tuple.tuple("2.2", "Second", "custom"));
        assertThat(r.body().select("h3").eachText()).containsExactly("2.1 First", "2.2 Second");
    }
}

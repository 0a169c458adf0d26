package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Text;

/** Markdown nested deeper than prose ever is: a positioned error, nothing parsed, no stack overflow. */
class NestingLimitsTest {

    private static final weft.model.Images NO_FIGURES = name -> weft.model.Images.Lookup.problem("no figures here");

    private static final int DEEP = 100_000;
    private final Diagnostics diagnostics = new Diagnostics();

    private ProseRenderer.Rendered render(String markdown) {
        DirectiveHandler handler = (d, alone) -> List.<Node>of(new TextNode(d.source()));
        return new ProseRenderer().render(new Text(markdown, TextMap.ofFile("content/x.md", 7)),
                new ProseRenderer.Layout("2", "sec-x", 3, "decimal"), handler, NO_FIGURES, weft.model.Audience.PUBLIC, diagnostics);
    }

    private List<String> errors() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void a_hundred_thousand_nested_block_quotes_are_reported_where_the_limit_is_crossed() {
        ProseRenderer.Rendered rendered = render("Fine.\n\n" + ">".repeat(DEEP) + " deep\n");
        assertThat(errors()).containsExactly("ERROR content/x.md:9:33: block quotes and lists are nested more than 32"
                + " levels deep: flatten the text");
        assertThat(rendered.html()).isEmpty();
    }

    @Test
    void nested_list_items_count_their_markers_and_their_indentation() {
        render("- a\n" + "- ".repeat(DEEP) + "b\n");
        assertThat(errors()).containsExactly("ERROR content/x.md:8:65: block quotes and lists are nested more than 32"
                + " levels deep: flatten the text");
        Diagnostics indented = new Diagnostics();
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            md.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        new ProseRenderer().render(new Text(md.toString(), TextMap.ofFile("content/y.md", 1)),
                new ProseRenderer.Layout("", "sec-y", 3, "decimal"), (d, alone) -> List.of(), NO_FIGURES, weft.model.Audience.PUBLIC, indented);
        assertThat(indented.sorted()).singleElement().hasToString("ERROR content/y.md:33:65: block quotes and lists"
                + " are nested more than 32 levels deep: flatten the text");
    }

    /**
     * A bracket left open before many backslash escapes, as the prose fuzzer found it: flexmark's pattern for a link
     * label tried every way to read 135 backslashes and did not end; now an error at the bracket, nothing parsed.
     */
    @Test
    void a_bracket_left_open_before_many_backslash_escapes_is_reported_at_the_bracket() {
        ProseRenderer.Rendered rendered = render("Fine.\n\n[che" + "\\".repeat(135) + "de {-}\n\nMore.\n");
        assertThat(errors()).containsExactly("ERROR content/x.md:9:1: a bracket '[' left open before more than 10"
                + " backslash escapes ('\\_', '\\\\'): the Markdown parser would take minutes over them; close the bracket"
                + " (or escape it: '\\[') or write fewer escapes");
        assertThat(rendered.html()).isEmpty();
    }

    @Test
    void escapes_in_a_closed_bracket_in_code_or_after_the_paragraph_are_no_limit() {
        String blanks = "\\_ ".repeat(30);
        render("A form [" + blanks + "] to fill.\n\n[an aside\n\n" + blanks + "\n\n`[" + blanks + "`\n\n```\n["
                + "\\".repeat(100) + "\n```\n\n[a \\[ " + "\\*".repeat(9) + " then [another " + "\\*".repeat(10) + "\n");
        assertThat(errors()).isEmpty();
        render("[eleven " + "\\*".repeat(11) + "\n");
        assertThat(errors()).singleElement().asString().startsWith("ERROR content/x.md:7:1: a bracket '[' left open");
    }

    @Test
    void a_hundred_thousand_nested_emphasis_markers_are_reported_at_the_first_one_past_the_limit() {
        render("Text " + "*".repeat(DEEP) + "x" + "*".repeat(DEEP));
        assertThat(errors()).containsExactly("ERROR content/x.md:7:70: brackets and emphasis markers are nested more"
                + " than 64 levels deep: close them or escape them with '\\'");
    }

    @Test
    void emphasis_opened_word_by_word_counts_as_nesting() {
        render("_a ".repeat(DEEP) + "x" + " b_".repeat(DEEP));
        assertThat(errors()).singleElement().asString().startsWith("ERROR content/x.md:7:193: brackets and emphasis");
    }

    @Test
    void a_hundred_thousand_nested_brackets_are_reported_at_the_first_one_past_the_limit() {
        render("Para one.\n\nSee " + "[".repeat(DEEP) + "x" + "](u)".repeat(DEEP));
        assertThat(errors()).singleElement().asString()
                .startsWith("ERROR content/x.md:9:69: brackets and emphasis markers are nested more than 64");
    }

    @Test
    void a_hundred_thousand_unclosed_directive_braces_are_reported_before_the_directive_scan() {
        render("{{value:".repeat(DEEP));
        assertThat(errors()).singleElement().asString()
                .startsWith("ERROR content/x.md:7:257: brackets and emphasis markers are nested more than 64");
    }

    @Test
    void ordinary_prose_with_lists_quotes_emphasis_rules_and_code_is_within_the_limits() {
        String prose = """
                Some *emphasis*, **strong**, ***both***, {{value:a.b}}, ## Head {#id}, snake_case_words, 2 * 3 * 4 and a [link](#x) [@a; @b].

                > A quote with a list:
                > - one *two* [three]
                >   - nested **bold _and_ italic**

                * * *

                1. first
                   1) second
                      - third

                ```
                %s
                ```
                """.formatted("[".repeat(200) + " code may hold anything " + ">".repeat(200));
        String html = render(prose).html();
        assertThat(errors()).isEmpty();
        assertThat(html).contains("<em>emphasis</em>", "<blockquote>", "<hr>");
    }

    @Test
    void limits_in_a_yaml_narrative_point_into_the_yaml_file() {
        Diagnostics narrative = new Diagnostics();
        new ProseRenderer().render(new Text("Fine.\n" + ">".repeat(50) + " x\n", new TextMap("coded-data/coding-frame.yaml", 12, 7, 6)),
                new ProseRenderer.Layout("", "node-a", 3, "decimal"), (d, alone) -> List.of(), NO_FIGURES, weft.model.Audience.PUBLIC, narrative);
        assertThat(narrative.sorted()).singleElement()
                .hasToString("ERROR coded-data/coding-frame.yaml:13:39: block quotes and lists are nested more than 32"
                        + " levels deep: flatten the text");
    }
}

package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Images;
import weft.model.Text;
import weft.support.Fuzzer;

/**
 * Mutated prose written as Pandoc's and Quarto's authors write it (fancy lists, simple, multiline and grid tables,
 * notes, spans, divs, line blocks, unnumbered headings) never makes the prose renderer throw, nor fail inside (its
 * report of a parser's failure) where flexmark alone parses the text, never loses a private-use mark of its passes into
 * the output, and reports everything inside the text. Found, when it was written: a placeholder's characters typed in
 * the prose (an exception), a table's first line under three characters, a carriage return alone (marks left in the
 * output), nested lists in a table's cell and quotations in an inline note (the parser's stack overflowed).
 */
@Tag("hostile-inputs")
class ProseRendererFuzzTest {

    private static final String PANDOC = """
            Intro with a note.^[An *inline* note.] And a call.[^n]

            a) first
            b) second
               (i) nested
               (ii) again

            #. counted
            #. too

              Who   Said
            -----   ---------
               P1   It was [@key].

            -------------------------
            Theme   Text
            ------- -----------------
            One     Two lines
                    of text.
            -------------------------

            Table: A caption {#tab-a}

            +-----+-----+
            | A   | B   |
            +=====+=====+
            | - x | y   |
            +-----+-----+

            +-----+-----+-----+
            | A   | B         |
            +=====+=====+====:+
            | a   | b   | c   |
            |     +-----+-----+
            |     | d   | e   |
            +-----+-----+-----+

            ::: {#tbl-div}
            | A | B |
            |---|--:|
            | a | 1 |

            A caption *set* as prose, @tbl-div.
            :::

            ## Aside {-}

            | A line
            |   indented

            ::: {lang=fr}
            [chez soi]{lang=fr} and {x}
            :::

            ::: {#fig-plan}
            ![](figures/plan.png)

            A caption [@key].
            :::

            ::: {#fig-grid layout="[[1,-1,2],[1]]"}
            ![A](figures/plan.png) ![B](figures/plan.png)

            ![C](figures/plan.png)

            Rows.
            :::

            | A | B |
            |---|---|
            | 1 | 2 |

            : Widths {#tbl-w tbl-colwidths="[30,70]" x=1}

            ::: {#fig-panel layout-ncol=2}
            ![One](figures/plan.png){#fig-one} ![](figures/plan.png)

            ![Three](figures/plan.png)

            Subfigures, @fig-one.
            :::

            ::: {.content-visible when-format="pdf"}
            ![Printed](figures/plan.png){#fig-printed}
            :::

            ::: {.callout-note title="Key messages"}
            ## A title

            - One
            :::

            ::: {#nte-key .callout-note}
            As @nte-key and @tip-none say.
            :::

            (@ex) An example.
            (@) Another.

            As (@ex) shows.

            ::: {.content-hidden when-format="html" unless-format="pdf"}
            Words [in print]{.content-visible when-format="pdf"} and \\textbf{bold}.
            :::

            [^n]: The note.
            """;

    /**
     * Whether flexmark alone parses the text as written: where it does not (its attributes parser overflows the stack on
     * a brace left open over thousands of lines, as it did before these passes), the renderer's report of a parser's
     * failure is the expected outcome, not a finding.
     */
    private static boolean parses(String input) {
        try {
            new MarkdownConverter().convert(input, new java.util.ArrayList<>());
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    @Test
    void mutated_pandoc_prose_renders_or_is_reported_inside_the_text() {
        ProseRenderer renderer = new ProseRenderer();
        DirectiveHandler handler = (d, alone) -> List.<Node>of(new TextNode("<" + d.kind() + ">"));
        Images images = name -> Images.Lookup.problem("no figures here");
        Fuzzer.Report report = new Fuzzer("ProseRenderer", List.of(PANDOC)).run(mutated -> {
            String input = mutated.replace("\r\n", "\n"); // as a project's file is read
            Diagnostics diagnostics = new Diagnostics();
            Text text = new Text(input, TextMap.ofFile("content/methods.md", 7));
            text = ExampleLists.numbered(text, ExampleLists.markers(text), 1); // as the article hands it over
            ProseRenderer.Rendered rendered = renderer.render(text,
                    new ProseRenderer.Layout("2", "sec-methods", 3, "decimal"), handler, images,
                    weft.model.Audience.PUBLIC, diagnostics);
            long lines = input.chars().filter(c -> c == '\n' || c == '\r').count() + 8; // a carriage return alone ends a line
            for (Diagnostic d : diagnostics.sorted()) {
                if (d.message().contains("cannot be rendered") && parses(input)) {
                    return "the renderer failed where flexmark alone does not: " + d;
                }
                if (d.position().line() < 7 || d.position().line() > lines) {
                    return "reported outside the text: " + d;
                }
            }
            String html = rendered.html() + rendered.notes().values().stream().map(Element::outerHtml).reduce("", String::concat);
            for (char mark : new char[] {'\uE004', '\uE005', '\uE006', '\uE007'}) {
                if (html.indexOf(mark) >= 0 && input.indexOf(mark) < 0) {
                    return "a pass's mark U+" + Integer.toHexString(mark) + " left in the output";
                }
            }
            if (html.chars().anyMatch(c -> c >= 0xE100 && c < 0xE180) && input.chars().noneMatch(c -> c >= 0xE100 && c < 0xE180)) {
                return "spelled attributes (U+E100 to U+E17F) left in the output";
            }
            return null;
        });
        assertThat(report.findings()).isEmpty();
    }
}

package weft.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Text;

/**
 * Pandoc's Markdown that Weft does not read is a warning at its place, not text printed otherwise than its author
 * meant without a word; what only looks like it (prices, code, a link's attributes, a note) is not.
 */
class PandocSyntaxTest {

    private static List<String> report(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        PandocSyntax.report(new Text(markdown, TextMap.ofFile("content/x.md", 5)), diagnostics);
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void a_code_blocks_conditions_are_reported_and_a_div_holding_it_is_read() {
        assertThat(report("""
                ```{.python .content-visible when-format="html"}
                2 + 2
                ```

                ::: {.content-visible when-format="html"}
                ```python
                2 + 2
                ```
                :::
                """)).containsExactly("WARNING content/x.md:5:1: this code block's conditions ('```{.python"
                + " .content-visible when-format=\"html\"}') are not read: it is printed in every format; put it in a"
                + " fenced div with the conditions (::: {.content-visible when-format=\"html\"})");
    }

    @Test
    void a_latex_command_in_a_sentence_is_reported_where_it_is_and_not_inside_math_or_code() {
        assertThat(report("""
                Meals were \\textbf{shared} as \\citet[p.~3]{smith2020} found, and $\\frac{a}{b}$ held.

                A path `C:\\temp{x}` and an escaped \\\\textit{word}.
                """)).containsExactly(
                "WARNING content/x.md:5:12: the LaTeX command ('\\textbf{shared}') is not read: printed as written,"
                        + " backslash and braces (Pandoc passes it to a LaTeX PDF alone); write it in Markdown: *emphasis*,"
                        + " **bold**, [@key] for a citation, @sec-x or [Methods] for a reference",
                "WARNING content/x.md:5:31: the LaTeX command ('\\citet[p.~3]{smith2020}') is not read: printed as written,"
                        + " backslash and braces (Pandoc passes it to a LaTeX PDF alone); write it in Markdown: *emphasis*,"
                        + " **bold**, [@key] for a citation, @sec-x or [Methods] for a reference",
                "WARNING content/x.md:5:66: TeX math ('$\\frac{a}{b}$') is not read: printed as written, dollar signs and"
                        + " all; write it as text (p < 0.05; x^2^ and H~2~O for a superscript and a subscript)");
    }

    @Test
    void a_fenced_div_math_and_a_span_with_nothing_weft_reads_are_each_reported_at_their_place() {
        assertThat(report("""
                ::: {.callout}
                A box.
                :::

                The rate was $p < 0.05$, and $$E = mc^2$$.

                Sensemaking
                :   How participants understood their care.

                Some [marked]{.highlight} words.^[A note.] Some [chez soi]{lang=fr} and [RQ]{.smallcaps} are read.
                """)).containsExactly(
                "WARNING content/x.md:5:1: Pandoc's fenced div ('::: {.callout}') has nothing Weft reads: its text is printed"
                        + " as any other, the ':::' lines left out; a div Weft reads is in a language of its own (::: {lang=fr})"
                        + ", a Quarto callout (::: {.callout-note title=\"Key messages\"}) or Quarto's conditional content"
                        + " (::: {.content-visible when-format=\"pdf\"})",
                "WARNING content/x.md:9:14: TeX math ('$p < 0.05$') is not read: printed as written, dollar signs and all;"
                        + " write it as text (p < 0.05; x^2^ and H~2~O for a superscript and a subscript)",
                "WARNING content/x.md:9:30: TeX math ('$$E = mc^2$$') is not read: printed as written, dollar signs and all;"
                        + " write it as text (p < 0.05; x^2^ and H~2~O for a superscript and a subscript)",
                "WARNING content/x.md:14:6: Pandoc's bracketed span ('[marked]{.highlight}') has nothing Weft reads: the"
                        + " words are printed in their brackets; give it a language (lang=fr), .smallcaps, .underline or .mark (highlighted), or"
                        + " write the words alone (or *…* for emphasis)");
    }

    @Test
    void prices_code_comments_attributes_notes_and_definition_lists_are_not_pandoc_s_unread_syntax() {
        assertThat(report("""
                It cost $5 and $10, or $5-$10, US$20 and US$30.
                A `$x$ and [a]{.b}` span, ``a ` $y$ ``, <!-- $z$ ::: -->, a [link](https://example.org){target=_blank},
                ![A figure](figures/a.png){#fig-a width=50%}, a footnote[^1], x^2^ and H~2~O, a time 10:30.^[An inline note.]

                [^1]: The note.

                ::: {lang=fr}
                Chez soi.
                :::

                Sensemaking
                :   How participants understood their care.

                ```
                ::: not a div
                $not math$ [x]{.y} ^[no]
                ```
                """)).isEmpty();
    }

    @Test
    void a_quarto_shortcode_but_a_page_break_a_variable_or_metadata_is_reported() {
        assertThat(report("Home {{< env HOME >}}.\n\n{{< pagebreak >}}\n\n`{{< env HOME >}}` {{< var version >}}"
                + " {{< meta title >}}\n")).containsExactly("WARNING content/x.md:5:6: Quarto's shortcode ('{{< env HOME >}}')"
                + " is not read: printed as written; Weft reads a page break ({{< pagebreak >}}), a variable of"
                + " content/_variables.yml ({{< var version >}}), study.yaml's metadata ({{< meta title >}}) and an include"
                + " on a line of its own ({{< include _part.md >}})");
    }

    @Test
    void a_code_cell_is_reported_and_a_code_block_with_a_language_is_not() {
        assertThat(report("```{r}\nsummary(x)\n```\n\n```{python echo=false}\nx = 1\n```\n\n```python\nok\n```\n\n"
                + "```{.r}\nok\n```\n")).containsExactly(
                "WARNING content/x.md:5:1: this code cell ('```{r}') is not run: Weft prints its code as code; write what it"
                        + " computes as text, a table or a figure",
                "WARNING content/x.md:9:1: this code cell ('```{python echo=false}') is not run: Weft prints its code as"
                        + " code; write what it computes as text, a table or a figure");
    }

    /**
     * An example list item the article could not number (its label too long to write as a CommonMark item of the same
     * width) is reported; the article writes every other as its number before this check reads the text
     * ({@code ExampleListsTest}).
     */
    @Test
    void an_example_list_item_left_as_written_is_reported_at_its_place() {
        String text = "Before.\n\n(@) First example.\n(@averyverylonglabel) Second one.\n\nAs (@averyverylonglabel) shows.\n";
        Text numbered = ExampleLists.numbered(new Text(text, TextMap.ofFile("content/x.md", 5)),
                ExampleLists.markers(new Text(text, TextMap.ofFile("content/x.md", 5))), 1);
        assertThat(numbered.content()).startsWith("Before.\n\n01) First example.\n(@averyverylonglabel) Second");
        Diagnostics diagnostics = new Diagnostics();
        PandocSyntax.report(numbered, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING content/x.md:8:1: Pandoc's example list item ('(@averyverylonglabel)') is not read: Weft numbers"
                        + " (@label) items whose label has at most 11 characters, and (@) items up to the 99th; this one is"
                        + " printed as written, marker and all: give it a shorter label");
    }

    @Test
    void a_raw_block_and_a_raw_inline_are_each_reported_at_their_place() {
        assertThat(report("""
                ```{=latex}
                \\vspace{1cm}
                ```

                A `\\LaTeX`{=latex} word and `code` with ```` ``` ```` in it.
                """)).containsExactly(
                "WARNING content/x.md:5:1: Pandoc's raw latex ('```{=latex}') is printed in no format: Pandoc passes it to"
                        + " latex output alone, and Weft prints no raw markup; remove it (a page break is \\newpage on a line"
                        + " of its own)",
                "WARNING content/x.md:9:11: Pandoc's raw latex ('{=latex}') is printed in no format: Pandoc passes it to"
                        + " latex output alone, and Weft prints no raw markup; remove it (a page break is \\newpage on a line"
                        + " of its own)");
    }

    @Test
    void a_backtick_run_that_no_run_of_its_length_closes_is_text() {
        assertThat(report("A `` quote ` then $x$ and ``` more.")).singleElement().asString()
                .startsWith("WARNING content/x.md:5:19: TeX math ('$x$')");
    }
}

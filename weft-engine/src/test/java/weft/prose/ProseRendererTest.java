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
import weft.model.ImageFile;
import weft.model.Images;
import weft.model.Text;

class ProseRendererTest {

    private final ProseRenderer renderer = new ProseRenderer();
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Directive> seen = new ArrayList<>();
    /** The figures' files the tests have, by the name the prose writes. */
    private final java.util.Map<String, ImageFile> files = new java.util.HashMap<>();
    /** The audience of the build the prose is rendered for. */
    private weft.model.Audience audience = weft.model.Audience.PUBLIC;
    private final List<String> looked = new ArrayList<>();
    private final Images images = name -> {
        looked.add(name);
        return files.containsKey(name) ? Images.Lookup.of(files.get(name))
                : Images.Lookup.problem("there is no file content/" + name);
    };

    private ProseRenderer.Rendered render(String markdown) {
        DirectiveHandler handler = (d, alone) -> {
            seen.add(d);
            if (d.kind().equals("quote") && alone) {
                return List.<Node>of(new Element("blockquote").text(d.argument()));
            }
            return List.<Node>of(new TextNode("<" + d.kind() + ":" + d.argument() + ">"));
        };
        return renderer.render(new Text(markdown, TextMap.ofFile("content/x.md", 5)),
                new ProseRenderer.Layout("2", "sec-x", 3, "decimal"), handler, images, audience, diagnostics);
    }

    /**
     * A section's title from its front matter is Markdown within a line, as Pandoc reads a heading: its emphasis and the
     * prose's typography; nothing at its start makes it a block, and a link is its words.
     */
    @Test
    void a_title_is_read_as_markdown_within_a_line_with_the_prose_typography() {
        ProseRenderer.Quotes german = new ProseRenderer.Quotes("\u201E", "\u201C", "\u201A", "\u2018");
        assertThat(renderer.title("Participants' \"own\" words -- and more...", ProseRenderer.Quotes.ENGLISH).html())
                .isEqualTo("Participants\u2019 \u201Cown\u201D words \u2013 and more\u2026");
        assertThat(renderer.title("Die \"eigenen\" Worte", german).text()).isEqualTo("Die \u201Eeigenen\u201C Worte");
        Element title = renderer.title("Living with *hikikomori*: **H~2~O**, x^2^, ~~old~~ and `code`",
                ProseRenderer.Quotes.ENGLISH);
        assertThat(title.html()).isEqualTo("Living with <em>hikikomori</em>: <strong>H<sub>2</sub>O</strong>, x<sup>2</sup>,"
                + " <s>old</s> and <code>code</code>");
        assertThat(title.text()).isEqualTo("Living with hikikomori: H2O, x2, old and code");
        for (String asWritten : List.of("1. Introduction", "2) Methods", "- a dash", "+ plus", "* star", "# hash",
                "> more", "***", "Methods", "A_b_c", "3 * 4 * 5", "{{value:x}}")) {
            assertThat(renderer.title(asWritten, ProseRenderer.Quotes.ENGLISH).text()).as(asWritten).isEqualTo(asWritten);
        }
        assertThat(renderer.title("*Italic* first", ProseRenderer.Quotes.ENGLISH).html()).isEqualTo("<em>Italic</em> first");
        // a link is its words; raw HTML and an image's markup are text, never markup
        assertThat(renderer.title("See [the site](https://example.org) <i onclick=\"x()\">raw</i> ![alt](x.png)",
                ProseRenderer.Quotes.ENGLISH).html()).isEqualTo("See the site &lt;i onclick=\"x()\"&gt;raw&lt;/i&gt; alt");
        assertThat(renderer.title("A [link](javascript:alert(1))", ProseRenderer.Quotes.ENGLISH).html()).isEqualTo("A link");
        String deep = "[".repeat(100_000) + "*x*";
        assertThat(renderer.title(deep, ProseRenderer.Quotes.ENGLISH).text()).isEqualTo(deep);
    }

    /** Pandoc's smart typography: quotation marks of the article's language, dashes, an ellipsis; code as written. */
    @Test
    void straight_quotes_dashes_and_dots_are_typeset_in_the_articles_language_and_code_is_left_alone() {
        String markdown = "She said \"it's 'fine' now\" -- twice --- and left... `\"x\" -- y...` <<kept>>";
        assertThat(render(markdown).body().text())
                .isEqualTo("She said \u201Cit\u2019s \u2018fine\u2019 now\u201D \u2013 twice \u2014 and left\u2026"
                        + " \"x\" -- y... <<kept>>");
        String[] german = {"\u201E", "\u201C", "\u201A", "\u2018"};
        String html = renderer.render(new Text(markdown, TextMap.ofFile("content/x.md", 5)),
                new ProseRenderer.Layout("2", "sec-x", 3, "decimal", new ProseRenderer.Quotes(german[0], german[1], german[2],
                        german[3])), (d, alone) -> List.of(), images, audience, diagnostics).body().text();
        assertThat(html).startsWith("She said \u201Eit\u2019s \u201Afine\u2018 now\u201C \u2013 twice");
        // and Pandoc's strikethrough, subscript and superscript
        assertThat(render("~~old~~ H~2~O x^2^ `~~a~~`").body().select("p").first().html())
                .isEqualTo("<s>old</s> H<sub>2</sub>O x<sup>2</sup> <code>~~a~~</code>");
        // as Pandoc reads them: no white space in a superscript, and a comment is no part of the text
        assertThat(render("Math $x^2 + y^2$ stays.").body().text()).isEqualTo("Math $x^2 + y^2$ stays.");
        assertThat(render("Seen <!-- a note: P3 is the nurse --> here.\n\n<!--\nTODO ask Bo\n-->\n\nNext.").body().text())
                .isEqualTo("Seen here. Next.");
    }

    @Test
    void script_and_event_handlers_never_survive_markdown() {
        String html = render("""
                Text <script>alert(1)</script> and <img src=x onerror=alert(2)>.

                A paragraph with braces.{onclick="alert(3)" #ok .fine}

                [click](javascript:alert(4)) and [fine](#sec-x){onclick="alert(5)" #ok .fine}
                """).html();
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(2)>", "javascript:", "alert(5)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "href=\"#sec-x\"");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("[onclick]")).isEmpty();
        // braces after words are words, as in Pandoc; after a link they are its attributes, sanitised
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("p").get(1).text())
                .isEqualTo("A paragraph with braces.{onclick=\"alert(3)\" #ok .fine}");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).expectFirst("a[href=#sec-x]").id()).isEqualTo("ok");
    }

    /**
     * An image of the prose by web address: kept, marked as the prose's (the print document prints it as a link), and
     * loaded without telling its site which page asks (a review copy's address stays private); a warning at it says
     * where it comes from. An image by a name the figures do not have is an error at its place, the directive before it
     * counted.
     */
    @Test
    void an_image_by_web_address_is_shown_from_there_and_one_by_an_unknown_name_is_an_error() {
        String html = render("See [@key] ![A map](https://example.org/m.png) and ![B](figures/b.png).").html();
        assertThat(html).contains("<img src=\"https://example.org/m.png\" alt=\"A map\" class=\"prose-image\""
                + " referrerpolicy=\"no-referrer\">");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING content/x.md:5:12: an image by web address: the web page shows it from there (each reader's"
                        + " browser asks that site for it), the PDF and the Word document show its description as a link"
                        + " to it; a figure the publication carries is a file of content/figures/, written ![What it"
                        + " shows](figures/NAME.png)",
                "ERROR content/x.md:5:52: the image 'figures/b.png' cannot be published: there is no file"
                        + " content/figures/b.png");
    }

    /**
     * An image of the figures alone in its paragraph is a figure: the image as the publication carries it (its name,
     * its size in pixels), its description as the caption and as the text alternative, a label the article fills when
     * it numbers the figures, and an anchor from the file's name.
     */
    @Test
    void an_image_alone_in_its_paragraph_is_a_figure() {
        files.put("figures/threads-flow.png", image("figures/threads-flow.png", 640, 320));
        ProseRenderer.Rendered rendered = render("Before.\n\n![Threads selected](figures/threads-flow.png)\n\nAfter.");
        assertThat(errors()).isEmpty();
        assertThat(rendered.html().replaceAll("\\s*\n\\s*", "")).isEqualTo("<p>Before.</p><figure class=\"figure prose-figure\""
                + " id=\"fig-threads-flow\"><img class=\"prose-image\" src=\"figures/threads-flow.png\" alt=\"Threads selected\""
                + " width=\"640\" height=\"320\"><figcaption><span class=\"label\"></span> Threads selected</figcaption>"
                + "</figure><p>After.</p>");
        assertThat(rendered.figures()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("fig-threads-flow");
            assertThat(f.file().path()).isEqualTo("content/figures/threads-flow.png");
            assertThat(f.at()).hasToString("content/x.md:7:1");
            assertThat(f.label().hasClass("label")).isTrue();
        });
    }

    /** A figure's anchor as the prose gives it; its description's directives printed in the caption and the alternative. */
    @Test
    void a_figure_takes_its_id_from_the_prose_and_its_caption_prints_directives() {
        files.put("figures/a.jpg", image("figures/a.jpg", 10, 10));
        ProseRenderer.Rendered rendered = render("![Of {{count:quotes}} quotes](figures/a.jpg){#fig-selection}");
        assertThat(errors()).isEmpty();
        assertThat(rendered.figures()).extracting(ProseRenderer.Figure::id).containsExactly("fig-selection");
        Element figure = rendered.body().getElementById("fig-selection");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Of <count:quotes> quotes");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Of <count:quotes> quotes");
    }

    /** A figure's width as a share of the text's, as Pandoc writes it; any other size is an error at the figure. */
    @Test
    void a_figures_width_is_a_share_of_the_texts() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        ProseRenderer.Rendered rendered = render("![A](figures/a.png){width=50%}\n\n![B](figures/a.png){#fig-b width=300px}"
                + "\n\n![C](figures/a.png){#fig-c height=2in}\n\n![D](figures/a.png){#fig-d width=120%}\n");
        assertThat(rendered.body().getElementById("fig-a").selectFirst("img").attr("style")).isEqualTo("width: 50%");
        assertThat(rendered.figures()).extracting(ProseRenderer.Figure::id).containsExactly("fig-a");
        assertThat(errors()).containsExactly(
                "ERROR content/x.md:7:1: a figure's size is its width alone, as a share of the text's width, from 1% to"
                        + " 100% ({width=50%}), not 'width=300px'",
                "ERROR content/x.md:9:1: a figure's size is its width alone, as a share of the text's width, from 1% to"
                        + " 100% ({width=50%}), not 'height=2in'",
                "ERROR content/x.md:11:1: a figure's size is its width alone, as a share of the text's width, from 1% to"
                        + " 100% ({width=50%}), not 'width=120%'");
    }

    /**
     * A figure for a narrower audience than the build's is left out whole, its file not even looked up, its anchor
     * remembered; for the build's audience or a wider one it is a figure; an unknown audience is an error.
     */
    @Test
    void a_figure_for_a_narrower_audience_is_left_out_unread() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        String md = "Before.\n\n![Where P3 lives](figures/a.png){#fig-home audience=reviewers}\n\nAfter.\n\n"
                + "![B](figures/a.png){#fig-b audience=public}\n\n![C](figures/a.png){#fig-c audience=friends}\n";
        ProseRenderer.Rendered rendered = render(md);
        assertThat(rendered.html()).doesNotContain("P3", "fig-home").contains("fig-b");
        assertThat(rendered.withheld()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("fig-home");
            assertThat(w.audience()).isEqualTo(weft.model.Audience.REVIEWERS);
            assertThat(w.at()).hasToString("content/x.md:7:1");
        });
        assertThat(looked).containsExactly("figures/a.png"); // fig-b's; fig-home's file is not read
        assertThat(errors()).containsExactly("ERROR content/x.md:13:1: unknown audience 'friends' of a figure: public,"
                + " reviewers or team");
        audience = weft.model.Audience.REVIEWERS;
        assertThat(render(md).figures()).extracting(ProseRenderer.Figure::id).containsExactly("fig-home", "fig-b");
    }

    /** A description's Markdown is set as the prose's (emphasis kept); its raw HTML is shown as text, as the prose's is. */
    @Test
    void a_figures_caption_is_markdown_and_its_raw_html_is_text() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        ProseRenderer.Rendered rendered = render("![The *garden* <script>x()</script> <img src=y onerror=z()>](figures/a.png)");
        assertThat(errors()).isEmpty();
        Element figure = rendered.body().getElementById("fig-a");
        assertThat(figure.selectFirst("figcaption").html()).isEqualTo("<span class=\"label\"></span> The <em>garden</em>"
                + " &lt;script&gt;x()&lt;/script&gt; &lt;img src=y onerror=z()&gt;");
        assertThat(figure.select("script, figcaption img")).isEmpty();
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("The garden <script>x()</script> <img src=y onerror=z()>");
    }

    /** What cannot be a figure is an error at the image, and nothing of it is published. */
    /**
     * An inline note, a bracketed span and a fenced div in a language are rewritten before the Markdown is parsed, each
     * as long as what it stands for: what comes after them is still reported at its line and column.
     */
    @Test
    void what_follows_a_note_a_span_and_a_div_is_reported_at_its_place() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        ProseRenderer.Rendered rendered = render("""
                A note.^[A long note, *emphasised*, over
                two lines.] A [chez soi]{lang=fr} span. See ![A](figures/a.png) here.

                ::: {lang=fi}
                Kotona.
                :::

                - ![A](figures/a.png)
                """);
        assertThat(rendered.notes()).hasSize(1);
        assertThat(rendered.html()).contains("<span lang=\"fr\">chez soi</span>", "<div lang=\"fi\">");
        assertThat(errors()).containsExactly(
                "ERROR content/x.md:6:45: a figure stands in a paragraph of its own (a blank line before it and after it),"
                        + " not in a sentence, a list, a quotation, a table or a footnote",
                "ERROR content/x.md:12:3: a figure stands in a paragraph of its own (a blank line before it and after it),"
                        + " not in a sentence, a list, a quotation, a table or a footnote");
    }

    /**
     * A Pandoc table (here a simple one, a citation in a cell, and a list numbered with letters) is read where its
     * columns stand as written; what comes after it is still reported at its line and column.
     */
    @Test
    void what_follows_a_simple_table_and_a_fancy_list_is_reported_at_its_place() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        ProseRenderer.Rendered rendered = render("""
                  Who   Said
                -----   ---------------
                   P1   It was [@key].
                   P2   *Nothing*.

                a) One
                b) Two

                - ![A](figures/a.png)
                """);
        assertThat(rendered.body().select("table td")).extracting(Element::text)
                .containsExactly("P1", "It was <cite:>.", "P2", "Nothing.");
        assertThat(rendered.body().select("ol[type=a] li")).extracting(Element::text).containsExactly("One", "Two");
        assertThat(errors()).containsExactly(
                "ERROR content/x.md:13:3: a figure stands in a paragraph of its own (a blank line before it and after it),"
                        + " not in a sentence, a list, a quotation, a table or a footnote");
    }

    /** Pandoc's line block: a paragraph whose lines break where the text's do; a pipe table is still a table. */
    @Test
    void a_line_block_breaks_its_lines_and_a_table_stays_a_table() {
        ProseRenderer.Rendered rendered = render("""
                One wrote:

                | The table is long,
                | the evenings *longer*;
                |   and we stay.

                | Name | Count |
                |---|---|
                | a | 1 |
                """);
        org.jsoup.nodes.Element block = rendered.body().expectFirst("p.line-block");
        assertThat(block.select("br")).hasSize(2);
        assertThat(block.html().replaceAll("\\s*<br>\\s*", "|")).isEqualTo("The table is long,|the evenings <em>longer</em>;|&nbsp;&nbsp;and we stay.");
        assertThat(rendered.body().select("table td").eachText()).containsExactly("a", "1");
        assertThat(rendered.html()).doesNotContain("\uE006");
    }

    /** Pandoc's raw blocks and inlines are printed in no format: Pandoc passes each to its own format alone. */
    @Test
    void a_raw_block_and_a_raw_inline_are_left_out() {
        ProseRenderer.Rendered rendered = render("""
                ```{=html}
                <b>raw</b>
                ```

                A `\\LaTeX`{=latex} word and `code` kept.
                """);
        assertThat(rendered.html()).doesNotContain("raw", "LaTeX", "{=").contains("<p>A word and <code>code</code> kept.</p>");
    }

    @Test
    void a_figure_in_a_sentence_a_list_without_description_or_with_another_id_is_an_error() {
        files.put("figures/a.png", image("figures/a.png", 10, 10));
        ProseRenderer.Rendered rendered = render("""
                See ![A](figures/a.png) here.

                - ![A](figures/a.png)

                ![](figures/a.png)

                ![A](figures/a.png){#selection}
                """);
        assertThat(rendered.figures()).isEmpty();
        assertThat(rendered.html()).doesNotContain("<figure");
        assertThat(errors()).containsExactly(
                "ERROR content/x.md:5:5: a figure stands in a paragraph of its own (a blank line before it and after it),"
                        + " not in a sentence, a list, a quotation, a table or a footnote",
                "ERROR content/x.md:7:3: a figure stands in a paragraph of its own (a blank line before it and after it),"
                        + " not in a sentence, a list, a quotation, a table or a footnote",
                "ERROR content/x.md:9:1: a figure needs its description, ![What the figure shows](figures/a.png): the"
                        + " caption under it, and the text screen readers read out",
                "ERROR content/x.md:11:1: a figure's id begins with 'fig-' ({#fig-selection}), as {{ref:fig-…}} names it");
    }

    /**
     * A table with a caption, "Table: …" in a paragraph of its own before or after it as Pandoc writes it, is numbered:
     * the caption becomes the table's, with a label the article fills, and the table an anchor. A table without one
     * is left as it was.
     */
    @Test
    void a_table_with_a_caption_is_numbered_and_one_without_is_not() {
        ProseRenderer.Rendered rendered = render("""
                Table: Participants by *group* {#tab-participants}

                | Code | Age |
                |---|---|
                | 25M83 | 83 |

                | A | B |
                |---|---|
                | 1 | 2 |

                | C |
                |---|
                | 3 |

                Table: Interviews and focus groups held in the spring and summer of the year

                | D |
                |---|
                | 4 |
                """);
        assertThat(errors()).isEmpty();
        assertThat(rendered.tables()).extracting(ProseRenderer.Table::id)
                .containsExactly("tab-participants", "tab-interviews-and-focus-groups-held-in-the");
        assertThat(rendered.tables()).extracting(t -> t.at().toString()).containsExactly("content/x.md:5:1", "content/x.md:19:1");
        Element first = rendered.body().getElementById("tab-participants");
        assertThat(first.selectFirst("caption").html()).isEqualTo("<span class=\"label\"></span> Participants by <em>group</em>");
        assertThat(rendered.body().select("table")).hasSize(4);
        assertThat(rendered.body().select("table").get(1).hasAttr("id")).isFalse();
        assertThat(rendered.body().select("table").get(1).select("caption")).isEmpty();
        assertThat(rendered.body().select("table").get(3).select("caption")).isEmpty();
        assertThat(rendered.body().select("p")).isEmpty(); // the captions' paragraphs are the tables' captions now
        assertThat(rendered.body().select("table").get(2).selectFirst("caption").text())
                .isEqualTo("Interviews and focus groups held in the spring and summer of the year");
    }

    @Test
    void a_tables_id_must_begin_with_tab() {
        render("Table: People {#people}\n\n| A |\n|---|\n| 1 |\n");
        assertThat(errors()).containsExactly("ERROR content/x.md:5:1: a table's id begins with 'tab-' ({#tab-people}), as"
                + " {{ref:tab-…}} names it");
    }

    private List<String> errors() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    private static ImageFile image(String name, int width, int height) {
        return new ImageFile("content/" + name, name, "image/png", new byte[] {1, 2, 3}, width, height, "0".repeat(64));
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

    /** The body's elements as the article reads them (a run-in label goes into its first paragraph, if it has one). */
    @Test
    void a_block_that_replaced_its_paragraph_is_the_bodys_element() {
        ProseRenderer.Rendered rendered = render("{{quote:q1}}\n\n| A |\n|---|\n| 1 |\n");
        assertThat(rendered.body().children()).extracting(Element::tagName).containsExactly("blockquote", "table");
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

    /**
     * Pandoc's unnumbered headings ({-}, {.unnumbered}, {#id -}): no number, none counted, the headings under one
     * unnumbered too; the braces are not part of the title.
     */
    @Test
    void an_unnumbered_heading_takes_no_number_and_counts_none() {
        ProseRenderer.Rendered r = render("## First\n\n## Aside {-}\n\n### Under it\n\n## Other {.unnumbered}\n\n"
                + "## Named {#named -}\n\n## Second\n\n### Deeper\n");
        assertThat(r.headings()).extracting(Heading::number, Heading::text, Heading::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1", "First", "sec-x-first"),
                org.assertj.core.groups.Tuple.tuple("", "Aside", "sec-x-aside"),
                org.assertj.core.groups.Tuple.tuple("", "Under it", "sec-x-under-it"),
                org.assertj.core.groups.Tuple.tuple("", "Other", "sec-x-other"),
                org.assertj.core.groups.Tuple.tuple("", "Named", "named"),
                org.assertj.core.groups.Tuple.tuple("2.2", "Second", "sec-x-second"),
                org.assertj.core.groups.Tuple.tuple("2.2.1", "Deeper", "sec-x-deeper"));
        assertThat(r.body().select("h3, h4").eachText()).containsExactly("2.1 First", "Aside", "Under it", "Other",
                "Named", "2.2 Second", "2.2.1 Deeper");
        assertThat(r.body().select(".unnumbered")).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /**
     * A heading's class Weft does not read is a warning at the heading; Quarto's {@code .appendix} says how an appendix
     * is written.
     */
    @Test
    void a_headings_class_weft_does_not_read_is_a_warning_that_says_what_is_read() {
        ProseRenderer.Rendered r = render("## Extra tables {.appendix}\n\nText.\n\n## Small {.smaller}\n");
        assertThat(r.body().select("h3").eachText()).containsExactly("2.1 Extra tables", "2.2 Small");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING content/x.md:5:1: the heading's class '.appendix' is not read: an appendix is a file of its own,"
                        + " printed after the references (content/appendix-a.md with kind: appendix in its front matter),"
                        + " and this heading stays where it is",
                "WARNING content/x.md:9:1: the heading's class '.smaller' is not read: a heading reads {-} or .unnumbered"
                        + " (no number) and .unlisted (not in the contents)");
    }

    /** Quarto's unlisted headings ({.unlisted}, {- .unlisted}): left out of the contents, numbered or not as marked. */
    @Test
    void an_unlisted_heading_is_left_out_of_the_contents_alone() {
        ProseRenderer.Rendered r = render("## First\n\n## Aside {.unnumbered .unlisted}\n\n### Under it\n\n"
                + "## Counted {.unlisted}\n\n## Other {- .unlisted}\n\n## Second\n");
        assertThat(r.headings()).extracting(Heading::number, Heading::text, Heading::listed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1", "First", true),
                org.assertj.core.groups.Tuple.tuple("", "Aside", false),
                org.assertj.core.groups.Tuple.tuple("", "Under it", true),
                org.assertj.core.groups.Tuple.tuple("2.2", "Counted", false),
                org.assertj.core.groups.Tuple.tuple("", "Other", false),
                org.assertj.core.groups.Tuple.tuple("2.3", "Second", true));
        assertThat(r.body().select("h3, h4").eachText()).containsExactly("2.1 First", "Aside", "Under it", "2.2 Counted",
                "Other", "2.3 Second");
        assertThat(r.body().select(".unlisted")).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /**
     * Braces in a sentence are its words, as Pandoc prints them: flexmark's attributes extension took {x} for an
     * attribute and dropped it, with the words before it wrapped in a span.
     */
    @Test
    void braces_in_a_sentence_are_words() {
        ProseRenderer.Rendered r = render("A set {a, b} and {x} and a label{#l} and {.c} end.\n\n## Heading {#h}\n\n"
                + "Table: A caption {#tab-t}\n\n| A |\n|---|\n| 1 |\n");
        assertThat(r.body().selectFirst("p").html()).isEqualTo("A set {a, b} and {x} and a label{#l} and {.c} end.");
        assertThat(r.headings()).extracting(Heading::id).containsExactly("h");
        assertThat(r.tables()).extracting(ProseRenderer.Table::id).containsExactly("tab-t");
    }

    /**
     * What the prose fuzzer found: a directive's placeholder typed into the prose (private-use characters) threw, and an
     * inline note beginning with '>>' became nested quotations; now the characters are U+FFFD with a warning at the
     * first, and the note is its words.
     */
    @Test
    void private_use_characters_and_an_inline_note_of_quotation_marks_are_text() {
        ProseRenderer.Rendered r = render("Typed \uE0000\uE001 and \uE104.^[>> not a quotation]\n");
        assertThat(r.body().selectFirst("p").text()).startsWith("Typed \uFFFD0\uFFFD and \uFFFD.");
        assertThat(r.notes().values().iterator().next().text()).isEqualTo(">> not a quotation");
        assertThat(r.notes().values().iterator().next().select("blockquote")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("WARNING content/x.md:5:7: a"
                + " private-use character (U+E000) is printed as '\uFFFD': it stands for no letter of any script, and Weft"
                + " marks its own markup with such characters; remove it");
    }

    /** A heading inside a note is the note's: it takes no number, and the text's headings count without it. */
    @Test
    void a_heading_in_a_note_is_not_numbered_with_the_text() {
        ProseRenderer.Rendered r = render("A call.[^n]\n\n## First\n\n[^n]: The note.\n\n    ## Inside the note\n\n"
                + "## Second\n");
        assertThat(r.headings()).extracting(Heading::number, Heading::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1", "First"), org.assertj.core.groups.Tuple.tuple("2.2", "Second"));
        assertThat(r.notes().values().iterator().next().select("h2").text()).isEqualTo("Inside the note");
    }

    /** A heading in another script is anchored by its words in Latin letters, not "section", "section-x" ... */
    @Test
    void a_heading_in_another_script_gets_an_anchor_of_its_words() {
        ProseRenderer.Rendered r = render("## المشاركون\n\ntext\n\n## Методы анализа\n\n## 家庭关系\n\n## Straße\n");
        assertThat(r.headings()).extracting(Heading::id).containsExactly("sec-x-almsharkwn", "sec-x-metody-analiza",
                "sec-x-jia-ting-guan-xi", "sec-x-stra-e");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.read.ImageFilesForTests;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Figures, tables and callouts in Quarto's conditional content are numbered format by format, as Quarto renders each
 * format apart: a figure printed in the PDF alone moves no number of the web page's, a figure's web and print versions
 * share their label, and each format's cross-references print its own numbers. A reference that a format prints
 * without its target is a warning; one label twice in the same format stays an error.
 */
class ConditionalNumberingTest {

    private static final String PROSE = """

            ::: {.content-visible when-format="html"}
            ![The plan, on screen](figures/screen.png){#fig-plan}
            :::

            ::: {.content-visible unless-format="html"}
            ![The plan, on paper](figures/paper.png){#fig-plan}
            :::

            ::: {.content-visible when-format="pdf"}
            ![Only on paper](figures/paper.png){#fig-paper}

            | Day    | Meals |
            |--------|------:|
            | Monday |     3 |

            : The meals, printed {#tbl-printed}

            ::: {#nte-printed .callout-note}
            A note printed alone.
            :::
            :::

            ![Everywhere](figures/screen.png){#fig-all}

            | Room    | Seats |
            |---------|------:|
            | Kitchen |     6 |

            : The rooms {#tbl-rooms}

            ::: {#nte-all .callout-note}
            A note of every format.
            :::

            ![The plan again, beside @fig-all as printed](figures/screen.png){#fig-after}

            See @fig-plan, @fig-all, @tbl-rooms, @nte-all and @fig-coding-frame.

            ::: {.content-visible when-format="pdf"}
            In print, see also @fig-paper, @tbl-printed and @nte-printed.
            :::
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("numbered"), PROSE);
        TestProjects.figure(project, "screen.png", ImageFilesForTests.pngWithAlpha());
        TestProjects.figure(project, "paper.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        built = new TestProjects.Built(result, result.publication().orElseThrow());
    }

    @Test
    void the_web_page_numbers_what_it_prints_and_nothing_else() {
        Document page = Jsoup.parse(built.publication().text("index.html"));
        Element methods = page.expectFirst("#sec-methods");
        assertThat(methods.select("figure.prose-figure figcaption").eachText())
                .containsExactly("Figure 1. The plan, on screen", "Figure 2. Everywhere",
                        "Figure 3. The plan again, beside Figure 2 as printed");
        assertThat(methods.expectFirst("#fig-plan img").attr("src")).isEqualTo("figures/screen.png");
        assertThat(methods.select("table.prose-table caption").eachText()).containsExactly("Table 1. The rooms");
        assertThat(methods.select(".callout .callout-number").eachText()).containsExactly("Note 1");
        assertThat(methods.select("p a.xref").eachText())
                .containsExactly("Figure 1", "Figure 2", "Table 1", "Note 1", "Figure 4");
        // a caption naming a figure numbered apart: each format's text alternative names its own number
        assertThat(methods.expectFirst("#fig-after img").attr("alt")).isEqualTo("The plan again, beside Figure 2 as printed");
        // the coding frame's figure and table follow the prose's own
        assertThat(page.expectFirst("#fig-coding-frame figcaption").text()).startsWith("Figure 4.");
        assertThat(page.expectFirst("#tab-coding-frame caption").text()).startsWith("Table 2.");
        assertThat(page.html()).doesNotContain("data-weft-formats", "data-weft-alt", "Only on paper", "A note printed alone");
    }

    @Test
    void the_pdf_numbers_its_own_and_its_references_follow() throws Exception {
        String pdf = TestProjects.pdfText(built.publication().files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).containsSubsequence("Figure 1. The plan, on paper", "Figure 2. Only on paper",
                "Table 1. The meals, printed", "Note 1", "A note printed alone.", "Figure 3. Everywhere",
                "Table 2. The rooms", "Note 2", "A note of every format.",
                "Figure 4. The plan again, beside Figure 3 as printed",
                "See Figure 1, Figure 3, Table 2, Note 2 and Figure 5.",
                "In print, see also Figure 2, Table 1 and Note 1.",
                "Figure 5. The coding frame", "Table 3. The coding frame");
        assertThat(TestProjects.figureAlts(built.publication().files().get("article.pdf")))
                .contains("The plan again, beside Figure 3 as printed")
                .doesNotContain("The plan again, beside Figure 2 as printed");
        assertThat(pdf).doesNotContain("on screen", "@fig", "@tbl", "@nte");
    }

    @Test
    void the_word_document_and_the_jats_number_their_own() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText().replaceAll("\\s+", " ")).containsSubsequence("Figure 1. The plan, on paper",
                    "Figure 2. Everywhere", "Table 1. The rooms", "Note 1",
                    "See Figure 1, Figure 2, Table 1, Note 1 and Figure 4.", "Figure 4.", "Table 2.")
                    .doesNotContain("Only on paper", "on screen", "In print");
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("fig[id=fig-plan] > label").eachText()).containsExactly("Figure 1");
        assertThat(xml.select("fig[id=fig-plan] caption").text()).contains("The plan, on paper");
        assertThat(xml.select("xref[ref-type=fig]").eachText()).containsExactly("Figure 2", "Figure 1", "Figure 2", "Figure 4");
        assertThat(xml.select("fig[id=fig-after] alt-text").text()).isEqualTo("The plan again, beside Figure 2 as printed");
        assertThat(jats).doesNotContain("data-weft-formats", "Only on paper");
    }

    @Test
    void a_reference_a_format_prints_without_its_target_is_a_warning_and_never_names_another(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="pdf"}
                ![Only on paper](figures/paper.png){#fig-paper}
                :::

                See @fig-paper.
                """);
        TestProjects.figure(project, "paper.png", ImageFilesForTests.widePng());
        weft.build.BuildResult result = TestProjects.built(project);
        // the web page's Figure 1 is the coding frame's: the reference is printed as written there, not as "Figure 1"
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING content/methods.md:13:5: 'fig-paper' is"
                + " printed in pdf alone (conditional content), this reference to it in html, docx, jats too, where its"
                + " words ('Figure 1') would name another, so it is printed as written: put the reference in conditional"
                + " content of its own ({.content-visible when-format=\"pdf\"}), or give those formats their own"
                + " 'fig-paper'");
        Element methods = Jsoup.parse(result.publication().orElseThrow().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("p:contains(See)").html()).isEqualTo("See @fig-paper.");
        assertThat(TestProjects.pdfText(result.publication().orElseThrow().files().get("article.pdf")))
                .contains("Figure 1. Only on paper", "See Figure 1.");
    }

    @Test
    void one_label_twice_in_a_format_is_an_error_that_names_the_format(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="pdf"}
                ![Only on paper](figures/paper.png){#fig-paper}
                :::

                ::: {.content-visible unless-format="html"}
                ![Twice in the PDF](figures/paper.png){#fig-paper}
                :::
                """);
        TestProjects.figure(project, "paper.png", ImageFilesForTests.widePng());
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly(
                "ERROR content/methods.md:14:1: the anchor '#fig-paper' of the figure content/figures/paper.png is already"
                        + " the anchor of the figure content/figures/paper.png at content/methods.md:10:1 in pdf: give each"
                        + " figure its own id with {#fig-...}");
    }

    @Test
    void headings_in_conditional_content_are_numbered_format_by_format_in_the_text_the_contents_and_the_references(
            @TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="html"}
                ## Interactive supplement {#sec-interactive}

                Explore the data online.
                :::

                ## Data {#sec-data}

                See @sec-analysis.

                ### Sources

                Forums.

                ## Analysis {#sec-analysis}

                Coded, as @sec-data says.
                """);
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        var out = result.publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("#sec-methods h3, #sec-methods h4").eachText()).containsExactly(
                "2.1 Interactive supplement", "2.2 Data", "2.2.1 Sources", "2.3 Analysis");
        assertThat(page.select("#sec-methods a.xref").eachText()).containsExactly("Section 2.3", "Section 2.2");
        assertThat(page.select("nav a").eachText()).contains("2.1 Interactive supplement", "2.2 Data", "2.3 Analysis");
        String pdf = TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).containsSubsequence("2.1 Data", "See Section 2.2.", "2.1.1 Sources", "2.2 Analysis",
                "Coded, as Section 2.1 says.").doesNotContain("Interactive", "2.3");
        Document xml = Jsoup.parse(out.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(xml.select("sec[id=sec-data] > label").text()).isEqualTo("2.1");
        assertThat(xml.select("xref[ref-type=sec]").eachText()).contains("Section 2.2", "Section 2.1");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("2.1 Data", "2.2 Analysis", "Coded, as Section 2.1 says.")
                    .doesNotContain("Interactive");
        }
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's cross-referenceable callouts ({@code ::: {#nte-x .callout-note}} and {@code @nte-x}): numbered by kind in
 * print order, the appendices' after the text's, titled "Note 1: …" (or "Note 1" alone), and referred to as "Note 1",
 * a link to the box, in the web page, the PDF, the Word document (a bookmark and a link to it) and the JATS (a
 * boxed-text's id and label, an xref to it); a label used twice, an unknown one and a label of another kind are
 * reported at their places.
 */
class NumberedCalloutTest {

    private static final String METHODS = """

            ::: {#nte-strengths .callout-note}
            ## Strengths and limitations

            The threads were read twice.
            :::

            ::: {#tip-reading .callout-tip}
            Read the quotes in their threads.
            :::

            ::: {.callout-note title="Not numbered"}
            A box without a label.
            :::

            ::: {#nte-second .callout-note title="<b>A second</b> & last note"}
            Another note.
            :::

            As @nte-strengths and @nte-second say, and @tip-reading advises (see also {{ref:nte-guide}}).
            """;

    @TempDir
    static Path temp;
    static OutputFiles publication;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), METHODS);
        TestProjects.writeSection(project, "guide", "Interview guide", "appendix", 15, """
                ::: {#nte-guide .callout-note}
                The guide was piloted.
                :::

                As @tip-reading says.
                """);
        publication = TestProjects.built(project).publication().orElseThrow();
    }

    @Test
    void the_web_page_numbers_each_kind_apart_and_links_each_reference_to_its_box() {
        Document page = Jsoup.parse(publication.text("index.html"));
        assertThat(page.select("div.callout > p.callout-title")).extracting(Element::text).containsExactly(
                "Note 1: Strengths and limitations", "Tip 1", "Not numbered", "Note 2: <b>A second</b> & last note",
                "Note 3");
        assertThat(page.select("div.callout[id]")).extracting(Element::id)
                .containsExactly("nte-strengths", "tip-reading", "nte-second", "nte-guide");
        assertThat(page.select("#nte-second b")).as("the title is text").isEmpty();
        assertThat(page.select("#sec-methods a.xref")).extracting(a -> a.text() + " " + a.attr("href")).containsExactly(
                "Note 1 #nte-strengths", "Note 2 #nte-second", "Tip 1 #tip-reading", "Note 3 #nte-guide");
        assertThat(page.select("#sec-guide a.xref")).extracting(Element::text).containsExactly("Tip 1");
        assertThat(page.text()).doesNotContain("@nte-", "@tip-", "{{ref");
    }

    @Test
    void the_pdf_prints_the_numbered_titles_and_references() throws Exception {
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).containsSubsequence(
                "Note 1: Strengths and limitations", "The threads were read twice.", "Tip 1", "Note 2: <b>A second</b> & last note",
                "As Note 1 and Note 2 say, and Tip 1 advises (see also Note 3).", "Note 3", "The guide was piloted.");
    }

    @Test
    void the_word_document_titles_each_box_with_its_number_and_links_the_references_to_it() throws Exception {
        String xml = TestProjects.documentXml(publication.files().get("article.docx"));
        String text = xml.replaceAll("<w:tab/>", "\t").replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
        assertThat(text).contains("Note 1: Strengths and limitations\n", "Tip 1\n", "Note 2: &lt;b>A second&lt;/b> &amp; last note\n",
                "As Note 1 and Note 2 say, and Tip 1 advises (see also Note 3).");
        for (String label : List.of("nte_strengths", "tip_reading", "nte_second", "nte_guide")) {
            assertThat(xml).as(label).contains("<w:bookmarkStart w:name=\"w_" + label + "\"",
                    "<w:hyperlink w:anchor=\"w_" + label + "\">");
        }
    }

    @Test
    void the_jats_has_each_box_with_its_id_and_label_and_an_xref_to_it() throws Exception {
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains(
                "<boxed-text id=\"nte-strengths\" content-type=\"callout-note\"><label>Note 1</label><caption><title>Strengths"
                        + " and limitations</title></caption><p>The threads were read twice.</p></boxed-text>",
                "<boxed-text id=\"tip-reading\" content-type=\"callout-tip\"><label>Tip 1</label><p>Read the quotes",
                "<boxed-text content-type=\"callout-note\"><caption><title>Not numbered</title>",
                "<label>Note 2</label><caption><title>&lt;b&gt;A second&lt;/b&gt; &amp; last note</title>",
                "As <xref ref-type=\"boxed-text\" rid=\"nte-strengths\">Note 1</xref> and <xref ref-type=\"boxed-text\""
                        + " rid=\"nte-second\">Note 2</xref>");
    }

    @Test
    void a_label_used_twice_an_unknown_one_and_one_of_another_kind_are_reported_at_their_places(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {#nte-box .callout-note}
                One.
                :::

                ::: {#nte-box .callout-note}
                Two.
                :::

                ::: {#tip-box .callout-warning}
                A warning labelled as a tip.
                :::

                See @nte-bx and @wrn-none.
                """);
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        List<String> diagnostics = TestProjects.diagnostics(result);
        assertThat(diagnostics).contains(
                "ERROR content/methods.md:13:1: the anchor '#nte-box' of the callout 'nte-box' is already the anchor of the"
                        + " callout 'nte-box' at content/methods.md:9:1: give each callout its own label",
                "ERROR content/methods.md:21:5: unknown cross-reference label 'nte-bx' (did you mean 'nte-box'?)",
                "ERROR content/methods.md:21:17: unknown cross-reference label 'wrn-none': the article has no callouts"
                        + " labelled wrn-…");
        assertThat(diagnostics).anySatisfy(d -> assertThat(d).startsWith("WARNING content/methods.md:17:1: of this fenced"
                + " div ('::: {#tip-box .callout-warning}'), Weft does not read #tip-box: a callout is a box"));
    }

    @Test
    void a_finnish_study_numbers_its_callouts_in_finnish(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {#imp-koti .callout-important}
                Kotona on hyvä olla.
                :::

                Katso @imp-koti.
                """);
        Path study = project.resolve("coded-data/study.yaml");
        Files.writeString(study, Files.readString(study).replaceFirst("(?m)^language: en$", "language: fi"));
        Document page = Jsoup.parse(TestProjects.built(project).publication().orElseThrow().text("index.html"));
        assertThat(page.select("#imp-koti > p.callout-title").text()).isEqualTo("Tärkeää 1");
        assertThat(page.select("a.xref[href=#imp-koti]").text()).isEqualTo("Tärkeää 1");
    }

    /**
     * A numbered callout in the abstract keeps the JATS valid; one printed in the PDF alone (Quarto's conditional
     * content) is referred to by a link in the PDF and by its words alone in the web page, the Word document and the
     * JATS, which leave it out.
     */
    @Test
    void a_callout_in_the_abstract_or_in_the_pdf_alone_is_referred_to_where_it_is_printed(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="pdf"}
                ::: {#tip-print .callout-tip}
                In print only.
                :::

                ## Printed aside {#sec-aside}
                :::

                As @tip-print and @nte-key say; see @sec-aside.
                """);
        Files.writeString(project.resolve("content/abstract.md"), "\n::: {#nte-key .callout-note title=\"Key messages\"}\n"
                + "- Meals matter.\n:::\n\nSee @nte-key.\n", StandardOpenOption.APPEND);
        OutputFiles out = TestProjects.built(project).publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("#tip-print")).isEmpty();
        assertThat(page.select("#sec-methods p:contains(As Tip 1)").html()).as("a heading left out too").isEqualTo(
                "As Tip 1 and <a class=\"xref\" href=\"#nte-key\">Note 1</a> say; see Section 2.1.");
        String jats = out.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<boxed-text id=\"nte-key\" content-type=\"callout-note\">"
                + "<label>Note 1</label>", "See <xref ref-type=\"boxed-text\" rid=\"nte-key\">Note 1</xref>",
                "As Tip 1 and <xref ref-type=\"boxed-text\" rid=\"nte-key\">Note 1</xref> say; see Section 2.1.");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.files().get("article.pdf"))) {
            assertThat(TestProjects.pdfText(out.files().get("article.pdf"))).contains("Tip 1", "In print only.",
                    "As Tip 1 and Note 1 say; see Section 2.1.", "2.1 Printed aside");
            long links = 0;
            for (org.apache.pdfbox.pdmodel.PDPage p : pdf.getPages()) {
                links += p.getAnnotations().stream().filter(a -> a instanceof
                        org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink).count();
            }
            assertThat(links).as("the PDF's references to the two boxes are links").isGreaterThanOrEqualTo(3);
        }
    }

    /** The cross-reference label pattern is anchored: "@tip-" inside a word or an address stays text. */
    @Test
    void an_address_or_a_word_with_tip_in_it_is_no_reference(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), "\nWrite to info@tip-top.example or"
                + " see the hot\\@tip-off.\n");
        Document page = Jsoup.parse(TestProjects.built(project).publication().orElseThrow().text("index.html"));
        assertThat(page.select("#sec-methods").text()).contains("info@tip-top.example", "@tip-off");
        assertThat(Pattern.compile("xref").matcher(page.select("#sec-methods").html()).find()).isFalse();
    }
}

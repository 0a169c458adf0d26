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
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * A quote presented in text that some formats print alone (Quarto's conditional content): each format presents each
 * presented quote, links to the place it has it, and the evidence says where; no format has a link to nothing or an
 * anchor twice.
 */
class ConditionalQuotesTest {

    /**
     * The mini study's methods: the quote "sink-full" in the PDF alone (no text of another format places it),
     * "long-evenings" first in the web page alone, then in every format in its node's narrative, and "same-table" in a
     * note that only the PDF's text calls.
     */
    private static final String PROSE = """

            ::: {.content-visible when-format="pdf"}
            {{quote:sink-full}}
            :::

            ::: {.content-visible when-format="html"}
            {{quote:long-evenings}}
            :::

            ::: {.content-visible when-format="pdf"}
            ## Printed only

            A note in print.[^print]
            :::

            [^print]: As one wrote, {{quote:same-table}}
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), PROSE);
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [dishes, friction]\n    presented: false",
                "codes: [dishes, friction]\n    presented: true");
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        built = new TestProjects.Built(result, result.publication().orElseThrow());
    }

    @Test
    void the_web_page_presents_a_quote_the_pdf_alone_places_under_its_node_and_each_quote_once_anchored() {
        Document page = Jsoup.parse(built.publication().text("index.html"));
        Element sink = page.expectFirst("#quote-sink-full");
        assertThat(sink.closest("#node-dishes")).as("under its node, as a quote no text places").isNotNull();
        assertThat(page.select("[data-quote=sink-full]")).hasSize(1);
        assertThat(page.select("#node-dishes .node-pointer")).isEmpty();
        // the web page's first long-evenings is in the methods, which carries its anchor; the narrative's has none
        assertThat(page.select("[id=quote-long-evenings]")).singleElement()
                .satisfies(q -> assertThat(q.closest("#sec-methods")).isNotNull());
        assertThat(page.select("#node-cooking-together [data-quote=long-evenings]")).singleElement()
                .satisfies(q -> assertThat(q.id()).isEmpty());
        // a quote in a note the web page leaves out with the text that calls it: under its node, as no text places it
        assertThat(page.expectFirst("#quote-same-table").closest("#node-eating-together")).isNotNull();
        assertThat(page.select("#node-eating-together .node-pointer")).isEmpty();
        // nor do the contents list the heading or the notes the web page leaves out
        assertThat(page.text()).doesNotContain("Printed only", "A note in print");
        for (Element link : page.select("a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.outerHtml()).isNotNull();
        }
        assertThat(built.publication().text("index.html")).doesNotContain("data-weft-");
    }

    @Test
    void the_pdf_presents_the_quote_where_its_text_does_and_points_there_from_the_node() throws Exception {
        String pdf = TestProjects.pdfText(built.publication().files().get("article.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).containsSubsequence("2. Methods", "“The sink is always full.”", "3. Results", "Unwashed dishes.",
                "Its quote is presented in Section 2.", "4. Discussion");
        assertThat(pdf.split("The sink is always full", -1)).hasSize(2);
        assertThat(pdf).containsSubsequence("Printed only", "A note in print", "Eating together.",
                "Its quote is presented in Section 2.");
        assertThat(pdf.split("Same table, same people", -1)).hasSize(2);
    }

    @Test
    void the_word_document_and_the_jats_present_each_quote_once_under_its_node() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertThat(text).containsSubsequence("Results", "Unwashed dishes", "The sink is always full.", "Discussion");
            assertThat(text.split("The sink is always full", -1)).hasSize(2);
            assertThat(text).containsSubsequence("Eating together", "Same table, same people, every night.").doesNotContain(
                    "A note in print");
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        assertThat(xml.select("[id=quote-sink-full]")).singleElement().satisfies(q -> assertThat(q.text())
                .contains("The sink is always full."));
        assertThat(xml.select("[id=quote-long-evenings]")).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("The evenings at the table are long and good."));
        assertThat(jats).doesNotContain("data-weft-");
    }

    @Test
    void the_evidence_names_the_web_pages_place_of_each_quote() {
        Document sink = Jsoup.parse(built.publication().text("evidence/quotes/sink-full.html"));
        Element place = sink.expectFirst("dt:containsOwn(In the article) + dd");
        assertThat(place.text()).isEqualTo("Presented in 3.2 Friction over food › Unwashed dishes.");
        assertThat(place.expectFirst("a").attr("href")).isEqualTo("../../index.html#quote-sink-full");
        Document evenings = Jsoup.parse(built.publication().text("evidence/quotes/long-evenings.html"));
        Element there = evenings.expectFirst("dt:containsOwn(In the article) + dd");
        assertThat(there.text()).isEqualTo("Presented in 2 Methods.");
        assertThat(there.expectFirst("a").attr("href")).isEqualTo("../../index.html#quote-long-evenings");
        assertThat(Jsoup.parse(built.publication().text("evidence/index.html")).text())
                .contains("4 coded quotes: 4 presented in the article, 0 evidence only");
    }

    /** The evidence PDF names the place the article's PDF presents a quote at, with its page, not the web page's. */
    @Test
    void the_evidence_pdf_names_the_pdfs_place_of_a_quote(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), PROSE);
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [dishes, friction]\n    presented: false",
                "codes: [dishes, friction]\n    presented: true");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  evidencePdf: true\n");
        weft.build.BuildResult result = TestProjects.built(project);
        String evidence = TestProjects.pdfText(result.publication().orElseThrow().files().get("evidence.pdf"))
                .replaceAll("\\s+", " ");
        // the web page presents it first in the methods; the PDF, which leaves that text out, in its node's narrative
        assertThat(evidence).contains("long-evenings · In the article: 3.1 Togetherness at the table › Cooking together,"
                + " p. 2");
        // the PDF presents sink-full in the methods; the web page under its node
        assertThat(evidence).contains("sink-full · In the article: 2 Methods, p. 1").doesNotContain("long-evenings · In the"
                + " article: 2 Methods");
    }

    @Test
    void an_evidence_only_quote_the_pdf_alone_presents_is_named_so_in_the_evidence(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), PROSE);
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING content/methods.md:10:1: quote 'sink-full'"
                + " is marked evidence-only (presented: false) but the prose presents it");
        weft.publish.OutputFiles out = result.publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("[data-quote=sink-full], #node-dishes .node-pointer")).isEmpty();
        assertThat(TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " "))
                .containsSubsequence("2. Methods", "“The sink is always full.”", "Unwashed dishes.",
                        "Its quote is presented in Section 2.");
        Element place = Jsoup.parse(out.text("evidence/quotes/sink-full.html"))
                .expectFirst("dt:containsOwn(In the article) + dd");
        assertThat(place.text()).isEqualTo("Presented in 2 Methods (PDF only).");
        assertThat(place.expectFirst("a").attr("href")).isEqualTo("../../article.pdf");
        assertThat(Jsoup.parse(out.text("evidence/nodes/dishes.html")).text()).contains("In the article: 2 Methods (PDF only)");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * {@code presentation.numberedExtracts: true}: the quotes the article sets apart as block quotations are numbered as
 * extracts in print order (the mini study's: one in a narrative, one its node's quote that no prose places), each with
 * its label before it, and {@code {{ref:quote-ID}}} refers to one ("Extract 1"), a link to it, in the web page, the PDF,
 * the Word document and the JATS; a quote run into a sentence is no extract; without the setting, or for a quote that is
 * no extract, the reference is an error that says so.
 */
class ExtractsTest {

    @TempDir
    static Path temp;
    static OutputFiles numbered;

    static Path study(Path at, boolean numbered) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(at, "\nAs {{ref:quote-long-evenings}} and"
                + " {{ref:quote-same-table}} show.\n");
        if (numbered) {
            TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                    "presentation:\n  numberedExtracts: true\n");
        }
        return project;
    }

    @BeforeAll
    static void build() throws Exception {
        numbered = TestProjects.built(study(temp.resolve("numbered"), true)).publication().orElseThrow();
    }

    @Test
    void the_web_page_numbers_each_block_quotation_in_print_order_and_links_the_references() {
        Document page = Jsoup.parse(numbered.text("index.html"));
        List<Element> extracts = page.select("div.extract");
        assertThat(extracts).extracting(e -> e.child(0).text() + " " + e.child(1).attr("data-quote"))
                .containsExactly("Extract 1 long-evenings", "Extract 2 same-table");
        assertThat(extracts).allSatisfy(e -> assertThat(e.child(1).is("blockquote.quote")).isTrue());
        assertThat(page.select("span.quote[data-quote=we-cook]")).as("a quote in a sentence").hasSize(1);
        assertThat(page.select("span.quote[data-quote=we-cook]").parents().is(".extract")).isFalse();
        assertThat(page.select("#sec-methods a.xref")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Extract 1 #quote-long-evenings", "Extract 2 #quote-same-table");
    }

    @Test
    void the_evidence_names_the_extract_where_the_article_presents_a_quote() {
        assertThat(Jsoup.parse(numbered.text("evidence/quotes/long-evenings.html")).select("a[href$=#quote-long-evenings]"))
                .extracting(Element::text).contains("3.1 Togetherness at the table \u203a Cooking together \u203a Extract 1");
        assertThat(Jsoup.parse(numbered.text("evidence/quotes/same-table.html")).select("a[href$=#quote-same-table]"))
                .extracting(Element::text).allSatisfy(t -> assertThat(t).endsWith("\u203a Extract 2"));
        assertThat(Jsoup.parse(numbered.text("evidence/quotes/we-cook.html")).select("a[href$=#quote-we-cook]"))
                .extracting(Element::text).allSatisfy(t -> assertThat(t).doesNotContain("Extract"));
    }

    @Test
    void the_pdf_prints_each_label_before_its_quote() throws Exception {
        assertThat(TestProjects.pdfText(numbered.files().get("article.pdf"))).containsSubsequence(
                "As Extract 1 and Extract 2 show.", "Extract 1", "The evenings at the table are long and good.",
                "Extract 2", "Same table, same people, every night.");
    }

    @Test
    void the_word_document_sets_the_label_in_bold_before_its_quote_and_links_the_references_to_it() throws Exception {
        String xml = TestProjects.documentXml(numbered.files().get("article.docx"));
        assertThat(xml).containsPattern("<w:keepNext/></w:pPr><w:r><w:rPr><w:b w:val=\"on\"/></w:rPr><w:t>Extract 1</w:t>"
                + "</w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Quote\"/>.*?The evenings at the table");
        assertThat(xml).contains("<w:hyperlink w:anchor=\"w_quote_long_evenings\"><w:r><w:t>Extract 1</w:t>",
                "<w:bookmarkStart w:name=\"w_quote_long_evenings\"");
    }

    @Test
    void the_jats_labels_each_quotation_and_refers_to_it() throws Exception {
        String jats = numbered.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<disp-quote id=\"quote-long-evenings\" content-type="
                + "\"participant-quote\"><label>Extract 1</label><p>\u201cThe evenings at the table are long and good.\u201d</p>",
                "As <xref ref-type=\"other\" rid=\"quote-long-evenings\">Extract 1</xref> and <xref"
                        + " ref-type=\"other\" rid=\"quote-same-table\">Extract 2</xref> show.");
        assertThat(jats).doesNotContain("extract-label");
    }

    @Test
    void the_labels_and_line_numbers_are_not_counted_as_the_texts_words(@TempDir Path other) throws Exception {
        List<String> counts = new java.util.ArrayList<>();
        for (boolean extracts : new boolean[] {false, true}) {
            Path project = TestProjects.miniStudyWithMethods(other.resolve("s" + extracts), "\nCounted: {{count:words}}.\n");
            if (extracts) {
                TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                        "presentation:\n  numberedExtracts: true\n  extractLines: true\n");
            }
            String page = TestProjects.built(project).publication().orElseThrow().text("index.html");
            assertThat(page.contains("extract-label") && page.contains("line-number")).isEqualTo(extracts);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Counted: ([0-9,]+)\\.").matcher(page);
            assertThat(m.find()).isTrue();
            counts.add(m.group(1));
        }
        assertThat(counts.get(1)).isEqualTo(counts.get(0));
    }

    @Test
    void a_reference_to_a_quote_is_an_error_without_the_setting_and_for_a_quote_in_a_sentence(@TempDir Path other)
            throws Exception {
        BuildResult plain = TestProjects.render(study(other.resolve("plain"), false));
        assertThat(TestProjects.diagnostics(plain)).contains("ERROR content/methods.md:9:4: unknown cross-reference label"
                + " 'quote-long-evenings': a quote is referred to as a numbered extract ('Extract 1'), with"
                + " presentation.numberedExtracts: true in coded-data/study.yaml, by its id once the article sets it apart"
                + " as a block quotation");
        Path inSentence = study(other.resolve("sentence"), true);
        Files.writeString(inSentence.resolve("content/methods.md"), "\nSee {{ref:quote-we-cook}}.\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(TestProjects.diagnostics(TestProjects.render(inSentence))).anySatisfy(d -> assertThat(d)
                .startsWith("ERROR content/methods.md:11:5: unknown cross-reference label 'quote-we-cook': a quote is"));
    }

    /**
     * {@code presentation.extractLines}: a block quotation's lines numbered, as conversation analysts number a
     * transcript's, in every format; a quote in a sentence keeps its lines run in, unnumbered; the numbers are no words.
     */
    @Test
    void extract_lines_number_each_line_of_a_block_quotation_in_every_format(@TempDir Path other) throws Exception {
        Path project = study(other.resolve("lines"), true);
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  extractLines: true\n");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.",
                "text: \"Moderator: And the evenings?\\nP3: Long and good.\\nP5: <b>Every</b> night.\"");
        OutputFiles out = TestProjects.built(project).publication().orElseThrow();
        Document page = Jsoup.parse(out.text("index.html"));
        page.outputSettings().prettyPrint(false);
        Element quote = page.expectFirst("#quote-long-evenings");
        assertThat(quote.select("span.line-number")).extracting(Element::text).containsExactly("01", "02", "03");
        assertThat(quote.select("a.quote-link").html().replaceAll("\\s*\n\\s*", "")).isEqualTo("<span class=\"line-number\">01</span> \u201cModerator:"
                + " And the evenings?<br><span class=\"line-number\">02</span> P3: Long and good.<br><span"
                + " class=\"line-number\">03</span> P5: &lt;b&gt;Every&lt;/b&gt; night.\u201d");
        assertThat(page.expectFirst("#quote-same-table").select("span.line-number")).extracting(Element::text)
                .containsExactly("01");
        assertThat(page.select("span.quote span.line-number")).as("a quote in a sentence").isEmpty();
        assertThat(TestProjects.pdfText(out.files().get("article.pdf"))).containsSubsequence("Extract 1",
                "01 \u201cModerator: And the evenings?", "02 P3: Long and good.", "03 P5: <b>Every</b> night.\u201d");
        String word = TestProjects.documentXml(out.files().get("article.docx")).replaceAll("<w:br/>", "\n")
                .replaceAll("<[^>]+>", "");
        assertThat(word).contains("01 \u201cModerator: And the evenings?\n02 P3: Long and good.\n03 P5: &lt;b>Every&lt;/b> night.");
        String jats = out.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats.replaceAll(">\\s+<", "><")).contains("<label>Extract 1</label><p>01 \u201cModerator: And the"
                + " evenings?</p><p>02 P3: Long and good.</p><p>03 P5: &lt;b&gt;Every&lt;/b&gt; night.\u201d</p>");
    }

    @Test
    void a_finnish_study_numbers_its_extracts_in_finnish(@TempDir Path other) throws Exception {
        Path project = study(other.resolve("fi"), true);
        Path yaml = project.resolve("coded-data/study.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^language: en$", "language: fi"));
        Document page = Jsoup.parse(TestProjects.built(project).publication().orElseThrow().text("index.html"));
        assertThat(page.select("p.extract-label")).extracting(Element::text).containsExactly("Ote 1", "Ote 2");
    }

    /** An extract in conditional content is numbered among the extracts its formats print, as Quarto numbers each format. */
    @Test
    void an_extract_the_pdf_alone_prints_is_numbered_among_the_pdfs(@TempDir Path other) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                ::: {.content-visible when-format="pdf"}
                {{quote:same-table}}
                :::

                As {{ref:quote-long-evenings}} and {{ref:quote-same-table}} show.
                """);
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  numberedExtracts: true\n  evidencePdf: true\n");
        OutputFiles out = TestProjects.built(project).publication().orElseThrow();
        // the web page: the narrative's quote first, the other under its node, as no text of the page places it
        Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("div.extract")).extracting(e -> e.child(0).text() + " " + e.child(1).attr("data-quote"))
                .containsExactly("Extract 1 long-evenings", "Extract 2 same-table");
        assertThat(page.select("#sec-methods a.xref").eachText()).containsExactly("Extract 1", "Extract 2");
        // the PDF: the methods' quote first
        assertThat(TestProjects.pdfText(out.files().get("article.pdf")).replaceAll("\\s+", " ")).containsSubsequence(
                "Extract 1", "Same table, same people, every night.", "As Extract 2 and Extract 1 show.", "Extract 2",
                "The evenings at the table are long and good.");
        assertThat(out.text("article.jats.xml")).doesNotContain("data-weft");
        assertThat(Jsoup.parse(out.text("evidence/quotes/same-table.html")).select("a[href$=#quote-same-table]"))
                .extracting(Element::text).anySatisfy(t -> assertThat(t).endsWith("\u203a Extract 2"));
        // the evidence PDF names the article PDF's extracts: the methods' Extract 1, the narrative's Extract 2
        String evidence = TestProjects.pdfText(out.files().get("evidence.pdf")).replaceAll("\\s+", " ");
        assertThat(evidence).contains("2 Methods \u203a Extract 1", "Cooking together \u203a Extract 2")
                .doesNotContain("Cooking together \u203a Extract 1");
    }
}

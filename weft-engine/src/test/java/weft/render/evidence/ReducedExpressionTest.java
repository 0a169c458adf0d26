package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.model.Audience;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * A quote's reduced expression (the analyst's step between the participant's words and the sub-category) is shown to
 * the reviewer beside the quote: on its evidence page, under it on its node's page, in the evidence's spreadsheet and in
 * the evidence PDF; escaped as
 * any text; never to an audience shown the quote's excerpt in place of its whole text; scanned by the privacy check.
 */
class ReducedExpressionTest {

    @TempDir
    Path temp;

    private Path study() {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: The evenings at the table are long and good.\n",
                "    text: The evenings at the table are long and good.\n    reduced: \"long <b>evenings</b> & good\"\n");
        TestProjects.replaceIn(quotes, "    text: Same table, same people, every night.\n", "    text: Same table, same people,"
                + " every night.\n    excerpt: Same table … every night\n    textAudience: reviewers\n"
                + "    reduced: the same table every night\n");
        TestProjects.replaceIn(study.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        return study;
    }

    private static OutputFiles built(Path study, Audience audience) {
        BuildResult result = new Weft().render(study, BuildOptions.defaults().audience(audience));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow();
    }

    private static Document page(OutputFiles files, String quote) {
        return Jsoup.parse(files.text(OutputNames.quotePage(quote)));
    }

    @Test
    void the_reduced_expression_stands_beside_the_quote_for_whoever_may_read_its_whole_text() throws Exception {
        Path study = study();
        OutputFiles reviewers = built(study, Audience.REVIEWERS);
        Document evenings = page(reviewers, "long-evenings");
        assertThat(evenings.select(".entry-facts .reduced dt").text()).isEqualTo("Reduced expression");
        assertThat(evenings.select(".entry-facts .reduced dd").text()).isEqualTo("long <b>evenings</b> & good");
        assertThat(evenings.select(".entry-facts b")).isEmpty(); // text, never markup
        assertThat(page(reviewers, "same-table").select(".entry-facts .reduced dd").text())
                .isEqualTo("the same table every night");
        assertThat(page(reviewers, "we-cook").select(".entry-facts .reduced")).isEmpty();
        // the node's page: under each quote, the step from its words to the node
        Document node = Jsoup.parse(reviewers.text(OutputNames.nodePage("cooking-together")));
        assertThat(node.select(".quote-item .quote-reduced").eachText())
                .containsExactly("Reduced expression: long <b>evenings</b> & good");

        String sheet = reviewers.text(OutputNames.EVIDENCE_SHEET);
        List<String> lines = sheet.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFquote_id,text,reduced_expression,participant,");
        assertThat(lines).anyMatch(l -> l.startsWith("long-evenings,The evenings at the table are long and good.,"
                + "long <b>evenings</b> & good,"));
        assertThat(TestProjects.pdfText(reviewers.files().get(OutputNames.EVIDENCE_PDF)).replaceAll("\\s+", " "))
                .contains("Reduced expression: long <b>evenings</b> & good", "Reduced expression: the same table every night");

        // the public is shown the excerpt of same-table in place of its text: the reduction, which tells the whole, too goes
        OutputFiles public_ = built(study, Audience.PUBLIC);
        assertThat(page(public_, "same-table").select(".entry-facts .reduced")).isEmpty();
        assertThat(Jsoup.parse(public_.text(OutputNames.nodePage("eating-together"))).select(".quote-reduced")).isEmpty();
        assertThat(Jsoup.parse(reviewers.text(OutputNames.nodePage("eating-together"))).select(".quote-reduced").eachText())
                .containsExactly("Reduced expression: the same table every night");
        assertThat(page(public_, "long-evenings").select(".entry-facts .reduced dd").text())
                .isEqualTo("long <b>evenings</b> & good");
        assertThat(public_.text(OutputNames.EVIDENCE_SHEET)).doesNotContain("the same table every night");
        assertThat(TestProjects.pdfText(public_.files().get(OutputNames.EVIDENCE_PDF)))
                .doesNotContain("the same table every night");
    }

    /**
     * The evidence's page of the abstraction: every quote of the build with a reduction, its words, the reduction and
     * its node with those above it, linked; text, never markup; without the reduction of a quote shown as its excerpt.
     */
    @Test
    void the_abstraction_page_lists_every_reduced_quote_up_to_its_theme() throws Exception {
        Path study = study();
        OutputFiles reviewers = built(study, Audience.REVIEWERS);
        Document page = Jsoup.parse(reviewers.text(OutputNames.ABSTRACTION));
        assertThat(page.select("h1").text()).isEqualTo("The abstraction");
        assertThat(TestProjects.tableRows(page.expectFirst("table.abstraction"))).containsExactly(
                List.of("Original expression", "Reduced expression", "Sub-theme", "Theme"),
                List.of("The evenings at the table are long and good. Quote long-evenings", "long <b>evenings</b> & good",
                        "Cooking together", "3.1 Togetherness at the table"), // numbered as the article's headings are
                List.of("Same table, same people, every night. Quote same-table", "the same table every night",
                        "Eating together", "3.1 Togetherness at the table"));
        assertThat(page.select("table.abstraction b")).isEmpty(); // text, never markup
        assertThat(page.select("table.abstraction tbody tr").first().select("a").eachAttr("href")).containsExactly(
                "quotes/long-evenings.html", "nodes/cooking-together.html", "nodes/togetherness.html");
        Document overview = Jsoup.parse(reviewers.text(OutputNames.EVIDENCE));
        assertThat(overview.select(".abstraction-summary a").attr("href")).isEqualTo("abstraction.html");
        // a node's page leads to the first row of its part of the table; a node without reductions has no such link
        assertThat(page.select("tbody tr").eachAttr("id")).isEmpty();
        assertThat(page.select("tbody tr").get(0).select("span[id]").eachAttr("id"))
                .containsExactly("node-togetherness", "node-cooking-together");
        assertThat(page.select("tbody tr").get(1).select("span[id]").eachAttr("id")).containsExactly("node-eating-together");
        assertThat(Jsoup.parse(reviewers.text(OutputNames.nodePage("togetherness"))).select(".abstraction-link a").attr("href"))
                .isEqualTo("../abstraction.html#node-togetherness");
        assertThat(Jsoup.parse(reviewers.text(OutputNames.nodePage("eating-together"))).select(".abstraction-link a").text())
                .isEqualTo("Its quotes’ reduced expressions in the abstraction");
        assertThat(Jsoup.parse(reviewers.text(OutputNames.nodePage("friction"))).select(".abstraction-link")).isEmpty();
        Path written = java.nio.file.Files.writeString(temp.resolve("abstraction.html"), reviewers.text(OutputNames.ABSTRACTION));
        assertThat(new weft.support.HtmlChecker().errors(written)).isEmpty(); // valid HTML5, as every page is
        // and in the evidence PDF, after the nodes, its own entry of the outline
        assertThat(TestProjects.pdfText(reviewers.files().get(OutputNames.EVIDENCE_PDF)).replaceAll("\\s+", " "))
                .contains("The abstraction Each quote with the analyst", "(Quote long-evenings)", "same-table)");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                reviewers.files().get(OutputNames.EVIDENCE_PDF))) {
            List<String> outline = new java.util.ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertThat(outline).endsWith("The abstraction");
        }

        // the public is shown same-table's excerpt alone: no reduction of it, so no row
        Document public_ = Jsoup.parse(built(study, Audience.PUBLIC).text(OutputNames.ABSTRACTION));
        assertThat(public_.select("table.abstraction tbody tr").eachText()).singleElement().asString()
                .startsWith("The evenings at the table");
    }

    @Test
    void a_study_without_reductions_has_no_column_of_them_and_one_with_an_address_in_them_is_warned() {
        Path plain = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("plain"));
        assertThat(built(plain, Audience.PUBLIC).text(OutputNames.EVIDENCE_SHEET)).startsWith("\uFEFFquote_id,text,participant,");
        OutputFiles none = built(plain, Audience.PUBLIC); // nor a page of the abstraction, nor a link to one
        assertThat(none.files()).doesNotContainKey(OutputNames.ABSTRACTION);
        assertThat(none.text(OutputNames.EVIDENCE)).doesNotContain("abstraction");

        Path study = study();
        TestProjects.replaceIn(study.resolve("coded-data/quotes/quotes.yaml"), "reduced: the same table every night",
                "reduced: the same table, wrote maria@example.org");
        BuildResult result = new Weft().render(study, BuildOptions.defaults());
        assertThat(TestProjects.diagnostics(result)).contains("WARNING coded-data/quotes/quotes.yaml:20:36: the reduced"
                + " expression of quote 'same-table' contains what looks like an e-mail address: it may identify someone."
                + " Replace it (a pseudonym or a description in brackets, the same for every mention), or acknowledge it:"
                + " privacy: [{kind: email, reason: ...}]");
    }

    /** A reduced expression re-worded, given or cut since an earlier version is a change weft diff lists, with its words. */
    @Test
    void a_reduction_re_worded_since_an_earlier_version_is_a_change_with_its_words() {
        Path before = study();
        Path after = TestProjects.copy(before, temp.resolve("after"));
        TestProjects.replaceIn(after.resolve("coded-data/quotes/quotes.yaml"), "reduced: \"long <b>evenings</b> & good\"",
                "reduced: long good evenings");
        weft.diff.Versions versions = new weft.diff.Versions(1 << 24);
        weft.diagnostics.Diagnostics diagnostics = new weft.diagnostics.Diagnostics();
        weft.diff.CodingDiff diff = new weft.diff.CodingDiffer().diff(
                weft.diff.Version.shownTo("v1", versions.folder(before, "v1", diagnostics).orElseThrow().study(),
                        Audience.REVIEWERS),
                weft.diff.Version.shownTo("v2", versions.folder(after, "v2", diagnostics).orElseThrow().study(),
                        Audience.REVIEWERS));
        assertThat(weft.diff.DiffReport.text(diff)).contains("Quotes: 1 reduced", "  reduced  long-evenings: long [-<b>evenings</b>"
                + " &-] good {+evenings+}");
    }

    /** On the Changes page a re-worded reduction is the analyst's words: shown without a quote's quotation marks. */
    @Test
    void the_changes_page_shows_a_re_worded_reduction_as_the_analysts_words_not_in_quotation_marks() throws Exception {
        try (weft.support.StudyHistory history = weft.support.StudyHistory.ofProject(temp.resolve("history"), study())) {
            history.commit("v1");
            history.replace("coded-data/quotes/quotes.yaml", "reduced: \"long <b>evenings</b> & good\"",
                    "reduced: long good evenings");
            history.replace("coded-data/quotes/quotes.yaml", "text: The evenings at the table are long and good.",
                    "text: The evenings at the table are long and fine.");
            history.commit("v2");
            BuildResult result = new Weft().render(history.folder(), BuildOptions.defaults().audience(Audience.REVIEWERS)
                    .changesSince(java.util.Optional.of("v1")));
            assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
            Document changes = Jsoup.parse(result.publication().orElseThrow().text(OutputNames.CHANGES));
            org.jsoup.select.Elements reduced = changes.select("li:has(.change-kind:containsOwn(reduced expression re-worded))");
            assertThat(reduced.text()).isEqualTo("Quote long-evenings: reduced expression re-worded: long removed: <b>evenings</b>"
                    + " & good added: evenings");
            assertThat(reduced.select("span.word-diff")).hasSize(1);
            assertThat(reduced.select("q")).isEmpty();
            // the participant's words re-worded stay a quotation
            org.jsoup.select.Elements words = changes.select("li:has(.change-kind:matchesOwn(^re-worded$))");
            assertThat(words.select("q.word-diff").text()).isEqualTo("The evenings at the table are long and removed: good."
                    + " added: fine.");
        }
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputNames;
import weft.support.StudyHistory;

/**
 * A build asked to compare with the submitted version (issue 15): the evidence site's "Changes in the coding" page,
 * the marks on changed pages, and each quote's coding history, over a scripted git history of the default study.
 */
class ChangesEvidenceTest {

    @TempDir
    static Path temp;
    static StudyHistory history;
    static Map<String, byte[]> site;

    @BeforeAll
    static void buildTheRevision() throws Exception {
        history = StudyHistory.of(temp.resolve("study")).commit("v1-submitted");
        history.reviewersRound().commit("v2-revision");
        site = render(BuildOptions.defaults().changesSince(Optional.of("v1-submitted"))).publication().orElseThrow().files();
    }

    @AfterAll
    static void close() {
        history.close();
    }

    static BuildResult render(BuildOptions options) {
        BuildResult result = new Weft().render(history.folder(), options);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    static Document page(String path) {
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void the_changes_page_lists_each_change_linked_to_its_page() {
        Document changes = page(OutputNames.CHANGES);
        assertThat(changes.select("h1").text()).isEqualTo("Changes in the coding");
        assertThat(changes.select(".changes-summary").text())
                .isEqualTo("Since v1-submitted: 2 changes to quotes and 1 change to a node.");
        assertThat(changes.select("#quote-loved-before-death").text()).isEqualTo("Quote loved-before-death: moved (“as"
                + " far as loving family members are concerned, …”) from Lack of close, genuine relationships to"
                + " Difficulty of communication");
        assertThat(changes.select("#quote-loved-before-death a").eachAttr("href")).containsExactly(
                "quotes/loved-before-death.html", "nodes/lack-of-close-relationships.html", "nodes/difficulty-of-communication.html");
        assertThat(changes.select("#quote-like-outsiders").text())
                .isEqualTo("Quote like-outsiders: re-worded: like added: complete outsiders");
        assertThat(changes.select("#quote-like-outsiders ins").text()).isEqualTo("added: complete");
        assertThat(changes.select("#node-loss-of-family-time").text()).isEqualTo("Loss of time together as a family:"
                + " relabelled (was “Loss of time spent with the family”, now “Loss of time together as a family”)");
        assertThat(changes.select("table.change-counts tbody tr").eachText()).containsExactly(
                "Lack of close, genuine relationships 1 0", "Difficulty of communication 3 4");
    }

    @Test
    void changed_pages_carry_a_mark_that_leads_to_their_change_and_every_page_links_the_changes() {
        assertThat(page(OutputNames.quotePage("loved-before-death")).select(".changed-mark a").attr("href"))
                .isEqualTo("../changes.html#quote-loved-before-death");
        assertThat(page(OutputNames.quotePage("loved-before-death")).select(".changed-mark").text())
                .isEqualTo("Changed since v1-submitted");
        assertThat(page(OutputNames.nodePage("loss-of-family-time")).select(".changed-mark a").attr("href"))
                .isEqualTo("../changes.html#node-loss-of-family-time");
        assertThat(page(OutputNames.nodePage("difficulty-of-communication")).select(".changed-mark a").attr("href"))
                .isEqualTo("../changes.html#counts");
        assertThat(page(OutputNames.quotePage("afraid-of-emotions")).select(".changed-mark")).isEmpty();
        assertThat(page(OutputNames.nodePage("family-violence")).select(".changed-mark")).isEmpty();
        for (String path : List.of(OutputNames.EVIDENCE, OutputNames.nodePage("family-violence"),
                OutputNames.quotePage("afraid-of-emotions"), "evidence/checklist.html", OutputNames.CHANGES)) {
            assertThat(page(path).select(".site-nav a").eachText()).as(path).containsExactly("Article", "Evidence", "Changes");
        }
    }

    @Test
    void each_quote_entry_has_its_coding_history_newest_first() {
        assertThat(page(OutputNames.quotePage("loved-before-death")).select(".coding-history li").eachText()).containsExactly(
                "v2-revision (2023-11-15): coded to Difficulty of communication",
                "v1-submitted (2023-11-14): coded to Lack of close, genuine relationships");
        assertThat(page(OutputNames.quotePage("afraid-of-emotions")).select(".coding-history li").eachText()).containsExactly(
                "v2-revision (2023-11-15): coded to Poor emotional intelligence skills",
                "v1-submitted (2023-11-14): coded to Poor emotional intelligence skills");
    }

    @Test
    void without_a_revision_to_compare_with_there_is_no_page_no_mark_and_no_history() {
        Map<String, byte[]> plain = render(BuildOptions.defaults()).publication().orElseThrow().files();
        assertThat(plain).doesNotContainKey(OutputNames.CHANGES);
        String entry = new String(plain.get(OutputNames.quotePage("loved-before-death")), StandardCharsets.UTF_8);
        assertThat(entry).doesNotContain("changed-mark").doesNotContain("coding-history").doesNotContain("changes.html");
    }

    @Test
    void the_setting_in_study_yaml_does_the_same_and_an_unknown_revision_there_fails_at_its_position() throws Exception {
        Path study = history.folder().resolve("coded-data/study.yaml");
        String yaml = Files.readString(study);
        try {
            Files.writeString(study, yaml.replace("presentation:\n", "presentation:\n  changesSince: v1-submitted\n"));
            assertThat(render(BuildOptions.defaults()).publication().orElseThrow().files().get(OutputNames.CHANGES))
                    .isEqualTo(site.get(OutputNames.CHANGES));

            Files.writeString(study, yaml.replace("presentation:\n", "presentation:\n  changesSince: v9-accepted\n"));
            BuildResult failed = new Weft().render(history.folder(), BuildOptions.defaults());
            assertThat(failed.succeeded()).isFalse();
            int line = yaml.substring(0, yaml.indexOf("presentation:\n")).split("\n", -1).length + 1;
            assertThat(failed.diagnostics()).extracting(Object::toString).contains("ERROR coded-data/study.yaml:" + line
                    + ":17: no revision 'v9-accepted' in the repository (tags: v1-submitted, v2-revision)");
        } finally {
            Files.writeString(study, yaml);
        }
    }

    /** The evidence as one PDF ends with the same changes, for reviewers who read only the files submitted. */
    @Test
    void the_evidence_pdf_ends_with_the_changes_in_the_coding() throws Exception {
        Path study = history.folder().resolve("coded-data/study.yaml");
        String yaml = Files.readString(study);
        try {
            Files.writeString(study, yaml.replace("presentation:\n", "presentation:\n  evidencePdf: true\n"));
            byte[] pdf = render(BuildOptions.defaults().changesSince(Optional.of("v1-submitted"))).publication().orElseThrow()
                    .files().get(OutputNames.EVIDENCE_PDF);
            String text = weft.support.TestProjects.pdfText(pdf).replaceAll("\\s+", " ");
            String changes = text.substring(text.lastIndexOf("Changes in the coding"));
            assertThat(changes).contains("Since v1-submitted: 2 changes to quotes and 1 change to a node.",
                    "Quote loved-before-death: moved (“as far as loving family members are concerned, …”) from Lack of"
                        + " close, genuine relationships to Difficulty of communication",
                    "Quote like-outsiders: re-worded: like added: complete outsiders",
                    "Loss of time together as a family: relabelled", "Difficulty of communication 3 4");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var items = new java.util.ArrayList<String>();
                document.getDocumentCatalog().getDocumentOutline().children().forEach(i -> items.add(i.getTitle()));
                assertThat(items).first().isEqualTo("Coding frame");
                assertThat(items).last().isEqualTo("Changes in the coding");
            }
        } finally {
            Files.writeString(study, yaml);
        }
    }

    @Test
    void two_builds_give_the_same_bytes() {
        Map<String, byte[]> again = render(BuildOptions.defaults().changesSince(Optional.of("v1-submitted")))
                .publication().orElseThrow().files();
        for (String path : List.of(OutputNames.CHANGES, OutputNames.quotePage("loved-before-death"),
                OutputNames.nodePage("loss-of-family-time"))) {
            assertThat(again.get(path)).as(path).isEqualTo(site.get(path));
        }
    }
}

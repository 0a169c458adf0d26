package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.Audience;
import weft.publish.OutputNames;
import weft.support.OutputBytes;
import weft.support.TestProjects;

/**
 * Builds for an audience: a public build holds nothing of a quote for reviewers or the team in any output byte (pages,
 * search index, site pages, the PDFs' text, streams, metadata and embedded files), and its counts say how many are
 * withheld; a reviewer build holds the reviewers' quotes and not the team's; a team build holds all. The quotes' words
 * are made up for the test, distinctive so that any trace of them is found.
 */
class AudienceTest {

    private static final String REVIEWERS_TEXT = "Quartz umbrella zebra evenings";
    private static final String TEAM_TEXT = "Marmalade xylophone harbour";

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        // the evidence as one PDF too: every output byte of it is searched as well
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        Files.writeString(project.resolve("coded-data/quotes/restricted.yaml"), """
                quotes:
                  - id: reviewer-only-quote
                    text: "%s, the reviewers may read this."
                    codes: [dishes]
                    presented: true
                    audience: reviewers
                    source: {recorded: false, note: Made up for the test.}
                  - id: private-team-note
                    text: "%s, only the team may read this."
                    codes: [dishes]
                    presented: false
                    audience: team
                    source: {recorded: false, note: Made up for the test.}
                """.formatted(REVIEWERS_TEXT, TEAM_TEXT));
        return project;
    }

    private static BuildResult build(Path project, Audience audience) {
        BuildResult result = new Weft().render(project, BuildOptions.defaults().audience(audience));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    @Test
    void a_public_build_holds_nothing_of_the_withheld_quotes_in_any_output_byte() throws IOException {
        BuildResult result = build(study(), Audience.PUBLIC);
        Map<String, String> outputs = OutputBytes.everyByte(result);
        assertThat(outputs).containsKeys(OutputNames.PDF, OutputNames.PDF + " (text, streams, strings)", OutputNames.SEARCH_INDEX,
                OutputNames.EVIDENCE_PDF + " (text, streams, strings)");
        // the searcher finds what is there: a public quote's words, in the PDF's text and in the embedded quote file
        assertThat(OutputBytes.holding(outputs, "Same table, same people")).contains(OutputNames.PDF + " (text, streams, strings): Same table, same people");
        assertThat(OutputBytes.holding(outputs, "Quartz umbrella", "zebra evenings", "Marmalade", "xylophone", "reviewer-only-quote",
                "private-team-note", "restricted.yaml")).isEmpty();
        assertThat(TestProjects.diagnostics(result)).containsExactly("NOTE coded-data/quotes: a build for the audience 'public':"
                + " 4 quotes published, 2 withheld for privacy (left out of every output; the counts include them; the PDF does"
                + " not embed coded-data/quotes/restricted.yaml)");
        var site = result.publication().orElseThrow();
        assertThat(Jsoup.parse(site.text("evidence/nodes/dishes.html")).select(".counts").text()).isEqualTo("3 quotes (2 withheld for privacy)");
        assertThat(Jsoup.parse(site.text(OutputNames.ARTICLE)).select(".build-note").text())
                .isEqualTo("Public build: 2 quotes are withheld for privacy; the counts include them.");
        assertThat(Jsoup.parse(site.text(OutputNames.EVIDENCE)).select(".build-note").text()).startsWith("Public build: 2 quotes");
    }

    @Test
    void a_reviewer_build_holds_the_reviewers_quotes_and_not_the_teams() throws IOException {
        BuildResult result = build(study(), Audience.REVIEWERS);
        Map<String, String> outputs = OutputBytes.everyByte(result);
        assertThat(OutputBytes.holding(outputs, "Quartz umbrella zebra evenings")).contains(OutputNames.ARTICLE + ": Quartz umbrella zebra evenings",
                "evidence/quotes/reviewer-only-quote.html: Quartz umbrella zebra evenings",
                OutputNames.EVIDENCE_PDF + " (text, streams, strings): Quartz umbrella zebra evenings");
        assertThat(OutputBytes.holding(outputs, "Marmalade", "xylophone", "private-team-note", "restricted.yaml")).isEmpty();
        assertThat(Jsoup.parse(result.publication().orElseThrow().text(OutputNames.ARTICLE)).select(".build-note").text())
                .isEqualTo("Reviewer build: it holds evidence for the journal's reviewers only. Do not publish or share it.");
    }

    @Test
    void a_team_build_holds_every_quote_and_embeds_every_quote_file() throws IOException {
        BuildResult result = build(study(), Audience.TEAM);
        Map<String, String> outputs = OutputBytes.everyByte(result);
        assertThat(OutputBytes.holding(outputs, "Marmalade xylophone harbour")).contains("evidence/quotes/private-team-note.html: Marmalade xylophone harbour",
                OutputNames.PDF + " (text, streams, strings): Marmalade xylophone harbour");
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("evidence/nodes/dishes.html")).select(".counts").text())
                .isEqualTo("3 quotes");
    }

    @Test
    void prose_that_presents_a_withheld_quote_fails_the_public_build_at_the_directive() throws IOException {
        Path project = study();
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{count:quotes}} quotes.",
                "{{count:quotes}} quotes. {{quote:reviewer-only-quote}}");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).anyMatch(d -> d.startsWith("ERROR content/methods.md:7:")
                && d.contains("quote 'reviewer-only-quote' is withheld from this build for privacy"));
        assertThat(new Weft().render(project, BuildOptions.defaults().audience(Audience.REVIEWERS)).succeeded()).isTrue();
        // the count of quotes is the analysis's, whoever the build is for
        assertThat(Jsoup.parse(build(study(), Audience.PUBLIC).publication().orElseThrow().text(OutputNames.ARTICLE))
                .selectFirst("#sec-methods").text()).contains("6 quotes.");
    }

    @Test
    void a_node_for_a_narrower_audience_withholds_every_quote_coded_to_it_or_below_and_stays_itself() throws IOException {
        Path project = study();
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "  - id: friction\n    label: Friction over food\n",
                "  - id: friction\n    label: Friction over food\n    audience: team\n");
        BuildResult reviewers = build(project, Audience.REVIEWERS);
        // sink-full (public, coded to friction and dishes) and reviewer-only-quote (for reviewers, coded to dishes,
        // below friction): the narrowest audience, the node's, wins
        assertThat(OutputBytes.holding(OutputBytes.everyByte(reviewers), "The sink is always full", "sink-full", "Quartz umbrella"))
                .isEmpty();
        assertThat(TestProjects.diagnostics(reviewers)).contains("NOTE coded-data/quotes: a build for the audience 'reviewers':"
                + " 3 quotes published, 3 withheld for privacy (left out of every output; the counts include them; the PDF does"
                + " not embed coded-data/quotes/quotes.yaml, coded-data/quotes/restricted.yaml); not for publication");
        var site = reviewers.publication().orElseThrow();
        assertThat(Jsoup.parse(site.text("evidence/nodes/friction.html")).select("h1").text()).contains("Friction over food");
        assertThat(Jsoup.parse(site.text("evidence/nodes/dishes.html")).select(".counts").text()).isEqualTo("3 quotes (3 withheld for privacy)");
        assertThat(OutputBytes.holding(OutputBytes.everyByte(build(project, Audience.TEAM)), "The sink is always full")).isNotEmpty();
    }

    @Test
    void a_participant_for_reviewers_withholds_every_quote_attributed_to_them_from_a_public_build() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("interviews"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  - id: p12\n    citedAs: 12F69\n",
                "  - id: p12\n    citedAs: 12F69\n    audience: reviewers\n");
        // the results present p12's quote: a public build cannot, and says where
        BuildResult refused = new Weft().render(project, BuildOptions.defaults());
        assertThat(refused.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(refused)).anyMatch(d -> d.startsWith("ERROR coded-data/coding-frame.yaml:37:")
                && d.contains("quote 'first-radish' is withheld from this build for privacy"));
        assertThat(OutputBytes.holding(OutputBytes.everyByte(build(project, Audience.REVIEWERS)), "The first radish")).isNotEmpty();
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "{{quote:first-radish}}", "(withheld)");
        assertThat(OutputBytes.holding(OutputBytes.everyByte(build(project, Audience.PUBLIC)), "The first radish", "first-radish"))
                .isEmpty();
    }
}

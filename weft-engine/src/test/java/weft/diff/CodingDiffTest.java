package weft.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.support.StudyHistory;
import weft.support.TestProjects;

/**
 * {@code weft diff} over a scripted git history of the default study: each step makes one kind of change, and the
 * diff between two tags is exactly what the step did.
 */
class CodingDiffTest {

    @TempDir
    static Path temp;
    static StudyHistory history;
    static final Versions VERSIONS = new Versions(BuildOptions.defaults().maxFileBytes());

    @BeforeAll
    static void script() throws Exception {
        history = StudyHistory.of(temp.resolve("study")).commit("v1-submitted");
        // the reviewers' round: one quote moved, one re-worded, one node relabelled
        history.reviewersRound().commit("v2-revision");
        // one node merged into another, one split into two new nodes and an old one
        history.remove(StudyHistory.FRAME, "          - id: estrangement-between-family-members\n")
                .recode("family-becomes-estranged", "broken-relationships-in-the-home")
                .replace(StudyHistory.FRAME, StudyHistory.block(Files.readString(history.folder().resolve(StudyHistory.FRAME)),
                        "          - id: poor-emotional-intelligence\n"),
                        "          - id: fear-of-emotions\n"
                        + "            label: \"Fear of emotions\"\n"
                        + "            description: \"Emotions discouraged and bottled up.\"\n"
                        + "          - id: emotional-distance\n"
                        + "            label: \"Emotional distance\"\n"
                        + "            description: \"Living like outsiders, on autopilot.\"\n")
                .recode("afraid-of-emotions", "fear-of-emotions").recode("bottled-up", "fear-of-emotions")
                .recode("like-outsiders", "emotional-distance").recode("living-on-autopilot", "emotional-distance")
                .recode("couple-relationship-challenges", "difficulty-of-communication")
                .commit("v3-merged-and-split");
        // a quote added, one removed, one no longer presented; a narrative's sentence and the discussion's changed
        history.replace(StudyHistory.QUOTES, "quotes:\n", """
                        quotes:
                          - id: a-new-quote
                            text: "a new quote"
                            codes: [family-violence]
                            presented: false
                            source: {recorded: false, note: "A test's quote."}
                        """)
                .remove(StudyHistory.QUOTES, "  - id: telegram-communication\n")
                .replace(StudyHistory.QUOTES, StudyHistory.block(Files.readString(history.folder().resolve(StudyHistory.QUOTES)),
                        "  - id: relatives-gossiping\n"), StudyHistory.block(Files.readString(history.folder()
                        .resolve(StudyHistory.QUOTES)), "  - id: relatives-gossiping\n").replace("presented: true", "presented: false"))
                .replace(StudyHistory.FRAME, "was mentioned a number of times in the forum.", "was mentioned several times in the forum.")
                .replace("content/discussion.md", "A strong need to be accepted", "A deep need to be accepted")
                .commit("v4-quotes-and-text");
        // a node moved to another parent
        history.move(StudyHistory.FRAME, "          - id: relatives-depreciative-attitude\n",
                        "      - id: harmful-and-abusive-experiences\n")
                .commit("v5-moved");
    }

    @AfterAll
    static void close() {
        history.close();
    }

    static String diff(String from, String to) throws UnreadableVersion {
        return DiffReport.text(codingDiff(from, to));
    }

    static CodingDiff codingDiff(String from, String to) throws UnreadableVersion {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Version> a = VERSIONS.revision(history.folder(), from, diagnostics);
        Optional<Version> b = VERSIONS.revision(history.folder(), to, diagnostics);
        assertThat(diagnostics.sorted()).as("reading %s and %s", from, to).isEmpty();
        return new CodingDiffer().diff(a.orElseThrow(), b.orElseThrow());
    }

    /**
     * The golden diff of each step (weft-engine/src/test/resources/diff/FROM..TO.txt), checked line by line, and the
     * same as Markdown (FROM..TO.md).
     */
    @ParameterizedTest
    @CsvSource({"v1-submitted,v2-revision", "v2-revision,v3-merged-and-split", "v3-merged-and-split,v4-quotes-and-text",
        "v4-quotes-and-text,v5-moved"})
    void each_step_gives_exactly_its_changes(String from, String to) throws Exception {
        CodingDiff diff = codingDiff(from, to);
        golden(Path.of("src/test/resources/diff/" + from + ".." + to + ".txt"), DiffReport.text(diff));
        golden(Path.of("src/test/resources/diff/" + from + ".." + to + ".md"), DiffMarkdown.markdown(diff));
    }

    private static void golden(Path golden, String actual) throws java.io.IOException {
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    /**
     * The words the article prints of a quote changed (an excerpt given, changed, removed) without a recoding: listed, the
     * words struck and added from what the article printed to what it prints, so that a reviewer sees what was cut.
     */
    @Test
    void an_excerpt_given_changed_or_removed_is_listed_with_the_words_the_article_printed_and_prints() throws Exception {
        String text = "    text: \"My relatives are like, they don’t even deserve to know, they have always enjoyed sorting out"
                + " things, talking and gossiping about other people’s ailments and problems, the whole family together\"\n";
        try (StudyHistory h = StudyHistory.of(temp.resolve("excerpts")).commit("e1")) {
            h.replace(StudyHistory.QUOTES, text, text + "    excerpt: \"My relatives … have always enjoyed sorting out things\"\n")
                    .commit("e2");
            h.replace(StudyHistory.QUOTES, "sorting out things\"\n", "sorting out things, talking and gossiping\"\n").commit("e3");
            h.replace(StudyHistory.QUOTES, "    excerpt: \"My relatives … have always enjoyed sorting out things, talking and"
                    + " gossiping\"\n", "").commit("e4");
            assertThat(DiffReport.text(between(h.folder(), "e1", "e2"))).isEqualTo("""
                    Changes in the coding from e1 to e2

                    Quotes: 1 excerpted
                      excerpted relatives-gossiping: My relatives [-are like, they don’t even deserve to know, they-] {+…+} have\
                     always enjoyed sorting out [-things, talking and gossiping about other people’s ailments and problems, the whole\
                     family together-] {+things+}
                    """);
            assertThat(DiffReport.text(between(h.folder(), "e2", "e3"))).isEqualTo("""
                    Changes in the coding from e2 to e3

                    Quotes: 1 excerpted
                      excerpted relatives-gossiping: My relatives … have always enjoyed sorting out [-things-] {+things, talking and\
                     gossiping+}
                    """);
            assertThat(DiffReport.text(between(h.folder(), "e3", "e4"))).isEqualTo("""
                    Changes in the coding from e3 to e4

                    Quotes: 1 excerpted
                      excerpted relatives-gossiping: My relatives [-…-] {+are like, they don’t even deserve to know, they+} have\
                     always enjoyed sorting out things, talking and gossiping {+about other people’s ailments and problems, the\
                     whole family together+}
                    """);
            // the same as Markdown, for the response letter
            assertThat(DiffMarkdown.markdown(between(h.folder(), "e2", "e3"))).contains("| excerpted | `relatives-gossiping` |");

            // the whole text now kept for the reviewers: a public diff shows the excerpt alone, never the words cut
            h.replace(StudyHistory.QUOTES, text, text + "    excerpt: \"My relatives … have always enjoyed sorting out things\"\n"
                    + "    textAudience: reviewers\n").commit("e5");
            String open = DiffReport.text(between(h.folder(), "e4", "e5", weft.model.Audience.PUBLIC));
            assertThat(open).isEqualTo("""
                    Changes in the coding from e4 to e5

                    Quotes: 1 excerpted
                      excerpted relatives-gossiping: My relatives … have always enjoyed sorting out things
                    """);
            assertThat(DiffReport.text(between(h.folder(), "e4", "e5", weft.model.Audience.REVIEWERS)))
                    .contains("excerpted relatives-gossiping: My relatives [-are like,").contains("ailments");
        }
    }

    /**
     * A translated quote's original wording re-worded, given an excerpt, and that excerpt changed while the whole
     * passage is kept from the public: each listed under its own kind, with its words; a public diff of a quote shown
     * cut in both versions lists the excerpt's change alone, not the shown text again as re-worded.
     */
    @Test
    void an_originals_words_and_its_excerpt_are_listed_as_the_quotes_are() throws Exception {
        String quotes = "coded-data/quotes/quotes.yaml";
        String original = "original: {text: \"Kokkaamme sunnuntaisin\", language: fi}";
        try (StudyHistory h = StudyHistory.ofProject(temp.resolve("originals"), TestProjects.fixture("mini-study"))
                .commit("o1")) {
            h.replace(quotes, original, "original: {text: \"Kokkaamme aina sunnuntaisin\", language: fi}").commit("o2");
            h.replace(quotes, "original: {text: \"Kokkaamme aina sunnuntaisin\", language: fi}",
                    "original: {text: \"Kokkaamme aina sunnuntaisin\", language: fi, excerpt: \"Kokkaamme … sunnuntaisin\"}"
                            + "\n    excerpt: \"We cook on Sundays …\"").commit("o3");
            h.replace(quotes, "excerpt: \"We cook on Sundays …\"", "excerpt: \"We cook on Sundays …\"\n"
                    + "    textAudience: reviewers").commit("o4");
            h.replace(quotes, "excerpt: \"Kokkaamme … sunnuntaisin\"", "excerpt: \"Kokkaamme aina …\"").commit("o5");

            assertThat(DiffReport.text(between(h.folder(), "o1", "o2"))).isEqualTo("""
                    Changes in the coding from o1 to o2

                    Quotes: 1 original-reworded
                      original-reworded we-cook: Kokkaamme {+aina+} sunnuntaisin
                    """);
            assertThat(DiffReport.text(between(h.folder(), "o2", "o3"))).isEqualTo("""
                    Changes in the coding from o2 to o3

                    Quotes: 1 excerpted, 1 original-excerpted
                      excerpted we-cook: We cook on Sundays [-& everyone brings <something>-] {+…+}
                      original-excerpted we-cook: Kokkaamme [-aina-] {+…+} sunnuntaisin
                    """);
            // now shown cut to the public: listed as excerpted, no words of the passage or of its original shown again
            String cut = DiffReport.text(between(h.folder(), "o3", "o4", weft.model.Audience.PUBLIC));
            assertThat(cut).contains("Quotes: 1 excerpted\n").doesNotContain("aina").doesNotContain("everyone");
            // the original's excerpt changed, the passage kept from the public in both versions
            String both = DiffReport.text(between(h.folder(), "o4", "o5", weft.model.Audience.PUBLIC));
            assertThat(both).isEqualTo("""
                    Changes in the coding from o4 to o5

                    Quotes: 1 original-excerpted
                      original-excerpted we-cook: Kokkaamme {+aina+} … [-sunnuntaisin-]
                    """);
            assertThat(DiffMarkdown.markdown(between(h.folder(), "o1", "o2"))).contains("| original-reworded | `we-cook` |");
            assertThat(DiffReport.json(between(h.folder(), "o1", "o2"))).contains("\"kind\" : \"original-reworded\"");

            // the Changes page of a public build since o4: the original's excerpt changed, in the reviewer's words
            org.jsoup.nodes.Document page = changesPage(built(h.folder(), "o4"));
            assertThat(page.select("#quote-we-cook").text())
                    .isEqualTo("Quote we-cook: original's excerpt changed: Kokkaamme added: aina … removed: sunnuntaisin");
            assertThat(page.select("#quote-we-cook del").text()).isEqualTo("removed: sunnuntaisin");
        }
    }

    /**
     * A recoding that changes which nodes share quotes (a reviewer asked for categories that exclude each other): the
     * diff says how many quotes were and are coded to two nodes or more, and each pair whose shared quotes changed, in
     * the terminal, in Markdown, in JSON and on the Changes page.
     */
    @Test
    void the_nodes_that_share_quotes_are_compared() throws Exception {
        String quotes = "coded-data/quotes/quotes.yaml";
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("shared-project"));
        TestProjects.replaceIn(project.resolve(quotes), "    codes: [dishes, friction]", "    codes: [dishes, friction, cooking-together]");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        TestProjects.replaceIn(project.resolve(quotes), "    translatedFrom: fi\n    codes: [cooking-together]\n    presented: true\n"
                + "    source: {recorded: false", "    translatedFrom: fi\n    codes: [cooking-together, friction]\n    presented: true\n"
                + "    source: {recorded: false");
        try (StudyHistory h = StudyHistory.ofProject(temp.resolve("shared"), project).commit("s1")) {
            h.replace(quotes, "    codes: [dishes, friction, cooking-together]", "    codes: [dishes, friction]")
                    .replace(quotes, "    codes: [eating-together]", "    codes: [eating-together, dishes]").commit("s2");
            String text = DiffReport.text(between(h.folder(), "s1", "s2"));
            assertThat(text).contains("""

                    Nodes that share quotes (quotes coded to two nodes or more, neither within the other: 2 -> 2):
                      cooking-together + friction: 2 -> 1
                      cooking-together + dishes: 1 -> 0
                      eating-together + dishes: 0 -> 1
                    """);
            assertThat(DiffMarkdown.markdown(between(h.folder(), "s1", "s2"))).contains("### Nodes that share quotes\n\n"
                    + "Quotes coded to two nodes or more, neither within the other: 2 before, 2 after.\n",
                    "| Cooking together (`cooking-together`) | Unwashed dishes (`dishes`) | 1 | 0 |");
            assertThat(DiffReport.json(between(h.folder(), "s1", "s2"))).contains("\"first\" : \"eating-together\"");
            assertThat(DiffReport.text(between(h.folder(), "s2", "s2"))).doesNotContain("share quotes");

            Map<String, byte[]> site = built(h.folder(), "s1");
            org.jsoup.nodes.Document page = changesPage(site);
            assertThat(page.select("#shared p").text()).isEqualTo("Quotes coded to two nodes or more, not one within the"
                    + " other: 2 in s1, 2 now.");
            assertThat(TestProjects.tableRows(page.selectFirst("#shared table"))).containsExactly(
                    List.of("Node", "Node", "s1", "Now"), List.of("Cooking together", "3.2 Friction over food", "2", "1"),
                    List.of("Cooking together", "Unwashed dishes", "1", "0"), List.of("Eating together", "Unwashed dishes", "0", "1"));
            // the evidence PDF's changes too
            assertThat(TestProjects.pdfText(site.get("evidence.pdf")).replaceAll("\\s+", " "))
                    .contains("Quotes coded to two nodes or more, not one within the other: 2 in s1, 2 now.",
                            "Eating together Unwashed dishes 0 1");
        }
    }

    /**
     * A quote renamed and re-worded in one recoding (a spreadsheet without an id column names a quote by its row) is
     * listed as re-worded, with its word diff and its earlier id, not as one quote removed and another added; a quote
     * whose words are mostly new stays removed and added. The narrative that presents it, changed only in the id its
     * directive names, is no change, nor one that names a node renamed.
     */
    @Test
    void a_quote_renamed_and_reworded_at_once_is_listed_as_reworded_with_its_earlier_id() throws Exception {
        String quotes = "coded-data/quotes/quotes.yaml";
        try (StudyHistory h = StudyHistory.ofProject(temp.resolve("renamed"), TestProjects.fixture("mini-study")).commit("r1")) {
            h.replace(quotes, "  - id: long-evenings\n    text: The evenings at the table are long and good.",
                            "  - id: evenings-at-the-table\n    text: The evenings at the table are long, and they are good.")
                    .replace(quotes, "  - id: sink-full\n    text: The sink is always full.",
                            "  - id: nobody-washes\n    text: Nobody ever washes the dishes here.")
                    .replace("coded-data/coding-frame.yaml", "{{quote:long-evenings}}", "{{quote:evenings-at-the-table}}")
                    .replace("coded-data/coding-frame.yaml", "  - id: togetherness\n", "  - id: together\n")
                    .replace("coded-data/coding-frame.yaml", "see also {{node:togetherness}}.", "see also {{node:together}}.")
                    .commit("r2");
            assertThat(DiffReport.text(between(h.folder(), "r1", "r2"))).isEqualTo("""
                    Changes in the coding from r1 to r2

                    Quotes: 1 added, 1 removed, 1 reworded
                      added    nobody-washes "Nobody ever washes the dishes here.": coded to dishes, friction
                      removed  sink-full: was coded to dishes, friction
                      reworded evenings-at-the-table (was long-evenings): The evenings at the table are [-long-] {+long,+} and {+they are+} good.
                    """);
            assertThat(DiffMarkdown.markdown(between(h.folder(), "r1", "r2")))
                    .contains("| reworded | `evenings-at-the-table` (was `long-evenings`) |");
            org.jsoup.nodes.Document page = changesPage(built(h.folder(), "r1"));
            assertThat(page.select("#quote-evenings-at-the-table").text()).contains("long-evenings");
        }
    }

    /** The publication of the study in {@code folder} as built with its Changes page since {@code since}. */
    private static Map<String, byte[]> built(Path folder, String since) {
        weft.build.BuildResult result = new weft.build.Weft().render(folder, BuildOptions.defaults().changesSince(Optional.of(since)));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow().files();
    }

    private static org.jsoup.nodes.Document changesPage(Map<String, byte[]> site) {
        return ParticipantChangesTest.page(site, weft.publish.OutputNames.CHANGES);
    }

    /** As {@code weft diff --audience}: each version as published for {@code audience}. */
    private static CodingDiff between(Path folder, String from, String to, weft.model.Audience audience) throws UnreadableVersion {
        Diagnostics diagnostics = new Diagnostics();
        Version a = VERSIONS.revision(folder, from, diagnostics).orElseThrow();
        Version b = VERSIONS.revision(folder, to, diagnostics).orElseThrow();
        return new CodingDiffer().diff(Version.shownTo(from, weft.build.ForAudience.published(a.study(), audience), audience),
                Version.shownTo(to, weft.build.ForAudience.published(b.study(), audience), audience));
    }

    private static CodingDiff between(Path folder, String from, String to) throws UnreadableVersion {
        Diagnostics diagnostics = new Diagnostics();
        CodingDiff diff = new CodingDiffer().diff(VERSIONS.revision(folder, from, diagnostics).orElseThrow(),
                VERSIONS.revision(folder, to, diagnostics).orElseThrow());
        assertThat(diagnostics.sorted()).isEmpty();
        return diff;
    }

    @Test
    void the_same_coding_gives_no_changes_and_a_folder_reads_as_its_revision() throws Exception {
        assertThat(diff("v5-moved", "v5-moved")).isEqualTo("No changes in the coding from v5-moved to v5-moved.\n");
        Diagnostics diagnostics = new Diagnostics();
        CodingDiff diff = new CodingDiffer().diff(VERSIONS.revision(history.folder(), "v5-moved", diagnostics).orElseThrow(),
                VERSIONS.folder(history.folder(), "the working folder", diagnostics).orElseThrow());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void the_json_names_every_change_for_other_tools() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        JsonNode json = new ObjectMapper().readTree(DiffReport.json(new CodingDiffer().diff(
                VERSIONS.revision(history.folder(), "v1-submitted", diagnostics).orElseThrow(),
                VERSIONS.revision(history.folder(), "v2-revision", diagnostics).orElseThrow())));
        assertThat(json.get("from").asText()).isEqualTo("v1-submitted");
        assertThat(json.get("quotes")).hasSize(2);
        JsonNode moved = json.get("quotes").get(1);
        assertThat(moved.get("kind").asText()).isEqualTo("moved");
        assertThat(moved.get("id").asText()).isEqualTo("loved-before-death");
        assertThat(moved.get("fromNodes").get(0).asText()).isEqualTo("lack-of-close-relationships");
        assertThat(moved.get("toNodes").get(0).asText()).isEqualTo("difficulty-of-communication");
        JsonNode reworded = json.get("quotes").get(0);
        assertThat(reworded.get("words").get(1).get("kind").asText()).isEqualTo("added");
        assertThat(reworded.get("words").get(1).get("text").asText()).isEqualTo("complete");
        assertThat(json.get("nodes").get(0).get("kind").asText()).isEqualTo("relabelled");
        assertThat(json.get("counts")).hasSize(2);
        assertThat(json.get("counts").get(0).get("before").asInt()).isEqualTo(1);
    }

    @Test
    void a_revision_that_does_not_exist_names_the_tags_there_are() {
        assertThatThrownBy(() -> VERSIONS.revision(history.folder(), "v9-accepted", new Diagnostics()))
                .isInstanceOf(UnreadableVersion.class).hasMessage("no revision 'v9-accepted' in the repository (tags:"
                        + " v1-submitted, v2-revision, v3-merged-and-split, v4-quotes-and-text, v5-moved)");
    }

    @Test
    void a_folder_outside_any_repository_and_a_repository_without_commits_are_told_apart() throws Exception {
        Path plain = temp.resolve("plain/study");
        TestProjects.copyTree(history.folder().resolve("coded-data"), plain.resolve("coded-data"));
        assertThatThrownBy(() -> VERSIONS.revision(plain, "v1-submitted", new Diagnostics()))
                .hasMessageStartingWith("the project is not in a git repository");
        Git.init().setDirectory(plain.toFile()).call().close();
        assertThatThrownBy(() -> VERSIONS.revision(plain, "v1-submitted", new Diagnostics()))
                .hasMessage("the repository has no commits yet, so it has no revision 'v1-submitted'");
    }

    @Test
    void a_shallow_clone_says_that_its_history_is_missing() throws Exception {
        Path clone = temp.resolve("shallow");
        Git.cloneRepository().setURI(history.folder().toUri().toString()).setDirectory(clone.toFile()).setDepth(1)
                .setNoTags().call().close();
        assertThatThrownBy(() -> VERSIONS.revision(clone, "v1-submitted", new Diagnostics()))
                .hasMessage("no revision 'v1-submitted' in the repository (tags: none); it is a shallow clone, which has"
                        + " only its latest commits: git fetch --unshallow --tags");
        Diagnostics head = new Diagnostics();
        assertThat(VERSIONS.revision(clone, "HEAD", head)).isPresent();
        assertThat(head.sorted()).isEmpty();
    }
}

package weft.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputNames;
import weft.support.StudyHistory;
import weft.support.TestProjects;

/**
 * Recoding that concerns participants, in the interview study's scripted history: a quote re-attributed to another
 * participant, a participant who withdrew (their entry and quotes removed), one added with a quote, one whose age was
 * corrected. {@code weft diff} and the evidence's "Changes in the coding" page report each, and the counts compare the
 * participants each node's quotes come from as well as the quotes.
 */
class ParticipantChangesTest {

    static final String QUOTES = "coded-data/quotes/quotes.yaml";
    static final String STUDY = "coded-data/study.yaml";

    @TempDir
    static Path temp;
    static StudyHistory history;

    @BeforeAll
    static void script() throws Exception {
        history = StudyHistory.ofProject(temp.resolve("study"), TestProjects.fixture("interview-study")).commit("v1");
        history.reattribute(QUOTES, "old-hands", "p12")
                .remove(QUOTES, "  - id: tomatoes-need-me\n").remove(QUOTES, "  - id: knees\n")
                .replace("coded-data/coding-frame.yaml", "          {{quote:tomatoes-need-me}}\n\n", "")
                .remove(STUDY, "  - id: p40\n")
                .replace(STUDY, "attributes: {group: Volunteer, sex: Female, age: \"69\"}",
                        "attributes: {group: Volunteer, sex: Female, age: \"70\"}")
                .replace(STUDY, "  - id: fg1\n", """
                          - id: p7
                            citedAs: 07F80
                            attributes: {group: Resident, sex: Female, age: "80"}
                          - id: fg1
                        """)
                .replace(QUOTES, "  - id: old-hands\n", """
                          - id: frost-in-may
                            text: A frost in May took everything we had planted.
                            codes: [weather]
                            presented: false
                            participant: p7
                            source: {recorded: true, kind: interview}
                          - id: old-hands
                        """)
                .commit("v2");
    }

    @AfterAll
    static void close() {
        history.close();
    }

    static CodingDiff diff() throws UnreadableVersion {
        Versions versions = new Versions(BuildOptions.defaults().maxFileBytes());
        Diagnostics diagnostics = new Diagnostics();
        Optional<Version> v1 = versions.revision(history.folder(), "v1", diagnostics);
        Optional<Version> v2 = versions.revision(history.folder(), "v2", diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        return new CodingDiffer().diff(v1.orElseThrow(), v2.orElseThrow());
    }

    @Test
    void the_diff_names_the_re_attributed_quote_the_participants_and_the_voices_behind_each_count() throws Exception {
        assertThat(DiffReport.text(diff())).isEqualTo("""
                Changes in the coding from v1 to v2

                Quotes: 1 added, 2 removed, 1 reattributed
                  added    frost-in-may "A frost in May took everything we had …": coded to weather
                  removed  knees: was coded to bodily-limits
                  removed  tomatoes-need-me: was coded to reasons-to-go-out
                  reattributed old-hands "The ones who started it decide where everything …": from p31 to p12

                Participants: 1 added, 1 removed, 1 changed
                  added    p7
                  removed  p40
                  changed  p12: attributes.age

                Counts (quotes coded to a node or below it; the participants and groups they come from):
                  routine: quotes 3 -> 2, participants 3 -> 2
                  reasons-to-go-out: quotes 2 -> 1, participants 2 -> 1
                  bodily-limits: quotes 2 -> 1, participants 2 -> 1
                  weather: quotes 1 -> 2, participants 1 -> 2

                In the article:
                  tomatoes-need-me: no longer presented

                the narrative of reasons-to-go-out:
                  - {{quote:tomatoes-need-me}}
                """);
    }

    @Test
    void the_json_carries_the_participants_of_each_change() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffReport.json(diff()));
        assertThat(json.get("participantsDeclared").asBoolean()).isTrue();
        JsonNode reattributed = json.get("quotes").get(3);
        assertThat(reattributed.get("kind").asText()).isEqualTo("reattributed");
        assertThat(reattributed.get("fromParticipant").asText()).isEqualTo("p31");
        assertThat(reattributed.get("toParticipant").asText()).isEqualTo("p12");
        assertThat(json.get("quotes").get(1).get("fromParticipant").asText()).isEqualTo("p40");
        assertThat(json.get("participants").get(2).get("kind").asText()).isEqualTo("changed");
        assertThat(json.get("participants").get(2).get("fields").get(0).asText()).isEqualTo("attributes.age");
        JsonNode weather = json.get("counts").get(3);
        assertThat(List.of(weather.get("id").asText(), weather.get("participantsBefore").asInt(), weather.get("participantsAfter").asInt()))
                .containsExactly("weather", 1, 2);
        // the values of a participant's attributes are the study's; the diff does not repeat them
        assertThat(DiffReport.json(diff())).doesNotContain("\"70\"").doesNotContain("07F80");
    }

    @Test
    void the_changes_page_shows_the_participants_to_reviewers() {
        BuildResult result = new Weft().render(history.folder(), BuildOptions.defaults().changesSince(Optional.of("v1")));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Map<String, byte[]> site = result.publication().orElseThrow().files();
        Document changes = page(site, OutputNames.CHANGES);
        assertThat(changes.select(".changes-summary").text())
                .isEqualTo("Since v1: 4 changes to quotes, no changes to nodes and 3 changes to participants.");
        assertThat(changes.select("#quote-old-hands").text()).isEqualTo("Quote old-hands: re-attributed (“The ones who started it decide"
                + " where everything …”) from 31F77 to 12F69");
        assertThat(changes.select("#quote-old-hands a").eachAttr("href")).containsExactly("quotes/old-hands.html",
                "participants/p31.html", "participants/p12.html");
        assertThat(changes.select("#changes-participants + ul li").eachText()).containsExactly(
                "Participant 07F80: added", "Participant p40: removed", "Participant 12F69: changed (age)");
        assertThat(changes.select("#participant-p40 a")).isEmpty();
        // what the withdrawn participant was cited as, which told their sex and age, is not repeated
        assertThat(changes.text()).doesNotContain("40M71");
        assertThat(TestProjects.tableRows(changes.selectFirst("table.change-counts"))).containsExactly(
                List.of("Node", "Quotes", "Participants or groups"), List.of("v1", "Now", "v1", "Now"),
                List.of("Theme 2 A rhythm for the week", "3", "2", "3", "2"), List.of("2.1 A reason to go out", "2", "1", "2", "1"),
                List.of("3.1 Bodily limits", "2", "1", "2", "1"), List.of("3.2 Weather", "1", "2", "1", "2"));
        assertThat(page(site, OutputNames.participantPage("p12")).select(".changed-mark a").attr("href"))
                .isEqualTo("../changes.html#participant-p12");
        assertThat(page(site, OutputNames.participantPage("p31")).select(".changed-mark a").attr("href"))
                .isEqualTo("../changes.html#quote-old-hands");
        assertThat(page(site, OutputNames.participantPage("p25")).select(".changed-mark")).isEmpty();
    }

    static Document page(Map<String, byte[]> site, String path) {
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }
}

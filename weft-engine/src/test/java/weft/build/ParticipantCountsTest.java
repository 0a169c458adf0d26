package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.model.Audience;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * How many participants each theme's quotes come from, as an interview study reports it (synthetic study of four
 * interviewees and two focus groups): Table 2's column, {@code {{count:participants:NODE}}} and {@code groups}, and the
 * evidence's node pages; withheld quotes count, as they do for quotes; a study without participants is unchanged.
 */
class ParticipantCountsTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void interviewStudy() {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
    }

    @Test
    void the_coding_frames_table_counts_the_participants_and_groups_of_each_node() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        Element table = article.expectFirst("table#tab-coding-frame");
        assertThat(table.select("caption").text()).endsWith("and of the participants or groups they come from");
        List<List<String>> rows = TestProjects.tableRows(table);
        assertThat(rows.get(0)).endsWith("Quotes in all", "Participants or groups");
        // belonging: p25 and p31 (meeting neighbours), fg1 twice (working side by side)
        assertThat(rows).contains(List.of("Theme 1", "A place to belong", "theme", "0", "4", "3"),
                List.of("1.2", "Working side by side", "subtheme", "2", "2", "1"),
                List.of("Theme 3", "What holds people back", "theme", "0", "4", "3"),
                List.of("3.1", "Bodily limits", "subtheme", "2", "2", "2"));
        // p25, p31, p12, p40, fg1, fg2: each once, however many quotes and themes
        assertThat(rows.get(rows.size() - 1)).containsExactly("All quotes", "11", "6");
    }

    @Test
    void a_study_of_participants_only_heads_the_column_participants() throws IOException {
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("participant: fg1", "participant: p12")
                .replace("participant: fg2", "participant: p40"));
        Path study = project.resolve("coded-data/study.yaml");
        String text = Files.readString(study);
        Files.writeString(study, text.substring(0, text.indexOf("  - id: fg1")) + text.substring(text.indexOf("presentation:")));
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        Element table = article.expectFirst("table#tab-coding-frame");
        assertThat(table.select("caption").text()).endsWith("and of the participants they come from");
        assertThat(TestProjects.tableRows(table).get(0)).endsWith("Quotes in all", "Participants");
        assertThat(TestProjects.tableRows(table)).contains(List.of("1.2", "Working side by side", "subtheme", "2", "2", "1"));
        assertThat(TestProjects.tableRows(table).get(TestProjects.tableRows(table).size() - 1)).endsWith("11", "4");
    }

    @Test
    void a_study_of_focus_groups_only_heads_the_column_groups() throws IOException {
        Path study = project.resolve("coded-data/study.yaml");
        String text = Files.readString(study);
        for (String code : List.of("25M83", "31F77", "12F69", "40M71")) {
            text = text.replace("citedAs: " + code + "\n", "citedAs: " + code + "\n    kind: group\n");
        }
        Files.writeString(study, text);
        Element table = Jsoup.parse(TestProjects.publication(project).text("index.html")).expectFirst("table#tab-coding-frame");
        assertThat(table.select("caption").text()).endsWith("and of the groups they come from");
        assertThat(TestProjects.tableRows(table).get(0)).endsWith("Quotes in all", "Groups");
        assertThat(TestProjects.tableRows(table).get(TestProjects.tableRows(table).size() - 1)).endsWith("11", "6");
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_have_the_column() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        String text = TestProjects.pdfText(publication.files().get("article.pdf"));
        assertThat(text).contains("the participants or groups they come from", "Participants or", "Theme 1 A place to belong theme 0 4 3", "All quotes 11 6");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        Element table = jats.expectFirst("table-wrap#tab-coding-frame");
        assertThat(table.select("thead th").last().text()).isEqualTo("Participants or groups");
        assertThat(table.select("tbody tr").first().select("td").last().text()).isEqualTo("3");
        assertThat(table.select("tfoot td").last().text()).isEqualTo("6");
        String docx = TestProjects.documentXml(publication.files().get("article.docx"));
        assertThat(docx).contains("<w:t>Participants or groups</w:t>");
        String table2 = docx.substring(docx.indexOf("Participants or groups"), docx.indexOf("All quotes"));
        String[] rows = table2.split("<w:tr[ >]", -1); // the heading's rest, ten nodes and the footer's beginning
        assertThat(rows).hasSize(1 + 10 + 1);
        assertThat(rows[1]).contains("A place to belong").endsWith("<w:t>3</w:t></w:r></w:p></w:tc></w:tr>");
        assertThat(rows[1].split("<w:tc>", -1)).hasSize(1 + 6);
    }

    @Test
    void prose_counts_participants_and_groups_of_the_study_or_of_a_node() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                Of the {{count:participants|words}} interviewees and {{count:groups|words}} focus groups,
                {{count:participants:limits}} interviewees and {{count:groups:limits|words}} group spoke of limits.
                """);
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "The first theme gathered",
                "Voiced by {{count:participants:belonging}} of the {{count:participants}} interviewees. The first theme gathered");
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.text()).contains("Of the four interviewees and two focus groups, 2 interviewees and one group spoke of limits.")
                // in a narrative too, participants without a node are the study's
                .contains("Voiced by 2 of the 4 interviewees. The first theme gathered");
    }

    @Test
    void a_count_of_participants_is_strict() throws IOException {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\n\n{{count:participants:nowhere}} {{count:groups|upper}}\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).anyMatch(d -> d.startsWith("ERROR content/methods.md:")
                        && d.endsWith(": unknown node 'nowhere' in count 'participants:nowhere'"))
                .anyMatch(d -> d.contains("unknown option 'upper' in {{count:groups|upper}}"));

        Path plain = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("default"));
        Path intro = plain.resolve("content/introduction.md");
        Files.writeString(intro, Files.readString(intro) + "\n\nOf {{count:participants}} people.\n");
        BuildResult none = TestProjects.render(plain);
        assertThat(TestProjects.diagnostics(none)).anyMatch(d -> d.startsWith("ERROR content/introduction.md:")
                && d.endsWith(": count 'participants': the study declares no participants (participants: in"
                + " coded-data/study.yaml or participants.yaml)"));
    }

    @Test
    void the_evidence_says_whom_a_nodes_quotes_come_from() {
        OutputFiles site = TestProjects.publication(project);
        assertThat(Jsoup.parse(site.text("evidence/nodes/belonging.html")).select("p.voices").text())
                .isEqualTo("From 2 participants and 1 group");
        assertThat(Jsoup.parse(site.text("evidence/nodes/shared-work.html")).select("p.voices").text()).isEqualTo("From 1 group");
        assertThat(Jsoup.parse(site.text("evidence/nodes/routine.html")).select("p.voices").text()).isEqualTo("From 3 participants");
        assertThat(Jsoup.parse(site.text("evidence/nodes/cliques.html")).select("p.voices").text()).isEqualTo("From 1 participant");
    }

    @Test
    void the_evidence_tabulates_each_participants_quotes_by_node_for_reviewers() {
        OutputFiles site = TestProjects.publication(project);
        Document overview = Jsoup.parse(site.text("evidence/index.html"));
        Element link = overview.expectFirst(".by-node-summary a");
        assertThat(link.text()).isEqualTo("Each participant's quotes by node");
        assertThat(link.attr("href")).isEqualTo("participants-by-node.html");
        Document page = Jsoup.parse(site.text("evidence/participants-by-node.html"));
        List<List<String>> rows = page.expectFirst("table.by-node").select("tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
        assertThat(rows.get(0)).containsExactly("Node", "25M83", "31F77", "12F69", "40M71", "FG1", "FG2");
        // fg1's two quotes (one evidence only) under working side by side; p40's two under two themes
        assertThat(rows).contains(List.of("Theme 1 A place to belong", "1", "1", "", "", "2", ""),
                List.of("1.2 Working side by side", "", "", "", "", "2", ""),
                List.of("Theme 2 A rhythm for the week", "1", "", "1", "1", "", ""),
                List.of("3.1 Bodily limits", "", "", "", "1", "", "1"));
        assertThat(page.select("table.by-node thead a").first().attr("href")).isEqualTo("participants/p25.html");
        assertThat(page.select("table.by-node tbody th a").first().attr("href")).isEqualTo("nodes/belonging.html");
        // then the nodes by each attribute that groups participants: group and sex; not age, one participant's each
        assertThat(page.select(".by-attribute caption").eachText()).containsExactly("By group", "By sex");
        List<List<String>> byGroup = TestProjects.tableRows(page.select(".by-attribute table").first());
        assertThat(byGroup.get(0)).containsExactly("Node", "Resident (n = 3)", "Volunteer (n = 1)", "Residents (n = 1)",
                "Residents and volunteers (n = 1)");
        assertThat(byGroup).contains(List.of("Theme 1 A place to belong", "2", "0", "1", "0"),
                List.of("Theme 2 A rhythm for the week", "2", "1", "0", "0"));
    }

    /**
     * A survey's hundreds of respondents get no column each (a table thousands of columns wide tells a reviewer
     * nothing): each node's row gives its quotes, the participants they come from and the most from any one of them,
     * with their share; an attribute of many numbers (ages) is tabled in bands of ten, one of more values than columns
     * (a town each) is named, not tabled.
     */
    @Test
    void many_participants_give_each_node_its_spread_and_ages_in_bands() throws IOException {
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 45; i++) {
            more.append("  - id: r").append(i).append("\n    citedAs: R").append(i).append("\n    attributes: {age: \"")
                    .append(19 + i).append("\", \"<i>town</i>\": Town ").append(Math.max(1, i - 1)).append("}\n");
        }
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", more + "presentation:");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document page = Jsoup.parse(result.publication().orElseThrow().text("evidence/participants-by-node.html"));
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("evidence/index.html")).expectFirst(".by-node-summary a")
                .text()).isEqualTo("How many participants each node’s quotes come from");

        assertThat(page.select(".page-head .lede").text()).startsWith("The study has 51 participants, more than the 40 this page"
                + " gives a column each.");
        List<List<String>> rows = TestProjects.tableRows(page.expectFirst("table.by-node"));
        assertThat(rows.get(0)).containsExactly("Node", "Quotes", "Participants or groups", "Most from one participant");
        assertThat(rows).contains(List.of("Theme 1 A place to belong", "4", "3", "2 (50%)"),
                List.of("1.2 Working side by side", "2", "1", "2 (100%)"),
                List.of("3.1 Bodily limits", "2", "2", "1 (50%)"));
        assertThat(page.select("table.by-node thead a")).isEmpty();

        assertThat(page.select(".by-attribute caption").eachText()).containsExactly("By group", "By sex", "By age, in bands of 10");
        List<List<String>> byAge = TestProjects.tableRows(page.select(".by-attribute table").get(2));
        assertThat(byAge.get(0)).containsExactly("Node", "20–29 (n = 10)", "30–39 (n = 10)", "40–49 (n = 10)", "50–59 (n = 10)",
                "60–69 (n = 6)", "70–79 (n = 2)", "80–89 (n = 1)", "68-85 (n = 1)", "66-88 (n = 1)");
        // belonging: p25 (83), p31 (77), fg1 (68-85)
        assertThat(byAge).contains(List.of("Theme 1 A place to belong", "0", "0", "0", "0", "0", "1", "1", "1", "0"));
        assertThat(page.select(".by-attribute p.omitted").text()).isEqualTo("Not tabled, as they have more values than the 40"
                + " columns a table here gives them: <i>town</i> (45 values).");
        assertThat(page.select(".by-attribute i")).as("an attribute's name is text").isEmpty();
    }

    /** A quote withheld from a public build still counts its participant, as it counts itself ("the counts include them"). */
    @Test
    void withheld_quotes_count_their_participants() throws IOException {
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "  - id: knees\n", "  - id: knees\n    audience: reviewers\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().audience(Audience.PUBLIC));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        OutputFiles publication = result.publication().orElseThrow();
        assertThat(publication.text("index.html")).doesNotContain("My knees tell me");
        List<List<String>> rows = TestProjects.tableRows(Jsoup.parse(publication.text("index.html")).expectFirst("table#tab-coding-frame"));
        // bodily limits: fg2, and p40 of the withheld quote
        assertThat(rows).contains(List.of("3.1", "Bodily limits", "subtheme", "2", "2", "2"));
        assertThat(rows.get(rows.size() - 1)).containsExactly("All quotes", "11", "6");
        assertThat(Jsoup.parse(publication.text("evidence/nodes/bodily-limits.html")).select("p.voices").text())
                .isEqualTo("From 1 participant and 1 group");
        // the participant's page and the overview count theirs as the analysis does, and say what is withheld
        Document p40 = Jsoup.parse(publication.text("evidence/participants/p40.html"));
        assertThat(p40.select(".page-head .counts").text()).isEqualTo("2 quotes (1 withheld for privacy)");
        assertThat(p40.select(".quote-list .quote-text").eachText())
                .containsExactly("\u201CThe tomatoes need me, so I go, even on the days I would rather stay in.\u201D");
        assertThat(Jsoup.parse(publication.text("evidence/index.html")).select(".participant-list li").eachText())
                .contains("40M71 2 quotes", "12F69 1 quote");
        assertThat(Jsoup.parse(publication.text("evidence/participants-by-node.html")).expectFirst("table.by-node").select("tr").stream()
                .map(tr -> tr.select("th, td").stream().map(Element::text).toList()))
                .contains(List.of("3.1 Bodily limits", "", "", "", "1", "", "1"));
    }

    @Test
    void a_study_without_participants_has_no_such_column() {
        OutputFiles publication = TestProjects.publication(TestProjects.defaultStudy());
        assertThat(publication.files()).doesNotContainKey("evidence/participants-by-node.html");
        assertThat(Jsoup.parse(publication.text("evidence/index.html")).select(".by-node-summary")).isEmpty();
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select("table#tab-coding-frame thead th")).hasSize(5);
        assertThat(article.select("table#tab-coding-frame caption").text()).doesNotContain("participants");
    }
}

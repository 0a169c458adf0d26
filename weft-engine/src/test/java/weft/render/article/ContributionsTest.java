package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * The authors' contributions in CRediT's roles (authors[].roles in study.yaml): printed by {{contributions}} as journals
 * print the statement, recorded in the JATS as JATS4R recommends, and left out of an anonymised copy.
 */
class ContributionsTest {

    @TempDir
    static Path temp;
    static Path project;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "    affiliations: [uni]\n",
                "    affiliations: [uni]\n    roles: [conceptualization, {formal-analysis: lead}, writing-original-draft]\n");
        Files.writeString(project.resolve("content/contributions.md"), """
                ---
                id: contributions
                title: Author contributions
                kind: back
                order: 1
                ---
                {{contributions}}
                """);
        TestProjects.addIssn(project);
        result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
    }

    @Test
    void the_statement_gives_each_author_with_roles_their_roles_in_crediTs_terms_and_warns_of_an_author_without() {
        Document page = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(page.expectFirst("#sec-contributions p").text())
                .isEqualTo("Ada Example: Conceptualization, Formal analysis (lead), Writing \u2013 original draft.");
        assertThat(result.diagnostics().toString()).contains("WARNING coded-data/study.yaml:12:"
                + "11: author 'Bo Sample' has no roles: {{contributions}} leaves them out");
    }

    @Test
    void the_jats_records_each_role_with_crediTs_vocabulary() throws Exception {
        String jats = result.publication().orElseThrow().text("article.jats.xml");
        Document xml = Jsoup.parse(jats, "", Parser.xmlParser());
        Element ada = xml.expectFirst("contrib:has(surname:containsOwn(Example))");
        assertThat(ada.select("role").eachText()).containsExactly("Conceptualization", "Formal analysis",
                "Writing \u2013 original draft");
        Element analysis = ada.select("role").get(1);
        assertThat(analysis.attr("vocab")).isEqualTo("credit");
        assertThat(analysis.attr("vocab-identifier")).isEqualTo("https://credit.niso.org/");
        assertThat(analysis.attr("vocab-term")).isEqualTo("Formal analysis");
        assertThat(analysis.attr("vocab-term-identifier"))
                .isEqualTo("https://credit.niso.org/contributor-roles/formal-analysis/");
        assertThat(analysis.attr("degree-contribution")).isEqualTo("lead");
        assertThat(ada.select("role").get(0).hasAttr("degree-contribution")).as("a role without its degree").isFalse();
        assertThat(xml.select("contrib:has(surname:containsOwn(Sample)) role")).isEmpty();
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void an_anonymised_copy_leaves_the_statement_out() {
        BuildResult review = new Weft().render(project, BuildOptions.defaults().anonymous(true));
        assertThat(review.succeeded()).as("%s", review.diagnostics()).isTrue();
        String page = review.publication().orElseThrow().text("index.html");
        assertThat(page).doesNotContain("Author contributions", "Ada Example", "Conceptualization");
        assertThat(review.publication().orElseThrow().text("article.jats.xml")).doesNotContain("<role");
    }
}

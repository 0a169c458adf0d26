package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * Frames as real studies report them, in the Portuguese test study (synthetic): a unit the source gives no quote
 * for, a label the source cuts off, units of analysis below the numbered headings, and a quote of a unit that only
 * the discussion presents.
 */
class IncompleteFramesTest {

    @TempDir
    Path temp;

    private static OutputFiles build(Path project) {
        return TestProjects.publication(project);
    }

    @Test
    void an_incomplete_node_is_a_note_not_a_warning_and_strict_passes() {
        BuildResult result = new Weft().render(TestProjects.fixture("portuguese-study"), BuildOptions.defaults().strict(true));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "NOTE coded-data/coding-frame.yaml:68:25: node 'vizinhos' is incomplete: a fonte não traz citações desta unidade");
        assertThat(result.summary()).isEqualTo("0 errors, 0 warnings, 1 note");
    }

    @Test
    void without_incomplete_the_empty_leaf_is_warned_about_with_the_way_to_answer_it() {
        Path project = TestProjects.copy(TestProjects.fixture("portuguese-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"),
                "            incomplete: a fonte não traz citações desta unidade\n", "");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().strict(true));
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING coded-data/coding-frame.yaml:64:17: leaf node"
                + " 'vizinhos' has no quote coded to it (if the source gives none, say so: incomplete: \"reason\")");
    }

    @Test
    void the_article_and_the_evidence_show_why_the_node_is_incomplete_and_mark_the_cut_label() {
        OutputFiles site = build(TestProjects.fixture("portuguese-study"));
        Document article = Jsoup.parse(site.text("index.html"));
        Element unit = article.selectFirst("#node-vizinhos");
        assertThat(unit.select(".run-in-label").text()).isEqualTo("Os vizinhos que […].");
        assertThat(unit.select(".node-incomplete").text()).isEqualTo("Incompleto: a fonte não traz citações desta unidade");
        assertThat(article.select("table.coding-frame caption").text()).endsWith("Os rótulos terminados em […] estão cortados na fonte.");
        assertThat(article.select("figure.figure figcaption").text()).contains("Os rótulos terminados em […] estão cortados na fonte.");
        Document page = Jsoup.parse(site.text("evidence/nodes/vizinhos.html"));
        assertThat(page.select("h1").text()).isEqualTo("Os vizinhos que […]");
        assertThat(page.select(".incomplete").text()).isEqualTo("Incompleto: a fonte não traz citações desta unidade");
    }

    @Test
    void units_below_the_headings_keep_their_label_and_their_quotes() {
        Document article = Jsoup.parse(build(TestProjects.fixture("portuguese-study")).text("index.html"));
        Element visits = article.selectFirst("#node-visitas");
        assertThat(visits.select("p").first().text()).startsWith("As visitas. “Quando a equipe vem");
        assertThat(visits.select(".run-in-label a").attr("href")).isEqualTo("evidence/nodes/visitas.html");
        Element family = article.selectFirst("#node-familia");
        assertThat(family.select(".run-in-label").eachText()).containsExactly("As irmãs.", "Os filhos.", "Os vizinhos que […].");
        assertThat(article.selectFirst("#node-irmas").select("blockquote#quote-minha-irma")).hasSize(1);
    }

    @Test
    void a_narrative_that_names_its_node_gets_no_second_label() {
        Path project = TestProjects.copy(TestProjects.fixture("portuguese-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "              {{quote:meu-filho}}",
                "              Os {{node:filhos|filhos}} ajudam: {{quote:meu-filho}}");
        Element unit = Jsoup.parse(build(project).text("index.html")).selectFirst("#node-filhos");
        assertThat(unit.select(".run-in-label")).isEmpty();
        assertThat(unit.text()).startsWith("Os filhos ajudam:");
    }

    @Test
    void a_node_whose_quote_only_the_discussion_presents_points_to_it() {
        Document article = Jsoup.parse(build(TestProjects.fixture("portuguese-study")).text("index.html"));
        Element unit = article.selectFirst("#node-ligacoes");
        assertThat(unit.select(".run-in-label").text()).isEqualTo("As ligações.");
        Element pointer = unit.selectFirst(".node-pointer");
        assertThat(pointer.text()).isEqualTo("A sua citação é apresentada em Seção 4.");
        assertThat(pointer.select("a").attr("href")).isEqualTo("#quote-telefone");
        assertThat(article.selectFirst("#sec-discussion #quote-telefone")).as("the quote is where the pointer leads").isNotNull();
    }
}

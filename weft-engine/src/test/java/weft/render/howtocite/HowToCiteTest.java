package weft.render.howtocite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * How the article is cited, as an indexer and a reader see it on the article page: the Highwire meta tags and the
 * "how to cite" block, checked against study.yaml read on its own (not through Weft's model).
 */
class HowToCiteTest {

    static OutputFiles defaultStudy;
    static Document defaultArticle;

    @BeforeAll
    static void build() {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        defaultStudy = result.publication().orElseThrow();
        defaultArticle = Jsoup.parse(defaultStudy.text("index.html"));
    }

    @Test
    void the_article_head_carries_the_highwire_tags_of_the_study_data() throws IOException {
        Path project = TestProjects.defaultStudy();
        JsonNode study = studyYaml(project);
        JsonNode p = study.path("publication");
        Map<String, List<String>> tags = citationTags(defaultArticle);

        assertThat(tags.get("citation_title")).containsExactly(study.path("title").asText());
        List<String> authors = new ArrayList<>();
        study.path("authors").forEach(a -> authors.add(a.path("family").asText() + ", " + a.path("given").asText()));
        assertThat(tags.get("citation_author")).containsExactlyElementsOf(authors)
                .containsExactly("Salminen-Tuomaala, Mari", "Haasio, Ari", "Naka, Hajime");
        assertThat(tags.get("citation_publication_date")).containsExactly(p.path("published").asText().replace('-', '/'))
                .containsExactly("2021/06/18");
        assertThat(tags.get("citation_journal_title")).containsExactly(p.path("journal").asText());
        assertThat(tags.get("citation_volume")).containsExactly(p.path("volume").asText());
        assertThat(tags.get("citation_issue")).containsExactly(p.path("issue").asText());
        assertThat(tags.get("citation_firstpage")).containsExactly(p.path("firstPage").asText());
        assertThat(tags.get("citation_doi")).containsExactly(p.path("doi").asText());
        assertThat(tags.get("citation_issn")).containsExactly(p.path("issnPrint").asText(), p.path("issnOnline").asText());
        assertThat(tags.get("citation_publisher")).containsExactly(p.path("publisher").asText());
        assertThat(tags.get("citation_author_institution")).contains(
                "Seinäjoki University of Applied Sciences, School of Health Care and Social Work, Finland",
                "University of Tokoha, Japan");
    }

    @Test
    void an_unknown_last_page_is_left_out_and_a_known_one_is_given() throws IOException {
        assertThat(studyYaml(TestProjects.defaultStudy()).path("publication").path("unknown").toString()).contains("lastPage");
        assertThat(citationTags(defaultArticle)).doesNotContainKey("citation_lastpage");

        Path mini = TestProjects.fixture("mini-study");
        assertThat(citationTags(article(mini)).get("citation_lastpage"))
                .containsExactly(studyYaml(mini).path("publication").path("lastPage").asText());
    }

    @Test
    void the_pdf_url_names_the_pdf_that_the_publication_holds() {
        List<String> pdf = citationTags(defaultArticle).get("citation_pdf_url");
        assertThat(pdf).containsExactly("article.pdf");
        assertThat(defaultStudy.files()).containsKey(pdf.get(0));
    }

    @Test
    void the_cite_block_gives_the_reference_in_the_studys_style_and_bibtex() throws IOException, ParseException {
        Element cite = defaultArticle.expectFirst("#cite");
        assertThat(cite.expectFirst("h2").text()).isEqualTo("How to cite this article");
        // the study's style is vancouver-brackets: the NLM citation-sequence style as the CSL styles repository has it
        assertThat(cite.expectFirst(".cite-style").text())
                .startsWith("In the article's citation style: NLM Style Guide (Vancouver)");
        assertThat(cite.expectFirst(".cite-reference").text()).isEqualTo("Salminen-Tuomaala M, Haasio A, Naka H. "
                + "Meaning of the family and family communication \u2014 Experiences of Hikikomoris. "
                + "Clinical Nursing Studies. 2021;9(2):1.");

        JsonNode study = studyYaml(TestProjects.defaultStudy());
        JsonNode p = study.path("publication");
        BibTeXEntry entry = onlyEntry(cite.expectFirst("pre.cite-bibtex").wholeText());
        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
        assertThat(entry.getKey().getValue()).isEqualTo("salminen-tuomaala2021");
        assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(study.path("title").asText());
        assertThat(text(entry, BibTeXEntry.KEY_AUTHOR)).isEqualTo("Salminen-Tuomaala, Mari and Haasio, Ari and Naka, Hajime");
        assertThat(text(entry, BibTeXEntry.KEY_JOURNAL)).isEqualTo(p.path("journal").asText());
        assertThat(text(entry, BibTeXEntry.KEY_YEAR)).isEqualTo(p.path("year").asText());
        assertThat(text(entry, BibTeXEntry.KEY_VOLUME)).isEqualTo(p.path("volume").asText());
        assertThat(text(entry, BibTeXEntry.KEY_NUMBER)).isEqualTo(p.path("issue").asText());
        assertThat(text(entry, BibTeXEntry.KEY_PAGES)).isEqualTo(p.path("firstPage").asText());
        assertThat(text(entry, BibTeXEntry.KEY_DOI)).isEqualTo(p.path("doi").asText());
    }

    @Test
    void characters_special_to_tex_survive_a_round_trip_through_bibtex(@TempDir Path dir) throws IOException, ParseException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir);
        String title = "Rent & food: 50% of {us} pay $5 for #meals_together ~ ^_^ \\o/";
        // the title is Markdown: its carets escaped, as they would otherwise make a superscript
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "title: \"Sharing meals in shared housing\"",
                "title: '" + title.replace("^", "\\^") + "'");
        Document article = article(project);
        Element cite = article.expectFirst("#cite");

        BibTeXEntry entry = onlyEntry(cite.expectFirst("pre.cite-bibtex").wholeText());
        assertThat(latexToText(text(entry, BibTeXEntry.KEY_TITLE))).isEqualTo(title);
        assertThat(cite.expectFirst(".cite-reference").text()).contains(title);
        assertThat(citationTags(article).get("citation_title")).containsExactly(title);
    }

    static Document article(Path project) {
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return Jsoup.parse(result.publication().orElseThrow().text("index.html"));
    }

    static Map<String, List<String>> citationTags(Document article) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Element meta : article.select("head meta[name^=citation_]")) {
            tags.computeIfAbsent(meta.attr("name"), k -> new ArrayList<>()).add(meta.attr("content"));
        }
        return tags;
    }

    static JsonNode studyYaml(Path project) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(project.resolve("coded-data/study.yaml").toFile());
    }

    private static BibTeXEntry onlyEntry(String bibtex) throws ParseException {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
        assertThat(database.getEntries()).hasSize(1);
        return database.getEntries().values().iterator().next();
    }

    private static String text(BibTeXEntry entry, Key key) {
        assertThat(entry.getField(key)).as("field %s", key.getValue()).isNotNull();
        return entry.getField(key).toUserString();
    }

    /** What TeX prints for a field's value. */
    private static String latexToText(String latex) throws ParseException {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }
}

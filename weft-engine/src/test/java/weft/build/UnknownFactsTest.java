package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.site.SitePagesWriter;
import weft.support.TestProjects;

/**
 * Facts a study does not know, and facts of other journals' kinds: unknown fields reported and said so, optional
 * affiliations and keywords, an article number and PubMed identifiers, dates known to the month, and an author
 * known only by a name that cannot be split.
 */
class UnknownFactsTest {

    @TempDir
    Path temp;

    private Path miniStudy() {
        return TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
    }

    private static BuildResult built(Path project) {
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    @Test
    void an_unknown_corpus_fact_is_a_note_and_the_evidence_says_it_is_not_known() {
        Path project = miniStudy();
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  language: fi\n", "  unknown: [language]\n");
        BuildResult result = built(project);
        assertThat(TestProjects.diagnostics(result)).contains("NOTE coded-data/study.yaml:39:13: corpus.language is not known"
                + " (recorded as unknown)");
        Document overview = Jsoup.parse(result.publication().orElseThrow().text("evidence/index.html"));
        assertThat(overview.select(".corpus dt:containsOwn(Language of the data) + dd").text()).isEqualTo("Not known");
    }

    @Test
    void a_study_without_affiliations_and_keywords_builds_without_empty_lists() {
        Path project = miniStudy();
        Path study = project.resolve("coded-data/study.yaml");
        TestProjects.replaceIn(study, "    affiliations: [uni]\n", "");
        TestProjects.replaceIn(study, "    affiliations: [uni, inst]\n", "");
        TestProjects.replaceIn(study, """
                affiliations:
                  - id: uni
                    name: Example University, Department of Nursing
                    country: Finland
                  - id: inst
                    name: Sample Institute
                """, "unknown: [affiliations]\n");
        TestProjects.replaceIn(study, "keywords: [Meals, Housing]\n", "");
        Document article = Jsoup.parse(built(project).publication().orElseThrow().text("index.html"));
        assertThat(article.select("ol.affiliations")).isEmpty();
        assertThat(article.select("meta[name=keywords]")).isEmpty();
        assertThat(article.select(".keywords")).isEmpty();
        assertThat(article.select(".authors .author-name").eachText()).containsExactly("Ada Example", "Bo Sample");
    }

    @Test
    void an_article_number_and_pubmed_ids_reach_the_article_and_every_way_of_citing_it() {
        Path project = miniStudy();
        Path study = project.resolve("coded-data/study.yaml");
        TestProjects.replaceIn(study, "  firstPage: \"10\"\n  lastPage: \"18\"\n",
                "  articleNumber: e20241409\n  pmid: \"34567890\"\n  pmcid: PMC8123456\n");
        OutputFiles publication = built(project).publication().orElseThrow();
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select(".article-facts div").eachText())
                .contains("Article number e20241409", "PMID 34567890", "PMCID PMC8123456");
        assertThat(article.select("meta[name=citation_pmid]").attr("content")).isEqualTo("34567890");
        assertThat(article.select(".cite-reference").text()).contains("2024;3(1):e20241409.");
        assertThat(article.select(".cite-bibtex").text()).contains("eid = {e20241409}", "pmid = {34567890}",
                "pmcid = {PMC8123456}");
    }

    @Test
    void a_date_known_to_its_month_is_printed_so_and_dates_the_pdf_without_a_warning() throws IOException {
        Path project = miniStudy();
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  published: \"2024-03-04\"", "  published: \"2024-03\"");
        BuildResult result = built(project);
        assertThat(result.summary()).isEqualTo("0 errors, 0 warnings");
        OutputFiles publication = result.publication().orElseThrow();
        assertThat(Jsoup.parse(publication.text("index.html")).select(".article-facts time").eachText()).contains("2024-03");
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            assertThat(ZonedDateTime.ofInstant(pdf.getDocumentInformation().getCreationDate().toInstant(), ZoneOffset.UTC)
                    .toLocalDate()).hasToString("2024-03-01");
        }
        assertThat(result.sitePages().orElseThrow().text(SitePagesWriter.CITATION_CFF)).doesNotContain("date-released");
    }

    @Test
    void an_author_known_only_by_name_is_warned_about_and_cited_whole() {
        Path project = miniStudy();
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  - name: Ada Example\n    given: Ada\n    family: Example\n",
                "  - name: Ada Maria da Silva Junior\n");
        BuildResult result = built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING coded-data/study.yaml:6:11: author 'Ada Maria da"
                + " Silva Junior' has no family name: references and exports cite the name whole, as one unit, and the citation"
                + " key is made of all of it; give given: and family: (or unknown: [family])");
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.select(".cite-bibtex").text()).contains("@article{ada-maria-da-silva-junior2024,")
                .contains("author = {{Ada Maria da Silva Junior} and Sample, Bo}");
        assertThat(article.select(".cite-reference").text()).startsWith("Ada Maria da Silva Junior, Sample B.");
    }
}

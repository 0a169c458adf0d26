package weft.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The pages of the project site that the build generates: well-formed sources for the site plugin, stating what the
 * study data and the build's manifest state. (The site as the plugin builds it is checked by ProjectSiteIT.)
 */
class SitePagesTest {

    static OutputFiles publication;
    static OutputFiles pages;

    @BeforeAll
    static void build() {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        publication = result.publication().orElseThrow();
        pages = result.sitePages().orElseThrow();
    }

    @Test
    void the_generated_pages_are_well_formed_xhtml_for_the_site_plugin() throws Exception {
        assertThat(pages.files()).containsOnlyKeys(SitePagesWriter.HOME, SitePagesWriter.REPRODUCIBILITY,
                SitePagesWriter.CITATION_CFF, SitePagesWriter.BIBTEX);
        for (String page : List.of(SitePagesWriter.HOME, SitePagesWriter.REPRODUCIBILITY)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pages.files().get(page)));
            assertThat(xml.getDocumentElement().getNamespaceURI()).as(page).isEqualTo("http://www.w3.org/1999/xhtml");
        }
    }

    @Test
    void the_home_page_states_the_studys_title_authors_abstract_and_how_to_cite_it() {
        Document home = Jsoup.parse(pages.text(SitePagesWriter.HOME));
        Document article = Jsoup.parse(publication.text("index.html"));

        assertThat(home.expectFirst("h1").text()).isEqualTo(article.expectFirst("h1").text());
        assertThat(home.select("ul.authors strong").eachText()).isEqualTo(article.select(".author-name").eachText());
        assertThat(home.expectFirst("ul.authors").text()).contains("(corresponding author)", "University of Tokoha, Japan");
        Element abstractSection = home.expectFirst("h2:containsOwn(Abstract)").parent();
        assertThat(abstractSection.select("p").first().text()).isEqualTo(article.expectFirst(".abstract p").text());
        Element cite = home.expectFirst("h2:containsOwn(How to cite)").parent();
        assertThat(cite.expectFirst(".cite-reference").text()).isEqualTo(article.expectFirst("#cite .cite-reference").text());
        assertThat(cite.expectFirst("pre").wholeText()).isEqualTo(article.expectFirst("#cite pre").wholeText());
        assertThat(home.select("a").eachAttr("href")).contains(SiteLinks.ARTICLE, SiteLinks.PDF, SiteLinks.EVIDENCE,
                SiteLinks.REPRODUCIBILITY, SiteLinks.BIBTEX, SiteLinks.CITATION_CFF, "building.html", "data-and-ethics.html");
        assertThat(pages.text(SitePagesWriter.BIBTEX)).isEqualTo(article.expectFirst("#cite pre").wholeText());
    }

    @Test
    void the_reproducibility_page_states_the_manifest_of_the_same_build() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(publication.text("manifest.json"));
        Document page = Jsoup.parse(pages.text(SitePagesWriter.REPRODUCIBILITY));

        List<List<String>> rows = new ArrayList<>();
        for (Element tr : page.expectFirst("h2:containsOwn(Input files)").parent().select("tbody tr")) {
            rows.add(tr.select("td").eachText());
        }
        List<List<String>> inputs = new ArrayList<>();
        manifest.path("inputs").forEach(i -> inputs.add(List.of(i.path("path").asText(), i.path("bytes").asText(),
                i.path("sha256").asText())));
        assertThat(rows).isNotEmpty().isEqualTo(inputs);
        assertThat(rows.stream().map(r -> r.get(0))).contains("coded-data/study.yaml", "coded-data/coding-frame.yaml");

        Element frame = page.expectFirst("h2:containsOwn(The coding frame)").parent();
        assertThat(frame.select("dd").eachText()).containsExactly(manifest.path("codingFrame").path("nodes").asText(),
                manifest.path("codingFrame").path("quotes").asText(),
                manifest.path("codingFrame").path("presentedQuotes").asText());
        List<List<String>> tools = new ArrayList<>();
        for (Element tr : page.expectFirst("h2:containsOwn(Tools)").parent().select("tbody tr")) {
            tools.add(tr.select("td").eachText());
        }
        List<List<String>> expected = new ArrayList<>();
        manifest.path("tools").fields().forEachRemaining(e -> expected.add(List.of(e.getKey(), e.getValue().asText())));
        assertThat(tools).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_home_page_and_the_article_link_every_format_the_manifest_lists() throws IOException {
        Document home = Jsoup.parse(pages.text(SitePagesWriter.HOME));
        Document article = Jsoup.parse(publication.text("index.html"));
        JsonNode formats = new ObjectMapper().readTree(publication.text("manifest.json")).get("formats");
        List<String> paths = new java.util.ArrayList<>();
        formats.forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths).containsExactly("index.html", "article.pdf", "article.docx", "article.jats.xml");
        for (String path : paths.subList(1, paths.size())) {
            assertThat(publication.files()).containsKey(path);
            assertThat(home.select("a[href=publication/" + path + "]")).as(path).hasSize(1);
            assertThat(article.select("footer .formats a[href=" + path + "]")).as(path).hasSize(1);
        }
        OutputFiles without = new weft.build.Weft().render(TestProjects.defaultStudy(),
                weft.build.BuildOptions.defaults().docx(false)).sitePages().orElseThrow();
        assertThat(Jsoup.parse(without.text(SitePagesWriter.HOME)).select("a[href$=.docx]")).isEmpty();
    }

    @Test
    void the_home_page_links_the_evidence_pdf_where_the_study_asks_for_it(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
        assertThat(Jsoup.parse(pages.text(SitePagesWriter.HOME)).select("a[href$=evidence.pdf]")).isEmpty();
        java.nio.file.Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        weft.build.BuildResult result = TestProjects.render(project);
        Document home = Jsoup.parse(result.sitePages().orElseThrow().text(SitePagesWriter.HOME));
        assertThat(home.select("a[href=publication/evidence.pdf]").eachText())
                .containsExactly("The evidence as one PDF, for a journal\u2019s supplementary material");
        assertThat(result.publication().orElseThrow().files()).containsKey("evidence.pdf");
    }

    @Test
    void two_builds_give_the_same_site_pages() {
        OutputFiles again = TestProjects.render(TestProjects.defaultStudy()).sitePages().orElseThrow();
        assertThat(again.files().keySet()).isEqualTo(pages.files().keySet());
        pages.files().forEach((path, bytes) -> assertThat(again.files().get(path)).as(path).isEqualTo(bytes));
    }
}

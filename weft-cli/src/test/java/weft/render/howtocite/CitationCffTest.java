package weft.render.howtocite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.cli.Main;
import weft.render.site.SitePagesWriter;
import weft.support.TestProjects;

/** The repository's CITATION.cff: what the study gives, and never at odds with it. */
class CitationCffTest {

    static final Path COMMITTED = TestProjects.defaultStudy().resolve("CITATION.cff");

    @Test
    void the_committed_citation_cff_is_the_one_the_study_gives() throws IOException {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        assertThat(Files.readString(COMMITTED))
                .as("CITATION.cff is stale: run bin/weft citation-cff and commit it")
                .isEqualTo(result.sitePages().orElseThrow().text(SitePagesWriter.CITATION_CFF));
    }

    @Test
    void the_committed_citation_cff_states_what_study_yaml_states() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode cff = yaml.readTree(COMMITTED.toFile());
        JsonNode study = yaml.readTree(TestProjects.defaultStudy().resolve("coded-data/study.yaml").toFile());
        JsonNode p = study.path("publication");

        assertThat(cff.path("cff-version").asText()).isEqualTo("1.2.0");
        assertThat(cff.path("title").asText()).isEqualTo(study.path("title").asText());
        assertThat(names(cff.path("authors"))).isEqualTo(names(study.path("authors"), "family", "given"))
                .containsExactly("Salminen-Tuomaala, Mari", "Haasio, Ari", "Naka, Hajime");
        assertThat(cff.path("authors").get(2).path("affiliation").asText()).isEqualTo("University of Tokoha, Japan");
        assertThat(cff.path("doi").asText()).isEqualTo(p.path("doi").asText());
        assertThat(cff.path("date-released").isTextual()).as("CFF dates are strings").isTrue();
        assertThat(cff.path("date-released").asText()).isEqualTo(p.path("published").asText());
        assertThat(cff.path("keywords")).isEqualTo(study.path("keywords"));

        JsonNode article = cff.path("preferred-citation");
        assertThat(article.path("type").asText()).isEqualTo("article");
        assertThat(article.path("title").asText()).isEqualTo(study.path("title").asText());
        assertThat(names(article.path("authors"))).isEqualTo(names(cff.path("authors")));
        assertThat(article.path("journal").asText()).isEqualTo(p.path("journal").asText());
        assertThat(article.path("volume").isInt()).as("CFF's volume is an integer").isTrue();
        assertThat(article.path("volume").asText()).isEqualTo(p.path("volume").asText());
        assertThat(article.path("issue").asText()).isEqualTo(p.path("issue").asText());
        assertThat(article.path("start").asText()).isEqualTo(p.path("firstPage").asText());
        assertThat(article.has("end")).as("the last page is unknown: no end page is given").isFalse();
        assertThat(article.path("year").asInt()).isEqualTo(p.path("year").asInt());
        assertThat(article.path("doi").asText()).isEqualTo(p.path("doi").asText());
    }

    @Test
    void citation_cff_check_fails_when_the_study_changed_until_the_file_is_written_again(@TempDir Path dir) {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir);
        assertThat(run("citation-cff", "--check", "--project", project.toString())).as("no file yet").isEqualTo(1);
        assertThat(run("citation-cff", "--project", project.toString())).isZero();
        assertThat(run("citation-cff", "--check", "--project", project.toString())).isZero();

        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "doi: 10.1234/example.2024.1", "doi: 10.1234/example.2024.2");
        assertThat(run("citation-cff", "--check", "--project", project.toString())).as("the DOI changed").isEqualTo(1);
        assertThat(run("citation-cff", "--project", project.toString())).isZero();
        assertThat(run("citation-cff", "--check", "--project", project.toString())).isZero();
        assertThat(project.resolve("CITATION.cff")).content().contains("doi: \"10.1234/example.2024.2\"");
    }

    private static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static List<String> names(JsonNode people) {
        return names(people, "family-names", "given-names");
    }

    private static List<String> names(JsonNode people, String family, String given) {
        List<String> names = new ArrayList<>();
        people.forEach(a -> names.add(a.path(family).asText() + ", " + a.path(given).asText()));
        return names;
    }
}

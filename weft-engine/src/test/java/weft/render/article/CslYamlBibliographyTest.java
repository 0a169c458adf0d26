package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * A bibliography kept as CSL YAML ({@code content/references.yaml}), as Pandoc writes it ({@code pandoc
 * references.bib -s -t markdown}) and Zotero's Better BibTeX exports it: the miniature study's two fictitious works
 * give the article the references its BibTeX file gives. And a bibliography under a name Weft does not read is
 * reported, not silently left out.
 */
public class CslYamlBibliographyTest {

    /** The works of the mini study's references.bib as pandoc 2.17 writes them (FICTITIOUS; 10.5555 is an example prefix). */
    public static final String MINI_STUDY = """
            ---
            nocite: "[@*]"
            references:
            - author:
              - family: Smith
                given: Jane
              - family: Virtanen
                given: Aino
              container-title: Journal of Fictitious Housing Studies
              doi: 10.5555/weft-fixture.smith2020
              id: smith2020
              issue: 3
              issued: 2020
              page: 45-60
              title: Shared kitchens and everyday life in student housing
              type: article-journal
              volume: 12
            - author:
              - family: Lee
                given: Min-jun
              id: lee2019
              issued: 2019
              publisher: Example Press
              publisher-place: Helsinki
              title: "Eating Together: A Fictitious Monograph"
              type: book
            ---
            """;

    @TempDir
    Path temp;

    private Path study(String name) throws IOException {
        return TestProjects.copy(TestProjects.fixture("mini-study"), Files.createTempDirectory(temp, name));
    }

    @Test
    void the_works_as_csl_yaml_give_the_references_the_same_works_in_bibtex_give() throws IOException {
        for (String style : List.of("vancouver-brackets", "apa")) {
            Path yaml = study("yaml");
            Files.delete(yaml.resolve("content/references.bib"));
            Files.writeString(yaml.resolve("content/references.yaml"), MINI_STUDY, StandardCharsets.UTF_8);
            BuildResult fromYaml = RisBibliographyTest.sameReferencesAsBibTeX(yaml, temp, style);
            assertThat(TestProjects.diagnostics(fromYaml)).noneMatch(d -> d.contains("references.yaml"));
            assertThat(fromYaml.publication().orElseThrow().text("manifest.json")).contains("content/references.yaml");
        }
    }

    @Test
    void a_bibliography_weft_does_not_read_is_reported_and_a_second_one_is_an_error() throws IOException {
        Path project = study("named");
        Files.move(project.resolve("content/references.bib"), project.resolve("content/My Library.bib"));
        Files.writeString(project.resolve("content/refs.yml"), MINI_STUDY, StandardCharsets.UTF_8);
        List<String> diagnostics = TestProjects.diagnostics(TestProjects.render(project));
        assertThat(diagnostics).contains("WARNING content/My Library.bib: not read: Weft reads the bibliography from"
                + " content/references.bib, content/references.json, content/references.yaml, content/references.ris"
                + " (if this file is it, rename it references.bib)", "WARNING content/refs.yml: not read: Weft reads the"
                + " bibliography from content/references.bib, content/references.json, content/references.yaml,"
                + " content/references.ris (if this file is it, rename it references.yaml)");
        assertThat(diagnostics).anyMatch(d -> d.startsWith("ERROR content/introduction.md:")
                && d.contains("unknown citation key 'lee2019': the project has no bibliography"));

        Files.move(project.resolve("content/My Library.bib"), project.resolve("content/references.bib"));
        Files.move(project.resolve("content/refs.yml"), project.resolve("content/references.yaml"));
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains("ERROR content/references.yaml: a second"
                + " bibliography beside content/references.bib: keep one of them");
    }
}

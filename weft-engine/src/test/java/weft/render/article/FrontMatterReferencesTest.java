package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * Pandoc's front-matter field {@code references}, as a Pandoc or Quarto manuscript carries its own works in CSL YAML:
 * read as a bibliography file is, beside one or instead of one, its problems reported at their line of the Markdown
 * file; before, the field was an error ("unknown field 'references'").
 */
class FrontMatterReferencesTest {

    /** The mini study's two fictitious works as the front matter's field (from {@link CslYamlBibliographyTest}). */
    private static final String WORKS = CslYamlBibliographyTest.MINI_STUDY.substring(
            CslYamlBibliographyTest.MINI_STUDY.indexOf("references:"), CslYamlBibliographyTest.MINI_STUDY.lastIndexOf("---"));

    @TempDir
    Path temp;

    private Path study(String name, String works) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), Files.createTempDirectory(temp, name));
        TestProjects.replaceIn(project.resolve("content/methods.md"), "order: 20\n", "order: 20\n" + works);
        return project;
    }

    @Test
    void works_in_the_front_matter_give_the_references_the_same_works_in_a_bibliography_file_give() throws IOException {
        for (String style : List.of("vancouver-brackets", "apa")) {
            Path front = study("front", WORKS);
            Files.delete(front.resolve("content/references.bib"));
            BuildResult fromFront = RisBibliographyTest.sameReferencesAsBibTeX(front, temp, style);
            assertThat(TestProjects.diagnostics(fromFront)).noneMatch(d -> d.contains("references"));
        }
    }

    @Test
    void a_work_both_in_the_file_and_in_the_front_matter_is_an_error_at_the_second() throws IOException {
        List<String> diagnostics = TestProjects.diagnostics(TestProjects.render(study("twice", WORKS)));
        assertThat(diagnostics).containsExactly("ERROR content/methods.md:14:7: duplicate reference key 'smith2020' (first"
                + " defined at content/references.bib:3:1)", "ERROR content/methods.md:24:7: duplicate reference key"
                + " 'lee2019' (first defined at content/references.bib:14:1)");
    }

    @Test
    void a_work_the_front_matter_cannot_give_is_reported_at_its_line_and_an_unknown_key_names_where_works_are_read()
            throws IOException {
        Path project = study("broken", """
                references:
                - title: A work without a key
                  type: book
                - id: extra2021
                  type: book
                  title: Another fictitious work
                """);
        List<String> diagnostics = TestProjects.diagnostics(TestProjects.render(project));
        assertThat(diagnostics).contains("ERROR content/methods.md:7:3: work 1 of the list is not a mapping with an 'id'"
                + " or a 'citation-key'");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "- title: A work without a key",
                "- id: keyed2021\n  title: A work with a key");
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "@lee2019", "@nobody2000");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).anyMatch(d -> d.contains(
                "unknown citation key 'nobody2000' (not in content/references.bib or the front matter's references of"
                        + " content/methods.md)"));
    }
}

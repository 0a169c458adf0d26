package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.read.ProjectFiles;
import weft.support.TestProjects;

/** Symbolic links among the inputs: followed inside the project, refused with a diagnostic when they leave it. */
class SymbolicLinksTest {

    private static final String OUTSIDE = "', outside the project folder: Weft reads only files inside the project";

    @TempDir
    Path temp;
    private Path project;
    private Path secret;

    @BeforeEach
    void copyTheStudy() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("templates"));
        secret = Files.writeString(temp.resolve("secret.txt"), "not for the publication\n");
    }

    @Test
    void a_stylesheet_linked_to_a_file_outside_the_project_is_refused_and_never_embedded() throws IOException {
        Files.createSymbolicLink(project.resolve("templates/style.css"), secret);
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{value:corpus.messages}}", "{{value:corpus.nothing}}");

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR content/methods.md:7:67: unknown value 'corpus.nothing' (no such field in coded-data/study.yaml)",
                "ERROR templates/style.css: symbolic link 'templates/style.css' points to '" + secret + OUTSIDE);
        assertThat(result.summary()).isEqualTo("2 errors, 0 warnings");
        assertThat(new ProjectFiles(project, BuildOptions.DEFAULT_MAX_FILE_BYTES).allInputs()).doesNotContain("templates/style.css");
    }

    @Test
    void a_link_that_stays_inside_the_project_is_followed() throws IOException {
        Files.createDirectories(project.resolve("shared"));
        Files.writeString(project.resolve("shared/house.css"), "body { color: black; }\n");
        Files.createSymbolicLink(project.resolve("templates/style.css"), Path.of("../shared/house.css"));
        Files.move(project.resolve("content/abstract.md"), project.resolve("shared/abstract.md"));
        Files.createSymbolicLink(project.resolve("content/abstract.md"), project.resolve("shared/abstract.md"));

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.publication().orElseThrow().text("assets/style.css"))
                .isEqualTo("body { color: black; }\n");
        assertThat(result.publication().orElseThrow().text("index.html")).contains("Residents of shared housing describe meals.");
    }

    @Test
    void dangling_and_looping_links_and_linked_folders_outside_are_each_reported() throws IOException {
        Files.createSymbolicLink(project.resolve("content/extra.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(project.resolve("content/loop.md"), Path.of("loop.md"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.move(project.resolve("coded-data/quotes"), elsewhere.resolve("quotes"));
        Files.createSymbolicLink(project.resolve("coded-data/quotes"), elsewhere.resolve("quotes"));
        Files.createDirectories(project.resolve("site"));
        Files.createSymbolicLink(project.resolve("site/notes.md"), secret);

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).contains(
                "ERROR coded-data/quotes/quotes.yaml: symbolic link 'coded-data/quotes' points to '" + elsewhere.resolve("quotes") + OUTSIDE,
                "ERROR content/extra.md: symbolic link 'content/extra.md' points to 'nowhere.md', which does not exist",
                "ERROR site/notes.md: symbolic link 'site/notes.md' points to '" + secret + OUTSIDE);
        assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                .startsWith("ERROR content/loop.md: symbolic link 'content/loop.md' points to 'loop.md' and cannot be followed (a loop of links?)"));
    }

    @Test
    void a_bibliography_linked_to_a_file_outside_the_project_is_refused() throws IOException {
        Files.delete(project.resolve("content/references.bib"));
        Files.createSymbolicLink(project.resolve("content/references.bib"), secret);

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).contains(
                "ERROR content/references.bib: symbolic link 'content/references.bib' points to '" + secret + OUTSIDE);
    }
}

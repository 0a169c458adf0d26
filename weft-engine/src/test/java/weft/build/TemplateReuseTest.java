package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputNames;
import weft.render.html.TemplateRenderer;
import weft.support.TestProjects;

/**
 * One {@link Weft} that builds a project again (the preview, the build daemon) reuses the templates it parsed only while
 * they are the project's: a template added, edited (even within the file system's time resolution) or removed between
 * two builds is what the next build renders.
 */
class TemplateReuseTest {

    private static final String CHARSET = "<meta charset=\"utf-8\">";

    @TempDir
    Path temp;

    private final Weft weft = new Weft();

    @Test
    void a_template_added_edited_within_the_same_modification_time_or_removed_is_what_the_next_build_renders()
            throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        assertThat(project.resolve("templates")).doesNotExist();
        assertThat(article(project)).doesNotContain("weft-test");

        Path template = project.resolve("templates/article.ftlh");
        Files.createDirectories(template.getParent());
        String weftsOwn = Files.readString(TestProjects.defaultStudy().resolve("templates/article.ftlh"));
        Files.writeString(template, weftsOwn.replace(CHARSET, CHARSET + "<meta name=\"weft-test\" content=\"one\">"));
        assertThat(article(project)).as("a templates folder made after the first build")
                .contains("<meta name=\"weft-test\" content=\"one\">");

        FileTime modified = Files.getLastModifiedTime(template);
        TestProjects.replaceIn(template, "content=\"one\"", "content=\"two\"");
        Files.setLastModifiedTime(template, modified);
        assertThat(article(project)).as("an edit that kept the modification time")
                .contains("<meta name=\"weft-test\" content=\"two\">").doesNotContain("content=\"one\"");

        Files.delete(template);
        assertThat(article(project)).as("Weft's own template again").doesNotContain("weft-test");

        Files.writeString(template, weftsOwn.replace(CHARSET, CHARSET + "<meta name=\"weft-test\" content=\"three\">"));
        assertThat(article(project)).as("a template added to an existing templates folder")
                .contains("<meta name=\"weft-test\" content=\"three\">");
    }

    @Test
    void two_projects_built_in_turn_by_one_weft_each_get_their_own_templates() throws IOException {
        String weftsOwn = Files.readString(TestProjects.defaultStudy().resolve("templates/article.ftlh"));
        Path[] projects = new Path[2];
        for (int i = 0; i < 2; i++) {
            projects[i] = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study-" + i));
            Files.createDirectories(projects[i].resolve("templates"));
            Files.writeString(projects[i].resolve("templates/article.ftlh"),
                    weftsOwn.replace(CHARSET, CHARSET + "<meta name=\"weft-test\" content=\"study-" + i + "\">"));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                assertThat(article(projects[i])).contains("content=\"study-" + i + "\"")
                        .doesNotContain("content=\"study-" + (1 - i) + "\"");
            }
        }
    }

    @Test
    void templates_are_reused_while_the_project_folder_holds_the_same_bytes() throws IOException {
        Path project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("study"));
        TemplateRenderer renderer = new TemplateRenderer(project);
        Path style = project.resolve("templates/style.css");
        assertThat(renderer.asset("style.css", new Diagnostics())).hasValue(Files.readAllBytes(style));
        assertThat(renderer.isCurrent()).isTrue();
        Files.setLastModifiedTime(style, FileTime.fromMillis(0));
        assertThat(renderer.isCurrent()).as("only the modification time changed").isTrue();
        Files.writeString(style, Files.readString(style) + " ");
        assertThat(renderer.isCurrent()).as("one byte more").isFalse();
    }

    private String article(Path project) {
        BuildResult result = weft.validate(project, BuildOptions.defaults());
        assertThat(result.publication()).as(result.summary() + " " + result.diagnostics()).isPresent();
        return result.publication().get().text(OutputNames.ARTICLE);
    }
}

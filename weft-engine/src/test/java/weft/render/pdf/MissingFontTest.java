package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/** A print template that asks for a font Weft does not embed gets a diagnostic at the template, not a crash. */
class MissingFontTest {

    @TempDir
    Path temp;

    @Test
    void a_margin_box_without_an_embedded_font_is_an_error_at_the_print_template() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("templates"));
        String print = Files.readString(TestProjects.defaultStudy().resolve("templates/article-print.ftlh"));
        Files.writeString(project.resolve("templates/article-print.ftlh"),
                print.replace("font-family: \"DejaVu Sans\"; font-size: 7.5pt; color: #555a60; } }", "} }"));
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .startsWith("ERROR templates/article-print.ftlh: PDF: a font that is not embedded is needed (")
                .endsWith("every element of the print template needs one of the embedded families, DejaVu Serif, DejaVu Sans"
                        + " or DejaVu Sans Mono");
    }
}

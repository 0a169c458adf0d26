package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * The rendered article of the miniature study against its golden file
 * (src/test/resources/golden/mini-study/index.html), compared as text after normalising line endings.
 * After an intended change of the output, regenerate with {@code mvn test -Dweft.updateGolden=true}
 * and review the diff before committing it.
 */
class GoldenArticleTest {

    @Test
    void the_miniature_study_renders_exactly_as_its_golden_file() throws IOException {
        BuildResult result = TestProjects.render(TestProjects.fixture("mini-study"));
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        String actual = result.publication().orElseThrow().text("index.html");
        Path golden = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/golden/mini-study/index.html");
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(normalise(actual)).isEqualTo(normalise(Files.readString(golden)));
    }

    private static String normalise(String html) {
        return html.replace("\r\n", "\n");
    }
}

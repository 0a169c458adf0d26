package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildResult;
import weft.support.Golden;
import weft.support.TestProjects;

/**
 * The rendered article of each test study (the miniature study; the interview study with participants and themes
 * numbered as printed; the Portuguese three-level study) against its golden file
 * (src/test/resources/golden/STUDY/index.html), compared as text after normalising line endings.
 * After an intended change of the output, regenerate with {@code mvn test -Dweft.updateGolden=true}
 * and review the diff before committing it.
 */
class GoldenArticleTest {

    @ParameterizedTest
    @ValueSource(strings = {"mini-study", "interview-study", "portuguese-study"})
    void the_study_renders_exactly_as_its_golden_file(String study) throws IOException {
        BuildResult result = TestProjects.render(TestProjects.fixture(study));
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        String actual = result.publication().orElseThrow().text("index.html");
        assertThat(normalise(actual)).isEqualTo(normalise(Golden.text(study + "/index.html", actual)));
    }

    private static String normalise(String html) {
        return html.replace("\r\n", "\n");
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * One page of each kind of the miniature study's evidence site against its golden file
 * (src/test/resources/golden/mini-study/evidence/...), compared as text after normalising line endings.
 * After an intended change of the output, regenerate with {@code mvn test -Dtest=GoldenEvidenceTest
 * -Dweft.updateGolden=true} and review the diff before committing it.
 */
class GoldenEvidenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"evidence/index.html", "evidence/nodes/friction.html", "evidence/quotes/we-cook.html",
        "evidence/quotes.csv"})
    void the_page_renders_exactly_as_its_golden_file(String page) throws IOException {
        BuildResult result = TestProjects.render(TestProjects.fixture("mini-study"));
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        String actual = result.publication().orElseThrow().text(page);
        Path golden = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/golden/mini-study").resolve(page);
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(actual.replace("\r\n", "\n")).isEqualTo(Files.readString(golden).replace("\r\n", "\n"));
    }
}

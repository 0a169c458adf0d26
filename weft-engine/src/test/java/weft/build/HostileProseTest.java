package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/** Prose nested 100,000 levels deep fails the build with positioned errors, and keeps every other diagnostic. */
class HostileProseTest {

    private static final int DEEP = 100_000;

    @TempDir
    Path temp;

    @Test
    void deep_markdown_in_content_and_in_a_narrative_is_reported_with_the_build_s_other_errors() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(project.resolve("content/results.md"),
                "---\nid: results\ntitle: Results\nkind: results\norder: 30\n---\nTwo themes emerged.\n\n"
                        + ">".repeat(DEEP) + " deep\n");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "Practical points:",
                "Practical " + "*".repeat(DEEP) + "points" + "*".repeat(DEEP));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"),
                "Conflicts were frequent, see also", "Conflicts " + "[".repeat(DEEP) + " were frequent, see also");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{value:corpus.messages}}", "{{value:corpus.nothing}}");

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR coded-data/coding-frame.yaml:25:81: brackets and emphasis markers are nested more than 64 levels"
                        + " deep: close them or escape them with '\\'",
                "ERROR content/discussion.md:8:75: brackets and emphasis markers are nested more than 64 levels deep:"
                        + " close them or escape them with '\\'",
                "ERROR content/methods.md:7:67: unknown value 'corpus.nothing' (no such field in coded-data/study.yaml)",
                "ERROR content/results.md:9:33: block quotes and lists are nested more than 32 levels deep: flatten the text");
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * The placeholder coding an import may replace is the archetype's, file for file, and only as the archetype wrote it.
 */
class SkeletonTest {

    static final Path ARCHETYPE = TestProjects.defaultStudy().resolve("weft-archetype/src/main/resources/archetype-resources");

    @TempDir
    Path temp;

    @Test
    void the_files_weft_may_replace_are_the_archetypes_placeholder_coding_as_it_is_today() throws Exception {
        for (var file : Skeleton.FILES.entrySet()) {
            assertThat(Skeleton.sha256(Files.readString(ARCHETYPE.resolve(file.getKey()))))
                    .as("the archetype's %s: if it was changed on purpose, put its SHA-256 in Skeleton.FILES", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void a_new_studys_coding_is_untouched_until_one_character_of_it_changes() throws Exception {
        Path project = TestProjects.copy(ARCHETYPE, temp.resolve("study"));
        assertThat(Skeleton.untouched(project)).isTrue();
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        String text = Files.readString(frame);
        Files.writeString(frame, text.replace("\n", "\r\n"));
        assertThat(Skeleton.untouched(project)).as("the same with Windows line breaks").isTrue();
        Files.writeString(frame, text.replace("First main category", "First main categories"));
        assertThat(Skeleton.untouched(project)).isFalse();
        Files.writeString(frame, text);
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("Placeholder quote 1", "My quote 1"));
        assertThat(Skeleton.untouched(project)).as("a placeholder quote changed").isFalse();
        Files.delete(quotes);
        assertThat(Skeleton.untouched(project)).as("the placeholder quotes removed").isTrue();
        Files.writeString(project.resolve("coded-data/coding-frame-2.yaml"), "nodes: []\n");
        assertThat(Skeleton.untouched(project)).as("a second part of the coding frame").isFalse();
    }
}

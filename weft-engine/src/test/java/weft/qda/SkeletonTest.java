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
    void the_prose_a_manuscript_may_replace_is_the_archetypes_placeholder_prose_as_it_is_today() throws Exception {
        try (var files = Files.list(ARCHETYPE.resolve("content"))) {
            assertThat(files.map(f -> "content/" + f.getFileName()).sorted().toList())
                    .as("every file of the archetype's content/ is a placeholder: add a new one to Skeleton.PROSE")
                    .containsExactlyElementsOf(Skeleton.PROSE.keySet().stream().sorted().toList());
        }
        for (var file : Skeleton.PROSE.entrySet()) {
            assertThat(Skeleton.sha256(Files.readString(ARCHETYPE.resolve(file.getKey()))))
                    .as("the archetype's %s: if it was changed on purpose, put its SHA-256 in Skeleton.PROSE", file.getKey())
                    .isEqualTo(file.getValue());
        }
        Path project = TestProjects.copy(ARCHETYPE, temp.resolve("prose"));
        assertThat(Skeleton.untouchedProse(project)).hasSize(Skeleton.PROSE.size());
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "A sentence of the author's.\n");
        assertThat(Skeleton.untouchedProse(project)).hasSize(Skeleton.PROSE.size() - 1).doesNotContain("content/methods.md");
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

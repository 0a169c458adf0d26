package weft.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.FileTrees;

/** Publishing: the output is swapped in whole, only marked folders are replaced, and no folder of Weft's is left behind. */
class OutputPublisherTest {

    @TempDir
    Path temp;

    private final OutputPublisher publisher = new OutputPublisher(new OutputGuard(Path.of("/nonexistent-home")));

    private static OutputFiles publication(String... pathsAndTexts) {
        OutputFiles publication = new OutputFiles();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            publication.add(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return publication;
    }

    private String[] names() throws IOException {
        try (var list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void a_publication_is_written_with_the_marker() throws IOException {
        publisher.publish(publication("index.html", "<p>one</p>", "assets/style.css", "p{}"), temp.resolve("out"), "the publication");
        assertThat(FileTrees.fingerprint(temp.resolve("out")).keySet())
                .containsExactly(".weft-output", "assets", "assets/style.css", "index.html");
        assertThat(temp.resolve("out/.weft-output")).hasContent(OutputGuard.MARKER_TEXT);
        assertThat(names()).containsExactly("out");
    }

    @Test
    void files_of_nested_folders_in_any_order_are_all_written() throws IOException {
        publisher.publish(publication("evidence/quotes/q-2.html", "two", "index.html", "i", "evidence/index.html", "e",
                "evidence/quotes/q-1.html", "one", "evidence/nodes/n.html", "n", "assets/style.css", "p{}"),
                temp.resolve("out"), "the publication");
        Map<String, String> files = FileTrees.fingerprint(temp.resolve("out"));
        assertThat(files.keySet()).containsExactly(".weft-output", "assets", "assets/style.css", "evidence",
                "evidence/index.html", "evidence/nodes", "evidence/nodes/n.html", "evidence/quotes",
                "evidence/quotes/q-1.html", "evidence/quotes/q-2.html", "index.html");
        assertThat(temp.resolve("out/evidence/quotes/q-1.html")).hasContent("one");
        assertThat(temp.resolve("out/evidence/quotes/q-2.html")).hasContent("two");
        assertThat(temp.resolve("out/evidence/nodes/n.html")).hasContent("n");
    }

    @Test
    void a_marked_output_is_replaced_whole() throws IOException {
        publisher.publish(publication("index.html", "<p>one</p>", "old.html", "<p>old</p>"), temp.resolve("out"), "the publication");
        publisher.publish(publication("index.html", "<p>two</p>"), temp.resolve("out"), "the publication");
        assertThat(FileTrees.fingerprint(temp.resolve("out")).keySet()).containsExactly(".weft-output", "index.html");
        assertThat(temp.resolve("out/index.html")).hasContent("<p>two</p>");
        assertThat(names()).containsExactly("out");
    }

    @Test
    void folders_named_out_staging_and_out_previous_are_never_touched() throws IOException {
        FileTrees.write(temp.resolve("out.staging/thesis.txt"), "a chapter\n");
        FileTrees.write(temp.resolve("out.previous/thesis.txt"), "an older chapter\n");
        Map<String, String> before = FileTrees.fingerprint(temp);
        publisher.publish(publication("index.html", "<p>one</p>"), temp.resolve("out"), "the publication");
        publisher.publish(publication("index.html", "<p>two</p>"), temp.resolve("out"), "the publication");
        Map<String, String> after = FileTrees.fingerprint(temp);
        after.keySet().removeIf(path -> path.startsWith("out/") || path.equals("out"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_failure_while_writing_leaves_no_staging_folder_and_the_previous_output_as_it_was() throws IOException {
        publisher.publish(publication("index.html", "<p>one</p>"), temp.resolve("out"), "the publication");
        Map<String, String> before = FileTrees.fingerprint(temp);
        // "a" is written as a file, so the folder "a/" that "a/b.html" needs cannot be created
        assertThatThrownBy(() -> publisher.publish(publication("a", "file", "a/b.html", "x"), temp.resolve("out"), "the publication"))
                .isInstanceOf(IOException.class);
        assertThat(FileTrees.fingerprint(temp)).isEqualTo(before);
    }

    @Test
    void a_path_leaving_the_output_is_refused_and_leaves_nothing_behind() throws IOException {
        Map<String, String> before = FileTrees.fingerprint(temp);
        assertThatThrownBy(() -> publisher.publish(publication("../escape.html", "x"), temp.resolve("out"), "the publication"))
                .isInstanceOf(IOException.class).hasMessage("refusing to write outside the output folder: ../escape.html");
        assertThat(FileTrees.fingerprint(temp)).isEqualTo(before);
    }

    @Test
    void a_publication_cannot_overwrite_the_marker() throws IOException {
        assertThatThrownBy(() -> publisher.publish(publication(".weft-output", "mine"), temp.resolve("out"), "the publication"))
                .isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    @Test
    void an_unmarked_folder_with_files_is_refused_even_without_the_project_s_checks() throws IOException {
        FileTrees.write(temp.resolve("out/thesis.txt"), "a chapter\n");
        Map<String, String> before = FileTrees.fingerprint(temp);
        assertThatThrownBy(() -> publisher.publish(publication("index.html", "x"), temp.resolve("out"), "the publication"))
                .isInstanceOfSatisfying(UnsafeOutputException.class, e -> assertThat(e.unsafe()).isEqualTo(new UnsafeOutput(
                        "the publication", temp.resolve("out"), "the folder is not empty and has no .weft-output marker, so "
                        + "Weft did not write it (choose another folder, or empty it: Weft replaces its output folder whole)")));
        assertThat(FileTrees.fingerprint(temp)).isEqualTo(before);
    }

    @Test
    void a_root_is_refused_without_a_null_pointer() {
        Path root = temp.getRoot();
        assertThatThrownBy(() -> publisher.publish(publication("index.html", "x"), root, "the publication"))
                .isInstanceOf(UnsafeOutputException.class)
                .hasMessage("refusing to write the publication to " + root + ": it is the root of a file system");
    }
}

package weft.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.FileTrees;

/** Which folders the guard lets Weft replace, and why it refuses the others (links cannot disguise a place). */
class OutputGuardTest {

    @TempDir
    Path temp;

    private Path home;
    private Path project;
    private OutputGuard guard;

    @BeforeEach
    void folders() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        project = Files.createDirectories(temp.resolve("home/study"));
        FileTrees.write(project.resolve("coded-data/study.yaml"), "title: A study\n");
        guard = new OutputGuard(home);
    }

    private Optional<String> reason(Path output) {
        return guard.check(project, output, "the publication").map(UnsafeOutput::reason);
    }

    @Test
    void a_new_folder_in_target_or_beside_the_project_is_allowed() {
        assertThat(reason(project.resolve("target/publication"))).isEmpty();
        assertThat(reason(temp.resolve("out"))).isEmpty();
    }

    @Test
    void every_input_folder_and_what_lies_below_it_is_refused() {
        for (String input : new String[] {"coded-data", "content", "templates", "site"}) {
            assertThat(reason(project.resolve(input))).contains("it is inside the project's input folder " + input + "/");
            assertThat(reason(project.resolve(input + "/a/b"))).contains("it is inside the project's input folder " + input + "/");
        }
    }

    @Test
    void a_link_to_the_project_is_refused_as_the_project() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), project);
        assertThat(reason(link)).contains("it is the project folder");
        assertThat(reason(link.resolve("coded-data"))).contains("it is inside the project's input folder coded-data/");
    }

    @Test
    void a_link_to_a_folder_is_refused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectories(temp.resolve("elsewhere")));
        assertThat(reason(link)).contains("it is a symbolic link (give the folder itself)");
    }

    @Test
    void a_marked_folder_is_allowed_and_a_marker_with_other_content_is_not() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        FileTrees.write(out.resolve("index.html"), "<p>x</p>");
        FileTrees.write(out.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        assertThat(reason(out)).isEmpty();
        FileTrees.write(out.resolve(OutputGuard.MARKER), "anything");
        assertThat(reason(out)).hasValueSatisfying(r -> assertThat(r).startsWith("the folder is not empty and has no .weft-output marker"));
    }

    @Test
    void the_message_names_the_absolute_path_and_the_reason() {
        assertThat(guard.check(project, home, "the site pages").orElseThrow().message())
                .isEqualTo("refusing to write the site pages to " + home + ": it is your home folder");
    }

    @Test
    void site_pages_that_overlap_the_publication_are_refused() {
        Path out = temp.resolve("out");
        assertThat(OutputGuard.checkApart(out, out.resolve("site"), "the site pages").map(UnsafeOutput::reason))
                .contains("it overlaps the publication's folder " + out);
        assertThat(OutputGuard.checkApart(out, temp.resolve("site"), "the site pages")).isEmpty();
    }
}

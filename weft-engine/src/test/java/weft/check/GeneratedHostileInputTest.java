package weft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.TestProjects;

/**
 * Hostile inputs too large to keep as files (deep trees, deep nesting) or not text (bad encodings), generated on
 * a copy of the miniature study: each gives its positioned diagnostics and nothing else, in a few seconds.
 */
class GeneratedHostileInputTest {

    private static final String FRAME = "coded-data/coding-frame.yaml";

    @TempDir
    Path temp;

    private Path mini(String name) {
        return TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve(name));
    }

    /** The miniature frame with a chain of {@code depth} nodes below a new root, in block style, one level name each. */
    private static String blockChain(int depth, int levelNames) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= levelNames; i++) {
            names.add("level " + i);
        }
        lines.add("levels: [" + String.join(", ", names) + "]");
        lines.add("nodes:");
        List<String> mini = Files.readAllLines(TestProjects.fixture("mini-study").resolve(FRAME));
        lines.addAll(mini.subList(2, mini.size()));
        String indent = "  ";
        for (int d = 1; d <= depth; d++) {
            lines.add(indent + "- id: chain-" + d);
            lines.add(indent + "  label: Chain node number " + d);
            if (d < depth) {
                lines.add(indent + "  children:");
            }
            indent += "    ";
        }
        return String.join("\n", lines) + "\n";
    }

    private static void codeAQuoteTo(Path project, String node) throws IOException {
        codeQuotesTo(project, node, 1);
    }

    private static void codeQuotesTo(Path project, String node, int count) throws IOException {
        StringBuilder quotes = new StringBuilder("quotes:\n");
        for (int i = 1; i <= count; i++) {
            quotes.append("  - id: chain-quote-").append(i).append("\n    text: A neutral sentence written for this test.\n")
                    .append("    codes: [").append(node).append("]\n    presented: false\n")
                    .append("    source: {recorded: false, note: Written for the test.}\n");
        }
        Files.writeString(project.resolve("coded-data/quotes/chain.yaml"), quotes);
    }

    private static BuildResult render(Path project) {
        long start = System.nanoTime();
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        System.out.printf("%s: %d ms%n", project.getFileName(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    @Test
    void a_valid_fifty_level_frame_builds_with_its_figure_cut_off_at_five_levels_and_says_so() throws IOException {
        Path project = mini("fifty");
        Files.writeString(project.resolve(FRAME), blockChain(50, 50));
        codeAQuoteTo(project, "chain-50");
        BuildResult result = render(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING coded-data/coding-frame.yaml:45:29: the coding"
                + " frame figure draws 5 levels: nodes deeper than that, first 'chain-6' at depth 6, are left out of it"
                + " (they are in Table 1 and the results)");
        assertThat(result.succeeded()).isTrue();
        String article = result.publication().orElseThrow().text("index.html");
        assertThat(article).contains("Chain node number 50").contains("The figure draws the first 5 levels");
        assertThat(result.publication().orElseThrow().files()).containsKey("article.pdf");
    }

    @Test
    void a_ten_level_frame_with_ten_level_names_builds() throws IOException {
        Path project = mini("ten");
        Files.writeString(project.resolve(FRAME), blockChain(10, 10));
        codeQuotesTo(project, "chain-10", 12); // a two-digit badge left one character for the label: wrapping never ended
        BuildResult result = render(project);
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void nodes_deeper_than_the_levels_named_are_each_reported_at_their_line() throws IOException {
        Path project = mini("twenty");
        Files.writeString(project.resolve(FRAME), blockChain(20, 2));
        codeAQuoteTo(project, "chain-20");
        BuildResult result = render(project);
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.startsWith("ERROR")).hasSize(18)
                .first().isEqualTo("ERROR coded-data/coding-frame.yaml:36:17: node 'chain-3' is at depth 3 but 'levels'"
                        + " names only 2 levels");
    }

    @Test
    void a_frame_of_sixty_five_levels_is_refused_at_its_sixty_fifth_level() throws IOException {
        Path project = mini("sixty-five");
        Files.writeString(project.resolve(FRAME), blockChain(65, 65));
        codeAQuoteTo(project, "chain-65");
        int line = 2 + 27 + 64 * 3 + 1; // header, the miniature's nodes, three lines a level above, then the node
        int column = 2 + 64 * 4 + "- id: ".length() + 1; // the id's value
        assertThat(TestProjects.diagnostics(render(project))).containsExactly("ERROR coded-data/coding-frame.yaml:"
                + line + ":" + column + ": node 'chain-65' is at depth 65: a coding frame can have at most 64 levels");
    }

    @Test
    void a_thousand_deep_tree_is_refused_at_the_line_of_its_sixty_fifth_level() throws IOException {
        Path project = mini("thousand");
        StringBuilder frame = new StringBuilder("levels: [theme]\nnodes:\n");
        for (int d = 1; d <= 1000; d++) {
            frame.append(d == 1 ? "  - " : "    ").append("{id: deep-").append(d).append(", label: Deep, children: [\n");
        }
        frame.append("]}".repeat(1000)).append('\n');
        Files.writeString(project.resolve(FRAME), frame);
        assertThat(TestProjects.diagnostics(render(project))).containsExactly("ERROR coded-data/coding-frame.yaml:67:10:"
                + " node 'deep-65' is at depth 65: a coding frame can have at most 64 levels");
    }

    @Test
    void ten_thousand_nested_brackets_are_reported_where_the_nesting_goes_too_deep() throws IOException {
        Path project = mini("brackets");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "keywords: [Meals, Housing]",
                "keywords: " + "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(TestProjects.diagnostics(render(project)))
                .containsExactly("ERROR coded-data/study.yaml:32:3011: YAML nesting deeper than 3000 levels");
    }

    @Test
    void a_nul_byte_is_reported_at_its_line_and_column() throws IOException {
        Path project = mini("nul");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "language: en", "language: e\0n");
        assertThat(TestProjects.diagnostics(render(project)))
                .containsExactly("ERROR coded-data/study.yaml:4:12: the file contains a NUL character: save it as UTF-8 text");
    }

    @Test
    void a_byte_that_is_not_utf_8_is_reported_at_its_line_and_column() throws IOException {
        Path project = mini("latin1");
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        String text = Files.readString(quotes).replace("on Sundays", "on S\u00e4ndays");
        Files.write(quotes, text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(TestProjects.diagnostics(render(project))).containsExactly("ERROR coded-data/quotes/quotes.yaml:3:23:"
                + " the file is not valid UTF-8 (byte 0xE4): save it as UTF-8");
    }

    @Test
    void a_file_saved_as_utf_16_is_named_as_such() throws IOException {
        for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            Path project = mini("utf16-" + charset.name());
            Path methods = project.resolve("content/methods.md");
            Files.write(methods, Files.readString(methods).getBytes(charset));
            assertThat(TestProjects.diagnostics(render(project))).singleElement().asString()
                    .startsWith("ERROR content/methods.md:1:")
                    .contains("it looks like UTF-16");
        }
    }
}

package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.Study;
import weft.support.TestProjects;

/**
 * A coding frame in parts: coding-frame-2.yaml, coding-frame-3.yaml … continue the tree of coding-frame.yaml, under
 * the node each part names or at the top level, in the parts' order (not their names' order as text); every node
 * keeps its own file's position.
 */
class FramePartsTest {

    @TempDir
    Path temp;

    private final StudyReader reader = new StudyReader(new SchemaChecker());

    @Test
    void the_parts_continue_the_tree_under_the_nodes_they_name_and_at_the_top_level_in_their_order() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("parts"));
        Files.writeString(project.resolve("coded-data/coding-frame-2.yaml"), """
                under: friction
                nodes:
                  - id: noise
                    label: Noise at night
                """);
        // part 10 after part 3, though "coding-frame-10.yaml" sorts before "coding-frame-3.yaml" as text
        Files.writeString(project.resolve("coded-data/coding-frame-3.yaml"), """
                nodes:
                  - id: shopping
                    label: Shopping
                    children:
                      - id: lists
                        label: Shopping lists
                """);
        Files.writeString(project.resolve("coded-data/coding-frame-10.yaml"), """
                under: shopping
                nodes:
                  - id: receipts
                    label: Receipts
                """);
        Diagnostics diagnostics = new Diagnostics();
        Study study = reader.read(new ProjectFiles(project, 1 << 20), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(ids(study.frame().roots())).containsExactly("togetherness", "cooking-together", "eating-together",
                "friction", "dishes", "noise", "shopping", "lists", "receipts");
        CodeNode noise = study.frame().roots().get(1).children().get(1);
        assertThat(noise.position().toString()).isEqualTo("coded-data/coding-frame-2.yaml:3:9");
        assertThat(new ProjectFiles(project, 1 << 20).allInputs()).contains("coded-data/coding-frame-2.yaml",
                "coded-data/coding-frame-3.yaml", "coded-data/coding-frame-10.yaml");

        // a quote coded to a node of a part: the build is whole, the node has its evidence page
        Files.writeString(project.resolve("coded-data/quotes/more.yaml"), """
                quotes:
                  - id: late-dishwasher
                    text: The dishwasher runs at midnight.
                    codes: [noise]
                    presented: false
                    source: {recorded: false, note: Not reported.}
                """);
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.publication().orElseThrow().files()).containsKey("evidence/nodes/noise.html");
    }

    @Test
    void a_part_that_would_make_the_tree_deeper_than_64_levels_is_refused_at_its_first_node_too_deep() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("deep"));
        // 'dishes' is at depth 2: a chain of 63 below it reaches depth 65
        StringBuilder part = new StringBuilder("under: dishes\nnodes:\n");
        String indent = "  ";
        for (int i = 1; i <= 63; i++) {
            part.append(indent).append("- id: deep-").append(i).append('\n')
                    .append(indent).append("  label: Deep ").append(i).append('\n');
            if (i < 63) {
                part.append(indent).append("  children:\n");
                indent += "    ";
            }
        }
        Files.writeString(project.resolve("coded-data/coding-frame-2.yaml"), part);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(reader.read(new ProjectFiles(project, 1 << 20), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).hasSize(1);
        assertThat(diagnostics.sorted().get(0).toString()).startsWith("ERROR coded-data/coding-frame-2.yaml:")
                .endsWith("node 'deep-63' is at depth 65: a coding frame can have at most 64 levels");
    }

    private static List<String> ids(List<CodeNode> nodes) {
        List<String> ids = new ArrayList<>();
        for (CodeNode node : nodes) {
            ids.add(node.id());
            ids.addAll(ids(node.children()));
        }
        return ids;
    }
}

package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/** {@code weft synth}: a complete project of the asked size, the same for the same seed; and the evidence bench. */
class SynthTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void a_synthetic_project_builds_without_a_diagnostic_with_every_quote_and_node() {
        Path project = temp.resolve("synthetic");
        assertThat(run("synth", "--quotes", "1500", "--nodes", "60", "--seed", "7", "-o", project.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Wrote a synthetic project of 1500 quotes over 60 nodes");
        assertThat(project.resolve("coded-data/quotes/part-002.yaml")).exists();
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        Map<String, byte[]> publication = result.publication().orElseThrow().files();
        assertThat(publication.keySet().stream().filter(f -> f.startsWith("evidence/quotes/"))).hasSize(1500);
        assertThat(publication.keySet().stream().filter(f -> f.startsWith("evidence/nodes/"))).hasSize(60);
    }

    @Test
    void a_synthetic_qda_project_imports_every_selection_and_the_import_builds() throws IOException {
        Path qdpx = temp.resolve("synthetic.qdpx");
        assertThat(run("synth", "--qdpx", "--quotes", "300", "--nodes", "30", "-o", qdpx.toString())).isEqualTo(0);
        Path project = temp.resolve("imported");
        assertThat(run("import", qdpx.toString(), "--project", project.toString())).isEqualTo(0);
        assertThat(err.toString()).contains("0 errors, 0 warnings, 1 note");
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes.lines().filter(l -> l.startsWith("  - id: "))).hasSize(300);
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), project.resolve("coded-data/study.yaml"));
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.publication().orElseThrow().files().keySet().stream().filter(f -> f.startsWith("evidence/quotes/")))
                .hasSize(300);
    }

    @Test
    void the_same_seed_gives_the_same_project_and_another_seed_another() throws IOException {
        run("synth", "--quotes", "200", "--nodes", "20", "--seed", "3", "-o", temp.resolve("a").toString());
        run("synth", "--quotes", "200", "--nodes", "20", "--seed", "3", "-o", temp.resolve("b").toString());
        run("synth", "--quotes", "200", "--nodes", "20", "--seed", "4", "-o", temp.resolve("c").toString());
        assertThat(files(temp.resolve("a"))).isEqualTo(files(temp.resolve("b"))).isNotEqualTo(files(temp.resolve("c")));
    }

    @Test
    void the_bench_times_the_evidence_stage_alone() {
        Path project = temp.resolve("small");
        run("synth", "--quotes", "100", "--nodes", "12", "-o", project.toString());
        assertThat(run("bench", "-p", project.toString(), "--stage", "evidence", "--runs", "2")).isEqualTo(0);
        assertThat(out.toString()).contains("cold evidence stage (first in this JVM):", "warm evidence stage: median",
                // as before, with the evidence's spreadsheet (evidence/quotes.csv) after the search index, and the page
                // of the nodes that share quotes (some synthetic quotes are coded to two nodes)
                "files: " + (1 + 1 + 100 + 12 + 1 + 1 + 1 + 5));
        assertThat(run("bench", "-p", project.toString(), "--stage", "nonsense")).isEqualTo(2);
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.diagnostics.Diagnostics;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * A study whose coding lives in a QDA tool, with no history in git: its build compares with the tool's earlier file
 * ({@code --changes-since nvivo-may.qdpx}), imported as weft import would into a copy of the study, on the Changes page
 * and in the marked-up review copy.
 */
class ComparedWithQdaFileTest {

    @TempDir
    Path temp;

    private static byte[] export(Path project) {
        return QdaExport.of(project, QdaExport.Format.QDPX, Optional.empty(), new Diagnostics()).orElseThrow();
    }

    private Path study() throws IOException {
        Path tool = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("in-the-tool"));
        byte[] may = export(tool);
        TestProjects.replaceIn(tool.resolve("coded-data/quotes/quotes.yaml"), "codes: [eating-together]", "codes: [cooking-together]");
        Path june = QdaExport.write(temp.resolve("nvivo-june.qdpx"), QdaExport.Format.QDPX, export(tool));
        Path study = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.write(study, FrameImport.of(june, Optional.empty(), diagnostics).orElseThrow(), diagnostics).orElseThrow();
        Files.write(study.resolve("nvivo-may.qdpx"), may);
        return study;
    }

    private static BuildResult built(Path study, BuildOptions options) {
        BuildResult result = new Weft().render(study, options);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    @Test
    void the_changes_page_and_the_marked_up_copy_compare_with_the_tools_earlier_file() throws IOException {
        Path study = study();
        BuildOptions since = BuildOptions.defaults().changesSince(Optional.of("nvivo-may.qdpx"));
        Document changes = Jsoup.parse(new String(built(study, since).publication().orElseThrow().files()
                .get(OutputNames.CHANGES), StandardCharsets.UTF_8));
        assertThat(changes.text()).contains("nvivo-may.qdpx");
        assertThat(changes.select("[id^=quote-]").eachText()).hasSize(1).allMatch(t -> t.contains("moved"));

        Document marked = Jsoup.parse(new String(built(study, since.markedUp(true)).publication().orElseThrow().files()
                .get(OutputNames.ARTICLE), StandardCharsets.UTF_8));
        assertThat(marked.select(".review-legend").text()).isEqualTo("Marked-up review copy: the highlighted passages are new"
                + " or changed since nvivo-may.qdpx.");
        assertThat(marked.select(".review-legend").attr("data-changed")).isNotEqualTo("0");
        assertThat(study.resolve("nvivo-may.qdpx")).exists(); // compared, left as it was

        // named by its whole path: the pages name the file alone, never the folders of the author's computer
        BuildResult byPath = built(study, BuildOptions.defaults().changesSince(Optional.of(study.resolve("nvivo-may.qdpx")
                .toAbsolutePath().toString())).markedUp(true));
        String folders = study.toAbsolutePath().toString();
        byPath.publication().orElseThrow().files().forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(name).doesNotContain(folders));
        assertThat(Jsoup.parse(new String(byPath.publication().orElseThrow().files().get(OutputNames.CHANGES),
                StandardCharsets.UTF_8)).select(".changes-summary").text()).startsWith("Since nvivo-may.qdpx: ");

        BuildResult missing = new Weft().render(study, BuildOptions.defaults().changesSince(Optional.of("nvivo-april.qdpx")));
        assertThat(missing.succeeded()).isFalse();
        assertThat(missing.diagnostics()).extracting(Object::toString).contains("ERROR --changes-since: no file"
                + " 'nvivo-april.qdpx' in " + study.toAbsolutePath().normalize() + ": a QDA tool's file or a spreadsheet to"
                + " compare with is named by its path in the project");
    }

    /** {@code weft serve --changes-since nvivo-may.qdpx}: the file is watched, and a new export over it rebuilds the preview. */
    @Test
    void the_preview_watches_the_file_it_compares_with() throws Exception {
        Path study = study();
        java.io.StringWriter out = new java.io.StringWriter();
        try (weft.serve.Preview preview = weft.serve.Preview.start(study, BuildOptions.defaults().changesSince(
                Optional.of("nvivo-may.qdpx")), java.net.InetAddress.getLoopbackAddress(), 0, false, new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()))) {
            assertThat(preview.generation()).isEqualTo(1);
            assertThat(out.toString()).contains("templates, site, nvivo-may.qdpx; Ctrl-C stops)");
            Files.write(study.resolve("nvivo-may.qdpx"), Files.readAllBytes(temp.resolve("nvivo-june.qdpx")));
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (preview.generation() < 2 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(preview.generation()).as("rebuilt after the file changed").isEqualTo(2);
        }
    }

    /**
     * The file named by study.yaml's presentation.changesSince, not on the command line: watched once the setting names
     * it (an edit of study.yaml while the preview runs), and a new export over it rebuilds the preview.
     */
    @Test
    void the_preview_watches_the_file_study_yaml_names_once_it_names_it() throws Exception {
        Path study = study();
        java.io.StringWriter out = new java.io.StringWriter();
        try (weft.serve.Preview preview = weft.serve.Preview.start(study, BuildOptions.defaults(),
                java.net.InetAddress.getLoopbackAddress(), 0, false, new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()))) {
            assertThat(out.toString()).contains("templates, site; Ctrl-C stops)");
            TestProjects.replaceIn(study.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n"
                    + "  changesSince: nvivo-may.qdpx\n");
            awaitGeneration(preview, 2);
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!out.toString().contains("Watching nvivo-may.qdpx") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(out.toString()).contains("Watching nvivo-may.qdpx (the file the Changes page compares with)");
            Files.write(study.resolve("nvivo-may.qdpx"), Files.readAllBytes(temp.resolve("nvivo-june.qdpx")));
            awaitGeneration(preview, 3);
        }
    }

    private static void awaitGeneration(weft.serve.Preview preview, long generation) throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (preview.generation() < generation && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(preview.generation()).as("rebuilt").isEqualTo(generation);
    }
}

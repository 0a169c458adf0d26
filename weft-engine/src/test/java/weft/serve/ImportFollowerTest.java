package weft.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.support.TestProjects;

/**
 * {@code weft serve --manuscript paper.qmd}: the manuscript imported into content/ before the preview starts and again
 * on every save of it, the preview following; an import refused (the author has changed content/ since) told to the
 * open pages, content/ left as it was. {@code weft serve --coding analysis.csv}: the coding followed the same way, each
 * save merged with the earlier import, a file that does not read told to the open pages, coded-data/ as it was.
 */
class ImportFollowerTest {

    @TempDir
    Path temp;

    @Test
    void each_save_of_the_manuscript_is_imported_and_previewed_and_a_refused_import_is_told_to_the_open_pages() throws Exception {
        Path project = temp.resolve("study");
        TestProjects.copyTree(TestProjects.fixture("mini-study").resolve("coded-data"), project.resolve("coded-data"));
        Path paper = Files.createDirectories(temp.resolve("paper")).resolve("paper.qmd");
        Files.copy(TestProjects.fixture("mini-study").resolve("content/references.bib"), paper.resolveSibling("refs.bib"));
        save(paper, "---\nbibliography: refs.bib\n---\n# Methods\n\nThe first draft [@lee2019; @smith2020].\n\n# Results\n\nThemes.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.util.concurrent.atomic.AtomicReference<Preview> serving = new java.util.concurrent.atomic.AtomicReference<>();
        try (ImportFollower follower = ImportFollower.manuscript(paper, project, new PrintWriter(out, true),
                lines -> serving.get().showProblems(lines))) {
            assertThat(follower.importNow()).isEmpty();
            assertThat(project.resolve("content/methods.md")).content().contains("The first draft");
            try (Preview preview = Preview.start(project, BuildOptions.defaults(), InetAddress.getLoopbackAddress(), 0, false,
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
                 PreviewClient client = new PreviewClient(preview.uri())) {
                serving.set(preview);
                client.listen();
                assertThat(client.get("/").body()).contains("The first draft");

                save(paper, Files.readString(paper).replace("The first draft", "The second draft"));
                awaitArticle(client, body -> body.contains("The second draft"));
                assertThat(out.toString()).contains("Imported paper.qmd (1 file of content/ written or replaced; 0 errors,"
                        + " 0 warnings)");

                Files.writeString(project.resolve("content/results.md"), Files.readString(project.resolve("content/results.md"))
                        + "The author's sentence, written in content/.\n");
                save(paper, Files.readString(paper).replace("The second draft", "The third draft"));
                assertThat(client.awaitState(s -> s.contains("holds the study's prose already (content/results.md, not as"
                        + " the earlier import wrote it)"), 30)).isNotNull();
                assertThat(project.resolve("content/methods.md")).content().contains("The second draft");
                assertThat(err.toString()).contains("weft: content/ of " + project + " holds the study's prose already");
            }
        }
    }

    @Test
    void each_save_of_the_coding_is_imported_merged_and_previewed_and_a_broken_one_is_told_to_the_open_pages() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("coded"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        for (String section : List.of("introduction", "methods")) { // they speak of the mini-study's own nodes
            TestProjects.delete(project.resolve("content/" + section + ".md"));
        }
        Path sheet = Files.createDirectories(temp.resolve("analysis")).resolve("analysis.csv");
        String header = "Participant,Original expression,Sub-category,Category\n";
        save(sheet, header + "P1,We cook on Sundays.,Cooking together,Togetherness\n");
        StringWriter out = new StringWriter();
        java.util.concurrent.atomic.AtomicReference<Preview> serving = new java.util.concurrent.atomic.AtomicReference<>();
        try (ImportFollower follower = ImportFollower.coding(sheet, project, new PrintWriter(out, true),
                lines -> serving.get().showProblems(lines))) {
            assertThat(follower.importNow()).isEmpty();
            String frame = Files.readString(project.resolve("coded-data/coding-frame.yaml"));
            assertThat(frame).contains("Cooking together");
            try (Preview preview = Preview.start(project, BuildOptions.defaults(), InetAddress.getLoopbackAddress(), 0, false,
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true));
                 PreviewClient client = new PreviewClient(preview.uri())) {
                serving.set(preview);
                client.listen();
                assertThat(client.get("/").body()).contains("Cooking together").doesNotContain("Washing up");

                // recoded in the spreadsheet: a sub-category added, imported and merged, the preview following
                save(sheet, Files.readString(sheet) + "P2,Nobody washes up.,Washing up,Togetherness\n");
                awaitArticle(client, body -> body.contains("Washing up"));
                assertThat(out.toString()).contains("Imported analysis.csv (").contains("change");
                String merged = Files.readString(project.resolve("coded-data/coding-frame.yaml"));

                // a file that does not read: told to the open pages, coded-data/ as it was
                save(sheet, "no header we know\n");
                assertThat(client.awaitState(s -> s.contains("the coding analysis.csv cannot be imported"), 30)).isNotNull();
                assertThat(project.resolve("coded-data/coding-frame.yaml")).content().isEqualTo(merged);
            }
        }
    }

    /**
     * A sheet whose headers Weft does not know, imported with its columns named: each save is imported as the first
     * import was told to read it (the coding frame's {@code sheet:}), without the columns named to the follower.
     */
    @Test
    void a_sheet_whose_columns_the_first_import_was_told_is_followed_as_it_was_read() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("finnish"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        Path sheet = Files.createDirectories(temp.resolve("analyysi")).resolve("analyysi.csv");
        save(sheet, "Haastateltava,Ilmaus,Luokka\nH1,Kokkaamme sunnuntaisin.,Kokkaaminen\n");
        weft.diagnostics.Diagnostics first = new weft.diagnostics.Diagnostics();
        weft.qda.FrameImport.Imported imported = weft.qda.FrameImport.of(sheet, java.util.Optional.empty(),
                new weft.qda.SheetReader.Columns(List.of("Luokka"), java.util.Map.of("text", "Ilmaus")), first).orElseThrow();
        assertThat(weft.qda.ImportedFiles.write(project, imported, first)).isPresent();
        save(sheet, Files.readString(sheet) + "H2,Tiskit jäävät minulle.,Tiskit\n");
        StringWriter out = new StringWriter();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ImportFollower follower = ImportFollower.coding(sheet, project, new PrintWriter(out, true), problems::addAll)) {
            assertThat(follower.importNow()).isEmpty();
        }
        assertThat(out.toString()).contains("added: node 'tiskit' (\"Tiskit\")");
        assertThat(project.resolve("coded-data/quotes/imported.yaml")).content().contains("text: Tiskit jäävät minulle.");
    }

    /**
     * Both followed: a recoding that brings the quote a quotation of the manuscript is typed as imports the manuscript
     * again, which links the quotation to the new quote.
     */
    @Test
    void a_recoding_imports_the_manuscript_again_so_its_quotations_find_the_new_quotes() throws Exception {
        Path project = temp.resolve("both");
        Files.createDirectories(project.resolve("coded-data"));
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), project.resolve("coded-data/study.yaml"));
        Path sheet = Files.createDirectories(temp.resolve("analysis")).resolve("analysis.csv");
        save(sheet, "Participant,Original expression,Sub-category,Category\nP1,We cook on Sundays together.,Cooking,Togetherness\n");
        Path paper = Files.createDirectories(temp.resolve("paper")).resolve("paper.qmd");
        save(paper, "# Findings\n\n> Nobody ever washes up on Mondays.\n");
        StringWriter out = new StringWriter();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ImportFollower coding = ImportFollower.coding(sheet, project, new PrintWriter(out, true), problems::addAll);
             ImportFollower manuscript = ImportFollower.manuscript(paper, project, new PrintWriter(out, true), problems::addAll)) {
            assertThat(coding.importNow()).isEmpty();
            assertThat(manuscript.importNow()).isEmpty();
            coding.then(manuscript);
            Path findings = project.resolve("content/findings.md");
            assertThat(findings).content().contains("> Nobody ever washes up on Mondays.");

            save(sheet, Files.readString(sheet) + "P2,Nobody ever washes up on Mondays.,Washing up,Togetherness\n");
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(findings).contains("{{quote:")) {
                assertThat(System.nanoTime()).as("the quotation linked within 30 s; problems: %s", problems).isLessThan(end);
                Thread.sleep(100);
            }
            assertThat(Files.readString(findings)).doesNotContain("Nobody ever washes up");
            assertThat(problems).isEmpty();
        }
    }

    /** Saves as an editor does: a new file moved over the old one. */
    private static void save(Path file, String text) throws Exception {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".tmp"), text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitArticle(PreviewClient client, java.util.function.Predicate<String> test) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!test.test(client.get("/").body())) {
            assertThat(System.nanoTime()).as("the article as expected within 30 s").isLessThan(end);
            Thread.sleep(100);
        }
    }
}

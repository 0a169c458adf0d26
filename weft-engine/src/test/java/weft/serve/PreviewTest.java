package weft.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.support.TestProjects;

/** {@code weft serve} without a browser: what it serves, what it refuses, its reload channel and its port. */
class PreviewTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final String SECRET = "not-for-the-web-3f9a";

    @TempDir
    Path temp;
    Path project;
    Preview preview;
    PreviewClient client;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(project.resolve("private-notes.txt"), SECRET);
        preview = Preview.start(project, BuildOptions.defaults(), LOOPBACK, 0, false, new PrintWriter(out), new PrintWriter(err));
        client = new PreviewClient(preview.uri());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        preview.close();
    }

    @Test
    void serves_the_article_with_the_reload_script_and_the_pdf_once_it_is_laid_out() {
        PreviewClient.Response article = client.get("/");
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(article.body()).contains("Togetherness at the table")
                .contains("<script src=\"/.weft-preview/reload.js\" data-generation=\"1\" defer></script></head>");
        PreviewClient.Response pdf = client.get("/article.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        PreviewClient.Response docx = client.get("/article.docx");
        assertThat(docx.status()).as("the Word document is made when asked for").isEqualTo(200);
        assertThat(docx.body()).startsWith("PK");
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(client.get("/article.jats.xml").body()).contains("<article-title>Sharing meals in shared housing");
        assertThat(client.get("/evidence/nodes/cooking-together.html").body()).contains("Cooking together");
        assertThat(client.get("/evidence/checklist.html").status()).as("the mini study has no checklist").isEqualTo(404);
        assertThat(client.get("/evidence").status()).as("a folder without its slash is redirected").isEqualTo(301);
        assertThat(client.get("/no-such-page.html").status()).isEqualTo(404);
        assertThat(out.toString()).contains("Serving " + project.toAbsolutePath().normalize() + " at " + preview.uri());
    }

    @Test
    void serves_the_title_page_apart_when_the_study_asks_for_it() throws Exception {
        assertThat(client.get("/title-page.docx").status()).as("the mini study does not ask for it").isEqualTo(404);
        Path asking = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("asking"));
        TestProjects.replaceIn(asking.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  titlePage: true\n");
        try (Preview other = Preview.start(asking, BuildOptions.defaults(), LOOPBACK, 0, false,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
             PreviewClient otherClient = new PreviewClient(other.uri())) {
            PreviewClient.Response page = otherClient.get("/title-page.docx");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).startsWith("PK");
            assertThat(otherClient.get("/article.docx").status()).isEqualTo(200);
        }
    }

    @Test
    void the_checklist_page_which_needs_the_pdfs_page_numbers_waits_for_the_layout() throws Exception {
        Path study = temp.resolve("default-study");
        for (String folder : List.of("coded-data", "content", "templates")) {
            TestProjects.copyTree(TestProjects.defaultStudy().resolve(folder), study.resolve(folder));
        }
        try (Preview other = Preview.start(study, BuildOptions.defaults(), LOOPBACK, 0, false,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            PreviewClient.Response checklist = new PreviewClient(other.uri()).get("/evidence/checklist.html");
            assertThat(checklist.status()).isEqualTo(200);
            assertThat(checklist.body()).contains("COREQ").containsPattern("<td class=\"checklist-page\">\\d+</td>");
        }
    }

    @Test
    void nothing_outside_the_publication_can_be_read() throws Exception {
        Files.createSymbolicLink(project.resolve("content/leak.md"), temp.resolve("secret.txt"));
        for (String target : List.of("/../secret.txt", "/../study/private-notes.txt", "/%2e%2e/secret.txt",
                "/evidence/..%2f..%2fsecret.txt", "/evidence/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt",
                "//secret.txt", "/private-notes.txt", "/coded-data/study.yaml", "/content/leak.md", "/./index.html",
                "/evidence/../index.html", "/.weft-preview/", "/.weft-preview/../index.html", "/index.html%00.txt")) {
            PreviewClient.Response response = client.raw("GET", target, client.host());
            assertThat(response.status()).as(target).isIn(400, 404);
            assertThat(response.body()).as(target).doesNotContain(SECRET).doesNotContain("Togetherness");
        }
    }

    @Test
    void another_host_name_and_other_methods_are_refused() {
        assertThat(client.raw("GET", "/", "attacker.example:" + preview.uri().getPort()).status())
                .as("a page of another site through DNS rebinding").isEqualTo(403);
        assertThat(client.raw("GET", "/", "localhost:" + preview.uri().getPort()).status()).isEqualTo(200);
        assertThat(client.raw("POST", "/", client.host()).status()).isEqualTo(405);
        assertThat(client.raw("PUT", "/index.html", client.host()).status()).isEqualTo(405);
    }

    /** A figure added to the prose is served; its file replaced, the next generation serves the new picture. */
    @Test
    void a_figure_is_served_and_follows_its_file() throws Exception {
        Files.createDirectories(project.resolve("content/figures"));
        byte[] first = weft.read.ImageFilesForTests.pngWithText("Author\0A");
        Files.write(project.resolve("content/figures/plan.png"), first);
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "## Aim", "![A plan](figures/plan.png)\n\n## Aim");
        awaitArticle(body -> body.contains("src=\"figures/plan.png\" alt=\"A plan\" width=\"120\""));
        PreviewClient.Response served = client.get("/figures/plan.png");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(weft.read.ImageBytes.check(first).bytes());
        byte[] wide = weft.read.ImageFilesForTests.widePng();
        Files.write(project.resolve("content/figures/plan.png"), wide);
        awaitArticle(body -> body.contains("width=\"1600\" height=\"400\""));
        assertThat(client.get("/figures/plan.png").body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(wide);
    }

    /** Waits up to 30 s for the served article to pass {@code test}. */
    private void awaitArticle(java.util.function.Predicate<String> test) throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!test.test(client.get("/").body())) {
            assertThat(System.nanoTime()).as("the article as expected within 30 s").isLessThan(end);
            Thread.sleep(100);
        }
    }

    @Test
    void a_broken_input_is_reported_to_the_open_pages_over_the_last_good_one_and_cleared_when_fixed() throws Exception {
        client.listen();
        assertThat(client.awaitState(s -> s.equals("{\"generation\":1,\"diagnostics\":[]}"), 30)).isNotNull();
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        String good = Files.readString(frame);
        Files.writeString(frame, good.replace("levels: [theme, sub-theme]", "levels: [theme, sub-theme"));

        String broken = client.awaitState(s -> s.contains("coding-frame.yaml"), 30);
        assertThat(broken).startsWith("{\"generation\":1,\"diagnostics\":[\"ERROR coded-data/coding-frame.yaml:")
                .containsPattern("coding-frame\\.yaml:\\d+:\\d+: ");
        PreviewClient.Response stillServed = client.get("/");
        assertThat(stillServed.status()).isEqualTo(200);
        assertThat(stillServed.body()).contains("data-generation=\"1\"").contains("Togetherness at the table");

        Files.writeString(frame, good.replace("Togetherness at the table", "Togetherness at the kitchen table"));
        assertThat(client.awaitState(s -> s.equals("{\"generation\":2,\"diagnostics\":[]}"), 30)).isNotNull();
        assertThat(client.get("/").body()).contains("data-generation=\"2\"").contains("Togetherness at the kitchen table");
        assertThat(preview.generation()).isEqualTo(2);
    }

    @Test
    void hostile_text_in_a_diagnostic_reaches_the_page_as_one_json_string() throws Exception {
        client.listen();
        client.awaitState(s -> s.contains("\"generation\":1"), 30);
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        save(quotes, Files.readString(quotes).replace("codes: [dishes, friction]",
                "codes: [dishes, \"</script><img src=x onerror=alert(1)>\\n\\nevent: state\\ndata: {}\"]"));
        String state = client.awaitState(s -> !s.contains("\"diagnostics\":[]"), 30);
        JsonNode json = new ObjectMapper().readTree(state); // one event's data: the newlines did not split it
        assertThat(json.get("diagnostics").get(0).asText()).isEqualTo("ERROR coded-data/quotes/quotes.yaml:22:21: quote"
                + " 'sink-full' is coded to unknown node '</script><img src=x onerror=alert(1)>\n\nevent: state\ndata: {}'");
    }

    @Test
    void the_terminal_is_told_a_warning_once_not_on_every_save() throws Exception {
        client.listen();
        client.awaitState(s -> s.contains("\"generation\":1"), 30);
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        // saved as an editor that writes a copy and renames it over the file does: no build can read it half-saved
        // (a failed build in between would rightly tell the warning again with the rest once the save is whole)
        save(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
        client.awaitState(s -> s.contains("\"generation\":2"), 30);
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        save(frame, Files.readString(frame).replace("was common.", "was common in every flat."));
        client.awaitState(s -> s.contains("\"generation\":3"), 30);

        String warning = "WARNING coded-data/coding-frame.yaml:17:13: leaf node 'eating-together' has no quote coded to it";
        assertThat(err.toString()).containsOnlyOnce(warning);
        assertThat(out.toString()).containsPattern("(?s)Built in \\d+ ms \\(0 errors, 1 warning; the PDF follows\\).*"
                + "Built in \\d+ ms \\(0 errors, 1 warning; the PDF follows\\)");
    }

    @Test
    void a_port_in_use_is_reported_or_replaced_by_a_free_one() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, LOOPBACK)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> Preview.start(project, BuildOptions.defaults(), LOOPBACK, port, false,
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isInstanceOf(BindException.class);
            try (Preview other = Preview.start(project, BuildOptions.defaults(), LOOPBACK, port, true,
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
                assertThat(other.uri().getPort()).isNotEqualTo(port).isPositive();
                assertThat(new PreviewClient(other.uri()).get("/").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void stopping_closes_the_port_and_leaves_no_file_behind() throws Exception {
        List<Path> before = tree(temp);
        client.get("/article.pdf");
        int port = preview.uri().getPort();
        preview.close();
        assertThatThrownBy(() -> new Socket(LOOPBACK, port).close()).isInstanceOf(java.net.ConnectException.class);
        assertThat(tree(temp)).isEqualTo(before);
    }

    private void save(Path file, String text) {
        TestProjects.saveByRename(project, file, text);
    }

    private static List<Path> tree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.sorted().toList();
        }
    }
}

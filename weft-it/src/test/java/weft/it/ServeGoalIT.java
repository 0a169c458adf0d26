package weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import weft.serve.ReloadListener;
import weft.support.TestProjects;

/** {@code mvn weft:serve} in a study of its own: it serves the study, follows an edit, and stops on a signal. */
class ServeGoalIT {

    @Test
    void weftServeServesTheStudyFollowsAnEditAndStopsCleanly() throws Exception {
        Path study = MavenRun.freshFolder("studies/served-study");
        TestProjects.copy(TestProjects.fixture("mini-study"), study);
        Files.writeString(study.resolve("pom.xml"), MavenRun.studyPom("served-study"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = study.getParent().resolve("served-study-serve.log");
        Process maven = MavenRun.start(study, "served-study-serve", "weft:serve", "-Dweft.port=" + port);
        try {
            URI home = URI.create("http://127.0.0.1:" + port + "/");
            awaitLog(log, "Serving " + study.toRealPath() + " at " + home, maven);
            assertThat(get(home)).contains("Togetherness at the table").contains("data-generation=\"1\"");

            try (ReloadListener reloads = ReloadListener.connect(home)) {
                reloads.awaitGenerationAfter(0, 60);
                Path frame = study.resolve("coded-data/coding-frame.yaml");
                Files.writeString(frame, Files.readString(frame).replace("was common.", "was common in every flat."));
                assertThat(reloads.awaitGenerationAfter(1, 120)).isEqualTo(2);
            }
            assertThat(get(home)).contains("was common in every flat.").contains("data-generation=\"2\"");
        } finally {
            maven.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook closes the preview
            assertThat(maven.waitFor(60, TimeUnit.SECONDS)).as("mvn weft:serve stops on a signal").isTrue();
        }
        try (Stream<Path> files = Files.walk(study)) {
            assertThat(files.map(f -> study.relativize(f).toString()).filter(f -> f.startsWith("target/publication")
                    || f.contains("weft-staging") || f.contains("weft-previous")).toList()).as("nothing written").isEmpty();
        }
    }

    /**
     * {@code mvn weft:serve -Dweft.manuscript=../paper.qmd -Dweft.coding=../analysis.csv} in a study whose prose is written
     * in one manuscript and whose coding is kept in a spreadsheet: both are imported before the preview starts, and a save
     * of either reaches the open pages.
     */
    @Test
    void weftServeFollowsAManuscriptAndACodingItImportsOnEverySave() throws Exception {
        Path study = MavenRun.freshFolder("studies/manuscript-study");
        Files.createDirectories(study.resolve("coded-data"));
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), study.resolve("coded-data/study.yaml"));
        Path sheet = study.getParent().resolve("analysis.csv");
        Files.writeString(sheet, "Participant,Original expression,Sub-category,Category\nP1,We cook on Sundays.,Cooking"
                + " together,Togetherness\n");
        Files.writeString(study.resolve("pom.xml"), MavenRun.studyPom("manuscript-study"));
        Path paper = study.getParent().resolve("paper.qmd");
        Files.copy(TestProjects.fixture("mini-study").resolve("content/references.bib"), study.getParent().resolve("refs.bib"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(paper, "---\nbibliography: refs.bib\n---\n# Methods\n\nThe first draft [@lee2019; @smith2020].\n\n"
                + "# Results\n\nThemes.\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = study.getParent().resolve("manuscript-study-serve.log");
        Process maven = MavenRun.start(study, "manuscript-study-serve", "weft:serve", "-Dweft.port=" + port,
                "-Dweft.manuscript=" + paper, "-Dweft.coding=" + sheet);
        try {
            URI home = URI.create("http://127.0.0.1:" + port + "/");
            awaitLog(log, "Serving " + study.toRealPath() + " at " + home, maven);
            assertThat(Files.readString(log)).contains("[INFO] Imported paper.qmd (3 files of content/ written or replaced;",
                    "[INFO] Imported analysis.csv (");
            assertThat(get(home)).contains("The first draft", "Cooking together");
            try (ReloadListener reloads = ReloadListener.connect(home)) {
                reloads.awaitGenerationAfter(0, 60);
                Path saved = Files.writeString(paper.resolveSibling(".paper.qmd.tmp"), Files.readString(paper)
                        .replace("The first draft", "The second draft"));
                Files.move(saved, paper, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                long second = reloads.awaitGenerationAfter(1, 120);
                assertThat(second).isGreaterThanOrEqualTo(2);
                saved = Files.writeString(sheet.resolveSibling(".analysis.csv.tmp"), Files.readString(sheet)
                        + "P2,Nobody washes up.,Washing up,Togetherness\n");
                Files.move(saved, sheet, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                assertThat(reloads.awaitGenerationAfter(second, 120)).isGreaterThan(second);
            }
            assertThat(get(home)).contains("The second draft", "Washing up");
            assertThat(study.resolve("content/methods.md")).content().contains("The second draft");
        } finally {
            maven.destroy();
            assertThat(maven.waitFor(60, TimeUnit.SECONDS)).as("mvn weft:serve stops on a signal").isTrue();
        }
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void awaitLog(Path log, String line, Process maven) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < end) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains(line)) {
                return;
            }
            if (!maven.isAlive()) {
                throw new AssertionError("mvn weft:serve stopped before serving:\n" + text);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("mvn weft:serve did not serve within 4 minutes: " + List.of(log));
    }
}

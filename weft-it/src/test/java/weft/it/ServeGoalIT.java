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

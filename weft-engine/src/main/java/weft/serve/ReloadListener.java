package weft.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of a preview's reload channel, as a page's script is one: every state it is sent, kept in order (for the
 * benchmark and the tests). Each state is the event's data, one line of JSON.
 */
public final class ReloadListener implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<String> states = new LinkedBlockingQueue<>();
    private final InputStream stream;

    private ReloadListener(InputStream stream) {
        this.stream = stream;
        Thread reader = new Thread(this::read, "weft-reload-listener");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to the reload channel of the preview at {@code preview} (its home page's address). */
    public static ReloadListener connect(URI preview) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(preview.resolve(PreviewServer.EVENTS)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the reload channel answered " + response.statusCode());
        }
        return new ReloadListener(response.body());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data: ")) {
                    states.add(line.substring("data: ".length()));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next state received (in order, from the first) that {@code wanted} accepts; an error after {@code seconds}. */
    public String await(Predicate<String> wanted, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = end - System.nanoTime();
            String state = left <= 0 ? null : states.poll(left, TimeUnit.NANOSECONDS);
            if (state == null) {
                throw new IllegalStateException("the preview sent no such state within " + seconds + " s");
            }
            if (wanted.test(state)) {
                return state;
            }
        }
    }

    /** The next state of a generation after {@code generation}, that is, the next successful rebuild. */
    public long awaitGenerationAfter(long generation, long seconds) throws InterruptedException {
        return generationOf(await(state -> generationOf(state) > generation, seconds));
    }

    /** The generation a state names. */
    private static long generationOf(String state) {
        try {
            JsonNode json = JSON.readTree(state);
            return json.path("generation").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}

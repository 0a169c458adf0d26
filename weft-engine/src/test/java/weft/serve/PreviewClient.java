package weft.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A client of a running preview, for the tests and the benchmark: requests, raw requests, and the reload channel. */
final class PreviewClient implements AutoCloseable {

    /** One response: its status and body. */
    record Response(int status, String body, String contentType) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ReloadListener listener;

    PreviewClient(URI base) {
        this.base = base;
    }

    Response get(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.ISO_8859_1),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code method target} with {@code host} as it is written, no client in between to tidy the path up. */
    Response raw(String method, String target, String host) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (method.equals("POST") ? "Content-Length: 0\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            int body = text.indexOf("\r\n\r\n");
            return new Response(Integer.parseInt(statusLine[1]), body < 0 ? "" : text.substring(body + 4), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host header the preview expects. */
    String host() {
        return base.getHost() + ":" + base.getPort();
    }

    /** Connects to the reload channel; every state it sends is kept, in order, for {@link #awaitState}. */
    PreviewClient listen() throws IOException, InterruptedException {
        listener = ReloadListener.connect(base);
        return this;
    }

    /** The first state from now on (or already received) that {@code wanted} accepts; fails after {@code seconds}. */
    String awaitState(Predicate<String> wanted, long seconds) throws InterruptedException {
        return listener.await(wanted, seconds);
    }

    @Override
    public void close() throws IOException {
        if (listener != null) {
            listener.close();
        }
    }
}

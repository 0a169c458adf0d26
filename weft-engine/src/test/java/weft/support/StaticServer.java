package weft.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A folder served over HTTP on the loopback interface under a base path, as a plain static web server would serve it
 * (no directory listings, 404 for anything else), so that a missing file in the browser tests is a real 404. It
 * records every request it answered with anything but 200.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "pdf", "application/pdf", "png", "image/png",
            "svg", "image/svg+xml", "gif", "image/gif", "ico", "image/x-icon");

    private final Path root;
    private final String base;
    private final HttpServer server;
    private final List<String> misses = Collections.synchronizedList(new ArrayList<>());

    /** Serves {@code root} at {@code base} (starting and ending with '/') on a free loopback port. */
    public StaticServer(Path root, String base) {
        this.root = root.toAbsolutePath().normalize();
        this.base = base;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the root context answers everything else (e.g. /favicon.ico outside the base) with a recorded 404
        server.createContext("/", this::serve);
        server.start();
    }

    /** The address of a file of the folder, e.g. {@code url("index.html")}. */
    public URI url(String relative) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + base + relative);
    }

    /** The requests answered with anything but 200 since the last call, as "STATUS PATH", in the order they came. */
    public List<String> misses() {
        synchronized (misses) {
            List<String> since = List.copyOf(misses);
            misses.clear();
            return since;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = file(path);
            if (!"GET".equals(exchange.getRequestMethod()) || file == null || !Files.isRegularFile(file)) {
                misses.add("404 " + path);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension(file), "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file a path names, or null when the path lies outside the base or the folder. */
    private Path file(String path) {
        if (!path.startsWith(base)) {
            return null;
        }
        String relative = path.substring(base.length());
        Path file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

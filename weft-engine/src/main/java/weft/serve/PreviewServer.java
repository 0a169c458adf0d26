package weft.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the current {@link Snapshot} over HTTP, and the reload channel: GET and HEAD only, every HTML page with the
 * reload script added, nothing cached by the browser, no directory listings. A request whose {@code Host} is not the
 * server's own address (a page of another site reaching it through DNS rebinding) is refused, unless the server was
 * asked to listen on every address.
 */
final class PreviewServer implements AutoCloseable {

    /** Where the preview's own resources are served; no file of a publication starts with a dot. */
    static final String PREFIX = "/.weft-preview/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "reload.js";

    private static final byte[] WAITING = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Weft preview</title></head><body><main><h1>Weft preview</h1><p>No build of this project has"
            + " succeeded yet.</p></main></body></html>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<Snapshot> current;
    private final ReloadEvents events;
    private final byte[] script;

    private PreviewServer(HttpServer server, ExecutorService threads, Supplier<Snapshot> current, ReloadEvents events) {
        this.server = server;
        this.threads = threads;
        this.current = current;
        this.events = events;
        this.script = resource("reload.js");
    }

    /**
     * Listens on {@code address}:{@code port}; when {@code anyPortIfTaken} and that port is taken, on a free port that
     * the system chooses (the {@link #uri()} says which).
     */
    static PreviewServer start(InetAddress address, int port, boolean anyPortIfTaken, Supplier<Snapshot> current,
                               ReloadEvents events) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (BindException e) {
            if (!anyPortIfTaken) {
                throw e;
            }
            server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        }
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "weft-serve");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, threads, current, events);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    /** The address of the publication's home page. */
    URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            drain(exchange.getRequestBody());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!hostAllowed(exchange)) {
                text(exchange, 403, "Forbidden: this preview answers only at its own address.");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Method not allowed.");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (EVENTS.equals(path)) {
                streamEvents(exchange);
            } else if (SCRIPT.equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else {
                serveFile(exchange, path);
            }
        } catch (IOException e) {
            // the browser went away (a page closed while its events were streaming): nothing to answer
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Optional<String> name = PublicationPaths.nameOf(path);
        Snapshot snapshot = current.get();
        Optional<byte[]> content = name.flatMap(snapshot::file);
        if (content.isEmpty() && snapshot.generation() == 0 && name.isPresent() && name.get().endsWith(".html")) {
            // no build has succeeded yet: a page that shows the diagnostics, and reloads once one does
            send(exchange, 503, "text/html; charset=utf-8", withReloadScript(WAITING, 0));
            return;
        }
        if (content.isEmpty()) {
            if (name.isPresent() && !path.endsWith("/") && snapshot.file(name.get() + "/index.html").isPresent()) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            text(exchange, 404, "Not found: the publication has no such file.");
            return;
        }
        byte[] bytes = content.get();
        String type = PublicationPaths.mediaType(name.get());
        if (type.startsWith("text/html")) {
            bytes = withReloadScript(bytes, snapshot.generation());
        }
        send(exchange, 200, type, bytes);
    }

    /** The page with the reload script added before its head's end, told the generation it belongs to. */
    static byte[] withReloadScript(byte[] page, long generation) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-generation=\"" + generation + "\" defer></script>";
        int at = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        String served = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            events.stream(body);
        }
    }

    private boolean hostAllowed(HttpExchange exchange) {
        InetAddress local = server.getAddress().getAddress();
        if (local.isAnyLocalAddress()) {
            return true;
        }
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
        String port = ":" + server.getAddress().getPort();
        String literal = local.getHostAddress();
        return host.equals(literal + port) || host.equals("[" + literal + "]" + port)
                || (local.isLoopbackAddress() && host.equalsIgnoreCase("localhost" + port));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void drain(InputStream body) throws IOException {
        body.transferTo(OutputStream.nullOutputStream());
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource weft/serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}

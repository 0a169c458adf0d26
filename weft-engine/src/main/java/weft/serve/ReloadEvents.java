package weft.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reload channel: a stream of server-sent events to every open page, each the latest {@link PreviewState}. It
 * carries only those states (a generation and diagnostics), takes no input from the page, and so can tell nothing
 * else to anyone who connects.
 */
final class ReloadEvents implements AutoCloseable {

    private static final String CLOSING = "";
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile PreviewState state;
    private volatile boolean closed;

    ReloadEvents(PreviewState initial) {
        this.state = initial;
    }

    /** Makes {@code next} the state, and sends it to every open page. */
    void publish(PreviewState next) {
        state = next;
        String json = next.toJson();
        clients.forEach(client -> client.offer(json));
    }

    /** How many pages are connected. */
    int clients() {
        return clients.size();
    }

    /**
     * Streams to one page until it goes away or the preview closes: the current state first, then each new one (a
     * comment every {@value #KEEP_ALIVE_SECONDS} s finds out when the page has gone).
     */
    void stream(OutputStream out) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            write(out, "retry: 500\n\n");
            send(out, state.toJson());
            while (!closed) {
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    write(out, ": keep-alive\n\n");
                } else if (next == CLOSING) {
                    return;
                } else {
                    send(out, next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static void send(OutputStream out, String json) throws IOException {
        write(out, "event: state\ndata: " + json + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(client -> client.offer(CLOSING));
    }
}

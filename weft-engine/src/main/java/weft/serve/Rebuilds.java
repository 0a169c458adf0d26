package weft.serve;

import java.time.Duration;

/**
 * Runs a rebuild when inputs change, on a thread of its own: a burst of changes (an editor saving several files, a
 * {@code git checkout}) gives one rebuild of the final state, once no change has come for a quiet period (or at the
 * latest a while after the burst began); changes during a rebuild give one more rebuild after it, never a queue.
 */
final class Rebuilds implements AutoCloseable {

    private final Object lock = new Object();
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Runnable rebuild;
    private final Thread thread;
    private boolean requested;
    private long firstRequest;
    private long lastRequest;
    private boolean closed;

    /**
     * @param quiet    how long no change must come before a rebuild starts
     * @param maxDelay how long a steady stream of changes may put a rebuild off
     */
    Rebuilds(Duration quiet, Duration maxDelay, Runnable rebuild) {
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.rebuild = rebuild;
        this.thread = new Thread(this::loop, "weft-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    /** An input changed. */
    void request() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (!requested) {
                firstRequest = now;
            }
            requested = true;
            lastRequest = now;
            lock.notifyAll();
        }
    }

    /**
     * Whether an input has changed since the running rebuild began, or changes within {@code grace}: called from the
     * rebuild, it tells a failure read from a file caught half-saved (an editor that truncates the file, then writes
     * it) from one the author must see; the rebuild of the saved state follows.
     */
    boolean changeComes(Duration grace) throws InterruptedException {
        long end = System.nanoTime() + grace.toNanos();
        synchronized (lock) {
            while (!requested && !closed) {
                long nanos = end - System.nanoTime();
                if (nanos <= 0) {
                    break;
                }
                lock.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            return requested && !closed;
        }
    }

    private void loop() {
        try {
            while (awaitQuiet()) {
                rebuild.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a request and then for the quiet period after the last one; false once closed. */
    private boolean awaitQuiet() throws InterruptedException {
        synchronized (lock) {
            while (!requested && !closed) {
                lock.wait();
            }
            while (!closed) {
                long now = System.nanoTime();
                long until = Math.min(lastRequest + quietNanos, firstRequest + maxDelayNanos);
                if (now - until >= 0) {
                    break;
                }
                long nanos = until - now;
                lock.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            requested = false;
            return !closed;
        }
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        thread.join(60_000);
    }
}

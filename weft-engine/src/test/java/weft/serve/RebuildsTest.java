package weft.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The watcher's debouncing: a burst of changes is one rebuild of the final state, never a queue of stale ones. */
class RebuildsTest {

    @Test
    void a_burst_of_changes_gives_one_rebuild() throws Exception {
        AtomicInteger rebuilds = new AtomicInteger();
        try (Rebuilds debounced = new Rebuilds(Duration.ofMillis(300), Duration.ofSeconds(30), rebuilds::incrementAndGet)) {
            for (int i = 0; i < 50; i++) { // a checkout writing 50 files
                debounced.request();
                Thread.sleep(1);
            }
            awaitQuiet();
            assertThat(rebuilds).hasValue(1);
        }
    }

    @Test
    void changes_during_a_rebuild_give_one_more_rebuild_after_it_not_one_each() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rebuilds = new AtomicInteger();
        try (Rebuilds debounced = new Rebuilds(Duration.ofMillis(50), Duration.ofSeconds(30), () -> {
            if (rebuilds.incrementAndGet() == 1) {
                inFirst.countDown();
                await(release);
            }
        })) {
            debounced.request();
            assertThat(inFirst.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 20; i++) { // saved while the first rebuild runs
                debounced.request();
            }
            release.countDown();
            awaitQuiet();
            assertThat(rebuilds).hasValue(2);
        }
    }

    @Test
    void a_steady_stream_of_changes_cannot_put_a_rebuild_off_for_ever() throws Exception {
        AtomicInteger rebuilds = new AtomicInteger();
        try (Rebuilds debounced = new Rebuilds(Duration.ofMillis(200), Duration.ofMillis(400), rebuilds::incrementAndGet)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < end && rebuilds.get() == 0) { // a change every 20 ms, never quiet for 200
                debounced.request();
                Thread.sleep(20);
            }
            assertThat(rebuilds.get()).as("rebuilt during the stream").isPositive();
        }
    }

    @Test
    void a_rebuild_is_told_whether_a_change_came_after_it_began_or_comes_within_a_grace() throws Exception {
        java.util.List<Boolean> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        AtomicInteger rebuilds = new AtomicInteger();
        Rebuilds[] debounced = new Rebuilds[1];
        Runnable rebuild = () -> {
            try {
                switch (rebuilds.incrementAndGet()) {
                    case 1 -> { // the file was caught half-saved; the rest of the save comes while this rebuild reads
                        inFirst.countDown();
                        await(saved);
                        told.add(debounced[0].changeComes(Duration.ZERO));
                    }
                    case 2 -> { // the rest of the save comes a little after this rebuild ended, within the grace
                        Thread t = new Thread(() -> {
                            sleep(100);
                            debounced[0].request();
                        });
                        t.start();
                        told.add(debounced[0].changeComes(Duration.ofSeconds(20)));
                    }
                    default -> told.add(debounced[0].changeComes(Duration.ofMillis(100))); // no change comes
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        };
        try (Rebuilds r = new Rebuilds(Duration.ofMillis(20), Duration.ofSeconds(30), rebuild)) {
            debounced[0] = r;
            r.request();
            assertThat(inFirst.await(30, TimeUnit.SECONDS)).isTrue();
            r.request();
            saved.countDown();
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(told).containsExactly(true, true, false);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuiet() throws InterruptedException {
        Thread.sleep(1_500); // many times the quiet period: every rebuild there is to come has run
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

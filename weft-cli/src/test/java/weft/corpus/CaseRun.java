package weft.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import weft.cli.Main;

/**
 * One run of the command line ({@link Main#run}) in a thread of its own, bounded in time: what it printed, its exit
 * code, how long it took, or that it did not finish.
 */
record CaseRun(int exit, String out, String err, Duration took, boolean finished, String crash) {

    /** Runs {@code args}; a run that outlives {@code limit} is interrupted, then stopped, and reported as unfinished. */
    @SuppressWarnings({"deprecation", "removal"})
    static CaseRun of(String[] args, Duration limit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        String[] crash = {""};
        Thread thread = new Thread(() -> {
            try {
                exit[0] = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            } catch (ThreadDeath stopped) { // the limit was reached: reported as unfinished
                throw stopped;
            } catch (Throwable t) { // the case fails on it; the test needs the name of what escaped
                crash[0] = t.toString();
            }
        }, "hostile-case");
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        try {
            thread.join(limit.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
            if (thread.isAlive()) {
                // Java 17 still has Thread.stop: without it a runaway build keeps both cores busy for the next cases
                thread.stop();
                thread.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean finished = took.compareTo(limit) <= 0 && !thread.isAlive();
        return new CaseRun(exit[0], out.toString(), err.toString(), took, finished, crash[0]);
    }
}

package weft.corpus;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a corpus run: cases per category, the slowest case, the case with the highest heap peak and the cases
 * whose known bug still makes them fail.
 */
final class CorpusSummary {

    private final Map<String, Integer> perCategory = new TreeMap<>();
    private String slowest = "";
    private Duration slowestTime = Duration.ZERO;
    private String heaviest = "";
    private long heaviestBytes;
    private Duration total = Duration.ZERO;
    private final Map<String, String> knownBugs = new TreeMap<>();

    synchronized void add(HostileCase c, Duration took, long heapBytes) {
        perCategory.merge(c.category(), 1, Integer::sum);
        total = total.plus(took);
        if (took.compareTo(slowestTime) > 0) {
            slowest = c.id();
            slowestTime = took;
        }
        if (heapBytes > heaviestBytes) {
            heaviest = c.id();
            heaviestBytes = heapBytes;
        }
    }

    synchronized void knownBug(HostileCase c, String bug, String firstFailure) {
        knownBugs.put(c.id(), bug + (firstFailure.isEmpty() ? "" : " [now: " + firstFailure + "]"));
    }

    synchronized String report() {
        StringBuilder out = new StringBuilder("Hostile corpus: ")
                .append(perCategory.values().stream().mapToInt(Integer::intValue).sum()).append(" cases in ")
                .append(perCategory.size()).append(" categories, ").append(total.toMillis()).append(" ms of builds\n");
        perCategory.forEach((category, n) -> out.append("  ").append(category).append(": ").append(n).append('\n'));
        out.append("  slowest case: ").append(slowest).append(", ").append(slowestTime.toMillis()).append(" ms\n");
        out.append("  highest heap peak: ").append(heaviest).append(", ").append(heaviestBytes / (1024 * 1024))
                .append(" MiB (max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB)");
        out.append("\n  known bugs still failing: ").append(knownBugs.size());
        knownBugs.forEach((id, bug) -> out.append("\n    ").append(id).append(": ").append(bug));
        return out.toString();
    }
}

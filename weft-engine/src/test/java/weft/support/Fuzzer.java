package weft.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded random mutation fuzzing. Input {@code i} of a run is made from seed {@code first + i} alone, so a finding is
 * reproduced from its seed. By default a run tries the same {@code weft.fuzz.inputs} inputs (5,000) from seed 0 per
 * target, so CI runs are repeatable whatever the machine's speed; {@code -Dweft.fuzz.seconds=S} runs for S seconds
 * instead, and {@code -Dweft.fuzz.seed=N} starts elsewhere ({@code random}: from the clock, printed). An input that
 * takes over {@link #HANG} is a finding (a hang, not a speed measurement); one that does not end within it is left
 * running on its thread and the run goes on, so that a hang fails the test rather than stopping it.
 */
public final class Fuzzer {

    /** What one input did wrong: its seed, the input (Java-escaped) and the finding. */
    public record Finding(long seed, String input, String problem) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + problem + "\n  input: \"" + Escapes.java(input) + "\"";
        }
    }

    /** The end of a run: how many inputs were tried, from which seed, the slowest input and what was found. */
    public record Report(String target, long firstSeed, int inputs, Duration slowest, List<Finding> findings) {
        @Override
        public String toString() {
            return "fuzz " + target + ": " + inputs + " inputs from seed " + firstSeed + ", slowest " + slowest.toMillis()
                    + " ms, " + findings.size() + " findings";
        }
    }

    private static final String[] SPECIAL = {
        "{{", "}}", "{{quote:", "{{value:", "|", "[@", "]", "[", "@sec-", ": ", "- ", "\n- ", "&a ", "*a", "<<: ", "!!str ",
        "!!binary ", "? ", "\t", "\n", "\r\n", "\r", "\"", "'", "{", "}", "@", "%", "#", "\\", "\u0000", "\uFEFF", "\u202E",
        "\u200B", "\uE000", "\uE001", "\uE0000\uE001", "\uD800", "\uDC00", "\u0085", "\u2028", "---\n", "...\n", "@string{",
        "@comment{", "crossref = {x},", "=", ",", "$", "~", "`", "```", ">", "*", "_", "\\u0041", "9".repeat(30), "é", "😀"};

    private final String target;
    private final List<String> seeds;
    private final int count;
    private final Duration budget;
    private final long firstSeed;

    /** Far beyond any input's time on a loaded machine: an input slower than this hangs the build. */
    static final Duration HANG = Duration.ofSeconds(10);

    /** A fuzzer of {@code target} that mutates {@code seeds} (valid inputs) {@code weft.fuzz.inputs} times, or for {@code weft.fuzz.seconds}. */
    public Fuzzer(String target, List<String> seeds) {
        this(target, seeds, Integer.parseInt(property("weft.fuzz.inputs", "5000")));
    }

    /** A fuzzer of {@code target} that mutates {@code seeds} {@code count} times (or for {@code weft.fuzz.seconds}). */
    public Fuzzer(String target, List<String> seeds, int count) {
        this.target = target;
        this.seeds = List.copyOf(seeds);
        this.count = count;
        this.budget = Duration.ofMillis((long) (Double.parseDouble(property("weft.fuzz.seconds", "0")) * 1000));
        String seed = property("weft.fuzz.seed", "0");
        this.firstSeed = seed.equals("random") ? System.nanoTime() : Long.parseLong(seed);
    }

    /** Feeds inputs to {@code check} (a count, or until the time is spent); {@code check} returns a finding or null when all is well. */
    public Report run(Function<String, String> check) {
        List<Finding> findings = new ArrayList<>();
        long end = System.nanoTime() + budget.toNanos();
        Duration slowest = Duration.ZERO;
        int inputs = 0;
        boolean timed = !budget.isZero();
        java.util.concurrent.ExecutorService checker = checker();
        for (long seed = firstSeed; (timed ? System.nanoTime() < end : inputs < count) && findings.size() < 20; seed++, inputs++) {
            String input = mutate(new Random(seed));
            long start = System.nanoTime();
            String problem;
            java.util.concurrent.Future<String> checked = checker.submit(() -> {
                try {
                    return check.apply(input);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // a finding, not the fuzzer's failure
                    return "threw " + e;
                }
            });
            try {
                problem = checked.get(HANG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) { // a hang: its thread is left to itself, the run goes on
                problem = "did not end within " + HANG.toSeconds() + " s";
                checker = checker();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the fuzzer's checking thread failed", e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(slowest) > 0) {
                slowest = took;
            }
            if (took.compareTo(HANG) > 0 && problem == null) {
                problem = "took " + took.toMillis() + " ms";
            }
            if (problem != null) {
                findings.add(new Finding(seed, input, problem));
            }
        }
        checker.shutdown();
        Report report = new Report(target, firstSeed, inputs, slowest, List.copyOf(findings));
        System.out.println(report);
        findings.forEach(System.out::println);
        return report;
    }

    /**
     * The thread each input is checked on: the JVM's default stack (-Xss, as the test's own thread had before), a
     * daemon, so that a hanging input does not keep the JVM from ending.
     */
    private static java.util.concurrent.ExecutorService checker() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(run -> {
            Thread t = new Thread(null, run, "fuzz-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** One input: a seed input with one to four mutations. */
    String mutate(Random random) {
        StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> { // flip a character
                    if (at < text.length()) {
                        text.setCharAt(at, (char) (text.charAt(at) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1, 2 -> text.insert(at, SPECIAL[random.nextInt(SPECIAL.length)]);
                case 3 -> text.setLength(at); // truncate
                case 4 -> { // duplicate a slice
                    int end = Math.min(text.length(), at + random.nextInt(200));
                    text.insert(at, text.substring(at, end));
                }
                case 5 -> { // delete a slice
                    int end = Math.min(text.length(), at + random.nextInt(50));
                    text.delete(at, end);
                }
                default -> { // repeat a structure many times: nesting
                    String unit = SPECIAL[random.nextInt(SPECIAL.length)];
                    text.insert(at, unit.repeat(1 + random.nextInt(2000)));
                }
            }
        }
        return text.toString();
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value.trim();
    }

    /** Java string escapes, so that a finding's input can be pasted into a test. */
    static final class Escapes {
        static String java(String s) {
            StringBuilder out = new StringBuilder();
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.toString();
        }

        private Escapes() {
        }
    }
}

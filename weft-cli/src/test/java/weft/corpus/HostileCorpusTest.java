package weft.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import weft.cli.Main;
import weft.support.TestProjects;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/CATEGORY/CASE/}): each case is built through the command
 * line into an output folder that holds a previous publication. Its exit code and printed diagnostics must be those
 * of its {@code expected.txt}; and, always, whatever the expectation: no stack trace, every diagnostic positioned, a
 * failed build leaves the previous publication byte for byte and no staging folder, no file of the user changes, no
 * payload is interpreted in any output, and the case ends within {@link #LIMIT}. A case marked {@code knownBug} must
 * still break a rule (it passes when it does, and fails the day its bug is fixed, so that the mark is removed).
 * {@code -Dweft.corpus.update=true} rewrites the expectations from what the builds print now, for every case whose run
 * broke none of the rules.
 */
@Tag("hostile-inputs")
class HostileCorpusTest {

    static final Duration LIMIT = Duration.ofSeconds(20);
    static final boolean UPDATE = Boolean.getBoolean("weft.corpus.update");
    /** {@code -Dweft.corpus.only=encoding/} runs the cases whose CATEGORY/CASE starts so (while working on one bug). */
    static final String ONLY = System.getProperty("weft.corpus.only", "");

    @TempDir
    static Path temp;
    static Path previous;
    static final CorpusSummary SUMMARY = new CorpusSummary();

    @BeforeAll
    static void publishThePreviousVersion() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("previous-project"));
        previous = temp.resolve("previous");
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--project", project.toString(), "--output", previous.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
    }

    @AfterAll
    static void printSummary() {
        System.out.println(SUMMARY.report());
    }

    @TestFactory
    Stream<DynamicNode> every_hostile_case_ends_in_its_diagnostics_and_harms_nothing() throws IOException {
        Path corpus = TestProjects.defaultStudy().resolve("weft-cli/src/test/resources/hostile");
        List<DynamicNode> categories = new ArrayList<>();
        int cases = 0;
        for (Path category : folders(corpus)) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Path folder : folders(category)) {
                HostileCase c = HostileCase.of(folder);
                if (!c.id().startsWith(ONLY)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.name(), () -> run(c)));
            }
            cases += tests.size();
            categories.add(DynamicContainer.dynamicContainer(category.getFileName().toString(), tests));
        }
        assertThat(cases).as("cases in the corpus").isGreaterThanOrEqualTo(ONLY.isEmpty() ? 90 : 1);
        return categories.stream();
    }

    private static void run(HostileCase c) throws IOException {
        Path root = temp.resolve(c.category() + "--" + c.name());
        c.prepare(root, previous);
        try {
            check(c, root);
        } finally {
            c.restore(root);
            HostileCase.deleteTree(root);
        }
    }

    private static void check(HostileCase c, Path root) throws IOException {
        String output = c.spec().output();
        TreeSnapshot user = TreeSnapshot.of(root, p -> !p.startsWith(output));
        TreeSnapshot before = TreeSnapshot.of(root.resolve(output));
        boolean readableAnyway = c.unreadableIsReadable(root);
        HeapPeak heap = HeapPeak.start();
        CaseRun run = CaseRun.of(c.args(root), LIMIT);
        long peak = heap.peakBytes();
        SUMMARY.add(c, run.took(), peak);
        String tmp = root.toString();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(run.finished()).as("%s finished within %s (took %d ms)", c.id(), LIMIT, run.took().toMillis()).isTrue();
        soft.assertThat(OutputRules.problems(run, tmp)).as("what %s printed:%n%s%s", c.id(), cut(run.err()), cut(run.out())).isEmpty();
        // a successful build keeps its build cache in the project's target/weft-cache (and makes target/ for it); a
        // failed one writes nothing there
        Path cache = Path.of("project/target/weft-cache");
        boolean targetWasThere = user.entries().containsKey("project/target");
        soft.assertThat(TreeSnapshot.of(root, p -> !p.startsWith(output) && !(run.exit() == 0
                        && (p.startsWith(cache) || !targetWasThere && p.equals(cache.getParent())))))
                .as("the user's files (and no staging folder left)").isEqualTo(user);
        if (run.exit() != 0) {
            soft.assertThat(root.resolve(cache)).as("the build cache after a failed build").doesNotExist();
        }
        if (run.exit() != 0) {
            soft.assertThat(TreeSnapshot.of(root.resolve(output))).as("the previous publication after a failed build").isEqualTo(before);
        } else if (Files.isRegularFile(root.resolve(output).resolve("index.html")) && c.spec().args().get(0).equals("build")) {
            soft.assertThat(OutputInspector.problems(root.resolve(output), c.hasPayloads()))
                    .as("payloads in the publication").isEmpty();
        }
        List<String> printed = OutputRules.printed(run, tmp);
        if (readableAnyway) {
            soft.assertThat(run.exit()).as("exit code (the unreadable file could be read: running as root?)").isZero();
        } else if (UPDATE) {
            if (soft.errorsCollected().isEmpty()) { // an output that breaks a rule never becomes an expectation
                Expectations.write(c, run.exit(), printed);
            }
        } else {
            soft.assertThat(printed).as("diagnostics of %s", c.id()).containsExactlyElementsOf(c.expected());
            soft.assertThat(run.exit()).as("exit code of %s", c.id()).isEqualTo(c.spec().exit());
        }
        settle(c, soft.errorsCollected());
    }

    /** A case fails on what it found; a case with a known bug must still find something, and is listed in the summary. */
    private static void settle(HostileCase c, List<Throwable> errors) {
        String bug = c.spec().knownBug();
        if (bug.isEmpty()) {
            if (!errors.isEmpty()) {
                throw new AssertionError(c.id() + " broke " + errors.size() + " rule(s):\n" + joined(errors));
            }
            return;
        }
        SUMMARY.knownBug(c, bug, errors.isEmpty() ? "" : errors.get(0).getMessage().lines().findFirst().orElse(""));
        if (errors.isEmpty()) {
            throw new AssertionError(c.id() + " passes now: remove knownBug (" + bug + ") from its case.properties");
        }
    }

    private static String joined(List<Throwable> errors) {
        return String.join("\n", errors.stream().map(Throwable::getMessage).toList());
    }

    /** Enough of a long output to see what went wrong. */
    private static String cut(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "... (" + text.length() + " characters)";
    }

    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }
}

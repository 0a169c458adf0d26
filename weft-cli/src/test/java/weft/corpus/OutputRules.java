package weft.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every run must print, whatever its input: no Java stack trace or exception class name, and every diagnostic
 * at {@code path:line:column} with the path relative to the project. A usage error (exit 2) is one line before the
 * usage text instead; facts about a whole file (missing, too large, unreadable, a folder, a refused link) are
 * reported at {@code path} alone.
 */
final class OutputRules {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|^Caused by: |\\b[A-Z]\\w*(Exception|Error)\\b|\\b(java|javax|jdk|sun)\\.[a-z]+\\.[A-Z]");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(ERROR|WARNING) ([^\\s:/][^\\s:]*):(\\d+):(\\d+): \\S.*");
    /**
     * Facts about a whole file, where no line exists: the file is missing, too large, unreadable, a folder, or a
     * symbolic link that Weft refuses (README, "Symbolic links"); or a project with no prose at all.
     */
    private static final Pattern WHOLE_FILE = Pattern.compile(
            "(ERROR|WARNING) [^\\s:/][^\\s:]*: (required file is missing|file is \\d+ bytes, over the limit of \\d+ bytes|cannot read file: .*"
            + "|is a folder, not a file|symbolic link '[^']+' (points to|cannot be followed).*|no prose: .*)");
    private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?, \\d+ warnings?");
    private static final Pattern BUILT = Pattern.compile("Built \\S.*index\\.html");

    /** The broken rules, one a line; empty when the run printed only what a user should see. */
    static List<String> problems(CaseRun run, String tmp) {
        List<String> problems = new ArrayList<>();
        String all = run.out() + run.err();
        if (STACK_TRACE.matcher(all).find()) {
            problems.add("a Java stack trace or exception class name in the output");
        }
        if (!run.crash().isEmpty()) {
            problems.add("escaped from Main.run: " + run.crash());
        }
        if (run.exit() == 2) {
            String first = run.err().lines().findFirst().orElse("");
            if (first.isBlank()) {
                problems.add("a usage error without a message on its first line");
            }
            return problems;
        }
        for (String line : run.err().lines().toList()) {
            if (line.isBlank() || SUMMARY.matcher(line).matches() || WHOLE_FILE.matcher(line).matches()) {
                continue;
            }
            var d = DIAGNOSTIC.matcher(line);
            if (!d.matches()) {
                problems.add("not a positioned diagnostic: " + line);
            } else if (d.group(2).contains("..") || d.group(2).startsWith(tmp)) {
                problems.add("a diagnostic's path is not relative to the project: " + line);
            } else if (Integer.parseInt(d.group(3)) < 1 || Integer.parseInt(d.group(4)) < 1) {
                problems.add("a diagnostic without a line and column: " + line);
            }
        }
        for (String line : run.out().lines().toList()) {
            if (!BUILT.matcher(line).matches()) {
                problems.add("unexpected on stdout: " + line);
            }
        }
        return problems;
    }

    /**
     * What a case's {@code expected.txt} compares: stderr up to the usage text, then each stdout line as {@code stdout:
     * LINE}, with the case's folder written {@code ${TMP}}.
     */
    static List<String> printed(CaseRun run, String tmp) {
        List<String> lines = new ArrayList<>();
        for (String line : run.err().lines().toList()) {
            if (line.startsWith("Usage:")) {
                break;
            }
            lines.add(line.replace(tmp, "${TMP}"));
        }
        run.out().lines().map(line -> "stdout: " + line.replace(tmp, "${TMP}")).forEach(lines::add);
        return lines;
    }

    private OutputRules() {
    }
}

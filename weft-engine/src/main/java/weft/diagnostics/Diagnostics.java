package weft.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one build; a stage reports and goes on, the build fails once at the end. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(SourcePosition at, String message) {
        items.add(new Diagnostic(Severity.ERROR, at, message));
    }

    public void warning(SourcePosition at, String message) {
        items.add(new Diagnostic(Severity.WARNING, at, message));
    }

    /** What the data acknowledges itself, reported so that nobody overlooks it; never fails a build, strict or not. */
    public void note(SourcePosition at, String message) {
        items.add(new Diagnostic(Severity.NOTE, at, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Adds every diagnostic of {@code other}, in its order, after those here. */
    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** How many distinct diagnostics of {@code severity} there are (as {@link #sorted()} lists them). */
    public long count(Severity severity) {
        return items.stream().distinct().filter(d -> d.severity() == severity).count();
    }

    /** The diagnostics in a stable order (by file, line, column), duplicates removed. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    /** The errors alone, as {@link #sorted()} lists them: what stops a comparison, where warnings are another's to give. */
    public List<Diagnostic> errors() {
        return sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The closing line of a report, e.g. {@code 2 errors, 1 warning} ({@code , 1 note} where there are notes). */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long notes = count(Severity.NOTE);
        return plural(errors, "error") + ", " + plural(warnings, "warning") + (notes == 0 ? "" : ", " + plural(notes, "note"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

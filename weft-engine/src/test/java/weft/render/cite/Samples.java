package weft.render.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import weft.diagnostics.Diagnostics;

/** Test data: the hand-written cite/sample.bib, and generated BibTeX files of n articles keyed ref01..refNN. */
final class Samples {

    static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/cite/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a BibTeX text, failing the test on any diagnostic. */
    static List<BibItem> bibtex(String text) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            List<BibItem> items = BibTeXLoader.load(text, "test.bib", diagnostics);
            if (!diagnostics.sorted().isEmpty()) {
                throw new AssertionError("diagnostics: " + diagnostics.sorted());
            }
            return items;
        } catch (BibSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** A bibliography loader as the fuzz tests call it. */
    interface Loader {
        void load(String text, Diagnostics diagnostics) throws BibSyntaxException;
    }

    /**
     * A fuzz test's finding when what {@code loader} reports of {@code input} lies outside the file's {@code lines}
     * lines (a syntax error at a line from {@code lowest}: 0 where an error of the whole file is allowed); else null.
     */
    static String reportedOutside(String input, long lines, int lowest, Loader loader) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            loader.load(input, diagnostics);
            return diagnostics.sorted().stream().filter(d -> d.position().line() < 1 || d.position().line() > lines)
                    .map(d -> "a diagnostic outside the file: " + d).findFirst().orElse(null);
        } catch (BibSyntaxException e) {
            return e.line() >= lowest && e.line() <= lines ? null
                    : "a syntax error at line " + e.line() + " of a file of " + lines + " lines: " + e.getMessage();
        }
    }

    static Map<String, CSLItemData> items(List<BibItem> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.key(), i.data()));
        return out;
    }

    static Map<String, CSLItemData> sampleBib() {
        return items(bibtex(resource("sample.bib")));
    }

    static CitationFormatter formatter(String style) {
        return CitationFormatter.of(CslStyle.load(style).orElseThrow(), "en").orElseThrow();
    }

    static String key(int i) {
        return String.format("ref%02d", i);
    }

    private static final String[] SURNAMES = {"Smith", "Nguyen", "M\\\"uller", "Okafor", "Tanaka", "Rossi",
        "Kowalski", "Haddad", "Larsen", "Silva", "Chen", "Dubois"};
    private static final String[] JOURNALS = {"Nature", "Journal of Applied Physics", "The Lancet",
        "Computational Linguistics", "PLOS ONE"};

    /** n fictitious @article entries, the same on every run (fixed seed). */
    static String syntheticBib(int n) {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            int authors = 1 + rnd.nextInt(8);
            List<String> names = new ArrayList<>();
            for (int a = 0; a < authors; a++) {
                names.add(SURNAMES[rnd.nextInt(SURNAMES.length)] + ", " + (char) ('A' + rnd.nextInt(26)) + ".");
            }
            int first = 1 + rnd.nextInt(900);
            sb.append("@article{").append(key(i)).append(",\n")
                    .append("  author = {").append(String.join(" and ", names)).append("},\n")
                    .append("  title = {Synthetic study number ").append(i).append(" of citation formatting},\n")
                    .append("  journal = {").append(JOURNALS[rnd.nextInt(JOURNALS.length)]).append("},\n")
                    .append("  year = {").append(1990 + rnd.nextInt(35)).append("},\n")
                    .append("  volume = {").append(1 + rnd.nextInt(300)).append("},\n")
                    .append("  number = {").append(1 + rnd.nextInt(12)).append("},\n")
                    .append("  pages = {").append(first).append("--").append(first + 1 + rnd.nextInt(20)).append("},\n")
                    .append("  doi = {10.5555/synthetic.").append(i).append("}\n}\n\n");
        }
        return sb.toString();
    }

    static Map<String, CSLItemData> syntheticItems(int n) {
        return items(bibtex(syntheticBib(n)));
    }

    private Samples() {
    }
}

package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostics;
import weft.support.Fuzzer;
import weft.support.TestProjects;

/**
 * Mutated BibTeX either loads or fails with the documented {@link BibSyntaxException} at a line of the file; nothing
 * else escapes the loader.
 */
@Tag("hostile-inputs")
class BibTeXLoaderFuzzTest {

    @Test
    void the_bibtex_loader_reports_every_mutated_bibliography_at_a_line_of_it() throws IOException {
        List<String> seeds = List.of(Files.readString(TestProjects.fixture("mini-study").resolve("content/references.bib")),
                Files.readString(TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/cite/sample.bib")));
        Fuzzer.Report report = new Fuzzer("BibTeXLoader", seeds).run(input -> {
            long lines = input.lines().count() + 1;
            try {
                Diagnostics diagnostics = new Diagnostics();
                BibTeXLoader.load(input, "content/references.bib", diagnostics);
                return diagnostics.sorted().stream().filter(d -> d.position().line() < 1 || d.position().line() > lines)
                        .map(d -> "a diagnostic outside the file: " + d).findFirst().orElse(null);
            } catch (BibSyntaxException e) {
                return e.line() >= 1 && e.line() <= lines ? null
                        : "a syntax error at line " + e.line() + " of a file of " + lines + " lines: " + e.getMessage();
            }
        });
        assertThat(report.findings()).isEmpty();
    }
}

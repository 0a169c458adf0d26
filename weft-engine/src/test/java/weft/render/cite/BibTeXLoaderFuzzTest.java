package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
        Fuzzer.Report report = new Fuzzer("BibTeXLoader", seeds).run(input -> Samples.reportedOutside(input, input.lines().count() + 1, 1,
                (text, diagnostics) -> BibTeXLoader.load(text, "content/references.bib", diagnostics)));
        assertThat(report.findings()).isEmpty();
    }
}

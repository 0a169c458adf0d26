package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.support.Fuzzer;

/**
 * Mutated RIS either loads, with every diagnostic at a line of the file, or fails with the documented
 * {@link BibSyntaxException} (at a line of the file, or of the whole file when no entry can be found); nothing else
 * escapes the loader.
 */
@Tag("hostile-inputs")
class RisLoaderFuzzTest {

    @Test
    void the_ris_loader_reports_every_mutated_bibliography_at_a_line_of_it() {
        List<String> seeds = List.of(weft.render.article.RisBibliographyTest.MINI_STUDY, """
                TY  - JOUR
                ID  - ref1
                AU  - Østergård, Ida
                DA  - 2021/05/03
                TI  - A work
                JO  - Journal of Examples
                J2  - J Ex
                T3  - Series
                ER  - 
                TY  - GEN
                TI  - No author
                ER  - 
                """);
        Fuzzer.Report report = new Fuzzer("RisLoader", seeds).run(input -> Samples.reportedOutside(input, input.lines().count() + 1, 0,
                (text, diagnostics) -> RisLoader.load(text, "content/references.ris", diagnostics)));
        assertThat(report.findings()).isEmpty();
    }
}

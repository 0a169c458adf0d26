package weft.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.support.Fuzzer;

/**
 * Mutated CSL YAML either loads, with every diagnostic at a line of the file, or fails with a diagnostic at a line
 * of it (or with the documented {@link BibSyntaxException}, for a character Weft reserves); nothing else escapes the
 * loader.
 */
@Tag("hostile-inputs")
class CslYamlLoaderFuzzTest {

    @Test
    void the_csl_yaml_loader_reports_every_mutated_bibliography_at_a_line_of_it() {
        List<String> seeds = List.of(weft.render.article.CslYamlBibliographyTest.MINI_STUDY, """
                - id: ek2022
                  type: article-journal
                  title: "Gardens of *Solanum*: CO~2~ and [nasa]{.smallcaps} [Review]"
                  author: [{family: Ek, given: [Maria, A.]}, {literal: World Health Organization}, Médecins]
                  issued: [{year: 2006, month: 7}]
                  accessed: {date-parts: [['2024', 5]]}
                  original-date: 2019/2020~
                  volume: 007
                """);
        Fuzzer.Report report = new Fuzzer("CslYamlLoader", seeds).run(input -> Samples.reportedOutside(input, yamlLines(input), 0,
                (text, diagnostics) -> CslYamlLoader.load(text, "content/references.yaml", diagnostics)));
        assertThat(report.findings()).isEmpty();
    }

    /** Lines as YAML 1.1 counts them (as YamlReaderFuzzTest does): NEL, LS and PS end a line too. */
    private static long yamlLines(String input) {
        return input.split("\\r\\n|[\\n\\r\\u0085\\u2028\\u2029]", -1).length + 1;
    }
}

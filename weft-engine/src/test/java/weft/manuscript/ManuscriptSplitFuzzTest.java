package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.read.FrontMatter;
import weft.read.YamlDocument;
import weft.read.YamlReader;
import weft.support.Fuzzer;

/**
 * Mutated manuscripts never make the cut throw: each gives sections or errors, every diagnostic within the file, and
 * every section's front matter, as the import writes it, read back by YAML as the same id, title, kind and order (a
 * heading's words are the author's: quotes, colons, braces, a hash must not change them, nor make the file unreadable).
 */
@Tag("hostile-inputs")
class ManuscriptSplitFuzzTest {

    static final String MANUSCRIPT = """
            ---
            title: "A study"
            abstract: We read posts.
            ---
            ```{r}
            x <- 1
            ```

            # 1. Introduction {#sec-intro .lead}

            Text [@lee2019]: "quoted" & more.

            ## Aim {#sec-aim}

            # Methods: "what" & how [#1]

            ![A plan](images/plan.png){#fig-plan}

            ::: {.callout-note}
            # Not a section
            :::

            Findings
            ========

            # Appendix B: The guide {.appendix}

            # References

            ::: {#refs}
            :::
            """;

    @Test
    void a_mutated_manuscript_gives_sections_whose_front_matter_reads_back_as_written_or_errors_never_an_exception() {
        Fuzzer.Report report = new Fuzzer("ManuscriptSplit", List.of(MANUSCRIPT, MANUSCRIPT + "\n> We read posts … all.\n\n> Text: quoted (P1)\n", MANUSCRIPT.replace("# ", "## "),
                "# *Emphasis* {-}\n\n# `code`: {x}\n\n# - dash\n\n# 'single' \"double\" \\\\ back\n\n# Yes\n\n# 2020\n\n# null\n")).run(input -> {
            Diagnostics diagnostics = new Diagnostics();
            Optional<ManuscriptSplit.Split> split = ManuscriptSplit.of("paper.qmd", input, diagnostics);
            long lines = input.lines().count() + 1;
            for (Diagnostic d : diagnostics.sorted()) {
                if (!d.position().path().equals("paper.qmd") || d.position().line() > lines) {
                    return "a diagnostic outside the manuscript: " + d;
                }
            }
            if (split.isEmpty()) {
                return diagnostics.hasErrors() ? null : "no sections and no error";
            }
            ManuscriptQuotes quotes = ManuscriptQuotes.of(List.of(new ManuscriptQuotes.Quote("q1", "We read posts, all of them.", true),
                    new ManuscriptQuotes.Quote("q2", "Text: \"quoted\" & more.", false)));
            for (ManuscriptSplit.Section s : split.get().sections()) {
                String linked = quotes.link(s.body(), "content/" + s.id() + ".md");
                if (linked.lines().count() > s.body().lines().count()) {
                    return "a section's text grew when its quotations were linked: " + linked;
                }
                String front = ManuscriptImport.frontMatter(s, null);
                Diagnostics reading = new Diagnostics();
                Optional<YamlDocument> doc = FrontMatter.of(front + s.body())
                        .flatMap(f -> new YamlReader().read(s.id() + ".md", f.yaml(), FrontMatter.FIRST_LINE, reading));
                if (doc.isEmpty()) {
                    return "a front matter YAML does not read: " + front + reading.sorted();
                }
                var root = doc.get().root();
                if (!root.path("title").asText().equals(s.title()) || !root.path("id").asText().equals(s.id())
                        || root.path("order").asInt(-1) != s.order() || !s.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    return "a front matter that reads otherwise than its section: " + front + " for " + s;
                }
            }
            return null;
        });
        assertThat(report.findings()).isEmpty();
    }
}

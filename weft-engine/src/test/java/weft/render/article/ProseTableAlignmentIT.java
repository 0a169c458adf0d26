package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * In Chromium, a prose table's columns stand as its Markdown aligns them, a pipe table's ({@code --:}, {@code :-:})
 * and a Pandoc simple table's (where the header stands over its dashes): the cells' style rule had overridden
 * {@code align}, so every column stood flush left.
 */
class ProseTableAlignmentIT {

    private static final String TABLES = """

            | Source | Count | Kind |
            |---|--:|:-:|
            | Forum | 12 | text |

              Alias   Setting
            -------   --------
                 P1   Flat
            """;

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        out = TestProjects.build(TestProjects.miniStudyWithMethods(temp.resolve("study"), TABLES), temp.resolve("out"));
        browser = new Browser();
    }

    @Test
    void each_column_stands_as_its_markdown_aligns_it() {
        browser.open(out.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<List<String>> aligned = (List<List<String>>) browser.script("""
                return [...document.querySelectorAll('#sec-methods table.prose-table')].map(t =>
                    [...t.querySelectorAll('tbody tr:first-child td')].map(td => getComputedStyle(td).textAlign));
                """);
        assertThat(aligned).containsExactly(List.of("start", "right", "center"), List.of("right", "left"));
    }
}

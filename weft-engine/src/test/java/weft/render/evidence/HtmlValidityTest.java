package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.HtmlChecker;
import weft.support.LinkChecker;
import weft.support.TestProjects;

/**
 * Every page of the default study's publication (the article, the overview, every node page, every quote entry)
 * checked by the Nu Html Checker, the W3C's HTML5 validator, run in-process and offline: no error on any page.
 */
class HtmlValidityTest {

    @TempDir
    static Path temp;
    static Path out;
    static HtmlChecker checker;

    @BeforeAll
    static void build() {
        out = temp.resolve("publication");
        BuildResult result = new Weft().build(TestProjects.defaultStudy(), out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        checker = new HtmlChecker();
    }

    @Test
    void the_checker_reports_invalid_markup_when_there_is_some() throws IOException {
        Path broken = temp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><ul><div>not in a list item</div></ul><p id=a></p><p id=a></p></body></html>");
        assertThat(checker.errors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void every_page_of_the_publication_is_valid_html5() {
        List<Path> pages = new LinkChecker(out).pages();
        assertThat(pages).hasSize(1 + 1 + 23 + 46 + 1); // article, overview, nodes, quotes, checklist
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            checker.errors(page).forEach(m -> problems.add(out.relativize(page) + " " + m));
        }
        assertThat(problems).isEmpty();
    }
}

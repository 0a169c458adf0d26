package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * A focus group's exchange (synthetic words, in the interview study), a turn a line, one of them hostile: in
 * Chromium, the article and the evidence pages show each turn on a line of its own, as text, and run nothing.
 */
class QuoteLinesIT {

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: Some weeks it rains every day and then we do not see each other.\n", """
                text: |
                      Moderator: And when it rains?
                      P3: <img src=x onerror="window.pwned=1"> Then we do not see each other.

                      P5: Some weeks.
                """);
        out = TestProjects.build(project, temp.resolve("publication"));
        browser = new Browser();
    }

    @Test
    void each_turn_is_a_line_of_its_own_as_text() {
        for (String page : List.of("index.html", "evidence/quotes/rainy-weeks.html", "evidence/nodes/weather.html")) {
            browser.open(out.resolve(page));
            String shown = browser.driver().findElement(By.xpath("//blockquote[contains(., 'when it rains')]")).getText();
            assertThat(shown.lines().toList()).as(page).startsWith("\u201CModerator: And when it rains?",
                    "P3: <img src=x onerror=\"window.pwned=1\"> Then we do not see each other.", "",
                    "P5: Some weeks.\u201D" + (page.equals("index.html") ? " (FG2)" : ""));
            assertThat(browser.script("return typeof window.pwned")).as(page).isEqualTo("undefined");
            assertThat(browser.consoleErrors()).as(page).isEmpty();
        }
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * The evidence's search of the synthetic interview study, in Chromium: a participant's attributes find their quotes
 * (a reviewer looking for what the volunteers said), and each result says whose words they are; and, in a study that
 * numbers its extracts, an extract's number finds its quote (a reviewer looking for the article's "Extract 2"), and a
 * word of a quote's reduced expression finds the quote.
 */
class ParticipantSearchIT {

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    static Path extracts;

    @BeforeAll
    static void buildAndStart() {
        out = TestProjects.build(TestProjects.fixture("interview-study"), temp.resolve("publication"));
        Path numbered = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("numbered"));
        TestProjects.replaceIn(numbered.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  numberedExtracts: true\n");
        TestProjects.replaceIn(numbered.resolve("coded-data/quotes/quotes.yaml"), "    text: The evenings at the table are long"
                + " and good.\n", "    text: The evenings at the table are long and good.\n    reduced: conviviality after dinner\n");
        extracts = TestProjects.build(numbered, temp.resolve("numbered-publication"));
        browser = new Browser();
    }

    @Test
    void searching_for_an_extracts_number_finds_its_quote_first() {
        List<WebElement> results = search(extracts, "Extract 2");
        assertThat(results).first().satisfies(li -> {
            assertThat(li.findElement(By.tagName("a")).getText()).isEqualTo("\u201CSame table, same people, every night.\u201D");
            assertThat(li.findElement(By.cssSelector(".result-context")).getText()).endsWith("presented in the article (Extract 2)");
        });
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A word of a quote's reduced expression finds the quote, the reduction shown under it with the word marked. */
    @Test
    void searching_for_a_word_of_a_reduced_expression_finds_its_quote() {
        List<WebElement> results = search(extracts, "conviviality");
        assertThat(results).singleElement().satisfies(li -> {
            assertThat(li.findElement(By.tagName("a")).getText()).isEqualTo("\u201CThe evenings at the table are long and good.\u201D");
            assertThat(li.findElement(By.cssSelector(".result-reduced")).getText())
                    .isEqualTo("Reduced expression: conviviality after dinner");
            assertThat(li.findElement(By.cssSelector(".result-reduced mark")).getText()).isEqualTo("conviviality");
        });
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void searching_for_an_attribute_finds_the_quotes_of_the_participants_who_have_it() {
        List<WebElement> results = search(out, "volunteer");
        // 12F69, a volunteer; FG2, residents and volunteers (stemmed alike); no resident's quote
        assertThat(results).extracting(li -> li.findElement(By.tagName("a")).getText()).containsExactlyInAnyOrder(
                "\u201CThe first radish is the start of summer for me.\u201D",
                "\u201CWithout the raised beds I could not take part at all.\u201D",
                "\u201CSome weeks it rains every day and then we do not see each other.\u201D");
        assertThat(results).extracting(li -> li.findElement(By.cssSelector(".result-context")).getText())
                .contains("Participant 12F69 (Volunteer, Female, 69) \u00B7 Coded to 2.2 Following the seasons"
                        + " \u00B7 presented in the article");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The results of typing {@code query} into the search of {@code publication}'s evidence, once it has answered. */
    private static List<WebElement> search(Path publication, String query) {
        browser.open(publication.resolve("evidence/index.html"));
        browser.driver().findElement(By.id("q")).sendKeys(query);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return browser.driver().findElements(By.cssSelector("#search-results li"));
    }
}

package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import weft.support.Browser;
import weft.support.TestProjects;

/** The evidence overview of the Portuguese test study, in Chromium: its search and its tree speak Portuguese, plurals included. */
class LanguagesIT {

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        out = TestProjects.build(TestProjects.fixture("portuguese-study"), temp.resolve("publication"));
        browser = new Browser();
    }

    private static String search(String query) {
        browser.open(out.resolve("evidence/index.html"));
        browser.driver().findElement(By.id("q")).sendKeys(query);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    @Test
    void the_search_reports_its_results_in_portuguese() {
        assertThat(search("curativo")).isEqualTo("1 resultado para \u201Ccurativo\u201D.");
        assertThat(browser.driver().findElement(By.cssSelector("#search-results li .result-kind")).getAttribute("textContent")).isEqualTo("Citação");
        assertThat(browser.driver().findElement(By.cssSelector("#search-results li .result-context")).getText())
                .isEqualTo("Participante P10 \u00B7 Codificada em As orientações \u00B7 apresentada no artigo");
        assertThat(search("costas")).isEqualTo("2 resultados para \u201Ccostas\u201D.");
        assertThat(search("eu")).endsWith("resultados para \u201Ceu\u201D.");
        assertThat(search("xyzzy")).isEqualTo("Nada nas evidências corresponde a \u201Cxyzzy\u201D.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_tree_of_the_overview_speaks_portuguese_too() {
        browser.open(out.resolve("evidence/index.html"));
        assertThat(browser.driver().findElements(By.cssSelector(".tree-tools button")).stream().map(b -> b.getText()).toList())
                .containsExactly("Expandir tudo", "Recolher tudo");
        assertThat(browser.driver().findElement(By.cssSelector("#tree-sobrecarga > .tree-row .tree-toggle"))
                .getAttribute("textContent")).isEqualTo("Nós abaixo de 3.1 A sobrecarga do cuidado");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

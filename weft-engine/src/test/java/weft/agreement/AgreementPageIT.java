package weft.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.StaticServer;

/** The agreement page of a study coded by two coders, in headless Chromium: axe-clean, and reached from the overview. */
class AgreementPageIT {

    @TempDir
    static Path temp;
    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void buildAndStart() {
        Path out = temp.resolve("publication");
        BuildResult result = new Weft().build(AgreementTest.codedStudy(temp.resolve("study"), "Alpha: {{agreement:alpha}}."),
                out, BuildOptions.defaults());
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        server = new StaticServer(out, "/study/");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void the_overview_leads_to_the_agreement_table_which_has_no_accessibility_violation() {
        browser.driver().get(server.url("evidence/index.html").toString());
        browser.driver().findElement(By.cssSelector(".agreement-summary a")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/study/evidence/agreement.html");
        assertThat(browser.driver().findElements(By.cssSelector("table.agreement tbody tr"))).hasSize(5);
        assertThat(Axe.violations(browser)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(server.misses()).as("requests answered 404").isEmpty();
    }
}

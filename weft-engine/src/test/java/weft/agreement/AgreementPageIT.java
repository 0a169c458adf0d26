package weft.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import weft.support.Axe;
import weft.support.ServedPublication;

/** The agreement page of a study coded by two coders, in headless Chromium: axe-clean, and reached from the overview. */
class AgreementPageIT {

    @TempDir
    static Path temp;
    static ServedPublication site;

    @BeforeAll
    static void buildAndStart() {
        site = ServedPublication.built(AgreementTest.codedStudy(temp.resolve("study"), "Alpha: {{agreement:alpha}}."),
                temp.resolve("publication"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void the_overview_leads_to_the_agreement_table_which_has_no_accessibility_violation() {
        site.open("evidence/index.html");
        site.browser().driver().findElement(By.cssSelector(".agreement-summary a")).click();
        assertThat(site.browser().driver().getCurrentUrl()).endsWith("/study/evidence/agreement.html");
        assertThat(site.browser().driver().findElements(By.cssSelector("table.agreement tbody tr"))).hasSize(5);
        assertThat(Axe.violations(site.browser())).isEmpty();
        assertThat(site.browser().consoleErrors()).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
    }
}

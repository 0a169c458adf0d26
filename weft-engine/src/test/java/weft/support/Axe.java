package weft.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

/** axe-core over the page open in the browser, by default with every rule it runs by default, or only some tags. */
public final class Axe {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA (axe's tags). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The violations of every rule axe runs by default: WCAG 2.0/2.1 A and AA, and its best practices. */
    public static List<String> violations(Browser browser) {
        return violations(browser, List.of());
    }

    /**
     * The violations of the open page, of the rules with the given tags (all default rules when none), one line each:
     * rule, impact, help, how many elements fail and the first five of them.
     */
    public static List<String> violations(Browser browser, List<String> tags) {
        AxeBuilder axe = new AxeBuilder();
        if (!tags.isEmpty()) {
            axe.withTags(tags);
        }
        if (browser.driver().getCurrentUrl().startsWith("file:")) {
            // axe would fetch the stylesheets again with XMLHttpRequest, which file:// refuses (and logs as an error)
            axe.setOptions("{\"preload\": false}");
        }
        Results results = axe.analyze(browser.driver());
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
        return results.getViolations().stream().map(Axe::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + ", " + rule.getNodes().size()
                + " element(s): " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
    }

    private Axe() {
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.TestProjects;

/**
 * The prose's own layout in Chromium, as a reader sees it, on one page: a prose table's columns stand as its Markdown
 * aligns them, a pipe table's ({@code --:}, {@code :-:}) and a Pandoc simple table's (where the header stands over its
 * dashes; the cells' style rule had overridden {@code align}, so every column stood flush left); a box (Quarto's
 * callout) is set apart from the text, with a border and a background the text around it has not, its title in bold;
 * and the page is axe-clean.
 */
class ProseInChromiumIT {

    private static final String PROSE = """

            | Source | Count | Kind |
            |---|--:|:-:|
            | Forum | 12 | text |

              Alias   Setting
            -------   --------
                 P1   Flat

            Before the box.

            ::: {.callout-note title="Strengths and limitations of this study"}
            - Participants were interviewed twice.
            :::

            ::: callout-tip
            ## Key messages

            Meals matter.
            :::

            (a) First, in parentheses
            (b) Second

            c) Third, after a parenthesis
            d) Fourth

            ::: {#fig-rooms layout-ncol=2}
            ![The kitchen](figures/kitchen.png){#fig-kitchen}

            ![The table](figures/table.png)

            The rooms, as a panel of subfigures.
            :::
            """;

    @TempDir
    static Path temp;
    static Path out;
    @AutoClose // JUnit closes it after the class's tests
    static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), PROSE);
        try {
            java.nio.file.Files.createDirectories(project.resolve("content/figures"));
            java.nio.file.Files.write(project.resolve("content/figures/kitchen.png"), weft.read.ImageFilesForTests.widePng());
            java.nio.file.Files.write(project.resolve("content/figures/table.png"), weft.read.ImageFilesForTests.widePng());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out = TestProjects.build(project, temp.resolve("out"));
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

    /** Quarto's subfigures: side by side, each in its half of the text's width, their captions under them. */
    @Test
    void a_panels_subfigures_stand_side_by_side() {
        browser.open(out.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) browser.script("""
                const panel = document.querySelector('#fig-rooms').getBoundingClientRect();
                return [...document.querySelectorAll('#fig-rooms figure.subfigure')].map(f => {
                    const r = f.getBoundingClientRect(), c = f.querySelector('figcaption').getBoundingClientRect();
                    return [r.top, r.left, r.width / panel.width, c.top - f.querySelector('img').getBoundingClientRect().bottom];
                });
                """);
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0).get(0).doubleValue()).isEqualTo(boxes.get(1).get(0).doubleValue()); // one row
        assertThat(boxes.get(1).get(1).doubleValue()).isGreaterThan(boxes.get(0).get(1).doubleValue());
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b.get(2).doubleValue()).isBetween(0.45, 0.55);
            assertThat(b.get(3).doubleValue()).isGreaterThanOrEqualTo(0); // its caption under its image
        });
    }

    /** Pandoc's (a) and c) lists: each item's marker as written, as the reader sees it. */
    @Test
    void a_fancy_lists_markers_are_shown_as_written() {
        browser.open(out.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<String> markers = (List<String>) browser.script("""
                return [...document.querySelectorAll('#sec-methods ol > li')].map(li =>
                    getComputedStyle(li, '::marker').content);
                """);
        assertThat(markers).containsExactly("\"(\" counter(list-item, lower-alpha) \") \"",
                "\"(\" counter(list-item, lower-alpha) \") \"", "counter(list-item, lower-alpha) \") \"",
                "counter(list-item, lower-alpha) \") \"");
    }

    @Test
    void a_box_is_set_apart_with_its_title_in_bold_and_the_page_stays_accessible() {
        browser.open(out.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<List<String>> boxes = (List<List<String>>) browser.script("""
                return [...document.querySelectorAll('#sec-methods .callout')].map(b => {
                    const s = getComputedStyle(b), t = b.querySelector('.callout-title');
                    return [s.borderTopStyle, s.backgroundColor, t ? getComputedStyle(t).fontWeight : ''];
                });
                """);
        @SuppressWarnings("unchecked")
        List<String> paragraph = (List<String>) browser.script("""
                const p = [...document.querySelectorAll('#sec-methods p')].find(e => e.textContent === 'Before the box.');
                const s = getComputedStyle(p);
                return [s.borderTopStyle, s.backgroundColor];
                """);
        assertThat(boxes).hasSize(2).allSatisfy(box -> {
            assertThat(box.get(0)).isEqualTo("solid");
            assertThat(box.get(1)).isNotEqualTo(paragraph.get(1));
            assertThat(Integer.parseInt(box.get(2))).isGreaterThanOrEqualTo(600);
        });
        assertThat(paragraph.get(0)).isEqualTo("none");
        assertThat(Axe.violations(browser)).isEmpty();
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.Axe;
import weft.support.Browser;
import weft.support.LibreOffice;
import weft.support.PdfLines;
import weft.support.ServedPublication;
import weft.support.TestProjects;

/**
 * The Arabic test study (synthetic text) as its readers get it: its web pages in headless Chromium, laid out from the
 * right (the title and headings at the right, a quote's rule at its right, the evidence tree indented from the right,
 * an English abstract from the left) without accessibility violations; its Word document as LibreOffice opens it.
 */
class RightToLeftIT {

    @TempDir
    static Path temp;
    static Path out;
    static ServedPublication site;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        out = temp.resolve("publication");
        site = ServedPublication.built(TestProjects.copy(TestProjects.fixture("arabic-study"), temp.resolve("study")), out);
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(String script) {
        return (Map<String, Object>) browser.script(script);
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    @Test
    void the_article_is_laid_out_from_the_right() {
        site.open("index.html");
        // a block's box spans its column whichever way its text runs: the text's own extent is that of its contents
        Map<String, Object> m = measure("const r = e => document.querySelector(e).getBoundingClientRect();"
                + " const t = e => { const range = document.createRange();"
                + " range.selectNodeContents(document.querySelector(e)); return range.getBoundingClientRect(); };"
                + " const s = e => getComputedStyle(document.querySelector(e)); const q = s('blockquote.quote');"
                + " return {direction: s('html').direction, h1Right: t('h1').right, h1BoxRight: r('h1').right,"
                + " h1Left: t('h1').left, h1BoxLeft: r('h1').left, h2Right: r('#sec-results h2').right,"
                + " numberRight: r('#sec-results h2 .number').right, quoteRight: q.borderRightWidth,"
                + " quoteLeft: q.borderLeftWidth, translation: s('section.abstract-translation').direction,"
                + " translationTextLeft: t('section.abstract-translation p:last-of-type').left,"
                + " translationBoxLeft: r('section.abstract-translation p:last-of-type').left,"
                + " reference: s('#references li.csl-entry').direction};");
        assertThat(m.get("direction")).isEqualTo("rtl");
        assertThat(number(m, "h1Right")).as("the title at the right").isCloseTo(number(m, "h1BoxRight"), offset(2.0));
        assertThat(number(m, "h1Left")).as("the title short of the left").isGreaterThan(number(m, "h1BoxLeft") + 50);
        assertThat(number(m, "numberRight")).as("a heading's number at its right, before its title")
                .isCloseTo(number(m, "h2Right"), offset(2.0));
        assertThat(m.get("quoteRight")).as("a quote's rule at its right").isEqualTo("4px");
        assertThat(m.get("quoteLeft")).isEqualTo("0px");
        assertThat(m.get("translation")).as("the English abstract").isEqualTo("ltr");
        assertThat(number(m, "translationTextLeft")).as("set from its left")
                .isCloseTo(number(m, "translationBoxLeft"), offset(2.0));
        assertThat(m.get("reference")).as("an English reference").isEqualTo("ltr");
        for (int width : new int[] {1280, 375}) {
            assertThat(browser.overflowAt(width)).as("sideways scrolling at %d", width).isZero();
        }
        assertThat(Axe.violations(browser)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("right-to-left-article", 1280);
    }

    /** The coding frame's figure mirrored: root boxes at the right, each label inside its box at its right, its count at its left. */
    @Test
    @SuppressWarnings("unchecked")
    void the_coding_frames_figure_reads_from_the_right() {
        site.open("index.html");
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.script("const svg = document.querySelector("
                + "'#fig-coding-frame svg'); const width = svg.viewBox.baseVal.width;"
                + " return Array.from(svg.querySelectorAll('rect')).map(r => { const label = r.nextElementSibling;"
                + " const badge = label.nextElementSibling; const l = label.getBBox();"
                + " const b = badge && badge.tagName === 'text' && !badge.querySelector('tspan') ? badge.getBBox() : null;"
                + " return {width: width, x: r.x.baseVal.value, right: r.x.baseVal.value + r.width.baseVal.value,"
                + " labelLeft: l.x, labelRight: l.x + l.width, badgeLeft: b ? b.x : -1, badgeRight: b ? b.x + b.width : -1,"
                + " label: label.textContent}; });");
        assertThat(boxes).hasSize(5);
        double width = number(boxes.get(0), "width");
        assertThat(number(boxes.get(0), "right")).as("the first root box at the right").isCloseTo(width - 2, offset(1.0));
        assertThat(boxes).allSatisfy(box -> {
            assertThat(number(box, "labelLeft")).as("%s inside its box", box.get("label")).isGreaterThan(number(box, "x"));
            assertThat(number(box, "labelRight")).as("%s at its box's right", box.get("label"))
                    .isCloseTo(number(box, "right") - 6, offset(2.0));
            assertThat(number(box, "badgeLeft")).as("the count at the box's left").isCloseTo(number(box, "x") + 6, offset(2.0));
            assertThat(number(box, "badgeRight")).isLessThan(number(box, "labelLeft"));
        });
    }

    private static String search(String query) {
        site.open("evidence/index.html");
        browser.driver().findElement(org.openqa.selenium.By.id("q")).sendKeys(query);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElement(org.openqa.selenium.By.id("search-status")).getText().isEmpty());
        return browser.driver().findElement(org.openqa.selenium.By.id("search-status")).getText();
    }

    /**
     * The evidence's search finds an Arabic word whether it is written with its short vowels or without them, as
     * writers of Arabic mostly leave them out: the quote has "مُمتلئ" (a damma on its first letter).
     */
    @Test
    void the_search_finds_arabic_words_with_or_without_their_short_vowels() {
        // the marks of Arabic (CLDR): \u201D before the words, \u201C after them
        assertThat(search("ممتلئ")).isEqualTo("1 result for \u201Dممتلئ\u201C.");
        assertThat(search("مُمتلئ")).isEqualTo("1 result for \u201Dمُمتلئ\u201C.");
        assertThat(search("الحوض")).isEqualTo("1 result for \u201Dالحوض\u201C.");
        assertThat(browser.script("return document.querySelector('#search-results .result-quote').dir;"))
                .as("the quote found, in its own words' direction").isEqualTo("auto");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_evidence_tree_is_indented_from_the_right() {
        site.open("evidence/index.html");
        Map<String, Object> m = measure("const s = e => getComputedStyle(document.querySelector(e));"
                + " return {direction: s('html').direction, right: s('.tree-children').borderRightWidth,"
                + " left: s('.tree-children').borderLeftWidth, padding: s('.tree-children').paddingRight};");
        assertThat(m.get("direction")).isEqualTo("rtl");
        assertThat(m.get("right")).as("the tree's rule at the right of the children").isEqualTo("1px");
        assertThat(m.get("left")).isEqualTo("0px");
        assertThat(m.get("padding")).isNotEqualTo("0px");
        assertThat(browser.overflowAt(375)).isZero();
        assertThat(Axe.violations(browser)).isEmpty();
        assertThat(site.server().misses()).as("requests answered 404").isEmpty();
        browser.screenshot("right-to-left-evidence", 1280);
    }

    @Test
    void libreoffice_sets_the_word_documents_arabic_from_the_right_and_its_english_from_the_left() throws Exception {
        List<PdfLines.Line> lines = PdfLines.of(LibreOffice.toPdf(Files.readAllBytes(out.resolve("article.docx"))));
        float margin = 72; // 2.54 cm
        PdfLines.Line arabic = PdfLines.find(lines, "يصف سكان المساكن المشتركة");
        assertThat(arabic.rightSpace()).as("the Arabic abstract ends at the right margin").isCloseTo(margin, offset(3f));
        assertThat(arabic.left()).isGreaterThan(2 * margin);
        PdfLines.Line english = PdfLines.find(lines, "Residents of shared housing describe their meals");
        assertThat(english.left()).as("the English abstract begins at the left margin").isCloseTo(margin, offset(3f));
        assertThat(english.rightSpace()).isGreaterThan(2 * margin);
    }
}

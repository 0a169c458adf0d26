package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;

/**
 * Citations and the reference list of the miniature study, which cites [@lee2019] in its introduction,
 * [@smith2020] in a sub-theme and [@smith2020; @lee2019] in a theme (content/references.bib, fictitious works).
 */
class CitationsTest {

    @TempDir
    Path temp;

    private static Document article(BuildResult result) {
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return Jsoup.parse(result.publication().orElseThrow().text("index.html"));
    }

    private Path study(String name) {
        return TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve(name));
    }

    @Test
    void numeric_citations_follow_the_order_of_first_citation_and_link_to_numbered_entries() {
        Document article = article(TestProjects.render(TestProjects.fixture("mini-study")));
        assertThat(article.select(".citation").eachText()).containsExactly("[1]", "[2]", "[1,2]");
        assertThat(article.select(".citation a").eachAttr("href"))
                .containsExactly("#ref-lee2019", "#ref-smith2020", "#ref-lee2019", "#ref-smith2020");
        List<Element> entries = article.select("#references ol.reference-list > li.csl-entry");
        assertThat(entries).extracting(Element::id).containsExactly("ref-lee2019", "ref-smith2020");
        assertThat(entries.get(0).text()).isEqualTo("1. Lee M-j. Eating Together: A Fictitious Monograph. Helsinki: Example Press; 2019.");
        assertThat(entries.get(1).text()).startsWith("2. Smith J, Virtanen A. Shared kitchens and everyday life in student housing.");
        // NLM prints no DOI; Weft links it
        assertThat(entries.get(1).expectFirst("a.doi").attr("href")).isEqualTo("https://doi.org/10.5555/weft-fixture.smith2020");
    }

    @Test
    void naming_another_style_rebuilds_with_author_date_citations_and_nothing_else_changes() throws IOException {
        Path project = study("apa");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: apa");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "[@smith2020; @lee2019]", "[@smith2020; @lee2019, p. 4]");
        Document numeric = article(TestProjects.render(TestProjects.fixture("mini-study")));
        Document apa = article(TestProjects.render(project));
        assertThat(apa.select(".citation").eachText())
                .containsExactly("(Lee, 2019)", "(Smith & Virtanen, 2020)", "(Lee, 2019, p. 4; Smith & Virtanen, 2020)");
        List<Element> entries = apa.select("#references li.csl-entry");
        assertThat(entries).extracting(Element::id).containsExactly("ref-lee2019", "ref-smith2020"); // by author
        assertThat(entries.get(0).text()).isEqualTo("Lee, M.-j. (2019). Eating Together: A Fictitious Monograph. Example Press.");
        assertThat(entries).allSatisfy(e -> assertThat(e.hasClass("csl-hanging")).isTrue());
        for (Document d : List.of(numeric, apa)) {
            d.select(".citation, #references, section.cite-this").remove();
        }
        assertThat(apa.body().html()).isEqualTo(numeric.body().html());
    }

    /** NLM's (Vancouver's) citations print no page: a locator the style leaves out is a warning at its citation. */
    @Test
    void a_locator_the_style_does_not_print_is_a_warning_at_its_citation() throws IOException {
        Path project = study("locator");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "[@smith2020; @lee2019]", "[@smith2020; @lee2019, p. 4]");
        BuildResult nlm = TestProjects.render(project);
        assertThat(article(nlm).select(".citation").eachText()).containsExactly("[1]", "[2]", "[1,2]");
        assertThat(TestProjects.diagnostics(nlm)).contains("WARNING coded-data/coding-frame.yaml:25:63: the citation style"
                + " 'vancouver-brackets' prints no page or other locator in its citations: 'p. 4' is left out: name it in the"
                + " sentence, or choose a style that prints it");
        // words after the key that are no locator are the citation's suffix, which every style prints (Pandoc's reading)
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]",
                "Meals matter [@lee2019, for a review].");
        assertThat(article(TestProjects.render(project)).select(".citation").eachText()).startsWith("[1, for a review]");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).filteredOn(d -> d.contains("locator")).hasSize(1);
        for (String style : List.of("apa", "ieee", "american-medical-association")) {
            TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1\n", "  headingLevels: 1\n  citationStyle: "
                    + style + "\n");
            BuildResult other = TestProjects.render(project);
            assertThat(article(other).select(".citation").eachText()).as(style).anyMatch(c -> c.contains("4"));
            assertThat(article(other).select(".citation").eachText()).as(style).anyMatch(c -> c.contains("for a review"))
                    .noneMatch(c -> c.contains("p. for"));
            assertThat(TestProjects.diagnostics(other)).as(style).noneMatch(d -> d.contains("locator"));
            TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  citationStyle: " + style + "\n", "");
        }
    }

    /**
     * A key of other characters than a BibTeX key's (a CSL JSON item's address, as Zotero's are) is written in braces, as
     * Pandoc reads it: {@code @{https://…}} and {@code [see @{https://…}, p. 4]} cite it; before, both were printed as
     * written without a word. A braced key that is no work's is text outside brackets (as {@code @handle}) and an error in
     * them, as any other key.
     */
    @Test
    void a_key_in_braces_is_read_as_pandoc_reads_it() throws IOException {
        Path project = study("braced");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: apa");
        Files.writeString(project.resolve("content/introduction.md"), Files.readString(project.resolve("content/introduction.md"))
                .replaceFirst("---\n", "---\nreferences:\n  - id: \"https://doi.org/10.5555/kitchens.x\"\n    type: book\n"
                        + "    title: Kitchens, a fictitious history\n    author: [{family: Doe, given: Kim}]\n    issued: 2022\n")
                .replace("Meals matter.[@lee2019]", "Meals matter [see @{https://doi.org/10.5555/kitchens.x}, p. 4; @{lee2019}]."
                        + " As @{https://doi.org/10.5555/kitchens.x} wrote, and @{lee2019}. Not a work: @{nobody 2020}."));

        BuildResult result = TestProjects.render(project);
        Document article = article(result);
        assertThat(article.select("#sec-introduction").first().text()).contains(
                "Meals matter (see Doe, 2022, p. 4; Lee, 2019).", "As Doe (2022) wrote, and Lee (2019).",
                "Not a work: @{nobody 2020}.");
        assertThat(article.select("#references .csl-entry").eachText()).anyMatch(e -> e.startsWith("Doe, K. (2022). Kitchens"));
        assertThat(article.select(".citation a").eachAttr("href")).contains("#ref-https://doi.org/10.5555/kitchens.x")
                .allMatch(href -> article.getElementById(href.substring(1)) != null, "links to an entry of the list");

        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Not a work: @{nobody 2020}.", "[@{nobody 2020}]");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).anyMatch(d -> d.startsWith("ERROR content/introduction.md:")
                && d.contains("unknown citation key 'nobody 2020'"));
    }

    /** As Pandoc reads them: a locator after the key and a space alone; other words after a space leave the brackets text. */
    @Test
    void a_locator_after_a_space_is_read_as_pandoc_reads_it() throws IOException {
        Path project = study("spaced");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: apa");
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]",
                "Meals matter [@lee2019 p. 7] [see @smith2020 chap. 2; @lee2019 pp. 3-5] [as @mealplanner wrote].");
        BuildResult result = TestProjects.render(project);
        Element paragraph = article(result).select("p").stream().filter(p -> p.text().startsWith("Meals")).findFirst().orElseThrow();
        assertThat(paragraph.text()).startsWith("Meals matter (Lee, 2019, p. 7) (Lee, 2019, pp. 3\u20135; see Smith & Virtanen,"
                + " 2020, chap. 2) [as @mealplanner wrote].");
        assertThat(TestProjects.diagnostics(result)).noneMatch(d -> d.startsWith("ERROR"));
    }

    @Test
    void a_csl_json_bibliography_gives_the_same_article_as_bibtex() throws IOException {
        Path project = study("json");
        Files.delete(project.resolve("content/references.bib"));
        Files.writeString(project.resolve("content/references.json"), """
                [
                  {"id": "smith2020", "type": "article-journal",
                   "author": [{"family": "Smith", "given": "Jane"}, {"family": "Virtanen", "given": "Aino"}],
                   "title": "Shared kitchens and everyday life in student housing",
                   "container-title": "Journal of Fictitious Housing Studies", "issued": {"date-parts": [[2020]]},
                   "volume": "12", "issue": "3", "page": "45-60", "DOI": "10.5555/weft-fixture.smith2020"},
                  {"id": "lee2019", "type": "book", "author": [{"family": "Lee", "given": "Min-jun"}],
                   "title": "Eating Together: A Fictitious Monograph", "publisher": "Example Press",
                   "publisher-place": "Helsinki", "issued": {"date-parts": [[2019]]}}
                ]
                """);
        Document fromJson = article(TestProjects.render(project));
        Document fromBibtex = article(TestProjects.render(TestProjects.fixture("mini-study")));
        assertThat(fromJson.expectFirst("#references").outerHtml()).isEqualTo(fromBibtex.expectFirst("#references").outerHtml());
        assertThat(fromJson.select(".citation").outerHtml()).isEqualTo(fromBibtex.select(".citation").outerHtml());
    }

    @Test
    void citing_without_a_bibliography_is_an_error_at_each_citation() throws IOException {
        Path project = study("none");
        Files.delete(project.resolve("content/references.bib"));
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR coded-data/coding-frame.yaml:14:65: unknown citation key 'smith2020': the project has no bibliography"
                        + " (content/references.bib, content/references.json, content/references.yaml, content/references.ris)",
                "ERROR coded-data/coding-frame.yaml:25:63: unknown citation key 'lee2019': the project has no bibliography"
                        + " (content/references.bib, content/references.json, content/references.yaml, content/references.ris)",
                "ERROR coded-data/coding-frame.yaml:25:63: unknown citation key 'smith2020': the project has no bibliography"
                        + " (content/references.bib, content/references.json, content/references.yaml, content/references.ris)",
                "ERROR content/introduction.md:7:14: unknown citation key 'lee2019': the project has no bibliography"
                        + " (content/references.bib, content/references.json, content/references.yaml, content/references.ris)");
    }

    @Test
    void bibliography_text_is_escaped_and_only_web_links_are_made() throws IOException {
        Path project = study("hostile");
        TestProjects.replaceIn(project.resolve("content/references.bib"), "title     = {Eating Together: A Fictitious Monograph},",
                "title = {<script>window.pwned=1</script><img src=x onerror=alert(1)> & more},\n  url = {javascript:alert(1)},");
        Document article = article(TestProjects.render(project));
        Element entry = article.expectFirst("#ref-lee2019");
        assertThat(entry.select("script, img")).isEmpty();
        assertThat(entry.text()).contains("<script>window.pwned=1</script><img src=x onerror=alert(1)> & more");
        assertThat(article.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().startsWith("javascript"));
    }

    /** Pandoc's citation with the author in the sentence, and the citation without the author, in four kinds of style. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "apa|Lee (2019)|Smith and Virtanen (2020, p. 4)|(2020, p. 5)",
        "chicago-author-date|Lee (2019)|Smith and Virtanen (2020, 4)|(2020, 5)",
        "harvard-cite-them-right|Lee (2019)|Smith and Virtanen (2020, p. 4)|(2020, p. 5)",
        "vancouver|Lee (1)|Smith and Virtanen (2)|(2)"})
    void the_author_in_the_text_and_a_citation_without_the_author(String style, String lee, String smith, String year)
            throws IOException {
        Path project = study(style);
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: " + style);
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]",
                "As @lee2019 argue, @smith2020 [p. 4] found; sharing is old [-@smith2020, p. 5]. The forum's @mealplanner"
                        + " (write to mail@example.org) and `@lee2019` in code are printed as written.");
        BuildResult result = TestProjects.render(project);
        Document article = article(result);
        Element paragraph = article.select("p").stream().filter(p -> p.text().startsWith("As ")).findFirst().orElseThrow();
        // APA's "&" is the word in the sentence ("Smith & Virtanen, 2020" in brackets): APA 7, 8.17
        assertThat(paragraph.text()).startsWith("As " + lee + " argue, " + smith + " found; sharing is old " + year + ".");
        // the author is text of the sentence, the citation after them a citation (a numeric style raises its number)
        assertThat(paragraph.select(".citation-author").eachText()).containsExactly("Lee", "Smith and Virtanen");
        assertThat(paragraph.select(".citation").eachText()).containsExactly(lee.substring(4),
                smith.substring("Smith and Virtanen ".length()), year);
        assertThat(paragraph.text()).contains("The forum\u2019s @mealplanner (write to mail@example.org) and @lee2019 in code");
        assertThat(paragraph.select(".citation-author, .citation").get(0).select("a").eachAttr("href")).containsOnly("#ref-lee2019");
        assertThat(paragraph.select(".citation").get(0).select("a").eachAttr("href")).containsOnly("#ref-lee2019");
        assertThat(paragraph.select("code").text()).isEqualTo("@lee2019");
        // the handle is no citation, and no work goes uncited; NLM's citations leave the pages out, and say so
        List<String> diagnostics = TestProjects.diagnostics(result);
        assertThat(diagnostics).noneMatch(d -> d.contains("never cited") || d.contains("citation") && !d.contains("prints no page"));
        assertThat(diagnostics.stream().filter(d -> d.contains("prints no page"))).hasSize(style.equals("vancouver") ? 2 : 0);
    }

    /** The PDF raises a numeric style's citation ("text.^[1]^") and sets an author-date one on the line, as text. */
    @Test
    void the_pdf_raises_numbers_and_sets_author_and_year_on_the_line() throws IOException {
        Path project = study("apa-pdf");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: apa");
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]", "Meals matter [@lee2019], as @smith2020 found.");
        List<Float> apa = sizes(TestProjects.render(project), "Meals matter (Lee, 2019), as Smith and Virtanen (2020) found.");
        assertThat(apa).as("one size: the citations are text of the line").containsOnly(apa.get(0));
        List<Float> numeric = sizes(TestProjects.render(TestProjects.fixture("mini-study")), "Meals matter.[1]");
        assertThat(numeric.subList("Meals matter.".length(), numeric.size())).allSatisfy(size -> assertThat(size).isLessThan(numeric.get(0)));
    }

    /** openhtmltopdf broke lines where a citation's element ends: "(2020, p. 5)" at a line's end, ". See" the next one. */
    @Test
    void no_line_of_the_pdf_begins_with_the_punctuation_after_a_citation() throws IOException {
        Path project = study("apa-lines");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: apa");
        StringBuilder sentences = new StringBuilder();
        String[] words = {"a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"};
        String[] cites = {"[@lee2019]", "[-@smith2020, p. 5]", "@lee2019 found", "[@smith2020; @lee2019, p. 4]"};
        for (int i = 0; i < 80; i++) {
            sentences.append("Sentence ").append(String.join(" ", java.util.Arrays.copyOf(words, i % 8 + 1))).append(' ')
                    .append(cites[i % 4]).append(i % 3 == 0 ? ", and so " : ". ");
        }
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]", sentences.toString());
        byte[] pdf = TestProjects.render(project).publication().orElseThrow().files().get("article.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(doc).lines().map(String::strip).toList();
            assertThat(lines).anyMatch(l -> l.contains("(2020, p. 5)")).anyMatch(l -> l.endsWith(")."))
                    .noneMatch(l -> l.matches("^[.,;:].*"));
        }
    }

    /** The font size of each character of {@code text} where the first page of the article's PDF prints it. */
    private static List<Float> sizes(BuildResult result, String text) throws IOException {
        byte[] pdf = result.publication().orElseThrow().files().get("article.pdf");
        List<org.apache.pdfbox.text.TextPosition> all = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String written, List<org.apache.pdfbox.text.TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.setEndPage(1);
            stripper.setSortByPosition(true); // in reading order: openhtmltopdf draws a link's text after the line's
            stripper.getText(doc);
        }
        StringBuilder printed = new StringBuilder();
        List<Float> sizes = new java.util.ArrayList<>();
        for (var position : all) {
            for (char c : position.getUnicode().toCharArray()) {
                if (c != ' ') {
                    printed.append(c);
                    sizes.add(position.getFontSizeInPt());
                }
            }
        }
        int at = printed.indexOf(text.replace(" ", ""));
        assertThat(at).as("'%s' in %s", text, printed).isNotNegative();
        return sizes.subList(at, at + text.replace(" ", "").length());
    }

    @Test
    void two_works_with_the_same_key_are_an_error() {
        Path project = study("duplicate");
        TestProjects.replaceIn(project.resolve("content/references.bib"), "@book{lee2019,", "@book{Smith2020,\n  title = {Again}\n}\n\n@book{lee2019,");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).containsExactly(
                "ERROR content/references.bib:14:1: duplicate BibTeX key 'Smith2020' (first defined at content/references.bib:3:1; keys ignore case)");
    }
}

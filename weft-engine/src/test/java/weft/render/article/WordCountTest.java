package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.TestProjects;
import weft.words.Words;

/**
 * The counts a journal asks for on a manuscript's title page ({{count:words}}, {{count:words:abstract}},
 * {{count:tables}}, {{count:figures}}) and its limits on words (presentation.wordLimits): counted in the article as
 * printed, the main text without its tables, figures, back matter and appendices, the count's own words included.
 */
class WordCountTest {

    private static final String TITLE_PAGE = """
            ---
            id: title-page
            title: Title page
            kind: back
            order: 1
            ---
            Counts: {{count:words}} words; abstract {{count:words:abstract}}; {{count:tables}} tables; {{count:figures}} figures.
            """;
    /** Nine words as word processors count them: a hyphenated word, an apostrophe, a dash alone, a grouped number. */
    private static final String NINE_WORDS = "\n\nWell-being isn't simple \u2014 residents' meals (2,644 in all) matter.\n";
    private static final Pattern COUNTS = Pattern.compile("Counts: ([\\d,]+) words; abstract (\\d+); (\\d+) tables; (\\d+) figures\\.");

    @TempDir
    static Path temp;
    static Path base;
    static Counts baseCounts;

    record Counts(int text, int abstractWords, int tables, int figures) {
    }

    @BeforeAll
    static void build() throws Exception {
        base = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("base"));
        Files.writeString(base.resolve("content/title-page.md"), TITLE_PAGE);
        baseCounts = counts(page(render(base)));
    }

    @Test
    void words_are_counted_as_word_processors_count_them() {
        assertThat(ArticleCounts.words(NINE_WORDS)).isEqualTo(9);
        assertThat(ArticleCounts.words("7\u202F812 mots, 12\u00A0%")).isEqualTo(3);
        assertThat(ArticleCounts.words(" \u2013 \u2026 \u00B7 ")).isZero();
        assertThat(ArticleCounts.words("word\u2014word word\u2013word")).isEqualTo(4);
        assertThat(ArticleCounts.words("\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8")).isEqualTo(8);
        assertThat(ArticleCounts.words("Mixed \u4E2D\u6587 text.")).isEqualTo(4);
        assertThat(ArticleCounts.words("")).isZero();
    }

    @Test
    void the_title_page_prints_the_abstracts_words_and_the_coding_frames_table_and_figure() {
        assertThat(baseCounts.abstractWords()).isEqualTo(ArticleCounts.words("Residents of shared housing describe meals."))
                .isEqualTo(6);
        assertThat(baseCounts.tables()).isEqualTo(1);
        assertThat(baseCounts.figures()).isEqualTo(1);
        assertThat(baseCounts.text()).isPositive();
    }

    @Test
    void the_main_text_counts_its_paragraphs_but_not_tables_back_matter_or_appendices() throws Exception {
        Path project = TestProjects.copy(base, temp.resolve("more"));
        Files.writeString(project.resolve("content/introduction.md"), NINE_WORDS + """

                Table: Meals in a week {#tab-meals}

                | Day | Meals cooked together |
                |---|---|
                | Monday | Two |
                """, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(project.resolve("content/funding.md"), """
                ---
                id: funding
                title: Funding
                kind: back
                order: 2
                ---
                The study had no funding from anyone at all.
                """);
        Files.writeString(project.resolve("content/appendix.md"), """
                ---
                id: guide
                title: Interview guide
                kind: appendix
                order: 90
                ---
                What do you eat, and with whom?

                Table: Topics {#tab-topics}

                | Topic |
                |---|
                | Meals |
                """);
        Counts more = counts(page(render(project)));
        assertThat(more).isEqualTo(new Counts(baseCounts.text() + 9, 6, 2, 1));
    }

    @Test
    void a_count_in_the_main_text_counts_its_own_words_and_every_format_prints_the_same() throws Exception {
        Path project = TestProjects.copy(base, temp.resolve("self"));
        Files.writeString(project.resolve("content/introduction.md"), "\n\nThis text has {{count:words|words}} words.\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult result = render(project);
        var page = page(result);
        Counts counts = counts(page);
        Matcher spelled = Pattern.compile("This text has (.+) words\\.").matcher(page.expectFirst("#sec-introduction").text());
        assertThat(spelled.find()).isTrue();
        assertThat(spelled.group(1)).isEqualTo(Words.of("en").number(counts.text(), "words"));
        // the sentence's four words and the number's as printed ("one hundred twenty-three": 3)
        assertThat(counts.text()).isEqualTo(baseCounts.text() + 4 + spelled.group(1).split(" ").length);

        String line = "Counts: " + String.format(java.util.Locale.ROOT, "%,d", counts.text()) + " words; abstract 6; 1 tables; 1 figures.";
        var files = result.publication().orElseThrow();
        assertThat(Jsoup.parse(files.text("article.jats.xml"), "", org.jsoup.parser.Parser.xmlParser()).text()).contains(line);
        assertThat(TestProjects.pdfText(files.files().get("article.pdf")).replaceAll("\\s+", " ")).contains(line);
        assertThat(Jsoup.parse(TestProjects.documentXml(files.files().get("article.docx")), "", org.jsoup.parser.Parser.xmlParser())
                .select("w|p").eachText()).contains(line);
        assertThat(files.text("index.html")).doesNotContain("data-weft-count");
    }

    @Test
    void a_text_over_the_journals_limit_is_a_warning_at_the_limit_and_one_within_it_a_note() throws Exception {
        Path project = TestProjects.copy(base, temp.resolve("limits"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  wordLimits: {abstract: 6, text: 10}\n");
        BuildResult result = render(project);
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("wordLimits")).containsExactly(
                "NOTE coded-data/study.yaml:47:26: the abstract has 6 words, within the limit of 6"
                        + " (presentation.wordLimits.abstract)",
                "WARNING coded-data/study.yaml:47:35: the main text has " + baseCounts.text() + " words, "
                        + (baseCounts.text() - 10) + " over the limit of 10 (presentation.wordLimits.text): the numbered"
                        + " sections and the results count, with their headings and quotes; tables, figures, references,"
                        + " back matter and appendices do not");
    }

    @Test
    void a_note_of_the_main_text_counts_its_words_and_its_call_none() throws Exception {
        Path noted = TestProjects.copy(base, temp.resolve("noted"));
        Files.writeString(noted.resolve("content/methods.md"), "\n\nMeals were shared.[^n]\n\n[^n]: Five words are in this.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(noted.resolve("content/title-page.md"), "\nThanks.^[A note of back matter, not counted.]\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(counts(page(render(noted))).text()).isEqualTo(baseCounts.text() + 3 + 5);
    }

    private static BuildResult render(Path project) {
        return TestProjects.built(project);
    }

    private static org.jsoup.nodes.Document page(BuildResult result) {
        return Jsoup.parse(result.publication().orElseThrow().text("index.html"));
    }

    private static Counts counts(org.jsoup.nodes.Document page) {
        Matcher m = COUNTS.matcher(page.expectFirst("#sec-title-page").text());
        assertThat(m.find()).as(page.expectFirst("#sec-title-page").text()).isTrue();
        return new Counts(Integer.parseInt(m.group(1).replace(",", "")), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
}

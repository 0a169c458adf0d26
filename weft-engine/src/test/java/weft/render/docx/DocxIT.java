package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.support.LibreOffice;
import weft.support.TestProjects;

/**
 * The default study's article.docx opened with LibreOffice and exported as PDF, as an author or an editor would open
 * it: its text holds every heading, every presented quote, every citation in the order of the HTML article, and the
 * coding frame's table with its counts.
 */
class DocxIT {

    static Document html;
    static String text;
    static String raw;
    static int pages;

    @BeforeAll
    static void open() throws Exception {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        OutputFiles publication = result.publication().orElseThrow();
        html = Jsoup.parse(publication.text("index.html"));
        byte[] pdf = LibreOffice.toPdf(publication.files().get("article.docx"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            raw = withoutPageNumbers(document);
            text = normalise(raw);
        }
    }

    @Test
    void every_heading_of_the_article_is_there_with_its_number() {
        List<String> headings = html.select("section.section h2, section.section h3, section.section h4, section.section h5,"
                + " section.abstract h2, section.references h2").eachText();
        assertThat(headings).hasSizeGreaterThan(20).contains("1. Introduction", "3.1 Meaning of the family for coping");
        assertThat(headings).allSatisfy(h -> assertThat(text.contains(normalise(h))).as(h).isTrue());
        assertThat(pages).isGreaterThan(10);
    }

    @Test
    void every_presented_quote_is_there() {
        List<String> quotes = html.select("main .quote-link").eachText();
        assertThat(quotes).hasSizeGreaterThan(40);
        assertThat(quotes).allSatisfy(q -> assertThat(text.contains(normalise(q))).as(q).isTrue());
    }

    @Test
    void every_citation_is_in_place() {
        List<Element> citations = html.select("main span.citation");
        assertThat(citations).hasSizeGreaterThan(50);
        int from = 0;
        for (Element citation : citations) {
            // the citation with the words before it, as the HTML prints them
            String before = normalise(citation.parent().text());
            String context = normalise(textBefore(citation) + citation.text());
            int at = text.indexOf(context, from);
            assertThat(at).as("'%s' (in: %s) after position %d", context, before, from).isGreaterThanOrEqualTo(0);
            from = at;
        }
    }

    @Test
    void the_coding_frame_table_has_every_node_with_its_counts() {
        List<Element> rows = html.select("table.coding-frame tbody tr");
        assertThat(rows).hasSize(23);
        for (Element row : rows) {
            assertThat(text.contains(normalise(row.text()))).as(row.text()).isTrue();
        }
        String total = html.selectFirst("table.coding-frame tfoot tr").text();
        assertThat(text.contains(normalise(total))).as(total).isTrue();
    }

    @Test
    void no_word_of_the_coding_frame_tables_header_breaks_inside() {
        int caption = raw.indexOf("Table 1. The coding frame");
        String header = raw.substring(caption, raw.indexOf("Meaning of the family for coping", caption));
        List<String> words = List.of(html.selectFirst("table.coding-frame thead").text().split("\\s+"));
        assertThat(words).contains("Section", "Node", "Level", "Quotes");
        assertWhole(words, header);
    }

    /**
     * A node label in Japanese, written without spaces, is not one unbreakable word: the Node column does not take the
     * table's width from the count columns, whose header words stay whole.
     */
    @Test
    void a_label_in_japanese_leaves_the_header_words_whole(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food",
                "label: 食べ物をめぐる摩擦と台所の掃除についての長い議論が毎晩続いていること");
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        String exported;
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            exported = new PDFTextStripper().getText(document);
        }
        int caption = exported.indexOf("Table 1. The coding frame");
        String header = exported.substring(caption, exported.indexOf("Togetherness at the table", caption));
        List<String> words = List.of(Jsoup.parse(publication.text("index.html")).selectFirst("table.coding-frame thead")
                .text().split("\\s+"));
        assertThat(words).contains("Section", "Node", "Quotes", "all");
        assertWhole(words, header);
    }

    /**
     * The default study's pages are numbered in their footers, as journals ask of a manuscript; a study with a short
     * title has it as every page's running head.
     */
    @Test
    void every_page_has_its_number_and_the_running_head_in_word(@TempDir Path temp) throws Exception {
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(TestProjects.render(TestProjects.defaultStudy())
                .publication().orElseThrow().files().get("article.docx")))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(lines(document, page)).as("page %d", page).last().isEqualTo(Integer.toString(page));
            }
        }
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "articleType:",
                "shortTitle: \"Meals in *shared* housing\"\narticleType:");
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(lines(document, page)).as("page %d", page).first().isEqualTo("Meals in shared housing");
                assertThat(lines(document, page)).as("page %d", page).last().isEqualTo(Integer.toString(page));
            }
        }
    }

    /** With {@code presentation.lineNumbers}, LibreOffice prints the lines' numbers in the margin, on from page to page. */
    @Test
    void a_study_that_asks_for_line_numbers_has_them_in_the_margin(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  lineNumbers: true");
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            List<Integer> numbers = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<String> lines = lines(document, page);
                // the footer's page number last, alone: a header's or footer's line is not counted
                assertThat(lines).as("page %d", page).last().isEqualTo(Integer.toString(page));
                for (String line : lines.subList(0, lines.size() - 1)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) \\S").matcher(line);
                    if (m.find()) {
                        numbers.add(Integer.valueOf(m.group(1)));
                    }
                }
            }
            assertThat(numbers).hasSizeGreaterThan(40).startsWith(1, 2, 3).isSorted();
            assertThat(numbers.get(numbers.size() - 1)).isGreaterThan(40);
        }
    }

    /**
     * The title page apart (presentation.titlePage) opens in LibreOffice as one page: the title block, the counts and the
     * acknowledgements, and its number in the footer.
     */
    @Test
    void the_title_page_apart_opens_as_one_page(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  titlePage: true");
        java.nio.file.Files.writeString(project.resolve("content/acknowledgements.md"),
                "---\nid: acknowledgements\ntitle: Acknowledgements\nkind: back\norder: 1\n---\nWe thank the residents.\n");
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("title-page.docx")))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(lines(document, 1)).startsWith("ORIGINAL ARTICLE", "Sharing meals in shared housing")
                    .contains("Acknowledgements", "We thank the residents.").endsWith("1")
                    .anySatisfy(line -> assertThat(line).matches("Word count: \\d+ \\(abstract: 6\\); tables: 1; figures: 1"))
                    .noneSatisfy(line -> assertThat(line).contains("Introduction"));
        }
    }

    /** With {@code tablesAndFigures: end}, LibreOffice prints the callouts in the text and each float on a page after the references. */
    @Test
    void tables_and_figures_at_the_end_each_begin_a_page_after_the_references(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:", "presentation:\n  tablesAndFigures: end");
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            int references = 0;
            for (int page = 1; page <= document.getNumberOfPages() && references == 0; page++) {
                references = lines(document, page).contains("References") ? page : 0;
            }
            assertThat(references).isPositive();
            String text = new PDFTextStripper().getText(document);
            assertThat(text.indexOf("[Figure 1 near here]")).isPositive().isLessThan(text.indexOf("[Table 1 near here]"));
            assertThat(text.indexOf("[Table 1 near here]")).isLessThan(text.indexOf("References"));
            assertThat(document.getNumberOfPages()).isEqualTo(references + 2);
            assertThat(lines(document, references + 1)).first().asString().startsWith("Table 1. ");
            assertThat(lines(document, references + 2)).first().asString().startsWith("Figure 1. ");
        }
    }

    /**
     * The article's notes are Word's footnotes: LibreOffice prints each at the foot of the page that calls it, numbered,
     * above the page's number, and not in the text.
     */
    @Test
    void a_note_is_printed_at_the_foot_of_the_page_that_calls_it(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        java.nio.file.Files.writeString(project.resolve("content/methods.md"),
                "\n\nWe read each thread twice.^[The second reading was blind.]\n", java.nio.file.StandardOpenOption.APPEND);
        OutputFiles publication = TestProjects.render(project).publication().orElseThrow();
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            int calls = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<String> lines = lines(document, page);
                if (lines.stream().anyMatch(l -> l.startsWith("We read each thread twice."))) {
                    calls++;
                    assertThat(lines).contains("We read each thread twice.1");
                    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly("1 The second reading was blind.",
                            Integer.toString(page));
                } else {
                    assertThat(lines).noneSatisfy(l -> assertThat(l).contains("The second reading was blind."));
                }
            }
            assertThat(calls).isEqualTo(1);
        }
    }

    /** The document's text, page after page, without the page numbers of the footers (the last line of each page). */
    private static String withoutPageNumbers(PDDocument document) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(document).stripTrailing();
            String number = Integer.toString(page);
            assertThat(text).as("page %d ends in its number", page).endsWith("\n" + number);
            all.append(text, 0, text.length() - number.length()).append('\n');
        }
        return all.toString();
    }

    private static List<String> lines(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true); // top to bottom: the header, the text, the footer
        return stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Each word of the header as often whole in the exported text as in the header: "Quotes" heads two columns. */
    /**
     * A study with a figure of the prose and a numbered table, opened by LibreOffice: the picture is drawn on a page at
     * its size or narrower than the text, with its caption; the table with its caption.
     */
    @Test
    void a_figure_and_a_numbered_table_of_the_prose_are_in_the_word_document(@TempDir Path temp) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        java.nio.file.Files.createDirectories(project.resolve("content/figures"));
        java.nio.file.Files.write(project.resolve("content/figures/wide.png"), weft.read.ImageFilesForTests.widePng());
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "## Aim", "![A wide plan](figures/wide.png)\n\n"
                + "Table: Meals by day {#tab-meals}\n\n| Day | Meals |\n|---|--:|\n| Monday | 3 |\n\n## Aim");
        OutputFiles publication = TestProjects.publication(project);
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Figure 1. A wide plan", "Table 1. Meals by day", "Monday 3");
            List<weft.support.DrawnImages.Drawn> drawn = weft.support.DrawnImages.of(document).stream()
                    .filter(d -> d.pixelWidth() == 1600).toList();
            assertThat(drawn).as("the figure drawn once").hasSize(1);
            assertThat(drawn.get(0).width()).as("its width in points").isGreaterThan(300f)
                    .isLessThan(drawn.get(0).pageWidth() - 100f);
        }
    }

    /**
     * A grid table whose cells span rows and columns, opened by LibreOffice: the merged cell beside the two rows it spans
     * is printed once, on the first's line, and the cell spanning two columns on its row's.
     */
    @Test
    void a_grid_tables_spanning_cells_are_merged_in_the_word_document(@TempDir Path temp) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), weft.support.GridTables.THEMES);
        OutputFiles publication = TestProjects.publication(project);
        try (PDDocument document = Loader.loadPDF(LibreOffice.toPdf(publication.files().get("article.docx")))) {
            List<String> lines = java.util.stream.IntStream.rangeClosed(1, document.getNumberOfPages()).boxed()
                    .flatMap(page -> {
                        try {
                            return lines(document, page).stream();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(l -> l.replaceAll("\\s+", " ")).toList();
            assertThat(lines).containsSubsequence("Theme Sub-theme Quotes", "Routines Cooking together 7",
                    "Eating together 5", "Friction Not divided: all noise");
            assertThat(lines.stream().filter(l -> l.contains("Routines")).count()).isEqualTo(1);
        }
    }

    private static void assertWhole(List<String> words, String header) {
        for (String w : new java.util.TreeSet<>(words)) {
            long times = words.stream().filter(w::equals).count();
            long whole = java.util.regex.Pattern.compile("(?<=^|\\s)" + java.util.regex.Pattern.quote(w) + "(?=\\s|$)")
                    .matcher(header).results().count();
            assertThat(whole).as("'%s' whole in the header as exported: %s", w, header).isGreaterThanOrEqualTo(times);
        }
    }

    /** Up to four words before a citation in its paragraph (a citation's number alone could be anywhere). */
    private static String textBefore(Element citation) {
        StringBuilder before = new StringBuilder();
        for (var node = citation.previousSibling(); node != null && before.length() < 30; node = node.previousSibling()) {
            String t = node instanceof Element e ? e.text() : node.toString();
            before.insert(0, t);
        }
        String[] words = before.toString().replaceAll("\\s+", " ").split(" ");
        int start = Math.max(0, words.length - 4);
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /**
     * The text without whitespace: where a line or a page breaks differs between the HTML and the exported PDF (a
     * citation wrapped onto the next line, "two-" ending a line), the characters and their order do not.
     */
    static String normalise(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }
}

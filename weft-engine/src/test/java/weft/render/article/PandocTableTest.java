package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's simple, multiline, headerless and grid tables, as a participants' table or a coding summary is written in a
 * Pandoc manuscript: a table in every format, with its header, its columns' alignment, its caption numbering it, a
 * citation in a cell cited, a list in a grid's cell; a grid whose borders are broken is a warning (one whose cells span is
 * read: {@code GridSpansTest}), and a rule or a heading
 * underlined with dashes stays one.
 */
class PandocTableTest {

    private static final String TABLES = """

            Table: Participants {#tab-people}

              Alias     Age   Setting
            -------   -----   --------------
                 P1      34   Shared flat
                 P2      51   *Own home*
                 P3      28   ![A](figures/x.png)^[Moved.]

            -------------------------------------------------
            Theme          Quotes What it holds
            ----------- --------- ---------------------------
            Routines           12 Cooking together on
                                  Sundays.

            Friction            5 Dishes, noise and
                                  rent.
            -------------------------------------------------

            Table: Themes and their quotes

            +---------------+-----------------+
            | Source        | Findings        |
            +:==============+================:+
            | Lee [@lee2019]| - shared meals  |
            |               | - shared rent   |
            +---------------+-----------------+

            : Sources

            ----   ----
            a      b
            c      d
            ----   ----

            +---+---+
            | a | b
            +---+---+

            Before a rule.

            ---

            A heading underlined
            --------------------

            After.
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        built = TestProjects.Built.withMethods(temp.resolve("tables"), TABLES);
    }

    private static List<Element> tables() {
        return Jsoup.parse(built.publication().text("index.html")).select("#sec-methods table.prose-table");
    }

    @Test
    void each_table_has_its_header_rows_and_alignment_in_the_web_page() {
        List<Element> tables = tables();
        assertThat(tables).hasSize(4);
        assertThat(TestProjects.tableRows(tables.get(0))).containsExactly(List.of("Alias", "Age", "Setting"),
                List.of("P1", "34", "Shared flat"), List.of("P2", "51", "Own home"), List.of("P3", "28", "A^[Moved.]"));
        assertThat(tables.get(0).select("thead th")).extracting(th -> th.attr("align")).containsExactly("right", "right", "left");
        assertThat(tables.get(0).expectFirst("tbody tr:eq(1) td:eq(2) em").text()).isEqualTo("Own home");
        assertThat(TestProjects.tableRows(tables.get(1))).containsExactly(List.of("Theme", "Quotes", "What it holds"),
                List.of("Routines", "12", "Cooking together on Sundays."), List.of("Friction", "5", "Dishes, noise and rent."));
        assertThat(tables.get(1).select("thead th")).extracting(th -> th.attr("align")).containsExactly("left", "right", "left");
        assertThat(tables.get(2).select("thead th")).extracting(th -> th.attr("align")).containsExactly("left", "right");
        assertThat(tables.get(2).select("tbody td").get(1).select("li")).extracting(Element::text)
                .containsExactly("shared meals", "shared rent");
        assertThat(tables.get(3).select("thead")).isEmpty();
        assertThat(TestProjects.tableRows(tables.get(3))).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    /**
     * A multiline or grid table's columns are as wide as written, shares of the table's width (Pandoc's relative widths);
     * a simple table's are set by their content, as in Pandoc.
     */
    @Test
    void multiline_and_grid_tables_columns_are_as_wide_as_written_in_every_format() throws Exception {
        List<Element> tables = tables();
        assertThat(tables.get(0).select("col")).isEmpty();
        // the multiline table's dashes: 11, 9 and 27 wide, a space after each but the last (12, 10, 27 of 49)
        assertThat(tables.get(1).select("colgroup > col").eachAttr("style"))
                .containsExactly("width: 24.5%", "width: 20.4%", "width: 55.1%");
        // the grid's borders: 15 and 17 dashes, a + before each (16 and 18 of 34)
        assertThat(tables.get(2).select("colgroup > col").eachAttr("style")).containsExactly("width: 47.1%", "width: 52.9%");
        assertThat(tables.get(3).select("col")).isEmpty();
        String jats = built.publication().text("article.jats.xml").replaceAll(">\\s+<", "><");
        assertThat(jats).contains("<table><col width=\"24.5%\"/><col width=\"20.4%\"/><col width=\"55.1%\"/><thead>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            XWPFTable sources = doc.getTables().stream().filter(t -> t.getText().contains("shared meals")).findFirst()
                    .orElseThrow();
            List<Long> grid = sources.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
            assertThat(grid).hasSize(2);
            assertThat(grid.get(0) / (double) (grid.get(0) + grid.get(1))).isCloseTo(0.471, org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void captions_number_the_tables_and_a_citation_in_a_cell_is_cited() {
        List<Element> tables = tables();
        assertThat(tables.get(0).id()).isEqualTo("tab-people");
        assertThat(tables.subList(0, 3)).extracting(t -> t.expectFirst("caption").text())
                .containsExactly("Table 1. Participants", "Table 2. Themes and their quotes", "Table 3. Sources");
        assertThat(tables.get(3).select("caption")).isEmpty();
        Element cite = tables.get(2).expectFirst("td a[href=#ref-lee2019]");
        assertThat(cite.text()).isNotBlank();
        assertThat(Jsoup.parse(built.publication().text("index.html")).select("#references #ref-lee2019")).hasSize(1);
    }

    @Test
    void what_is_no_table_stays_as_it_was_and_a_broken_grid_is_a_warning_at_its_place() {
        Element methods = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("hr")).hasSize(1);
        assertThat(methods.select("h3")).extracting(Element::text).anyMatch(t -> t.endsWith("A heading underlined"));
        assertThat(methods.text()).contains("| a | b").doesNotContain("```");
        List<String> warnings = TestProjects.diagnostics(built.result()).stream().filter(d -> d.contains("methods.md")).toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(1)).matches("WARNING content/methods\\.md:\\d+:1: an image in a table's cell \\('A'\\) is not"
                + " shown: its description is printed; put a figure in a paragraph of its own");
        assertThat(warnings.get(0)).matches("WARNING content/methods\\.md:\\d+:1: a note in a table's cell"
                + " \\('!\\[A\\]\\(figures/x.png\\)\\^\\[Moved.\\]'\\) is not read: it is printed as written; call it from the"
                + " caption or the text");
        assertThat(warnings.get(2)).matches("WARNING content/methods\\.md:\\d+:1: this grid table's borders do not make a"
                + " table of rectangles \\(a cell's border is broken or missing, or cells overlap\\): it is printed as"
                + " written; draw each cell's four borders with \\+ at its corners");
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_have_the_tables() throws Exception {
        assertThat(TestProjects.pdfText(built.publication().files().get("article.pdf"))).containsSubsequence("Table 1.",
                "Participants", "Alias", "P1", "Shared flat", "Table 2.", "Routines", "Cooking together on Sundays.",
                "Table 3.", "Sources", "shared meals", "shared rent");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            XWPFTable people = doc.getTables().stream().filter(t -> t.getText().contains("Shared flat")).findFirst()
                    .orElseThrow();
            assertThat(people.getRow(0).getCell(0).getText()).isEqualTo("Alias");
            assertThat(people.getRow(1).getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(people.getRow(2).getCell(2).getText()).isEqualTo("Own home");
            XWPFTable sources = doc.getTables().stream().filter(t -> t.getText().contains("shared meals")).findFirst()
                    .orElseThrow();
            assertThat(sources.getRow(1).getCell(1).getText()).isEqualTo("\u2022 shared meals\n\u2022 shared rent");
            // the table without a caption has no empty caption paragraph before it
            int headerless = doc.getBodyElements().indexOf(doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("a")).findFirst().orElseThrow());
            assertThat(doc.getBodyElements().subList(headerless - 2, headerless)).noneMatch(e -> e instanceof
                    org.apache.poi.xwpf.usermodel.XWPFParagraph p && "Caption".equals(p.getStyle()));
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).containsSubsequence("<table-wrap id=\"tab-people\"", "<th", "Alias", "<td", "Shared flat",
                "Themes and their quotes", "Cooking together on Sundays.", "Sources", "shared meals");
    }

    /**
     * Quarto's attributes at a caption's end: its id and {@code tbl-colwidths}, the columns' shares of the table's width
     * in every format; another attribute, or widths that do not fit the columns, a warning.
     */
    @Test
    void a_captions_column_widths_set_the_columns_and_its_other_attributes_are_a_warning(@TempDir Path other)
            throws Exception {
        Path project = TestProjects.miniStudyWithMethods(other.resolve("study"), """

                | Site | What the residents said |
                |------|-------------------------|
                | A    | Meals                   |

                : The sites {#tbl-sites tbl-colwidths="[25,75]"}

                | One | Two |
                |-----|-----|
                | 1   | 2   |

                : Three widths for two {#tbl-wrong tbl-colwidths="[10,20,70]" tbl-cap-location=top}

                See @tbl-sites and @tbl-wrong.
                """);
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING content/methods.md:19:1: of this table's caption, Weft does not read tbl-cap-location=top: a"
                        + " caption reads its id {#tbl-…} and Quarto's tbl-colwidths=\"[30,70]\"",
                "WARNING content/methods.md:19:1: tbl-colwidths=\"[10,20,70]\" gives 3 widths to a table of 2 columns: the"
                        + " columns are as wide as their text");
        var out = result.publication().orElseThrow();
        org.jsoup.nodes.Document page = Jsoup.parse(out.text("index.html"));
        assertThat(page.select("#tab-sites colgroup > col").eachAttr("style")).containsExactly("width: 25%", "width: 75%");
        assertThat(page.select("#tab-sites caption").text()).isEqualTo("Table 1. The sites");
        assertThat(page.select("#tab-wrong col")).isEmpty();
        assertThat(page.select("#tab-wrong caption").text()).isEqualTo("Table 2. Three widths for two");
        assertThat(page.select("#sec-methods a.xref").eachText()).containsExactly("Table 1", "Table 2");
        assertThat(out.text("article.jats.xml").replaceAll(">\\s+<", "><")).contains("<col width=\"25%\"/><col width=\"75%\"/>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.files().get("article.docx")))) {
            XWPFTable sites = doc.getTables().stream().filter(t -> t.getText().contains("Meals")).findFirst().orElseThrow();
            List<Long> grid = sites.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
            assertThat(grid.get(0) / (double) (grid.get(0) + grid.get(1))).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.001));
        }
    }
}

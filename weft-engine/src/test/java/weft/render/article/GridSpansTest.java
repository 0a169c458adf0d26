package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import weft.render.jats.JatsSchema;
import weft.support.GridTables;
import weft.support.TestProjects;

/**
 * A Pandoc grid table whose cells span rows or columns, as a table of themes is drawn with a theme beside its
 * sub-themes: each cell spans the rows and columns its borders enclose, in the web page, the PDF, the Word document
 * (merged cells) and the JATS; the header is the rows above the line of {@code =}, its colons aligning the columns,
 * and the rows between a line of {@code =} and a last line of {@code =} the foot.
 */
class GridSpansTest {

    /** The themes' table ({@link GridTables#THEMES}), then a table of fruits with a foot and no spans. */
    private static final String TABLE = GridTables.THEMES + """

            +---------+--------+
            | Fruit   | Price  |
            +=========+=======:+
            | Bananas |   1.34 |
            +---------+--------+
            | Oranges |   2.10 |
            +=========+========+
            | Sum     |   3.44 |
            +=========+========+
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        built = TestProjects.Built.withMethods(temp.resolve("spans"), TABLE);
    }

    @Test
    void the_web_page_spans_each_cell_over_the_rows_and_columns_its_borders_enclose() {
        Element table = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods table.prose-table");
        assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Theme", "Sub-theme", "Quotes");
        assertThat(table.select("thead th")).extracting(th -> th.attr("align")).containsExactly("", "", "right");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).select("td")).extracting(Element::text).containsExactly("Routines", "Cooking together", "7");
        assertThat(rows.get(0).expectFirst("td").attr("rowspan")).isEqualTo("2");
        assertThat(rows.get(0).select("td").get(2).attr("align")).isEqualTo("right");
        assertThat(rows.get(1).select("td")).extracting(Element::text).containsExactly("Eating together", "5");
        assertThat(rows.get(2).select("td")).extracting(Element::text).containsExactly("Friction", "Not divided: all noise");
        assertThat(rows.get(2).select("td").get(1).attr("colspan")).isEqualTo("2");
        assertThat(rows.get(2).select("td").get(1).select("em").text()).isEqualTo("noise");
        assertThat(table.select("colgroup > col")).hasSize(3);
        assertThat(table.select("tfoot tr td")).extracting(Element::text).containsExactly("All", "", "12");
        assertThat(TestProjects.diagnostics(built.result())).noneMatch(d -> d.contains("methods.md"));
    }

    @Test
    void the_rows_between_the_last_two_lines_of_equals_signs_are_the_foot_as_in_pandoc() throws Exception {
        Element fruit = Jsoup.parse(built.publication().text("index.html")).select("#sec-methods table.prose-table").get(1);
        assertThat(TestProjects.tableRows(fruit)).containsExactly(List.of("Fruit", "Price"), List.of("Bananas", "1.34"),
                List.of("Oranges", "2.10"), List.of("Sum", "3.44"));
        assertThat(fruit.select("tbody tr")).hasSize(2);
        assertThat(fruit.select("tfoot td")).extracting(Element::text).containsExactly("Sum", "3.44");
        assertThat(fruit.select("tfoot td").get(1).attr("align")).isEqualTo("right");
        String jats = built.publication().text("article.jats.xml").replaceAll(">\\s+<", "><");
        assertThat(jats).contains("<tfoot><tr><td>Sum</td><td align=\"right\">3.44</td></tr></tfoot><tbody>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Bananas")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(3).getCell(0).getText()).isEqualTo("Sum");
        }
    }

    @Test
    void the_pdf_prints_the_table_in_its_order() throws Exception {
        assertThat(TestProjects.pdfText(built.publication().files().get("article.pdf")).replaceAll("\\s+", " "))
                .containsSubsequence("Themes and their sub-themes", "Theme", "Sub-theme", "Quotes", "Routines",
                        "Cooking together", "7", "Eating together", "5", "Friction", "Not divided: all noise", "All", "12",
                        "Fruit", "Price", "Bananas", "Oranges", "Sum", "3.44");
    }

    @Test
    void the_word_document_merges_the_cells_and_the_jats_spans_them() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Eating together")).findFirst()
                    .orElseThrow();
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(3);
            CTTcPr routines = table.getRow(1).getCell(0).getCTTc().getTcPr();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Routines");
            assertThat(routines.getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(table.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(table.getRow(2).getCell(0).getText()).isEmpty();
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Eating together");
            assertThat(table.getRow(3).getTableCells()).hasSize(2);
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo("Not divided: all noise");
            assertThat(table.getRow(3).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Element xml = Jsoup.parse(jats, "", Parser.xmlParser()).expectFirst("table-wrap#tab-themes");
        assertThat(xml.expectFirst("tbody td:containsOwn(Routines)").attr("rowspan")).isEqualTo("2");
        assertThat(xml.expectFirst("tbody td:contains(Not divided)").attr("colspan")).isEqualTo("2");
    }
}

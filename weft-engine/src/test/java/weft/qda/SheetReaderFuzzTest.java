package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.support.Fuzzer;

/**
 * Mutated CSV sheets never make the spreadsheet import throw: each gives a coding or diagnostics, every diagnostic
 * at the sheet (its file, or a row and column within the rows the sheet has), and a coding only without errors.
 */
@Tag("hostile-inputs")
class SheetReaderFuzzTest {

    static final String SHEET = String.join("\r\n", SheetImportTest.ROWS.stream()
            .map(r -> String.join(";", r.stream().map(c -> c.contains(";") ? "\"" + c + "\"" : c).toList())).toList()) + "\r\n";

    @Test
    void a_mutated_sheet_gives_a_coding_or_diagnostics_at_its_rows_never_an_exception() {
        Fuzzer.Report report = new Fuzzer("SheetReader", List.of(SHEET, SHEET.replace(';', ','),
                "id,Quote,Theme,Code\n1,\"A, b\",T,C\n1,\"A, b\",T,D\n")).run(input -> {
            Diagnostics diagnostics = new Diagnostics();
            Optional<SheetReader.Rows> rows;
            try {
                rows = SheetReader.csv(input.getBytes(StandardCharsets.UTF_8), "sheet.csv", diagnostics);
            } catch (java.io.IOException e) {
                return "an IOException: " + e;
            }
            Optional<QdaFile> coding = rows.flatMap(r -> SheetReader.coding(r, SheetReader.Columns.FOUND, "sheet.csv", diagnostics));
            long lines = input.lines().count() + 1;
            for (Diagnostic d : diagnostics.sorted()) {
                if (!d.position().path().startsWith("sheet.csv") || d.position().line() > lines) {
                    return "a diagnostic outside the sheet: " + d;
                }
            }
            if (coding.isPresent() && diagnostics.hasErrors()) {
                return "a coding despite errors: " + diagnostics.sorted();
            }
            return null;
        });
        assertThat(report.findings()).isEmpty();
    }
}

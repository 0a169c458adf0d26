package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * A coding kept in a spreadsheet, as content analysis is often done without a QDA tool (original expression, then
 * sub-category, category and main category in columns), imported as a QDA tool's file is: the tree, the quotes, the
 * participants, an import again after recoding. The sheets are written here, with words of our own.
 */
class SheetImportTest {

    static final List<List<String>> ROWS = List.of(
            List.of("Participant", "Original expression", "Reduced expression", "Sub-category", "Category", "Main category"),
            List.of("P1", "We cook on Sundays, all of us together.", "cooking together", "Cooking together", "Togetherness",
                    "Meals as family time"),
            List.of("P2", "Nobody has to think about dinner.", "relief", "Relief", "Togetherness", "Meals as family time"),
            List.of("P1", "The sink is always full.", "dishes", "Unwashed dishes", "Friction", "Meals as family time"),
            List.of("P1", "We cook on Sundays, all of us together.", "cooking together", "Sharing the work", "Friction",
                    "Meals as family time"),
            List.of("P3", "Mum decides what we eat.", "", "", "Who decides", "Meals as family time"));

    @TempDir
    Path temp;

    private Path csv(String name, List<List<String>> rows, String separator) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(separator, row.stream().map(c -> c.contains(separator) || c.contains("\"")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList())).append("\r\n");
        }
        return Files.writeString(temp.resolve(name), text.toString(), StandardCharsets.UTF_8);
    }

    private Path xlsx(String name, List<List<String>> rows) throws IOException {
        Path file = temp.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Analysis");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void a_content_analysis_table_becomes_the_frame_the_quotes_and_the_participants() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(xlsx("analysis.xlsx", ROWS), Optional.empty(), diagnostics).orElseThrow();
        assertThat(messages(diagnostics)).isEmpty(); // every column read, the reduced expressions too
        assertThat(imported.summary()).isEqualTo("Imported from analysis.xlsx: 8 codes in 3 levels, 4 quotes (3 with a reduced"
                + " expression), 3 participants.");
        String frame = imported.codingFrame();
        assertThat(frame).contains("levels:\n  - Main category\n  - Category\n  - Sub-category\n")
                .contains("  - id: meals-as-family-time\n    label: Meals as family time\n")
                .contains("        children:\n          - id: cooking-together\n            label: Cooking together\n")
                .contains("      - id: who-decides\n        label: Who decides\n");
        // the same quote in two rows is one quote coded to both nodes
        assertThat(imported.quotes().orElseThrow()).contains("""
                  - id: analysis-1
                    text: "We cook on Sundays, all of us together."
                    reduced: cooking together
                    codes:
                      - cooking-together
                      - sharing-the-work
                    presented: false
                    participant: p1
                    source:
                      recorded: true
                      file: analysis.xlsx
                """).contains("id: analysis-4\n    text: Mum decides what we eat.\n    codes:\n      - who-decides\n") // no reduction
                .contains("    text: Nobody has to think about dinner.\n    reduced: relief\n")
                .doesNotContain("lines:"); // the rows are no document: a quote of a sheet has no lines of one
        assertThat(imported.participants().orElseThrow()).contains("citedAs: P1", "citedAs: P2", "citedAs: P3");
    }

    @Test
    void a_row_without_text_adds_its_node_a_row_without_a_node_is_left_out_and_a_formula_gives_its_last_result()
            throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>(ROWS);
        rows.add(List.of("", "", "", "", "Planning", "Meals as family time"));
        rows.add(List.of("P2", "Nobody asked me.", "", "", "", ""));
        Path file = xlsx("analysis.xlsx", rows);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            org.apache.poi.ss.usermodel.Cell cell = book.getSheetAt(0).getRow(2).getCell(1);
            cell.setCellFormula("CONCATENATE(\"Nobody has to think \",\"about dinner.\")");
            cell.setCellValue("Nobody has to think about dinner.");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), diagnostics).orElseThrow();
        assertThat(messages(diagnostics)).contains("WARNING analysis.xlsx!Analysis:8:2: the quote of this row is coded to no"
                + " node: left out");
        assertThat(imported.codingFrame()).contains("label: Planning\n");
        assertThat(imported.quotes().orElseThrow()).contains("text: Nobody has to think about dinner.\n")
                .doesNotContain("CONCATENATE", "Nobody asked me.");
        Diagnostics latin1 = new Diagnostics();
        Path csv = Files.write(temp.resolve("latin1.csv"), "Quote,Category\nCaf\u00e9,A\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(FrameImport.of(csv, Optional.empty(), latin1)).isEmpty();
        assertThat(messages(latin1)).containsExactly("ERROR latin1.csv: the file is not UTF-8 text: save it as CSV in UTF-8");
    }

    @Test
    void a_csv_file_with_semicolons_as_european_spreadsheets_write_it_gives_the_same() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported fromCsv = FrameImport.of(csv("analysis.csv", ROWS, ";"), Optional.empty(), diagnostics).orElseThrow();
        FrameImport.Imported fromXlsx = FrameImport.of(xlsx("analysis.xlsx", ROWS), Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(fromCsv.quotes().orElseThrow().replace("analysis.csv", "analysis.xlsx"))
                .isEqualTo(fromXlsx.quotes().orElseThrow());
        assertThat(fromCsv.codingFrame().replace("analysis.csv", "analysis.xlsx")).isEqualTo(fromXlsx.codingFrame());
    }

    @Test
    void a_libreoffice_workbook_gives_what_the_same_table_as_csv_gives() throws IOException {
        Path sheets = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/sheets");
        Path ods = Files.copy(sheets.resolve("analysis.ods"), temp.resolve("analysis.ods"));
        Path csv = Files.copy(sheets.resolve("analysis.csv"), temp.resolve("analysis.csv"));
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported fromOds = FrameImport.of(ods, Optional.empty(), diagnostics).orElseThrow();
        assertThat(messages(diagnostics)).isEmpty();
        FrameImport.Imported fromCsv = FrameImport.of(csv, Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(fromOds.codingFrame().replace("analysis.ods", "analysis.csv")).isEqualTo(fromCsv.codingFrame());
        assertThat(fromOds.quotes().orElseThrow().replace("analysis.ods", "analysis.csv")).isEqualTo(fromCsv.quotes().orElseThrow());
        assertThat(fromOds.participants().orElseThrow().replace("analysis.ods", "analysis.csv")).isEqualTo(fromCsv.participants().orElseThrow())
                .as("Calc's number cell 12 is the participant 12, not 12.0").contains("citedAs: \"12\"");
        assertThat(fromOds.quotes().orElseThrow()).as("a cell's two paragraphs are the quote's two lines")
                .contains("    text: |-\n      I said no.\n      Then I  cried.\n");
    }

    @Test
    void an_ods_formula_gives_the_result_the_file_holds_and_is_never_evaluated() throws IOException {
        Path fixture = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/sheets/analysis.ods");
        Path file = temp.resolve("formula.ods");
        String cell = "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Dinner is at six."
                + "</text:p></table:table-cell>";
        // the formula would give "Dinner at six."; the file holds the result it had when saved
        String formula = "<table:table-cell table:formula=\"of:=CONCATENATE(&quot;Dinner &quot;;&quot;at six.&quot;)\""
                + " office:value-type=\"string\" office:string-value=\"The result kept.\" calcext:value-type=\"string\">"
                + "<text:p>The result kept.</text:p></table:table-cell>";
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(fixture));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("content.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(xml).contains(cell);
                    bytes = xml.replace(cell, formula).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(imported.quotes().orElseThrow()).contains("text: The result kept.\n").doesNotContain("Dinner at six.",
                "CONCATENATE");
    }

    /**
     * Taguette exports a project's codebook as REFI-QDA without its highlights; its "export all highlights" (CSV or
     * Excel) is how its coded text leaves it: a row per tag of a highlight, columns id, document, tag and content
     * (taguette/export.py, highlights_csv), a highlight with no tag given an empty tag. The words are our own.
     */
    @Test
    void taguettes_export_of_highlights_is_read_as_it_writes_it() throws IOException {
        Path file = csv("all_tags.csv", List.of(
                List.of("id", "document", "tag", "content"),
                List.of("3", "Interview 1", "routines", "Work and sleep, so each day is planned around the shifts."),
                List.of("3", "Interview 1", "work", "Work and sleep, so each day is planned around the shifts."),
                List.of("7", "Interview 2", "routines", "We eat when the last one is home."),
                List.of("8", "Interview 2", "routines\\meals", "Dinner is at six."),
                List.of("9", "Interview 2", "", "Not tagged yet.")), ",");
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), diagnostics).orElseThrow();
        assertThat(messages(diagnostics)).containsExactly(
                "WARNING all_tags.csv:6:4: the quote of this row is coded to no node: left out");
        // a tag's path (routines\meals, as Taguette writes a tag within a tag) nests as the codebook's names do
        assertThat(imported.codingFrame()).contains("levels:\n  - code\n  - sub-code\n")
                .contains("  - id: routines\n    label: routines\n").contains("  - id: work\n    label: work\n")
                .contains("    children:\n      - id: meals\n        label: meals\n");
        assertThat(imported.quotes().orElseThrow()).contains("""
                  - id: interview-1-1
                    text: "Work and sleep, so each day is planned around the shifts."
                    codes:
                      - routines
                      - work
                """).contains("    file: Interview 2\n").doesNotContain("Not tagged yet.");
    }

    @Test
    void what_cannot_be_read_is_an_error_at_its_row_and_column() throws IOException {
        Diagnostics gap = new Diagnostics();
        List<List<String>> rows = List.of(ROWS.get(0), List.of("P1", "Text", "", "Orphan", "", "Main"));
        assertThat(FrameImport.of(csv("gap.csv", rows, ","), Optional.empty(), gap)).isEmpty();
        assertThat(messages(gap)).contains("ERROR gap.csv:2:4: 'Orphan' has no Category above it in this row: fill in every"
                + " level above a node");

        Diagnostics noText = new Diagnostics();
        assertThat(FrameImport.of(csv("notext.csv", List.of(List.of("Category", "Sub-category"), List.of("A", "B")), ","),
                Optional.empty(), noText)).isEmpty();
        assertThat(messages(noText)).containsExactly("ERROR notext.csv:1:1: no column of the quotes' text: name one quote, text,"
                + " original expression, meaning unit, utterance, excerpt, segment, coded text, quotation, content (or the same in"
                + " Finnish, Swedish, German, French, Spanish or Portuguese), or give its header with --column text=HEADER (the"
                + " first row holds category, sub-category)");

        Diagnostics twins = new Diagnostics();
        assertThat(FrameImport.of(csv("twins.csv", List.of(List.of("Quote", "Theme", "Category"), List.of("x", "A", "B")), ","),
                Optional.empty(), twins)).isEmpty();
        assertThat(messages(twins)).containsExactly("ERROR twins.csv:1:3: columns 'theme' and 'category' stand at the same height"
                + " of a coding frame: name the level columns from the top with --levels");

        Diagnostics named = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(csv("twins.csv", List.of(List.of("Quote", "Theme", "Category"),
                List.of("x y", "A", "B")), ","), Optional.empty(),
                new SheetReader.Columns(List.of("Theme", "Category"), java.util.Map.of()), named).orElseThrow();
        assertThat(imported.codingFrame()).contains("levels:\n  - Theme\n  - Category\n");
    }

    @Test
    void a_table_headed_in_words_weft_does_not_know_is_read_with_its_columns_named() throws IOException {
        List<List<String>> rows = List.of(List.of("Henkilö", "Ote", "Alempi luokka", "Ylempi luokka"),
                List.of("H1", "Kokkaamme sunnuntaisin.", "Yhdessä kokkaaminen", "Yhteisöllisyys"));
        Path file = csv("analyysi.csv", rows, ";");
        Diagnostics found = new Diagnostics();
        assertThat(FrameImport.of(file, Optional.empty(), found)).isEmpty();
        assertThat(messages(found)).singleElement().asString().startsWith("ERROR analyysi.csv:1:1: no column of the quotes' text");
        Diagnostics named = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), new SheetReader.Columns(List.of("Ylempi luokka",
                "Alempi luokka"), java.util.Map.of("text", "Ote", "participant", "Henkilö")), named).orElseThrow();
        assertThat(messages(named)).isEmpty();
        assertThat(imported.codingFrame()).contains("levels:\n  - Ylempi luokka\n  - Alempi luokka\n", "label: Yhdessä kokkaaminen");
        assertThat(imported.quotes().orElseThrow()).contains("text: Kokkaamme sunnuntaisin.", "participant: h1");
        Diagnostics missing = new Diagnostics();
        assertThat(FrameImport.of(file, Optional.empty(), new SheetReader.Columns(List.of("Ylempi luokka"),
                java.util.Map.of("text", "Ilmaus")), missing)).isEmpty();
        assertThat(messages(missing)).containsExactly("ERROR analyysi.csv:1:1: no column 'Ilmaus' of the text given (the first row"
                + " holds henkilö, ote, alempi luokka, ylempi luokka)");
        Diagnostics noReduction = new Diagnostics();
        assertThat(FrameImport.of(file, Optional.empty(), new SheetReader.Columns(List.of("Ylempi luokka"),
                java.util.Map.of("text", "Ote", "reduced", "Tiivistys")), noReduction)).isEmpty();
        assertThat(messages(noReduction)).containsExactly("ERROR analyysi.csv:1:1: no column 'Tiivistys' of the reduced"
                + " expression given (the first row holds henkilö, ote, alempi luokka, ylempi luokka)");
    }

    /**
     * A survey's sheet, a row per coded answer with the respondent's age and region beside it: the columns named with
     * --attributes become each participant's attributes, in the order named; a respondent whose rows disagree keeps the
     * first value, with a warning at the other's cell; a column named that the sheet lacks, or one without participants,
     * is an error.
     */
    @Test
    void a_surveys_columns_of_age_and_region_become_the_participants_attributes() throws IOException {
        List<List<String>> rows = List.of(List.of("Respondent", "Region", "Age", "Answer", "Code", "Theme"),
                List.of("R1", "North", "34", "The bus stops at eight.", "Transport", "Access"),
                List.of("R1", "North", "34", "Nobody answers the phone.", "Contact", "Access"),
                List.of("R2", "South", "", "Too far to walk.", "Transport", "Access"),
                List.of("R2", "South", "61", "I go with my neighbour.", "Company", "Support"),
                List.of("R3", "East", "45", "We share a car.", "Company", "Support"),
                List.of("R3", "West", "45", "", "Company", "Support"));
        Path file = csv("survey.csv", rows, ",");
        // a survey's "Respondent" is found as the participant's column, as "Participant" is
        SheetReader.Columns columns = new SheetReader.Columns(List.of("Theme", "Code"), java.util.Map.of("text", "Answer"),
                List.of("Age", "Region"));
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), columns, diagnostics).orElseThrow();
        assertThat(messages(diagnostics)).containsExactly("WARNING survey.csv:7:2: participant 'R3' has Region 'West' here but"
                + " 'East' in row 6: the first is kept");
        assertThat(imported.participants().orElseThrow()).contains("""
                  - id: r1
                    citedAs: R1
                    attributes:
                      Age: "34"
                      Region: North
                """, """
                  - id: r2
                    citedAs: R2
                    attributes:
                      Age: "61"
                      Region: South
                """, """
                    attributes:
                      Age: "45"
                      Region: East
                """);

        Diagnostics missing = new Diagnostics();
        assertThat(FrameImport.of(file, Optional.empty(), new SheetReader.Columns(List.of("Theme", "Code"), java.util.Map.of(
                "participant", "Respondent", "text", "Answer"), List.of("Gender")), missing)).isEmpty();
        assertThat(messages(missing)).containsExactly("ERROR survey.csv:1:1: no column 'Gender' of the attributes given (the first"
                + " row holds respondent, region, age, answer, code, theme)");
        Diagnostics nobody = new Diagnostics();
        Path answers = csv("answers.csv", rows.stream().map(r -> r.subList(1, r.size())).toList(), ",");
        assertThat(FrameImport.of(answers, Optional.empty(), new SheetReader.Columns(List.of("Theme", "Code"), java.util.Map.of(
                "text", "Answer"), List.of("Age")), nobody)).isEmpty();
        assertThat(messages(nobody)).containsExactly("ERROR answers.csv:1:1: attributes are the participants': the sheet needs a"
                + " column of the participants (participant, case, speaker, informant, respondent (or the same in Finnish,"
                + " Swedish, German, French, Spanish or Portuguese), or --column participant=HEADER)");
    }

    @Test
    void importing_the_sheet_again_after_recoding_keeps_the_authors_work_and_lists_the_changes() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("content"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        FrameImport.Imported first = FrameImport.of(xlsx("analysis.xlsx", ROWS), Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(ImportedFiles.write(project, first, new Diagnostics())).isPresent();
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        TestProjects.replaceIn(frame, "        label: Togetherness\n", "        label: Togetherness\n        narrative: |\n"
                + "          Families ate together.\n");
        // the author's own reduction of a quote the sheet gives none: kept
        TestProjects.replaceIn(project.resolve("coded-data/quotes/imported.yaml"), "    text: Mum decides what we eat.\n",
                "    text: Mum decides what we eat.\n    reduced: mother's choice\n");
        // recoded: the sink's quote moved from Friction to Togetherness
        // and a reduced expression re-worded
        List<List<String>> recoded = ROWS.stream().map(r -> r.get(1).equals("The sink is always full.")
                ? List.of("P1", r.get(1), "dishes", "Unwashed dishes", "Togetherness", "Meals as family time")
                : r.get(2).equals("relief") ? List.of(r.get(0), r.get(1), "no dinner to plan", r.get(3), r.get(4), r.get(5))
                : r).toList();
        FrameImport.Imported second = FrameImport.of(xlsx("analysis.xlsx", recoded), Optional.empty(), new Diagnostics()).orElseThrow();
        ImportedFiles.Written written = ImportedFiles.write(project, second, new Diagnostics()).orElseThrow();
        assertThat(written.merged()).isTrue();
        // a label that is one node's in the sheet names that node wherever it stands: moved, not removed and added
        assertThat(written.changes()).contains("moved: node 'unwashed-dishes' from under 'friction' to under 'togetherness'",
                "reduced: quote 'analysis-2' takes the file's reduced expression");
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("reduced: no dinner to plan",
                "reduced: mother's choice").doesNotContain("reduced: relief");
        assertThat(Files.readString(frame)).contains("Families ate together.", "recoded:");

        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document quote = Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/analysis-3.html"));
        assertThat(quote.select(".entry-quote blockquote").text()).isEqualTo("\u201CThe sink is always full.\u201D");
        assertThat(quote.text()).contains("Togetherness", "P1");
    }

    /** A survey's sheet again: the changes name the spreadsheet, its rows and the participants no row names. */
    @Test
    void importing_a_survey_again_names_the_spreadsheet_its_rows_and_the_participants_no_row_names() throws IOException {
        Path project = QdpxFiles.studyToImportInto(temp.resolve("study"));
        List<List<String>> rows = List.of(List.of("Respondent", "Region", "Answer", "Theme"),
                List.of("R1", "North", "The bus stops at eight.", "Access"),
                List.of("R2", "South", "Too far to walk.", "Access"),
                List.of("R3", "East", "We share a car.", "Support"));
        SheetReader.Columns columns = new SheetReader.Columns(List.of("Theme"), java.util.Map.of("text", "Answer"),
                List.of("Region"));
        FrameImport.Imported first = FrameImport.of(csv("survey.csv", rows, ","), Optional.empty(), columns,
                new Diagnostics()).orElseThrow();
        assertThat(ImportedFiles.write(project, first, new Diagnostics())).isPresent();
        List<List<String>> again = List.of(rows.get(0), rows.get(1), List.of("R2", "West", "Too far to walk.", "Access"));
        FrameImport.Imported second = FrameImport.of(csv("survey.csv", again, ","), Optional.empty(), columns,
                new Diagnostics()).orElseThrow();
        ImportedFiles.Written written = ImportedFiles.write(project, second, new Diagnostics()).orElseThrow();
        assertThat(written.changes()).contains("attributes: participant 'r2' takes the spreadsheet's values",
                "removed: participant 'r3' (no row of the spreadsheet names them)");
        assertThat(written.changes()).contains("removed: quote 'survey-3' (its row is no longer coded in the spreadsheet)");
        assertThat(String.join("\n", written.changes())).doesNotContain("QDA file");
    }

    /**
     * Tables headed in the languages Weft bundles, as their methods' literature heads them, are read without naming
     * their columns: a Finnish content analysis (its reduced expressions too), a German
     * one, a Swedish one in Graneheim and Lundman's columns, whose theme and category stand at one height.
     */
    @Test
    void tables_headed_in_finnish_german_or_swedish_are_read_by_their_headers() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Alkuperäinen ilmaus", java.text.Normalizer.Form.NFD);
        Path finnish = csv("analyysi.csv", List.of(
                List.of("Haastateltava", decomposed, "Pelkistetty ilmaus", "Alaluokka", "Yläluokka", "Pääluokka"),
                List.of("H1", "Kokkaamme sunnuntaisin.", "yhdessä kokkaaminen", "Yhdessä kokkaaminen", "Yhteisöllisyys",
                        "Ateriat perheen aikana"),
                List.of("H2", "Tiskit jäävät minulle.", "tiskit", "Tiskit", "Kitka", "Ateriat perheen aikana")), ";");
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(finnish, Optional.empty(), diagnostics).orElseThrow();
        assertThat(imported.codingFrame()).contains("levels:\n  - Pääluokka\n  - Yläluokka\n  - Alaluokka\n",
                "label: Ateriat perheen aikana");
        assertThat(imported.quotes().orElseThrow()).contains("text: Kokkaamme sunnuntaisin.\n    reduced: yhdessä kokkaaminen\n",
                "participant: h2");
        assertThat(imported.summary()).contains("2 quotes (each with its reduced expression)");
        assertThat(messages(diagnostics)).isEmpty();

        Path german = csv("analyse.csv", List.of(List.of("Teilnehmer", "Zitat", "Subkategorie", "Hauptkategorie", "Quelle"),
                List.of("T1", "Wir kochen sonntags.", "Gemeinsam kochen", "Zusammenhalt", "Interview 1")), ",");
        FrameImport.Imported deutsch = FrameImport.of(german, Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(deutsch.codingFrame()).contains("levels:\n  - Hauptkategorie\n  - Subkategorie\n");
        assertThat(deutsch.quotes().orElseThrow()).contains("text: Wir kochen sonntags.", "participant: t1", "Interview 1");

        Diagnostics swedish = new Diagnostics();
        assertThat(FrameImport.of(csv("analys.csv", List.of(List.of("Meningsbärande enhet", "Kod", "Kategori", "Tema"),
                List.of("Vi lagar mat.", "laga mat", "Gemenskap", "Att höra till")), ","), Optional.empty(), swedish)).isEmpty();
        assertThat(messages(swedish)).containsExactly("ERROR analys.csv:1:4: columns 'kategori' and 'tema' stand at the same"
                + " height of a coding frame: name the level columns from the top with --levels");
    }
}

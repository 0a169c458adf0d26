package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.Study;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.support.TestProjects;

/**
 * {@code weft export --format xlsx|csv}: a study's coding as an analysis table that a co-author recodes in a spreadsheet
 * program and {@code weft import} merges back: a table imported into a folder of its own gives the study's coding; imported
 * back into the study unchanged, it changes nothing; recoded, its changes are listed as a user reads them; the bytes are
 * the same each time.
 */
class SheetExportTest {

    @TempDir
    Path temp;

    private static Path project(String name) {
        return name.equals("default") ? TestProjects.defaultStudy() : TestProjects.fixture(name);
    }

    static byte[] export(Path project, QdaExport.Format format, Optional<Instant> date) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> bytes = QdaExport.of(project, format, date, diagnostics);
        assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
        return bytes.orElseThrow();
    }

    private Path exported(Path project, String name, QdaExport.Format format) throws IOException {
        return QdaExport.write(temp.resolve(name), format, export(project, format, Optional.empty()));
    }

    /** The import a user runs: the table read as the project's import reads it, then written (merged where it can be). */
    static ImportedFiles.Written imported(Path table, Path project, Diagnostics diagnostics) throws IOException {
        FrameImport.Imported imported = FrameImport.of(table, Optional.empty(), SheetColumns.of(project,
                SheetReader.Columns.FOUND), diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        return ImportedFiles.write(project, imported, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    private static Study read(Path project) {
        Diagnostics diagnostics = new Diagnostics();
        return new StudyReader(new SchemaChecker()).read(new ProjectFiles(project, BuildOptions.defaults().maxFileBytes()),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    /** Each quote as "text -> the labels of its nodes", and the tree as indented labels. */
    private static List<String> coding(Study study) {
        Map<String, String> labels = new HashMap<>();
        List<String> lines = new ArrayList<>();
        tree(study.frame().roots(), "", labels, lines);
        study.quotes().forEach(q -> lines.add(q.text() + " -> " + q.codes().stream().map(c -> labels.get(c.id())).toList()));
        return lines;
    }

    private static void tree(List<CodeNode> nodes, String indent, Map<String, String> labels, List<String> lines) {
        for (CodeNode n : nodes) {
            labels.put(n.id(), n.label());
            lines.add(indent + n.label());
            tree(n.children(), indent + "  ", labels, lines);
        }
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        return SheetReader.csv(Files.readAllBytes(csv), csv.getFileName().toString(), diagnostics).orElseThrow().cells();
    }

    private static Path csv(Path file, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        return Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "mini-study", "interview-study", "portuguese-study"})
    void a_study_as_a_table_imported_into_a_folder_of_its_own_has_the_same_coding(String name) throws IOException {
        Path project = project(name);
        for (QdaExport.Format format : List.of(QdaExport.Format.XLSX, QdaExport.Format.CSV)) {
            Path table = exported(project, name + "." + format.extension(), format);
            Path folder = QdpxFiles.studyToImportInto(temp.resolve(name + "-" + format.extension()));
            Diagnostics diagnostics = new Diagnostics();
            FrameImport.Imported imported = FrameImport.of(table, Optional.empty(), new SheetReader.Columns(read(project)
                    .frame().levels().subList(0, 1 + maxDepth(read(project).frame().roots())), Map.of()), diagnostics).orElseThrow(
                    () -> new AssertionError(diagnostics.sorted()));
            assertThat(ImportedFiles.write(folder, imported, diagnostics)).isPresent();
            assertThat(coding(read(folder))).as(format.extension()).isEqualTo(coding(read(project)));
        }
    }

    private static int maxDepth(List<CodeNode> nodes) {
        return nodes.stream().mapToInt(n -> n.children().isEmpty() ? 0 : 1 + maxDepth(n.children())).max().orElse(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "mini-study", "interview-study", "portuguese-study"})
    void a_table_imported_back_into_its_study_unchanged_changes_nothing(String name) throws IOException {
        Path project = TestProjects.copy(project(name), temp.resolve(name));
        Map<String, String> before = TestProjects.codedData(project);
        // and the project zip: a label the source cuts off, shown and exported " […]", comes back as it was written
        for (QdaExport.Format format : List.of(QdaExport.Format.XLSX, QdaExport.Format.CSV, QdaExport.Format.QDPX)) {
            Path table = exported(project, name + "." + format.extension(), format);
            Diagnostics diagnostics = new Diagnostics();
            ImportedFiles.Written written = imported(table, project, diagnostics);
            assertThat(written.changes()).as(format.extension()).isEmpty();
            assertThat(diagnostics.hasErrors()).isFalse();
            assertThat(TestProjects.codedData(project)).as(format.extension()).isEqualTo(before);
        }
    }

    @Test
    void the_table_holds_the_frame_first_then_a_row_for_each_coding_with_the_guids_an_import_follows() throws IOException {
        List<List<String>> rows = rows(exported(TestProjects.fixture("mini-study"), "mini.csv", QdaExport.Format.CSV));
        assertThat(rows.get(0)).containsExactly("id", "participant", "source", "text", "sub-theme", "theme", "guid",
                "participant guid");
        assertThat(rows.get(1)).containsExactly("", "", "", "", "Cooking together", "Togetherness at the table", "", "");
        // the quote coded to two nodes is two rows, one GUID: the one weft export --format qdpx gives it
        List<List<String>> sink = rows.stream().filter(r -> r.get(0).equals("sink-full")).toList();
        assertThat(sink).extracting(r -> r.get(4) + "|" + r.get(5)).containsExactly("Unwashed dishes|Friction over food",
                "|Friction over food");
        assertThat(sink).extracting(r -> r.get(6)).containsOnly(QdaExport.derivedGuid("quote", "sink-full"));
    }

    @Test
    void a_co_authors_recoding_in_the_table_comes_back_listed_and_the_authors_quote_files_are_never_rewritten()
            throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        String quotes = Files.readString(project.resolve("coded-data/quotes/quotes.yaml"));
        List<List<String>> rows = new ArrayList<>(rows(exported(project, "mini.csv", QdaExport.Format.CSV)));
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            if (row.get(0).equals("same-table")) {
                row.set(4, "Cooking together"); // recoded to another sub-theme
            }
            if (row.get(4).equals("Unwashed dishes")) {
                row.set(5, "Togetherness at the table"); // the sub-theme moved to the other theme
            }
            rows.set(r, row);
        }
        rows.add(List.of("", "P9", "notes", "- Nobody clears up.", "Unwashed dishes", "Togetherness at the table", "", ""));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.Written written = imported(csv(temp.resolve("recoded.csv"), rows), project, diagnostics);
        assertThat(written.changes()).contains(
                "moved: node 'dishes' from under 'friction' to under 'togetherness'",
                "recoded in the spreadsheet: quote 'same-table' from ['eating-together'] to ['cooking-together']; Weft does not"
                        + " rewrite coded-data/quotes/quotes.yaml: change its codes there",
                "added: quote 'notes-1', coded to ['dishes']",
                "added: participant 'p9'");
        assertThat(String.join("\n", written.changes())).doesNotContain("QDA", "removed: node");
        assertThat(Files.readString(project.resolve("coded-data/quotes/quotes.yaml"))).isEqualTo(quotes);
        JsonNode frame = QdaYaml.MAPPER.readTree(project.resolve("coded-data/coding-frame.yaml").toFile());
        assertThat(frame.path("nodes").get(0).path("children").findValuesAsText("id")).contains("dishes");
        // the nodes matched by their labels keep what they were: written by hand, no GUID of the sheet's
        assertThat(frame.findValues("guid")).isEmpty();
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("text: '- Nobody clears up.'");
    }

    @Test
    void a_value_that_begins_as_a_formula_is_written_after_an_apostrophe_and_read_without_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "text: The sink is always full.",
                "text: =The sink is always full.");
        Path table = exported(project, "formula.csv", QdaExport.Format.CSV);
        assertThat(Files.readString(table)).contains(",'=The sink is always full.,");
        assertThat(rows(table)).anyMatch(r -> r.get(3).equals("=The sink is always full."));
        assertThat(imported(table, project, new Diagnostics()).changes()).isEmpty();
    }

    @Test
    void an_imported_studys_quotes_and_participants_follow_their_guids_and_keep_attributes_the_table_is_not_read_for()
            throws IOException {
        Path project = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Path survey = csv(temp.resolve("survey.csv"), List.of(List.of("Respondent", "Region", "Answer", "Theme"),
                List.of("R1", "North", "The bus stops at eight.", "Access"),
                List.of("R2", "South", "Too far to walk.", "Access"),
                List.of("R3", "East", "We share a car.", "Support")));
        Diagnostics first = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(survey, Optional.empty(), new SheetReader.Columns(List.of("Theme"),
                Map.of("text", "Answer"), List.of("Region")), first).orElseThrow();
        assertThat(ImportedFiles.write(project, imported, first)).isPresent();
        // the author cites R2 otherwise and no longer keeps the columns the import was told
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "citedAs: R2", "citedAs: Respondent 2");
        // R1 as an import makes a participant of a QDA tool's document (--participants sources): kept so through the table
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "Region: North\n    qda:\n",
                "Region: North\n    qda:\n      from: source\n");
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        Files.writeString(frame, Files.readString(frame).replaceAll("sheet:\n(  .*\n)+", ""));
        // and R3's one quote is removed: a participant without a quote, whom the table keeps in a row of their own
        Path quotes = project.resolve("coded-data/quotes/imported.yaml");
        Files.writeString(quotes, Files.readString(quotes).replaceAll("(?s)\n  - id: survey-3\n.*$", "\n"));
        Map<String, String> before = TestProjects.codedData(project);

        Path table = exported(project, "survey.xlsx", QdaExport.Format.XLSX);
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.Written written = imported(table, project, diagnostics);
        assertThat(written.changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
        // the attribute's column is not read without --attributes, and leaves the participants' values as they were
        assertThat(diagnostics.sorted()).extracting(Object::toString).anyMatch(d -> d.startsWith(
                "WARNING survey.xlsx!Coding:1:3: column 'Region' is not imported"));
        assertThat(Files.readString(project.resolve("coded-data/participants.yaml"))).contains("Region: South", "citedAs: R3");

        // rows sorted in a spreadsheet program (the quotes' rows reversed): nothing reordered, nothing changed
        List<List<String>> rows = rows(exported(project, "survey-table.csv", QdaExport.Format.CSV));
        assertThat(rows).anyMatch(r -> r.get(1).equals("R3") && r.get(4).isEmpty());
        List<List<String>> sorted = new ArrayList<>(rows.subList(0, 1));
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        java.util.Collections.reverse(body);
        sorted.addAll(body);
        assertThat(imported(csv(temp.resolve("sorted.csv"), sorted), project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
    }

    @Test
    void a_guid_the_rows_contradict_is_an_error_at_its_cell() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        List<List<String>> rows = new ArrayList<>(rows(exported(project, "interviews.csv", QdaExport.Format.CSV)));
        int guid = rows.get(0).indexOf("participant guid");
        int who = rows.get(0).indexOf("participant");
        int first = -1;
        for (int r = 1; r < rows.size() && first < 0; r++) {
            first = rows.get(r).get(guid).isEmpty() ? -1 : r;
        }
        int other = first + 1;
        while (rows.get(other).get(who).equals(rows.get(first).get(who)) || rows.get(other).get(guid).isEmpty()) {
            other++;
        }
        List<String> changed = new ArrayList<>(rows.get(other));
        changed.set(who, rows.get(first).get(who)); // another participant's quote given this one's name, its GUID left
        rows.set(other, changed);
        int last = rows.size() - 1;
        List<String> junk = new ArrayList<>(rows.get(last));
        junk.set(guid, "not-a-guid");
        rows.set(last, junk);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(FrameImport.of(csv(temp.resolve("edited.csv"), rows), Optional.empty(), SheetColumns.of(project,
                SheetReader.Columns.FOUND), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING edited.csv:1:3: columns 'group', 'sex', 'age' are not imported: Weft reads a quote's text, its reduced"
                        + " expression, id, participant and source, and the levels of the coding frame (name the participants'"
                        + " attributes, such as an age, with --attributes)",
                "ERROR edited.csv:" + (other + 1) + ":" + (guid + 1) + ": participant '" + rows.get(first).get(who)
                        + "' has the GUID " + rows.get(other).get(guid) + " here but " + rows.get(first).get(guid) + " in row "
                        + (first + 1) + ": one participant, one GUID",
                "ERROR edited.csv:" + (last + 1) + ":" + (guid + 1) + ": 'not-a-guid' is no GUID: keep the GUID columns as weft"
                        + " export wrote them, or empty the cell (a new quote or participant)");
    }

    /** A co-author reads the table's headers in the article's language where Weft reads that language's headers. */
    @Test
    void the_table_is_headed_in_the_articles_language_where_weft_reads_its_headers() {
        Optional<Instant> date = Optional.empty();
        assertThat(new String(export(TestProjects.fixture("portuguese-study"), QdaExport.Format.CSV, date),
                StandardCharsets.UTF_8).lines().findFirst()).hasValue("\uFEFFid,Participante,Fonte,Citação,unidade de análise,"
                + "tema,categoria,guid,Participante guid");
        assertThat(new String(export(TestProjects.fixture("mini-study"), QdaExport.Format.CSV, date),
                StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).startsWith("\uFEFFid,participant,source,text,");
        assertThat(SheetHeaders.role("reduced", "fi")).isEqualTo("pelkistetty ilmaus");
        assertThat(SheetHeaders.role("text", "sv-FI")).isEqualTo("meningsbärande enhet");
        assertThat(SheetHeaders.role("reduced", "ar")).isEqualTo("reduced expression");
        for (String language : List.of("fi", "sv", "de", "fr", "es", "pt")) { // each is a header the import finds untold
            for (String role : List.of("text", "reduced", "participant", "source")) {
                assertThat(SheetReader.isKnownHeader(SheetHeaders.role(role, language))).as(language + " " + role).isTrue();
            }
        }
    }

    @Test
    void the_same_study_gives_the_same_bytes() {
        Path project = TestProjects.defaultStudy();
        Optional<Instant> date = Optional.of(Instant.parse("2023-11-14T22:13:20Z"));
        assertThat(export(project, QdaExport.Format.XLSX, date)).isEqualTo(export(project, QdaExport.Format.XLSX, date));
        assertThat(export(project, QdaExport.Format.CSV, date)).isEqualTo(export(project, QdaExport.Format.CSV, date));
    }

    /**
     * POI keeps a streamed workbook's rows, the quotes' words, in a file of its temporary folder, by default one shared
     * by every user of the machine (java.io.tmpdir/poifiles, made by the first user, refused to the next): the export
     * asks POI's process-wide strategy for none, and leaves no folder of its own behind.
     */
    @Test
    void the_workbooks_rows_wait_in_a_folder_of_weft_s_own_not_in_the_machines_shared_one() throws IOException {
        List<String> asked = new ArrayList<>();
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public java.io.File createTempFile(String prefix, String suffix) throws IOException {
                asked.add(prefix + "…" + suffix);
                return Files.createTempFile(prefix, suffix).toFile();
            }

            @Override
            public java.io.File createTempDirectory(String prefix) throws IOException {
                asked.add(prefix);
                return Files.createTempDirectory(prefix).toFile();
            }
        });
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = workbookFolders(temporary);
        try {
            Path table = exported(TestProjects.defaultStudy(), "study.xlsx", QdaExport.Format.XLSX);
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(table))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(50); // the default study's rows, streamed
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(asked).isEmpty();
        // none of its own left (another Weft's may come and go meanwhile: the system's temporary folder is shared)
        assertThat(workbookFolders(temporary)).allMatch(before::contains);
    }

    private static List<Path> workbookFolders(Path temporary) throws IOException {
        try (var entries = Files.list(temporary)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("weft-workbook-")).sorted().toList();
        }
    }

    /** The workbook as a co-author opens it: one sheet, the headers frozen and filtered, the GUIDs' columns hidden, every cell text. */
    @Test
    void the_workbook_hides_the_guids_and_freezes_its_headers() throws IOException {
        Path table = exported(TestProjects.fixture("interview-study"), "interviews.xlsx", QdaExport.Format.XLSX);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(table))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Coding");
            var head = sheet.getRow(0);
            int columns = head.getLastCellNum();
            assertThat(head.getCell(columns - 2).getStringCellValue()).isEqualTo("guid");
            assertThat(sheet.isColumnHidden(columns - 2)).isTrue();
            assertThat(sheet.isColumnHidden(columns - 1)).isTrue();
            assertThat(sheet.isColumnHidden(0)).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            for (var row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING));
            }
        }
    }

    /** A table that shares no quote's GUID with a study written by hand is another study's: refused, nothing written. */
    @Test
    void a_table_without_the_studys_guids_is_never_merged_into_a_frame_written_by_hand() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Map<String, String> before = TestProjects.codedData(project);
        List<List<String>> rows = rows(exported(project, "mini.csv", QdaExport.Format.CSV)).stream()
                .map(r -> r.subList(0, r.size() - 2)).toList();
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(csv(temp.resolve("other.csv"), rows), Optional.empty(),
                SheetColumns.of(project, SheetReader.Columns.FOUND), diagnostics).orElseThrow();
        assertThat(ImportedFiles.write(project, imported, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).anyMatch(d -> d.startsWith("ERROR other.csv: not one code"
                + " of this file is in coded-data/coding-frame.yaml, which was written by hand"));
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
    }

    /** An attribute named as a column Weft reads otherwise stays out of the table, warned of; a quote's two texts are an error. */
    @Test
    void an_attribute_named_as_another_column_is_left_out_and_one_guid_has_one_text() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "attributes: {group: Resident, sex: Male, age: \"83\"}",
                "attributes: {group: Resident, sex: Male, age: \"83\", interview: second}");
        Diagnostics diagnostics = new Diagnostics();
        byte[] csv = QdaExport.of(project, QdaExport.Format.CSV, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).anyMatch(d -> d.matches("WARNING coded-data/study.yaml:\\d+:\\d+:"
                + " the participants' attribute 'interview' is not in the spreadsheet: a column of that header would be read"
                + " as another column of an analysis table"));
        Path table = Files.write(temp.resolve("interviews.csv"), csv);
        List<List<String>> rows = new ArrayList<>(rows(table));
        assertThat(rows.get(0)).doesNotContain("interview").contains("group", "sex", "age");
        int text = rows.get(0).indexOf("text");
        int guid = rows.get(0).indexOf("guid");
        int at = 1;
        while (rows.get(at).get(guid).isEmpty()) {
            at++;
        }
        List<String> copy = new ArrayList<>(rows.get(at));
        copy.set(text, "Other words.");
        rows.add(copy);
        Diagnostics reading = new Diagnostics();
        assertThat(FrameImport.of(csv(temp.resolve("twice.csv"), rows), Optional.empty(), SheetColumns.of(project,
                SheetReader.Columns.FOUND), reading)).isEmpty();
        assertThat(reading.sorted()).extracting(Object::toString).contains("ERROR twice.csv:" + rows.size() + ":" + (text + 1)
                + ": quote '" + copy.get(0) + "' has another text here than in row " + (at + 1) + ": one GUID, one text");
    }

    /** Levels named as no analysis table heads them are read back by the study's own names: no --levels needed. */
    @Test
    void levels_named_in_the_studys_own_words_are_read_back_by_them() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "levels: [theme, sub-theme]",
                "levels: [Kokoava luokka, Pelkistys-ryhmä]");
        Map<String, String> before = TestProjects.codedData(project);
        Path table = exported(project, "omat.xlsx", QdaExport.Format.XLSX);
        assertThat(imported(table, project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
        Diagnostics elsewhere = new Diagnostics();
        assertThat(FrameImport.of(table, Optional.empty(), SheetReader.Columns.FOUND, elsewhere)).isEmpty();
        assertThat(elsewhere.sorted()).extracting(Object::toString).anyMatch(d -> d.startsWith(
                "ERROR omat.xlsx!Coding:1:1: no column of the coding frame's levels: name them from the top with --levels"));
    }

    /**
     * A node renamed in every row of the table, standing where it stood with the same quotes, is the same node renamed:
     * its id and narrative kept, the narrative marked for a check; renamed and recoded at once, it is a new node.
     */
    @Test
    void a_node_renamed_in_the_table_keeps_its_id_and_narrative() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        List<List<String>> rows = rows(exported(project, "mini.csv", QdaExport.Format.CSV)).stream()
                .map(r -> r.stream().map(c -> c.equals("Friction over food") ? "Conflicts over food" : c).toList()).toList();
        ImportedFiles.Written written = imported(csv(temp.resolve("renamed.csv"), rows), project, new Diagnostics());
        assertThat(written.changes()).containsExactly(
                "renamed: node 'friction' from \"Friction over food\" to \"Conflicts over food\"",
                "recoded: the narrative of node 'friction' may be stale (renamed from \"Friction over food\")");
        String frame = Files.readString(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(frame).contains("  - id: friction\n    label: Conflicts over food\n", "Conflicts were frequent");

        Path again = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("again"));
        List<List<String>> recoded = new ArrayList<>(rows);
        recoded.add(List.of("", "", "notes", "Plates pile up.", "Unwashed dishes", "Conflicts over food", "", ""));
        ImportedFiles.Written other = imported(csv(temp.resolve("recoded.csv"), recoded), again, new Diagnostics());
        assertThat(other.changes()).contains("added: node 'conflicts-over-food' (\"Conflicts over food\")");
    }

    /** The reduced expressions go out in their column and come back: unchanged, nothing; re-worded, listed for the author's file. */
    @Test
    void a_reduced_expression_re_worded_in_the_table_is_listed_for_the_authors_file() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: Same table, same people, every night.\n",
                "    text: Same table, same people, every night.\n    reduced: |\n      the same table every night\n");
        TestProjects.replaceIn(quotes, "    text: The sink is always full.\n", "    text: The sink is always full.\n"
                + "    reduced: a full sink\n");
        Map<String, String> before = TestProjects.codedData(project);
        Path table = exported(project, "reduced.csv", QdaExport.Format.CSV);
        List<List<String>> rows = rows(table);
        assertThat(rows.get(0)).containsSequence("text", "reduced expression");
        assertThat(imported(table, project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);

        List<List<String>> reworded = rows.stream().map(r -> r.stream().map(c -> c.equals("a full sink") ? "dishes piling up"
                : c).toList()).toList();
        assertThat(imported(csv(temp.resolve("reworded.csv"), reworded), project, new Diagnostics()).changes()).containsExactly(
                "reduced in the spreadsheet: quote 'sink-full' has another reduced expression there; Weft does not rewrite"
                        + " coded-data/quotes/quotes.yaml: change its reduced expression there if the new one is right");
        assertThat(TestProjects.codedData(project)).isEqualTo(before);
    }

    /**
     * A study imported from a QDA tool keeps, through its table and back, what only the QDA tool knows: who coded each
     * quote to which node (the agreement between coders), kept for each node the quote is still coded to.
     */
    @Test
    void a_qda_tools_coders_survive_the_table_and_go_with_the_codes_the_co_author_removed() throws IOException {
        Path qdpx = QdaExport.write(temp.resolve("mini.qdpx"), QdaExport.Format.QDPX, export(TestProjects.fixture("mini-study"),
                QdaExport.Format.QDPX, Optional.empty()));
        Path project = QdpxFiles.studyToImportInto(temp.resolve("study"));
        imported(qdpx, project, new Diagnostics());
        Path quotes = project.resolve("coded-data/quotes/imported.yaml");
        JsonNode sink = java.util.stream.StreamSupport.stream(QdaYaml.MAPPER.readTree(quotes.toFile()).path("quotes").spliterator(),
                false).filter(q -> q.path("text").asText().equals("The sink is always full.")).findFirst().orElseThrow();
        List<String> codes = new ArrayList<>();
        sink.path("codes").forEach(c -> codes.add(c.asText()));
        assertThat(codes).hasSize(2);
        String guid = sink.path("qda").path("guid").asText();
        TestProjects.replaceIn(quotes, "      guid: " + guid + "\n", "      guid: " + guid + "\n      codings:\n"
                + "        - {code: " + codes.get(0) + ", coder: Researcher A}\n        - {code: " + codes.get(1)
                + ", coder: Researcher B}\n");
        Map<String, String> before = TestProjects.codedData(project);

        List<List<String>> rows = rows(exported(project, "imported.csv", QdaExport.Format.CSV));
        assertThat(imported(csv(temp.resolve("same.csv"), rows), project, new Diagnostics()).changes()).isEmpty();
        assertThat(TestProjects.codedData(project)).isEqualTo(before);

        // the co-author removes the quote's second coding: its coder goes with it, the first stays
        int text = rows.get(0).indexOf("text");
        List<List<String>> recoded = new ArrayList<>(rows);
        List<String> second = rows.stream().filter(r -> r.get(text).equals("The sink is always full.")).skip(1).findFirst()
                .orElseThrow();
        recoded.remove(second);
        assertThat(imported(csv(temp.resolve("recoded.csv"), recoded), project, new Diagnostics()).changes())
                .anyMatch(c -> c.startsWith("recoded: quote '"));
        String after = Files.readString(quotes);
        assertThat(after).contains("coder: Researcher A").doesNotContain("Researcher B");
    }

    /** A control character XML has no place for: the workbook refused at the quote (its writer would make it "?"); the CSV holds it. */
    @Test
    void a_control_character_is_no_workbooks_and_a_csv_files() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "text: The sink is always full.",
                "text: \"The sink \\u0007is always full.\"");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(QdaExport.of(project, QdaExport.Format.XLSX, Optional.empty(), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "ERROR coded-data/quotes/quotes.yaml:21:21: quote 'sink-full' holds the control character U+0007, which a"
                        + " workbook cannot hold (its writer would make it a question mark): export the table as csv",
                "WARNING coded-data/quotes/quotes.yaml:21:21: quote 'sink-full' holds the control character U+0007, which"
                        + " no page shows and a workbook cannot hold; remove it unless the words need it");
        Path table = exported(project, "bell.csv", QdaExport.Format.CSV);
        assertThat(rows(table)).anyMatch(r -> r.get(3).equals("The sink \u0007is always full."));
        assertThat(imported(table, project, new Diagnostics()).changes()).isEmpty();
    }
}

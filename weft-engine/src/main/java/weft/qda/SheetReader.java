package weft.qda;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Reads a coding kept in a spreadsheet (a {@code .csv} file, or the first sheet of an {@code .xlsx} or {@code .ods}
 * workbook) as a
 * REFI-QDA file would give it, so that the import makes its tree, quotes and participants as for a QDA tool's file and
 * merges a later import with the earlier one. The first row names the columns: the quote's text ({@code quote},
 * {@code text}, {@code original expression}, {@code meaning unit} …), the levels of the coding frame from the top
 * ({@code main category}, {@code generic category}, {@code category}, {@code sub-category}, {@code theme},
 * {@code sub-theme}, {@code code} …, or those the user names), and optionally {@code id}, {@code participant} and
 * {@code source}. Each row codes its quote to the node its level cells name. The codes' and quotes' GUIDs are derived
 * from their labels' path and from the quote's id (or its text, source and participant), so that importing the sheet
 * again follows them; a table {@code weft export} wrote ({@link SheetExport}) gives each quote's GUID and its
 * participant's in columns of their own ({@code guid}, {@code participant guid}), and its levels the study's names.
 */
public final class SheetReader {

    private static final Map<String, Integer> LEVELS = SheetHeaders.LEVELS;
    private static final List<String> TEXT = SheetHeaders.TEXT;
    private static final List<String> ID = SheetHeaders.ID;
    private static final List<String> PARTICIPANT = SheetHeaders.PARTICIPANT;
    private static final List<String> SOURCE = SheetHeaders.SOURCE;
    private static final List<String> REDUCED = SheetHeaders.REDUCED;
    private static final String IN_OTHER_LANGUAGES = " (or the same in Finnish, Swedish, German, French, Spanish or"
            + " Portuguese)";

    /** The characters with which a value that a spreadsheet program would run as a formula begins. */
    static final String FORMULA_START = "=+-@\t\r";

    /** Whether {@code cell} is a header Weft reads as a column of an analysis table (text, id, level, GUID …). */
    static boolean isKnownHeader(String cell) {
        String h = header(cell);
        return TEXT.contains(h) || ID.contains(h) || PARTICIPANT.contains(h) || SOURCE.contains(h) || REDUCED.contains(h)
                || LEVELS.containsKey(h) || h.equals(GUID) || h.endsWith(" " + GUID);
    }

    /** The roles a column can be given by its header with {@link Columns#named()}. */
    public static final List<String> ROLES = List.of("text", "id", "participant", "source", "reduced");

    /**
     * Which columns are which where the headers do not say it in the words Weft knows: the level columns from the top
     * ({@code levels}), and by role ({@code text}, {@code id}, {@code participant}, {@code source}) the header of
     * each column the user names; empty to find them by their headers. {@code attributes}: the headers of the columns
     * that hold the participants' attributes (a survey's age, region), each imported as the attribute of that name.
     */
    public record Columns(List<String> levels, Map<String, String> named, List<String> attributes,
                          Optional<SourcePosition> remembered, List<String> study) {

        public static final Columns FOUND = new Columns(List.of(), Map.of());

        public Columns(List<String> levels, Map<String, String> named) {
            this(levels, named, List.of());
        }

        public Columns(List<String> levels, Map<String, String> named, List<String> attributes) {
            this(levels, named, attributes, Optional.empty());
        }

        public Columns(List<String> levels, Map<String, String> named, List<String> attributes,
                       Optional<SourcePosition> remembered) {
            this(levels, named, attributes, remembered, List.of());
        }

        /**
         * The same, the study's own level names ({@code study}, its coding frame's {@code levels}) read as its levels
         * where the sheet has a column of each and none is named: a sheet weft export wrote.
         */
        public Columns withStudy(List<String> study) {
            return new Columns(levels, named, attributes, remembered, study);
        }

        /**
         * {@code remembered}: where the study's earlier import wrote any of these down (its coding frame's
         * {@code sheet:}, see {@link SheetColumns}), so that a sheet that no longer has them is told where they came from.
         */
        public Columns {
            levels = List.copyOf(levels);
            named = Map.copyOf(named);
            attributes = List.copyOf(attributes);
            study = List.copyOf(study);
        }

        /** Whether nothing is named: every column found by its header. */
        public boolean isEmpty() {
            return levels.isEmpty() && named.isEmpty() && attributes.isEmpty();
        }
    }

    /** A row of the sheet: its cells as text, with the row's number as the sheet shows it. */
    record Rows(String label, List<List<String>> cells, List<Integer> lines) {
    }

    private SheetReader() {
    }

    /** Whether Weft reads {@code file} as a spreadsheet. */
    public static boolean isSheet(Path file) {
        return isSheetName(file.getFileName().toString());
    }

    /** Whether a file of this name is a spreadsheet Weft reads, by its extension. */
    public static boolean isSheetName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".ods");
    }

    /**
     * The coding of the sheet as a QDA file; {@code levels} the headers of its level columns from the top, empty to
     * find them by their names. Empty when it cannot be read (reported).
     */
    public static Optional<QdaFile> read(Path file, Columns columns, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > QdaReader.MAX_XML_BYTES) {
                diagnostics.error(SourcePosition.ofFile(name), "the file is larger than " + QdaReader.MAX_XML_BYTES / (1024 * 1024)
                        + " MB: refused");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String lower = name.toLowerCase(Locale.ROOT);
            Optional<Rows> rows = lower.endsWith(".xlsx") ? xlsx(bytes, name, diagnostics)
                    : lower.endsWith(".ods") ? ods(bytes, name, diagnostics) : csv(bytes, name, diagnostics);
            return rows.flatMap(r -> coding(r, columns, name, diagnostics));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(name), weft.read.ProjectFiles.cannotRead(e));
            return Optional.empty();
        }
    }

    /** The rows of a CSV file in UTF-8, separated by commas, semicolons or tabs (whichever the first line has most of). */
    static Optional<Rows> csv(byte[] bytes, String label, Diagnostics diagnostics) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            diagnostics.error(SourcePosition.ofFile(label), "the file is not UTF-8 text: save it as CSV in UTF-8");
            return Optional.empty();
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = text.lines().findFirst().orElse("");
        char separator = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                separator = c;
            }
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (true) {
                JsonLocation at = it.getCurrentLocation();
                if (!it.hasNextValue()) {
                    break;
                }
                List<String> row = it.nextValue();
                lines.add(cells.isEmpty() ? 1 : Math.max(1, (int) at.getLineNr()));
                cells.add(row.stream().map(v -> v == null ? "" : formula(v)).toList());
            }
        } catch (RuntimeException | IOException e) {
            diagnostics.error(SourcePosition.ofFile(label), "the CSV file cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
        return Optional.of(new Rows(label, cells, lines));
    }

    /**
     * A value as written: an apostrophe before a value that begins as a formula does is taken off, as Weft's CSV tables
     * and the evidence's spreadsheet write it so that no spreadsheet program runs it (and a spreadsheet program that
     * opens such a file keeps it in the cell's text, as LibreOffice Calc does).
     */
    private static String formula(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    /** The rows of the first sheet of a workbook, each cell as the spreadsheet program shows it. */
    static Optional<Rows> xlsx(byte[] bytes, String label, Diagnostics diagnostics) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            format.setUseCachedValuesForFormulaCells(true); // a formula's last result, as the sheet shows it; never evaluated
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    values.add(cell == null ? "" : formula(format.formatCellValue(cell)));
                }
                cells.add(values);
                lines.add(row.getRowNum() + 1);
            }
            return Optional.of(new Rows(label + "!" + sheet.getSheetName(), cells, lines));
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourcePosition.ofFile(label), "the workbook cannot be read (an .xlsx file of Excel or LibreOffice is"
                    + " expected): " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    /**
     * The rows of the first sheet of a LibreOffice (OpenDocument) workbook, by SODS: a text cell as written, a number
     * without a trailing ".0" (the sheet's display format is not applied), a date as YYYY-MM-DD, a formula's last
     * result (never evaluated). Its parts are unzipped first within {@link QdaReader#MAX_XML_BYTES}, as SODS holds them
     * in memory.
     */
    static Optional<Rows> ods(byte[] bytes, String label, Diagnostics diagnostics) {
        String expected = "the workbook cannot be read (an .ods file of LibreOffice is expected)";
        try {
            if (!QdaReader.unzipsWithin(bytes, label, diagnostics)) {
                return Optional.empty();
            }
            com.github.miachm.sods.SpreadSheet book = new com.github.miachm.sods.SpreadSheet(new ByteArrayInputStream(bytes));
            if (book.getNumSheets() == 0) {
                diagnostics.error(SourcePosition.ofFile(label), expected + ": no sheet in it can be read; open it in LibreOffice"
                        + " Calc and save it again, or save it as .xlsx or .csv");
                return Optional.empty();
            }
            com.github.miachm.sods.Sheet sheet = book.getSheet(0);
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
                Object[][] values = sheet.getDataRange().getValues();
                for (int r = 0; r < values.length; r++) {
                    List<String> row = new ArrayList<>();
                    for (Object value : values[r]) {
                        row.add(formula(odsCell(value)));
                    }
                    cells.add(row);
                    lines.add(r + 1);
                }
            }
            return Optional.of(new Rows(label + "!" + sheet.getName(), cells, lines));
        } catch (IOException | RuntimeException e) {
            // the XML parser's message is two lines: where in content.xml, then what
            String why = String.join(" ", String.valueOf(e.getMessage()).lines().map(String::strip).toList());
            diagnostics.error(SourcePosition.ofFile(label), expected + ": " + (why.isBlank() ? e.getClass().getSimpleName() : why));
            return Optional.empty();
        }
    }

    private static String odsCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.time.LocalDateTime t && t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return t.toLocalDate().toString();
        }
        return value.toString();
    }

    private static String header(String cell) {
        return SheetHeaders.of(cell);
    }

    /** The sheet's coding, or empty when its columns cannot be told apart (reported). */
    static Optional<QdaFile> coding(Rows rows, Columns columns, String file, Diagnostics diagnostics) {
        List<String> named = columns.levels();
        String label = rows.label();
        if (rows.cells().isEmpty()) {
            diagnostics.error(SourcePosition.ofFile(label), "the sheet is empty: its first row names the columns");
            return Optional.empty();
        }
        List<String> head = rows.cells().get(0).stream().map(SheetReader::header).toList();
        int line = rows.lines().get(0);
        Map<String, Integer> given = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : columns.named().entrySet()) {
            int at = head.indexOf(header(e.getValue()));
            if (at < 0) {
                diagnostics.error(new SourcePosition(label, line, 1), "no column '" + e.getValue() + "' of the "
                        + (e.getKey().equals("reduced") ? "reduced expression" : e.getKey())
                        + " given (the first row holds " + String.join(", ", head) + ")");
                return Optional.empty();
            }
            given.put(e.getKey(), at);
        }
        int text = given.getOrDefault("text", column(head, TEXT));
        if (text < 0) {
            diagnostics.error(new SourcePosition(label, line, 1), "no column of the quotes' text: name one "
                    + String.join(", ", SheetHeaders.ENGLISH_TEXT) + IN_OTHER_LANGUAGES + ", or give its header with --column"
                    + " text=HEADER (the first row holds " + String.join(", ", head) + ")");
            return Optional.empty();
        }
        int id = given.getOrDefault("id", column(head, ID));
        int participant = given.getOrDefault("participant", column(head, PARTICIPANT));
        int source = given.getOrDefault("source", column(head, SOURCE));
        int reduced = given.getOrDefault("reduced", column(head, REDUCED));
        List<Integer> roles = List.of(text, id, participant, source, reduced);
        List<Integer> levels = new ArrayList<>();
        // a sheet headed by the study's own level names (as weft export writes it) is read by them
        List<Integer> own = columns.study().stream().map(l -> head.indexOf(header(l))).toList();
        if (named.isEmpty() && !own.isEmpty() && !own.contains(-1)) {
            levels.addAll(own);
        } else if (!named.isEmpty()) {
            for (String level : named) {
                int at = head.indexOf(header(level));
                if (at < 0) {
                    diagnostics.error(new SourcePosition(label, line, 1), "no column '" + level + "' of the levels given (the"
                            + " first row holds " + String.join(", ", head) + ")");
                    return Optional.empty();
                }
                levels.add(at);
            }
        } else {
            Map<Integer, Integer> byRank = new java.util.TreeMap<>();
            for (int i = 0; i < head.size(); i++) {
                Integer rank = LEVELS.get(head.get(i));
                if (rank != null && byRank.putIfAbsent(rank, i) != null) {
                    diagnostics.error(new SourcePosition(label, line, i + 1), "columns '" + head.get(byRank.get(rank)) + "' and '"
                            + head.get(i) + "' stand at the same height of a coding frame: name the level columns from the"
                            + " top with --levels");
                    return Optional.empty();
                }
            }
            levels.addAll(byRank.values());
            if (levels.isEmpty()) {
                diagnostics.error(new SourcePosition(label, line, 1), "no column of the coding frame's levels: name them from"
                        + " the top with --levels, or use headers such as main category, category, sub-category"
                        + IN_OTHER_LANGUAGES + " (the first row holds " + String.join(", ", head) + ")");
                return Optional.empty();
            }
        }
        // the GUIDs weft export writes beside a quote and its participant, so that an import follows them
        int quoteGuid = head.indexOf(GUID);
        int participantGuid = participant < 0 ? -1 : head.indexOf(guidHeader(head.get(participant)));
        List<Integer> guidColumns = List.of(quoteGuid, participantGuid);
        Map<Integer, String> attributeColumns = new LinkedHashMap<>();
        for (String attribute : columns.attributes()) {
            int at = head.indexOf(header(attribute));
            if (at < 0) {
                diagnostics.error(new SourcePosition(label, line, 1), "no column '" + attribute + "' of the attributes given"
                        + " (the first row holds " + String.join(", ", head) + ")");
                return Optional.empty();
            }
            if (roles.contains(at) || levels.contains(at) || guidColumns.contains(at)) {
                diagnostics.error(new SourcePosition(label, line, at + 1), "column '" + attribute + "' is given as an attribute"
                        + " but is the quotes' text, id, participant, source, reduced expression or a level");
                return Optional.empty();
            }
            attributeColumns.put(at, rows.cells().get(0).get(at).strip());
        }
        if (!attributeColumns.isEmpty() && participant < 0) {
            diagnostics.error(new SourcePosition(label, line, 1), "attributes are the participants': the sheet needs a column"
                    + " of the participants (" + String.join(", ", SheetHeaders.ENGLISH_PARTICIPANT) + IN_OTHER_LANGUAGES
                    + ", or --column participant=HEADER)");
            return Optional.empty();
        }
        List<String> unused = new ArrayList<>();
        int firstUnused = -1;
        for (int i = 0; i < head.size(); i++) {
            if (!head.get(i).isEmpty() && !roles.contains(i) && !levels.contains(i) && !guidColumns.contains(i)
                    && !attributeColumns.containsKey(i)) {
                unused.add(rows.cells().get(0).get(i).strip());
                firstUnused = firstUnused < 0 ? i : firstUnused;
            }
        }
        if (!unused.isEmpty()) { // at the first of them, in the row of the headers
            diagnostics.warning(new SourcePosition(label, line, firstUnused + 1), (unused.size() == 1
                    ? "column '" + unused.get(0) + "' is" : "columns '" + String.join("', '", unused) + "' are") + " not imported: Weft reads a quote's text, its"
                    + " reduced expression, id, participant and source, and the levels of the coding frame"
                    + (participant >= 0 ? " (name the participants' attributes, such as an age, with --attributes)" : ""));
        }
        Map<String, Map<String, Attribute>> attributes = new LinkedHashMap<>();

        Codes codes = new Codes(levels.stream().map(i -> rows.cells().get(0).get(i).strip()).toList());
        Map<String, Quote> quotes = new LinkedHashMap<>();
        Guids participants = new Guids();
        Map<String, SourcePosition> quoteless = new LinkedHashMap<>(); // participants of rows with no text and no node
        for (int r = 1; r < rows.cells().size(); r++) {
            List<String> row = rows.cells().get(r);
            int at = rows.lines().get(r);
            String words = cell(row, text);
            attributes(row, at, cell(row, participant).strip(), attributeColumns, attributes, label, diagnostics);
            List<String> path = new ArrayList<>();
            boolean gap = false;
            for (int l = 0; l < levels.size(); l++) {
                String value = cell(row, levels.get(l)).strip();
                if (value.isEmpty()) {
                    gap = true;
                } else if (gap) {
                    diagnostics.error(new SourcePosition(label, at, levels.get(l) + 1), "'" + value + "' has no "
                            + codes.levels.get(l - 1) + " above it in this row: fill in every level above a node");
                    path = null;
                    break;
                } else {
                    path.add(value);
                }
            }
            if (path == null) {
                continue;
            }
            if (words.isBlank()) {
                if (!path.isEmpty()) {
                    codes.node(path, label, at, levels); // a node with no quote yet is still the frame's
                } else if (!cell(row, participant).isBlank()) { // a participant with no quote yet (a table of weft export's)
                    String who = cell(row, participant).strip();
                    Guid whoGuid = guidIn(row, participantGuid, label, at, diagnostics);
                    if (whoGuid != null && participants.take(who, whoGuid, diagnostics)) {
                        quoteless.putIfAbsent(who, new SourcePosition(label, at, participant + 1));
                    }
                }
                continue;
            }
            if (path.isEmpty()) {
                diagnostics.warning(new SourcePosition(label, at, text + 1), "the quote of this row is coded to no node: left out");
                continue;
            }
            Builder code = codes.node(path, label, at, levels);
            Guid quoteGuidValue = guidIn(row, quoteGuid, label, at, diagnostics);
            String who = cell(row, participant).strip();
            Guid whoGuid = who.isEmpty() ? Guid.NONE : guidIn(row, participantGuid, label, at, diagnostics);
            if (quoteGuidValue == null || whoGuid == null || !participants.take(who, whoGuid, diagnostics)) {
                continue;
            }
            String idValue = cell(row, id).strip();
            String from = cell(row, source).strip();
            String key = !quoteGuidValue.value().isEmpty() ? "guid:" + quoteGuidValue.value()
                    : idValue.isEmpty() ? "text:" + from + "\u0000" + who + "\u0000" + words : "id:" + idValue;
            Quote q = quotes.get(key);
            if (q == null) {
                quotes.put(key, new Quote(quoteGuidValue.value().isEmpty() ? guid("quote", key) : quoteGuidValue.value(), words,
                        cell(row, reduced).strip(), from, who, new ArrayList<>(List.of(code)), new SourcePosition(label, at, text + 1)));
            } else if (!q.text.equals(words)) {
                diagnostics.error(new SourcePosition(label, at, text + 1), "quote '" + (idValue.isEmpty() ? quoteGuidValue.value()
                        : idValue) + "' has another text here than in row " + q.position.line() + ": one "
                        + (quoteGuidValue.value().isEmpty() ? "id" : "GUID") + ", one text");
            } else if (!q.codes.contains(code)) {
                q.codes.add(code);
            }
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(file(codes, quotes, file, List.copyOf(attributeColumns.values()), attributes, participants,
                quoteless));
    }

    /** The header of the column that holds the GUIDs of the column headed {@code header} (both as {@link SheetHeaders#of}). */
    static String guidHeader(String header) {
        return header + " " + GUID;
    }

    /** The header of a quote's GUID column, and the word after the participant's header in theirs. */
    static final String GUID = "guid";

    private static final java.util.regex.Pattern GUID_FORM = java.util.regex.Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    /** A GUID of a row's cell (upper case, as REFI-QDA writes them), where it was. */
    private record Guid(String value, SourcePosition at) {
        static final Guid NONE = new Guid("", null);
    }

    /** The GUID in the row's {@code column} (none where the sheet has no such column or the cell is empty); null if it is none (reported). */
    private static Guid guidIn(List<String> row, int column, String label, int line, Diagnostics diagnostics) {
        String value = cell(row, column).strip();
        if (value.isEmpty()) {
            return Guid.NONE;
        }
        SourcePosition at = new SourcePosition(label, line, column + 1);
        if (!GUID_FORM.matcher(value).matches()) {
            diagnostics.error(at, "'" + value + "' is no GUID: keep the GUID columns as weft export wrote them, or empty the"
                    + " cell (a new quote or participant)");
            return null;
        }
        return new Guid(value.toUpperCase(Locale.ROOT), at);
    }

    /**
     * The participants' GUIDs the rows give, each participant named as the rows name them: one participant, one GUID, as
     * weft export wrote them. A participant renamed in some of their rows only (another's GUID beside the name), or
     * two GUIDs for one name, is an error at the cell; a row that names a participant without a GUID is theirs.
     */
    private static final class Guids {
        private static final String KIND = "participant";
        private final Map<String, Guid> byName = new LinkedHashMap<>();
        private final Map<String, String> nameOf = new LinkedHashMap<>();

        /** Takes {@code guid} (perhaps none) for {@code name}; false where it contradicts an earlier row (reported). */
        boolean take(String name, Guid guid, Diagnostics diagnostics) {
            if (guid.value().isEmpty()) {
                return true;
            }
            Guid earlier = byName.get(name);
            if (earlier != null && !earlier.value().equals(guid.value())) {
                diagnostics.error(guid.at(), KIND + " '" + name + "' has the GUID " + guid.value() + " here but "
                        + earlier.value() + " in row " + earlier.at().line() + ": one " + KIND + ", one GUID");
                return false;
            }
            String other = nameOf.putIfAbsent(guid.value(), name);
            if (other != null && !other.equals(name)) {
                diagnostics.error(guid.at(), "the GUID " + guid.value() + " is the " + KIND + " '" + other + "' in row "
                        + byName.get(other).at().line() + " but '" + name + "' here: rename a " + KIND + " in every row"
                        + " of it, or empty its GUID in the rows of a new one");
                return false;
            }
            byName.putIfAbsent(name, guid);
            return true;
        }

        String of(String name, String otherwise) {
            Guid g = byName.get(name);
            return g == null ? otherwise : g.value();
        }

    }

    /** An attribute's value for a participant, and the row and column it was first given in. */
    private record Attribute(String value, int line, int column) {
    }

    /**
     * Takes the row's attributes for its participant: the first value given for each (a survey's row per answer repeats
     * it); another value in a later row is a warning at its cell, the first kept.
     */
    private static void attributes(List<String> row, int line, String who, Map<Integer, String> columns,
                                   Map<String, Map<String, Attribute>> attributes, String label, Diagnostics diagnostics) {
        if (who.isEmpty()) {
            return;
        }
        columns.forEach((column, name) -> {
            String value = cell(row, column).strip();
            if (value.isEmpty()) {
                return;
            }
            Attribute first = attributes.computeIfAbsent(who, w -> new LinkedHashMap<>()).putIfAbsent(name,
                    new Attribute(value, line, column + 1));
            if (first != null && !first.value().equals(value)) {
                diagnostics.warning(new SourcePosition(label, line, column + 1), "participant '" + who + "' has " + name + " '"
                        + value + "' here but '" + first.value() + "' in row " + first.line() + ": the first is kept");
            }
        });
    }

    private static QdaFile file(Codes codes, Map<String, Quote> quotes, String file, List<String> names,
                                Map<String, Map<String, Attribute>> attributes, Guids participants,
                                Map<String, SourcePosition> quoteless) {
        Map<String, List<Quote>> bySource = new LinkedHashMap<>();
        quotes.values().forEach(q -> bySource.computeIfAbsent(q.source.isEmpty() ? file : q.source, s -> new ArrayList<>()).add(q));
        List<QdaSource> sources = new ArrayList<>();
        Map<String, byte[]> texts = new LinkedHashMap<>();
        Map<String, List<QdaCase.Reference>> cases = new LinkedHashMap<>();
        bySource.forEach((name, list) -> {
            String guid = guid("source", name);
            StringBuilder text = new StringBuilder();
            List<QdaSelection> selections = new ArrayList<>();
            for (Quote q : list) {
                long start = text.codePointCount(0, text.length());
                text.append(q.text);
                long end = text.codePointCount(0, text.length());
                text.append("\n\n");
                selections.add(new QdaSelection(q.guid, "", start, end, q.codes.stream().map(c -> new QdaSelection.Coding(
                        codes.guid(c), "", q.position)).toList(), q.position, Optional.empty(), java.util.OptionalInt.empty(),
                        q.reduced, ""));
                if (!q.participant.isEmpty()) {
                    cases.computeIfAbsent(q.participant, p -> new ArrayList<>()).add(new QdaCase.Reference(q.guid, q.position));
                }
            }
            String path = QdaSource.rows(guid);
            texts.put(path, text.toString().getBytes(StandardCharsets.UTF_8));
            sources.add(new QdaSource(guid, name, path, List.copyOf(selections)));
        });
        List<QdaCase> caseList = new ArrayList<>();
        quoteless.forEach((name, at) -> cases.putIfAbsent(name, List.of(new QdaCase.Reference("", at))));
        cases.forEach((name, refs) -> {
            Map<String, Attribute> given = attributes.getOrDefault(name, Map.of());
            List<QdaCase.Value> values = names.stream().filter(given::containsKey) // in the order the columns are named
                    .map(a -> new QdaCase.Value(a, given.get(a).value())).toList();
            List<QdaCase.Reference> selections = refs.stream().filter(r -> !r.guid().isEmpty()).toList();
            caseList.add(new QdaCase(participants.of(name, guid("case", name)), name, values, List.of(), selections,
                    refs.get(0).position()));
        });
        return new QdaFile("", codes.roots(), List.copyOf(sources), Map.copyOf(texts), 0, 0, List.copyOf(caseList), 0, List.of(),
                codes.levels);
    }

    private static int column(List<String> head, List<String> names) {
        for (String name : names) {
            int at = head.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    /** A GUID made from a name, the same for the same name in every import (so a later import follows it). */
    static String guid(String kind, String name) {
        return QdaExport.derivedGuid("sheet " + kind, name); // as the export derives them, in kinds of their own
    }

    /**
     * A quote of the sheet: rows with its GUID, else its id (else its text, source and participant), are one quote, coded
     * to their nodes.
     */
    private record Quote(String guid, String text, String reduced, String source, String participant, List<Builder> codes,
                         SourcePosition position) {
    }

    /**
     * The tree the rows' level cells make, nodes in the order they first appear. A node's GUID is made from its label
     * where no other node has that label (so that a node moved to another parent in the sheet is the same node, moved),
     * else from its path.
     */
    private static final class Codes {
        final List<String> levels;
        private final Map<String, Builder> byPath = new LinkedHashMap<>();
        private final List<Builder> roots = new ArrayList<>();
        private Map<String, Integer> labels;

        Codes(List<String> levels) {
            this.levels = levels;
        }

        /** The node at {@code path}, made with its ancestors where they are new. */
        Builder node(List<String> path, String label, int line, List<Integer> columns) {
            Builder parent = null;
            String key = "";
            for (int i = 0; i < path.size(); i++) {
                key = key + "\u0000" + path.get(i);
                Builder b = byPath.get(key);
                if (b == null) {
                    b = new Builder(key, path.get(i), new SourcePosition(label, line, columns.get(i) + 1));
                    byPath.put(key, b);
                    (parent == null ? roots : parent.children).add(b);
                }
                parent = b;
            }
            return parent;
        }

        /** Called once every row is read: how many nodes have each label. */
        String guid(Builder b) {
            if (labels == null) {
                labels = new java.util.HashMap<>();
                byPath.values().forEach(o -> labels.merge(o.name, 1, Integer::sum));
            }
            return labels.get(b.name) == 1 ? SheetReader.guid("code", b.name) : SheetReader.guid("code", b.path);
        }

        List<QdaCode> roots() {
            return roots.stream().map(this::build).toList();
        }

        private QdaCode build(Builder b) {
            return new QdaCode(guid(b), b.name, true, "", "", b.children.stream().map(this::build).toList(), b.position);
        }
    }

    private static final class Builder {
        final String path;
        final String name;
        final SourcePosition position;
        final List<Builder> children = new ArrayList<>();

        Builder(String path, String name, SourcePosition position) {
            this.path = path;
            this.name = name;
            this.position = position;
        }
    }
}

package weft.qda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.Quote;
import weft.model.Ref;
import weft.model.Study;
import weft.publish.StableZip;
import weft.publish.TemporaryFolders;

/**
 * A study's coding as an analysis table ({@code weft export --format xlsx} or {@code csv}), for a co-author who recodes
 * in a spreadsheet program, and that {@code weft import} merges back into the study: the coding frame first (a row for
 * each node without children, no text: the frame's order), a row for each participant without a quote (no text, no
 * node), then a row for each coding of a quote, in the study's order
 * (a quote coded to two nodes is two rows), each with the quote's id, participant, source, text and reduced expression
 * and the node's path, its levels written as the study names them, from the node the row codes to on the left up to the
 * top on the right, as an analysis table reads. Beside them, the GUIDs the import follows: the quote's
 * ({@code guid}: the one its import stored, else the one derived from its id, as {@code weft export --format qdpx}
 * gives it) and its participant's ({@code participant guid}); hidden in the workbook. Nodes are followed by their
 * labels. The headers are those the study's earlier import of a sheet was told (its coding frame's {@code sheet:}) where
 * it keeps them, so that an import of the table back reads it without being told again.
 */
final class SheetExport {

    /** Excel's limit on a cell's text. */
    static final int MAX_CELL = 32_767;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private SheetExport() {
    }

    /** The table's rows, the first its headers; empty where a quote does not fit a cell (reported). */
    static Optional<Table> table(Study study, Path project, QdaExport.Stored stored, Diagnostics diagnostics) {
        FrameIndex index = new FrameIndex(study.frame(), study.quotes());
        Columns columns = Columns.of(study, index, project, diagnostics);
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.header());
        frameRows(index, columns, rows);
        Rows quoteRows = new Rows(study, index, columns, stored);
        quoteRows.participantsWithoutQuotes(rows);
        boolean fits = true;
        for (Quote q : study.quotes()) {
            if (q.text().length() > MAX_CELL) {
                diagnostics.error(q.position(), "quote '" + q.id() + "' is longer than a spreadsheet's cell holds (" + MAX_CELL
                        + " characters): export the study as qdpx");
                fits = false;
            } else {
                quoteRows.of(q, rows);
            }
        }
        int width = columns.header().size();
        return fits ? Optional.of(new Table(rows, List.of(width - 2, width - 1), columns.header().indexOf(columns.role("text")),
                columns.levels(), columns.named(), study.quotes().size())) : Optional.empty();
    }

    /**
     * The table's columns: the roles' headers (as the study's earlier import of a sheet was told them, else Weft's),
     * the participants' attributes that can be columns, whether the reduced expressions are one, the levels' headers
     * from the top, and the frame's depth.
     */
    private record Columns(Map<String, String> named, List<String> attributes, boolean reduced, List<String> levels, int depth) {

        static Columns of(Study study, FrameIndex index, Path project, Diagnostics diagnostics) {
            Optional<SheetReader.Columns> kept = SheetColumns.remembered(project);
            Map<String, String> named = new HashMap<>(kept.map(SheetReader.Columns::named).orElse(Map.of()));
            boolean reduced = study.quotes().stream().anyMatch(q -> q.reducedWords().isPresent());
            for (String role : reduced ? List.of("text", "participant", "source", "reduced") : List.of("text", "participant",
                    "source")) { // the untold roles' headers in the article's language, where Weft reads that language's
                String header = SheetHeaders.role(role, study.info().language());
                if (!named.containsKey(role) && !header.equals(SheetHeaders.role(role, ""))) {
                    named.put(role, header);
                }
            }
            int depth = index.preorder().stream().mapToInt(n -> index.depth(n.id())).max().orElse(1);
            List<String> levels = levelHeaders(kept.map(SheetReader.Columns::levels).orElse(List.of()),
                    SheetColumns.levelNames(project), depth);
            Set<String> names = new LinkedHashSet<>(kept.map(SheetReader.Columns::attributes).orElse(List.of()));
            study.info().participants().forEach(p -> p.attributes().forEach(a -> names.add(a.name())));
            List<String> taken = new ArrayList<>(levels);
            taken.addAll(List.of("id", "participant", "source", "text", "reduced expression", SheetReader.GUID));
            taken.addAll(named.values());
            List<String> attributes = new ArrayList<>();
            for (String name : names) {
                if (taken.stream().anyMatch(h -> SheetHeaders.of(h).equals(SheetHeaders.of(name))) || SheetReader.isKnownHeader(name)) {
                    diagnostics.warning(study.info().participants().stream().filter(p -> p.attribute(name).isPresent())
                            .findFirst().orElseThrow().position(), "the participants' attribute '" + name + "' is not in the"
                            + " spreadsheet: a column of that header would be read as another column of an analysis table");
                } else {
                    attributes.add(name);
                }
            }
            return new Columns(Map.copyOf(named), attributes, reduced, levels, depth);
        }

        /** The header of a role's column ({@code text}, {@code id} …). */
        String role(String role) {
            return named.getOrDefault(role, SheetHeaders.role(role, "")); // Weft's English header
        }

        /** id, participant, the attributes, source, text, reduced expression, the levels from the bottom up, the GUIDs. */
        List<String> header() {
            List<String> header = new ArrayList<>(List.of(role("id"), role("participant")));
            header.addAll(attributes);
            header.addAll(List.of(role("source"), role("text")));
            if (reduced) {
                header.add(role("reduced"));
            }
            for (int d = depth; d >= 1; d--) {
                header.add(levels.get(d - 1));
            }
            header.addAll(List.of(SheetReader.GUID, SheetReader.guidHeader(role("participant"))));
            return header;
        }
    }

    /** A row for each node without children: the frame's nodes, each in its place, those without a quote too. */
    private static void frameRows(FrameIndex index, Columns columns, List<List<String>> rows) {
        int before = columns.header().size() - columns.depth() - 2;
        for (CodeNode n : index.preorder()) {
            if (n.children().isEmpty()) {
                List<String> row = new ArrayList<>(Collections.nCopies(before, ""));
                row.addAll(path(index, n.id(), columns.depth()));
                row.addAll(List.of("", ""));
                rows.add(row);
            }
        }
    }

    /** The rows of the participants and the quotes, with the GUIDs weft export gives them (the stored ones first). */
    private static final class Rows {
        private final Study study;
        private final FrameIndex index;
        private final Columns columns;
        private final QdaExport.Stored stored;
        private final QdaExport.Guids guids = new QdaExport.Guids();
        private final Map<String, String> participantGuids = new HashMap<>();
        private final Map<String, Participant> participants = new HashMap<>();

        Rows(Study study, FrameIndex index, Columns columns, QdaExport.Stored stored) {
            this.study = study;
            this.index = index;
            this.columns = columns;
            this.stored = stored;
            study.info().participants().forEach(p -> participants.put(p.id(), p));
        }

        private String guidOf(Participant p) {
            return participantGuids.computeIfAbsent(p.id(), id -> guids.of(stored.participantGuid(id), "participant", id));
        }

        /** A row for each participant without a quote (no text, no node), so that an import of the table keeps them. */
        void participantsWithoutQuotes(List<List<String>> rows) {
            Set<String> quoted = new HashSet<>();
            study.quotes().forEach(q -> q.participant().ifPresent(r -> quoted.add(r.id())));
            for (Participant p : study.info().participants()) {
                if (!quoted.contains(p.id())) {
                    List<String> row = new ArrayList<>(List.of("", cited(p)));
                    columns.attributes().forEach(name -> row.add(p.attribute(name).orElse("")));
                    row.addAll(Collections.nCopies(columns.header().size() - row.size() - 1, ""));
                    row.add(guidOf(p));
                    rows.add(row);
                }
            }
        }

        /** A row for each node the quote is coded to. */
        void of(Quote q, List<List<String>> rows) {
            Optional<Participant> who = q.participant().map(Ref::id).map(participants::get);
            String guid = guids.of(stored.quotes().getOrDefault(q.id(), QdaYaml.MAPPER.missingNode()).path("guid").asText(""),
                    "quote", q.id());
            String whoGuid = who.map(this::guidOf).orElse("");
            for (String code : q.codes().stream().map(Ref::id).distinct().toList()) {
                List<String> row = new ArrayList<>(List.of(q.id(), who.map(SheetExport::cited).orElse("")));
                columns.attributes().forEach(name -> row.add(who.flatMap(p -> p.attribute(name)).orElse("")));
                row.add(q.source().recorded() && !q.source().file().isBlank() ? q.source().file()
                        : Path.of(q.position().path()).getFileName().toString().replaceFirst("\\.yaml$", ""));
                row.add(q.text());
                if (columns.reduced()) {
                    row.add(q.reducedWords().orElse(""));
                }
                row.addAll(path(index, code, columns.depth()));
                row.addAll(List.of(guid, whoGuid));
                rows.add(row);
            }
        }
    }

    /**
     * Whether a workbook can hold the study's words: XML, of which a workbook is made, has no place for the control
     * characters but tab and line ends (nor U+FFFE, U+FFFF), which a workbook's writer would turn into question marks;
     * each quote, node or participant that holds one is an error at its place (a CSV file holds them: export as csv).
     */
    static boolean fitsAWorkbook(Study study, FrameIndex index, Diagnostics diagnostics) {
        boolean fits = true;
        for (Quote q : study.quotes()) {
            int at = unfit(q.text());
            if (at >= 0) {
                fits = refused("quote '" + q.id() + "'", q.text().charAt(at), q.textAt().at(q.text(), at), diagnostics);
            } else if (q.reduced().isPresent() && unfit(q.reduced().get().content()) >= 0) {
                String reduced = q.reduced().get().content();
                int in = unfit(reduced);
                fits = refused("the reduced expression of quote '" + q.id() + "'", reduced.charAt(in),
                        q.reduced().get().positionAt(in), diagnostics);
            }
        }
        for (CodeNode n : index.preorder()) {
            int at = unfit(n.label());
            if (at >= 0) {
                fits = refused("node '" + n.id() + "'", n.label().charAt(at), n.position(), diagnostics);
            }
        }
        for (Participant p : study.info().participants()) {
            List<String> words = new ArrayList<>(List.of(p.citedAs()));
            p.attributes().forEach(a -> words.addAll(List.of(a.name(), a.value())));
            for (String w : words) {
                if (unfit(w) >= 0) {
                    fits = refused("participant '" + p.id() + "'", w.charAt(unfit(w)), p.position(), diagnostics);
                    break;
                }
            }
        }
        return fits;
    }

    /** Where {@code text} holds its first character a workbook cannot hold, or -1. */
    private static int unfit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(String what, char c, weft.diagnostics.SourcePosition at, Diagnostics diagnostics) {
        diagnostics.error(at, what + " holds the control character U+" + String.format("%04X", (int) c) + ", which a"
                + " workbook cannot hold (its writer would make it a question mark): export the table as csv");
        return false;
    }

    /** A participant as the table names them: as the article cites them. */
    private static String cited(Participant p) {
        return p.citedAs().isBlank() ? p.id() : p.citedAs();
    }

    /**
     * The table's rows (the first its headers), the columns of GUIDs, the text's column, the levels' headers from the
     * top, the roles' headers the study's import was told, and how many quotes it holds.
     */
    record Table(List<List<String>> rows, List<Integer> guidColumns, int textColumn, List<String> levels,
                 Map<String, String> named, int quotes) {
    }

    /**
     * {@code bytes}, once read back as weft import reads a sheet: the same quotes, no error. Else Weft's bug: an
     * internal error, nothing written.
     */
    static byte[] readsBack(byte[] bytes, boolean csv, Table table) {
        Diagnostics check = new Diagnostics();
        try {
            // the CSV file as written; a workbook's rows as they went into it (read whole again, 20,000 rows take a gigabyte)
            Optional<SheetReader.Rows> written = csv ? SheetReader.csv(bytes, "table.csv", check) : Optional.of(new SheetReader.Rows(
                    "table.xlsx", table.rows(), java.util.stream.IntStream.rangeClosed(1, table.rows().size()).boxed().toList()));
            Optional<QdaFile> read = written.flatMap(rows -> SheetReader.coding(rows, new SheetReader.Columns(table.levels(),
                    table.named()), "table", check));
            long quotes = read.map(f -> f.sources().stream().mapToLong(s -> s.selections().size()).sum()).orElse(-1L);
            if (check.hasErrors() || quotes != table.quotes()) {
                throw new IllegalStateException("internal error: weft import cannot read the table back (" + quotes + " of "
                        + table.quotes() + " quotes; " + check.sorted() + "), so it was not written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** The level columns' headers: those the earlier import was told, else the frame's names, else "Level N". */
    private static List<String> levelHeaders(List<String> told, List<String> frame, int depth) {
        List<String> names = told.size() >= depth ? told : frame.size() >= depth ? frame : List.of();
        List<String> headers = new ArrayList<>();
        for (int d = 1; d <= depth; d++) {
            headers.add(names.isEmpty() ? "Level " + d : names.get(d - 1));
        }
        return headers;
    }

    /** The labels of the node's path from the node up to the top, blank above its depth (the row's level cells). */
    private static List<String> path(FrameIndex index, String id, int depth) {
        List<CodeNode> path = index.path(id);
        List<String> cells = new ArrayList<>();
        for (int d = depth; d >= 1; d--) {
            cells.add(d <= path.size() ? path.get(d - 1).label() : "");
        }
        return cells;
    }

    /**
     * The table as CSV (RFC 4180, lines ended by CRLF, UTF-8 with a byte-order mark), a value that begins as a formula
     * does written after an apostrophe (which weft import takes off again), so that no spreadsheet program runs it.
     */
    static byte[] csv(Table table) {
        List<List<String>> cells = table.rows().stream().map(row -> row.stream().map(SheetExport::inert).toList()).toList();
        try {
            return ("\uFEFF" + CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(cells))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the table", e);
        }
    }

    static String inert(String value) {
        return !value.isEmpty() && SheetReader.FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * The table as an Excel workbook: one sheet, its headers bold and frozen, a filter on them, the text wrapped, the
     * GUIDs' columns hidden, printed landscape across one page's width; every cell text (never a formula). The same bytes for the same table and {@code date}.
     */
    static byte[] xlsx(Table table, String title, Optional<Instant> date) {
        // Streamed (SXSSF): a study of 10,000 quotes is a sheet of 20,000 rows, which a workbook held whole takes a
        // gigabyte to write. The streamed rows wait in a file, the quotes' words in it: POI's own place for it is one
        // folder for every user of the machine (java.io.tmpdir/poifiles: made by the first user, refused to the next,
        // and left with the file if the export is killed), so the file goes in a folder of Weft's own instead, for
        // this export only (this thread's, as POI allows), deleted whole after it, or by the next Weft if killed.
        Path folder;
        try {
            folder = TemporaryFolders.create("weft-workbook-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the workbook", e);
        }
        try {
            return TempFile.withStrategy(new DefaultTempFileCreationStrategy(folder.toFile()), () -> workbook(table, title, date));
        } finally {
            TemporaryFolders.delete(folder);
        }
    }

    private static byte[] workbook(Table table, String title, Optional<Instant> date) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never); // a zip StableZip reads in order
            SXSSFSheet sheet = book.createSheet("Coding");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            List<List<String>> rows = table.rows();
            int columns = rows.get(0).size();
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (c == table.textColumn() ? 60 : 22) * 256);
            }
            table.guidColumns().forEach(c -> sheet.setColumnHidden(c, true));
            sheet.createFreezePane(0, 1);
            // printed as an analysis table is read: landscape, the columns across one page's width, the headers on each page
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size() - 1), 0, columns - 1));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(rows.get(r).get(c));
                    if (r == 0) {
                        cell.setCellStyle(head);
                    } else if (c == table.textColumn()) {
                        cell.setCellStyle(wrapped);
                    }
                }
            }
            Instant when = date.orElse(Instant.parse("1980-01-01T00:00:00Z"));
            var core = book.getXSSFWorkbook().getPackage().getPackageProperties();
            core.setTitleProperty(title);
            core.setCreatorProperty(Optional.of(QdaExport.ORIGIN));
            core.setCreatedProperty(Optional.of(Date.from(when)));
            core.setModifiedProperty(Optional.of(Date.from(when)));
            core.setLastModifiedByProperty(Optional.empty());
            book.getXSSFWorkbook().getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Weft");
            book.write(out);
            LocalDateTime time = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
            return StableZip.rewrite(out.toByteArray(), time.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : time);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("a new workbook has its properties", e);
        }
    }

    /** How many rows the streamed workbook keeps in memory before it writes them out. */
    private static final int ROWS_IN_MEMORY = 200;
}

package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's tables other than pipe tables, which CommonMark does not know: simple tables (a header line, a line of
 * dashes under each column, a row a line), multiline tables (rows of several lines between lines of dashes, a blank
 * line between rows), their headerless forms, and grid tables ({@code +---+} borders, {@code +===+} under the header,
 * a cell of several lines or blocks). Each is a table like a pipe table's in every format: its header, its rows, each
 * column's alignment (from where the header stands over its dashes, or a grid's colons), a caption before or after it
 * ({@code Table: …}) numbering it.
 *
 * <p>Columns are found by the text's columns as written, a directive or a citation as wide as its source. Before the
 * Markdown is parsed, a table's lines become a fenced code block of as many characters, a private-use mark and its
 * number spelled in its info string (offsets stay the text's); after, that block becomes the table, each cell's
 * Markdown rendered as the prose's. A grid table's rows between a line of {@code =} and a last line of {@code =} are its
 * foot. A grid table's cells may span rows or columns, as Pandoc 3 reads them
 * ({@link GridSpans}); one whose borders make no table of rectangles is not read: a warning at its first line.
 */
final class PandocTables {

    private static final char MARK = '\uE007';
    /** A line of dashes under the columns (runs of two or more, spaces between). */
    private static final Pattern DASHES = Pattern.compile("^ {0,3}-{2,}(?: +-{2,})* *$");
    /** A grid table's border: {@code +---+:==+}. */
    private static final Pattern BORDER = Pattern.compile("^ {0,3}\\+(?:[-=:]+\\+)+ *$");
    private static final Pattern RUN = Pattern.compile("-+");
    /** The quick test: a line that could begin a table. */
    private static final Pattern ANY = Pattern.compile("(?m)^ {0,3}(?:-{2,} +-|-{3,} *$|\\+[-=:]+\\+)");

    /**
     * A table read from the text: where it begins, its header rows and body rows (the cells that begin in each), each
     * column's alignment.
     */
    record Table(int offset, List<List<TableCell>> head, List<List<TableCell>> body, List<List<TableCell>> foot,
                 List<String> align, List<Double> widths) {

        Table(int offset, List<List<TableCell>> head, List<List<TableCell>> body, List<String> align, List<Double> widths) {
            this(offset, head, body, List.of(), align, widths);
        }
    }

    /** A cell: its Markdown, its first column, and how many rows and columns it spans. */
    record TableCell(String markdown, int column, int rows, int columns) {

        /** A row of cells one row and one column each. */
        static List<TableCell> row(List<String> cells) {
            List<TableCell> row = new ArrayList<>();
            for (int j = 0; j < cells.size(); j++) {
                row.add(new TableCell(cells.get(j), j, 1, 1));
            }
            return List.copyOf(row);
        }

        static List<List<TableCell>> rows(List<List<String>> rows) {
            return rows.stream().map(TableCell::row).toList();
        }
    }

    /**
     * Each column's share of the table's width as Pandoc gives it to a multiline or a grid table: its columns' widths as
     * written, a column running to the next one's start ({@code starts}: each column's first column, then the end).
     */
    private static List<Double> shares(List<Integer> starts) {
        double total = starts.get(starts.size() - 1) - starts.get(0);
        List<Double> shares = new ArrayList<>();
        for (int j = 0; j + 1 < starts.size() && total > 0; j++) {
            shares.add((starts.get(j + 1) - starts.get(j)) / total);
        }
        return List.copyOf(shares);
    }

    /** The first column of each run and the last run's end. */
    private static List<Integer> starts(List<int[]> runs) {
        List<Integer> starts = new ArrayList<>();
        runs.forEach(r -> starts.add(r[0]));
        starts.add(runs.get(runs.size() - 1)[1]);
        return starts;
    }

    /** A cell's Markdown, and where its table begins. */
    record Cell(String markdown, int table) {
    }

    /** Where the text has what looks like a table Weft does not read, and why. */
    record Problem(int offset, String message) {
    }

    /** The Markdown with each table a line of marks; the tables in that order; what could not be read. */
    record Marked(String markdown, List<Table> tables, List<Problem> problems) {
    }

    private PandocTables() {
    }

    /** Finds the tables of {@code markdown} (the scanned text: its directives are placeholders of {@code scanned}). */
    static Marked mark(String markdown, DirectiveScanner.Scanned scanned) {
        List<Table> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!ANY.matcher(markdown).find()) {
            return new Marked(markdown, tables, problems);
        }
        String text = PandocSyntax.blankCode(markdown);
        List<int[]> lines = lines(text);
        Columns columns = new Columns(markdown, scanned);
        StringBuilder out = new StringBuilder(markdown);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !blank(text, lines.get(i - 1))) {
                continue;
            }
            String line = line(text, lines.get(i));
            Found found = null;
            if (BORDER.matcher(line).matches() && !line.contains("=")) {
                found = grid(text, lines, i, columns, problems);
            } else if (DASHES.matcher(line).matches() && runs(line).size() == 1 && line.strip().length() >= 3) {
                found = multiline(text, lines, i, columns);
            } else if (DASHES.matcher(line).matches()) {
                found = headerless(text, lines, i, columns);
            } else if (!line.isBlank() && i + 1 < lines.size() && DASHES.matcher(line(text, lines.get(i + 1))).matches()
                    && runs(line(text, lines.get(i + 1))).size() >= 2) {
                found = simple(text, lines, i, columns);
            }
            if (found == null) {
                continue;
            }
            // the table's lines as a fenced code block of as many characters, its number spelled inside: the passes
            // after this one leave code alone, and a caption after it (": …") is no definition of a paragraph
            int from = lines.get(i)[0];
            int closing = lines.get(found.last())[0];
            int to = lines.get(found.last())[1];
            String number = Integer.toString(tables.size());
            int inside = 0; // the characters of the lines between the first and the last
            for (int m = i + 1; m < found.last(); m++) {
                inside += lines.get(m)[1] - lines.get(m)[0];
            }
            if (lines.get(i)[1] - from < 3 || to - closing < 3 || inside < number.length() + 1) {
                problems.add(new Problem(from, "this table's first or last line is too short to be read (under 3"
                        + " characters): it is printed as written; give its first cell a word"));
                continue;
            }
            tables.add(found.table());
            for (int k = from; k < to; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            out.replace(from, from + 3, "```");
            out.replace(closing, closing + 3, "```");
            int k = lines.get(i + 1)[0];
            for (char c : (MARK + spelled(number)).toCharArray()) {
                while (out.charAt(k) == '\n') {
                    k++;
                }
                out.setCharAt(k++, c);
            }
            i = found.last();
        }
        return new Marked(tables.isEmpty() ? markdown : out.toString(), tables, problems);
    }

    private static String spelled(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(Spelled.spell((char) c)));
        return out.toString();
    }

    /**
     * Each code block {@link #mark} left as the table it stands for; {@code render} renders a cell's Markdown as the
     * prose's blocks.
     */
    static void apply(Element body, List<Table> tables, Function<Cell, Element> render) {
        if (tables.isEmpty()) {
            return;
        }
        for (Element code : body.select("pre > code")) {
            String s = code.wholeText().replaceAll("\\s", "");
            int at = s.indexOf(MARK);
            if (at < 0) {
                continue;
            }
            String number = Spelled.read(s, at + 1, Spelled.end(s, at + 1));
            if (!number.matches("[0-9]{1,6}") || Integer.parseInt(number) >= tables.size()) {
                continue;
            }
            code.parent().replaceWith(element(tables.get(Integer.parseInt(number)), render));
        }
    }

    private static Element element(Table table, Function<Cell, Element> render) {
        Element element = new Element("table").addClass("prose-table");
        if (!table.widths().isEmpty()) { // a multiline or grid table's columns, as wide as written
            Element group = element.appendElement("colgroup");
            table.widths().forEach(w -> group.appendElement("col").attr("style", "width: " + ProseRenderer.percent(w)));
        }
        if (!table.head().isEmpty()) {
            Element head = element.appendElement("thead");
            for (List<TableCell> row : table.head()) {
                row(head.appendElement("tr"), row, "th", table, render);
            }
        }
        Element body = element.appendElement("tbody");
        for (List<TableCell> row : table.body()) {
            row(body.appendElement("tr"), row, "td", table, render);
        }
        if (!table.foot().isEmpty()) {
            Element foot = element.appendElement("tfoot");
            for (List<TableCell> row : table.foot()) {
                row(foot.appendElement("tr"), row, "td", table, render);
            }
        }
        return element;
    }

    private static void row(Element tr, List<TableCell> cells, String tag, Table table, Function<Cell, Element> render) {
        List<String> align = table.align();
        for (TableCell written : cells) {
            Element cell = tr.appendElement(tag);
            if (written.rows() > 1) {
                cell.attr("rowspan", Integer.toString(written.rows()));
            }
            if (written.columns() > 1) {
                cell.attr("colspan", Integer.toString(written.columns()));
            }
            if (!align.get(written.column()).isEmpty()) {
                cell.attr("align", align.get(written.column()));
            }
            if (written.markdown().isBlank()) {
                continue;
            }
            Element blocks = render.apply(new Cell(written.markdown(), table.offset()));
            boolean words = blocks.children().size() == 1 && blocks.child(0).nameIs("p") && blocks.textNodes().stream()
                    .allMatch(TextNode::isBlank);
            List<Node> content = words ? blocks.child(0).childNodes() : blocks.childNodes(); // one paragraph: its words
            cell.appendChildren(new ArrayList<>(content));
        }
    }

    /** A table found: the table, and the index of its last line. */
    private record Found(Table table, int last) {
    }

    /** A simple table: a header line, the dashes, a row a line up to a blank line. */
    private static Found simple(String text, List<int[]> lines, int i, Columns columns) {
        List<int[]> runs = columns.runs(lines.get(i + 1));
        int last = i + 1;
        while (last + 1 < lines.size() && !blank(text, lines.get(last + 1))) {
            last++;
        }
        if (last == i + 1 || !endsBlock(text, lines, last)) {
            return null; // a header without rows
        }
        List<List<String>> body = new ArrayList<>();
        for (int k = i + 2; k <= last; k++) {
            body.add(columns.cells(lines.get(k), runs));
        }
        return new Found(new Table(lines.get(i)[0], List.of(TableCell.row(columns.cells(lines.get(i), runs))),
                TableCell.rows(body), columns.align(List.of(lines.get(i)), runs), List.of()), last); // a simple table: no widths, as in Pandoc
    }

    /** A headerless table: dashes, rows (a line each, or several with blank lines between), the same dashes. */
    private static Found headerless(String text, List<int[]> lines, int i, Columns columns) {
        List<int[]> runs = columns.runs(lines.get(i));
        int close = -1;
        for (int k = i + 1; k < lines.size(); k++) {
            String line = line(text, lines.get(k));
            if (DASHES.matcher(line).matches()) {
                close = k;
                break;
            }
            if (line.isBlank() && (k + 1 >= lines.size() || blank(text, lines.get(k + 1)))) {
                return null; // two blank lines end it: no table
            }
        }
        if (close < i + 2 || !endsBlock(text, lines, close)) {
            return null;
        }
        boolean multiline = false;
        for (int k = i + 1; k < close; k++) {
            multiline |= blank(text, lines.get(k));
        }
        List<List<String>> body = multiline ? columns.rows(text, lines, i + 1, close, runs) : new ArrayList<>();
        if (!multiline) {
            for (int k = i + 1; k < close; k++) {
                body.add(columns.cells(lines.get(k), runs));
            }
        }
        List<int[]> first = new ArrayList<>();
        for (int k = i + 1; k < close && !blank(text, lines.get(k)); k++) {
            first.add(lines.get(k));
        }
        return new Found(new Table(lines.get(i)[0], List.of(), TableCell.rows(body), columns.align(first, runs),
                multiline ? shares(starts(runs)) : List.of()), close);
    }

    /** A multiline table: a line of dashes, the header's lines, the columns' dashes, rows between blank lines, dashes. */
    private static Found multiline(String text, List<int[]> lines, int i, Columns columns) {
        int under = -1;
        for (int k = i + 1; k < lines.size() && !blank(text, lines.get(k)); k++) {
            String line = line(text, lines.get(k));
            if (DASHES.matcher(line).matches()) {
                under = k;
                break;
            }
        }
        if (under < i + 2) {
            return null;
        }
        List<int[]> runs = columns.runs(lines.get(under));
        int close = -1;
        for (int k = under + 1; k < lines.size(); k++) {
            String line = line(text, lines.get(k));
            if (DASHES.matcher(line).matches() && runs(line).size() == 1) {
                close = k;
                break;
            }
            if (line.isBlank() && (k + 1 >= lines.size() || blank(text, lines.get(k + 1)))) {
                return null;
            }
        }
        if (close < under + 2 || !endsBlock(text, lines, close)) {
            return null;
        }
        List<int[]> header = lines.subList(i + 1, under);
        List<String> head = new ArrayList<>();
        for (int j = 0; j < runs.size(); j++) {
            StringBuilder cell = new StringBuilder();
            for (int[] line : header) {
                cell.append(columns.cells(line, runs).get(j)).append('\n');
            }
            head.add(dedent(cell.toString()));
        }
        return new Found(new Table(lines.get(i)[0], List.of(TableCell.row(head)),
                TableCell.rows(columns.rows(text, lines, under + 1, close, runs)),
                columns.align(header, runs), shares(starts(runs))), close);
    }

    /** A grid table: borders of {@code +} and {@code -}, {@code |} between cells, {@code =} under the header. */
    private static Found grid(String text, List<int[]> lines, int i, Columns columns, List<Problem> problems) {
        String top = line(text, lines.get(i));
        List<Integer> bounds = columns.positions(lines.get(i), '+');
        int last = i;
        while (last + 1 < lines.size()) {
            String next = line(text, lines.get(last + 1)).stripLeading();
            if (!next.startsWith("+") && !next.startsWith("|")) {
                break;
            }
            last++;
        }
        if (!BORDER.matcher(line(text, lines.get(last))).matches() || last == i || !endsBlock(text, lines, last)) {
            return null;
        }
        List<List<String>> head = List.of();
        List<List<String>> rows = new ArrayList<>();
        int foot = -1;
        List<String> align = gridAlign(top, columns, lines.get(i), bounds);
        List<StringBuilder> row = null;
        for (int k = i + 1; k <= last; k++) {
            String line = line(text, lines.get(k));
            if (BORDER.matcher(line).matches()) {
                if (!columns.positions(lines.get(k), '+').equals(bounds)) {
                    return spanning(lines, i, last, columns, problems);
                }
                if (row != null) {
                    rows.add(row.stream().map(b -> dedent(b.toString())).toList());
                }
                row = null;
                if (line.contains("=") && head.isEmpty() && k != last) { // the rows above it are the header
                    head = new ArrayList<>(rows);
                    rows.clear();
                    align = gridAlign(line, columns, lines.get(k), bounds);
                } else if (line.contains("=") && k != last && foot < 0) { // the rows below it, to a last line of =, the foot
                    foot = rows.size();
                }
                continue;
            }
            if (!new java.util.HashSet<>(columns.positions(lines.get(k), '|')).containsAll(bounds)) {
                return spanning(lines, i, last, columns, problems);
            }
            if (row == null) {
                row = new ArrayList<>();
                for (int j = 0; j + 1 < bounds.size(); j++) {
                    row.add(new StringBuilder());
                }
            }
            for (int j = 0; j + 1 < bounds.size(); j++) {
                row.get(j).append(columns.between(lines.get(k), bounds.get(j) + 1, bounds.get(j + 1))).append('\n');
            }
        }
        if (rows.isEmpty() && head.isEmpty()) {
            return null;
        }
        int end = foot >= 0 && line(text, lines.get(last)).contains("=") ? foot : rows.size();
        return new Found(new Table(lines.get(i)[0], TableCell.rows(head), TableCell.rows(rows.subList(0, end)),
                TableCell.rows(rows.subList(end, rows.size())), align, shares(bounds)), last);
    }

    /**
     * A grid table, lines {@code i} to {@code last}, whose cells span rows or columns: its cells as {@link GridSpans}
     * finds them, the rows above a border of {@code =} its header (no cell may cross it), each column's alignment from
     * that border's colons, else the top's. Where its borders make no table of rectangles, a warning, and none.
     */
    private static Found spanning(List<int[]> lines, int i, int last, Columns columns, List<Problem> problems) {
        List<int[]> table = lines.subList(i, last + 1);
        Optional<GridSpans.Layout> found = GridSpans.of(table.stream().map(columns::drawn).toArray(char[][]::new));
        List<Integer> equals = new ArrayList<>(); // the lines of =: under the header, over the foot
        for (int k = 1; k < table.size() - 1 && equals.size() < 2; k++) {
            if (BORDER.matcher(columns.markdown(table.get(k))).matches() && columns.markdown(table.get(k)).contains("=")) {
                equals.add(k);
            }
        }
        int under = equals.isEmpty() ? -1 : equals.get(0);
        int over = equals.size() > 1 && columns.markdown(table.get(table.size() - 1)).contains("=") ? equals.get(1)
                : Integer.MAX_VALUE;
        if (found.isEmpty() || equals.stream().anyMatch(k -> !found.get().rows().contains(k)
                || found.get().cells().stream().anyMatch(c -> c.top() < k && c.bottom() > k))) {
            problems.add(new Problem(lines.get(i)[0], "this grid table's borders do not make a table of rectangles"
                    + (found.isPresent() ? " (a cell crosses a line of =, under its header or over its foot)" : " (a cell's border is"
                    + " broken or missing, or cells overlap)") + ": it is printed as written; draw each cell's four"
                    + " borders with + at its corners"));
            return null;
        }
        GridSpans.Layout layout = found.get();
        List<Integer> bounds = layout.columns();
        int[] aligned = table.get(Math.max(under, 0));
        List<Integer> corners = columns.positions(aligned, '+');
        List<String> runs = gridAlign(columns.markdown(aligned), columns, aligned, corners);
        List<String> align = new ArrayList<>();
        for (int j = 0; j + 1 < bounds.size(); j++) {
            int column = bounds.get(j);
            int run = (int) corners.stream().filter(c -> c <= column).count() - 1; // the border's run over the column
            align.add(run >= 0 && run < runs.size() ? runs.get(run) : "");
        }
        List<List<TableCell>> head = new ArrayList<>();
        List<List<TableCell>> body = new ArrayList<>();
        List<List<TableCell>> foot = new ArrayList<>();
        for (int r = 0; r + 1 < layout.rows().size(); r++) {
            int top = layout.rows().get(r);
            List<TableCell> row = new ArrayList<>();
            for (GridSpans.Rect cell : layout.cells()) {
                if (cell.top() == top) {
                    StringBuilder text = new StringBuilder();
                    for (int k = cell.top() + 1; k < cell.bottom(); k++) {
                        text.append(columns.between(table.get(k), cell.left() + 1, cell.right())).append('\n');
                    }
                    row.add(new TableCell(dedent(text.toString()), layout.column(cell), layout.rowSpan(cell),
                            layout.columnSpan(cell)));
                }
            }
            (top < under ? head : top >= over ? foot : body).add(List.copyOf(row));
        }
        return new Found(new Table(lines.get(i)[0], head, body, foot, align, shares(bounds)), last);
    }

    /** A grid's alignments from a border's colons: {@code :---} left, {@code ---:} right, both centred. */
    private static List<String> gridAlign(String border, Columns columns, int[] line, List<Integer> bounds) {
        List<String> align = new ArrayList<>();
        for (int j = 0; j + 1 < bounds.size(); j++) {
            String cell = columns.between(line, bounds.get(j) + 1, bounds.get(j + 1));
            boolean left = cell.startsWith(":");
            boolean right = cell.endsWith(":");
            align.add(left && right ? "center" : right ? "right" : left ? "left" : "");
        }
        return align;
    }

    /** Each line of {@code text}: its start and its end (before its line feed). */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    /** Whether the block ends after line {@code last}: the text's end or a blank line. */
    private static boolean endsBlock(String text, List<int[]> lines, int last) {
        return last + 1 >= lines.size() || blank(text, lines.get(last + 1));
    }

    private static boolean blank(String text, int[] line) {
        return line(text, line).isBlank();
    }

    private static String line(String text, int[] line) {
        return text.substring(line[0], line[1]);
    }

    private static List<int[]> runs(String line) {
        List<int[]> runs = new ArrayList<>();
        Matcher m = RUN.matcher(line);
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        return runs;
    }

    /** A cell's lines without their trailing spaces and the indent they share. */
    static String dedent(String cell) {
        List<String> lines = new ArrayList<>(cell.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        int indent = lines.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList());
    }

    /**
     * The text's lines by their columns as written: a directive's placeholder stands for its source, as wide as it.
     */
    private static final class Columns {
        private final String markdown;
        private final DirectiveScanner.Scanned scanned;

        Columns(String markdown, DirectiveScanner.Scanned scanned) {
            this.markdown = markdown;
            this.scanned = scanned;
        }

        private final java.util.Map<Integer, int[]> known = new java.util.HashMap<>();

        /** The column as written of each character of the line, and of its end (non-decreasing). */
        private int[] of(int[] line) {
            return known.computeIfAbsent(line[0], k -> measure(line));
        }

        private int[] measure(int[] line) {
            String s = markdown.substring(line[0], line[1]);
            int[] cols = new int[s.length() + 1];
            int col = 0;
            Matcher m = DirectiveScanner.PLACEHOLDER.matcher(s);
            int next = m.find() ? m.start() : -1;
            for (int k = 0; k < s.length(); k++) {
                cols[k] = col;
                if (k == next) {
                    int width = scanned.directives().get(Integer.parseInt(m.group(1))).source().length();
                    for (int q = k; q < m.end(); q++) {
                        cols[q] = col;
                    }
                    col += width;
                    k = m.end() - 1;
                    next = m.find() ? m.start() : -1;
                    continue;
                }
                col++;
            }
            cols[s.length()] = col;
            return cols;
        }

        /** The index in the line of its first character at column {@code col} or after (its length if none). */
        private static int index(int[] cols, int col) {
            int low = 0;
            int high = cols.length - 1; // the line's end
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cols[mid] >= col) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /** The runs of dashes of a line, as columns. */
        List<int[]> runs(int[] line) {
            int[] cols = of(line);
            List<int[]> out = new ArrayList<>();
            for (int[] run : PandocTables.runs(markdown.substring(line[0], line[1]))) {
                out.add(new int[] {cols[run[0]], cols[run[1]]});
            }
            return out;
        }

        /** The line's text as the Markdown has it. */
        String markdown(int[] line) {
            return markdown.substring(line[0], line[1]);
        }

        /**
         * The line as drawn: a character for each column as written, a directive's placeholder as text ('x') as wide as
         * its source.
         */
        char[] drawn(int[] line) {
            int[] cols = of(line);
            char[] out = new char[cols[line[1] - line[0]]];
            java.util.Arrays.fill(out, ' ');
            for (int k = line[0]; k < line[1]; k++) {
                int from = cols[k - line[0]];
                int to = cols[k + 1 - line[0]];
                for (int q = from; q < Math.max(to, from + 1) && q < out.length; q++) {
                    out[q] = to == from + 1 ? markdown.charAt(k) : 'x';
                }
            }
            return out;
        }

        /** The columns of a line where it has {@code c}. */
        List<Integer> positions(int[] line, char c) {
            int[] cols = of(line);
            List<Integer> out = new ArrayList<>();
            for (int k = line[0]; k < line[1]; k++) {
                if (markdown.charAt(k) == c) {
                    out.add(cols[k - line[0]]);
                }
            }
            return out;
        }

        /** The line's text from column {@code from} up to column {@code to}. */
        String between(int[] line, int from, int to) {
            int[] cols = of(line);
            return markdown.substring(line[0] + index(cols, from), line[0] + index(cols, to));
        }

        /** A line's cells: each column from the start of its dashes to the start of the next's (the first from 0). */
        List<String> cells(int[] line, List<int[]> runs) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < runs.size(); j++) {
                int from = j == 0 ? 0 : runs.get(j)[0];
                int to = j + 1 < runs.size() ? runs.get(j + 1)[0] : Integer.MAX_VALUE;
                cells.add(between(line, from, to).strip());
            }
            return cells;
        }

        /** A multiline table's rows: groups of lines between blank lines, each cell its lines' text in its column. */
        List<List<String>> rows(String text, List<int[]> lines, int from, int to, List<int[]> runs) {
            List<List<String>> rows = new ArrayList<>();
            List<int[]> group = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                if (k == to || blank(text, lines.get(k))) {
                    if (!group.isEmpty()) {
                        List<String> row = new ArrayList<>();
                        for (int j = 0; j < runs.size(); j++) {
                            int start = j == 0 ? 0 : runs.get(j)[0];
                            int end = j + 1 < runs.size() ? runs.get(j + 1)[0] : Integer.MAX_VALUE;
                            StringBuilder cell = new StringBuilder();
                            for (int[] line : group) {
                                cell.append(between(line, start, end)).append('\n');
                            }
                            row.add(dedent(cell.toString()));
                        }
                        rows.add(row);
                        group.clear();
                    }
                    continue;
                }
                group.add(lines.get(k));
            }
            return rows;
        }

        /**
         * Each column's alignment from where its header (or first row) stands over its dashes, as Pandoc reads it: flush
         * right only, right; flush left only, left; neither, centred; both, the default.
         */
        List<String> align(List<int[]> header, List<int[]> runs) {
            int[] start = new int[runs.size()];
            int[] end = new int[runs.size()];
            java.util.Arrays.fill(start, Integer.MAX_VALUE);
            java.util.Arrays.fill(end, -1);
            for (int[] line : header) {
                int[] cols = of(line);
                int j = 0;
                for (int k = line[0]; k < line[1]; k++) {
                    int col = cols[k - line[0]];
                    while (j + 1 < runs.size() && col >= runs.get(j + 1)[0]) {
                        j++;
                    }
                    if (!Character.isWhitespace(markdown.charAt(k))) {
                        start[j] = Math.min(start[j], col);
                        end[j] = Math.max(end[j], cols[k + 1 - line[0]]);
                    }
                }
            }
            List<String> align = new ArrayList<>();
            for (int j = 0; j < runs.size(); j++) {
                boolean left = start[j] == runs.get(j)[0];
                boolean right = end[j] == runs.get(j)[1];
                align.add(end[j] < 0 || left && right ? "" : left ? "left" : right ? "right" : "center");
            }
            return align;
        }
    }
}

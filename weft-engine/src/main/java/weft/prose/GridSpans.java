package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The cells of a grid table whose cells span rows or columns (Pandoc 3's grid tables), found as rectangles of its
 * drawing: from each cell's top left corner ({@code +}) along its top border to a corner from which a border goes
 * down, down that border to a corner from which one goes left, and back along its bottom and left borders. The
 * table's columns are every corner's column, its rows every border's line; each cell spans those its rectangle
 * covers. A drawing whose rectangles do not cover the table, from its top border's first corner to its last and
 * down to its last line, exactly once is none (the caller warns); so is one whose search looks at more than
 * {@link #MAX_STEPS} characters.
 */
final class GridSpans {

    /** A cell: its rectangle, by the drawing's lines and columns (its borders'). */
    record Rect(int top, int left, int bottom, int right) {
    }

    /**
     * The table's cells in reading order, with the lines and the columns that bound its rows and its columns (each list
     * ascending, without repeats: a cell's place in them is found by binary search, so that a table of many rows costs
     * no more than its cells times the logarithm of its rows).
     */
    record Layout(List<Rect> cells, List<Integer> rows, List<Integer> columns) {

        /** The index of the row a cell begins in, and of its first column. */
        int row(Rect cell) {
            return java.util.Collections.binarySearch(rows, cell.top());
        }

        int column(Rect cell) {
            return java.util.Collections.binarySearch(columns, cell.left());
        }

        int rowSpan(Rect cell) {
            return java.util.Collections.binarySearch(rows, cell.bottom()) - row(cell);
        }

        int columnSpan(Rect cell) {
            return java.util.Collections.binarySearch(columns, cell.right()) - column(cell);
        }
    }

    /**
     * The most characters a search may look at: far beyond any table a person draws (a 200 by 200 character grid of
     * small cells takes under a million), so that a drawing made to mislead the search cannot keep the build busy.
     */
    static final long MAX_STEPS = 20_000_000;

    private final char[][] drawing;
    private long steps;

    /** {@code drawing}: each line of the table, a character for each column as written (text other than borders as any). */
    private GridSpans(char[][] drawing) {
        this.drawing = drawing;
    }

    /** The cells of {@code drawing}, or empty where its borders do not make a table of rectangles. */
    static Optional<Layout> of(char[][] drawing) {
        try {
            return new GridSpans(drawing).layout();
        } catch (TooLong e) {
            return Optional.empty();
        }
    }

    /** The search looked at more than {@link #MAX_STEPS} characters. */
    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    private Optional<Layout> layout() {
        List<Rect> cells = new ArrayList<>();
        TreeSet<Long> corners = new TreeSet<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        corners.add(key(0, firstCorner()));
        while (!corners.isEmpty()) {
            long corner = corners.pollFirst();
            if (!seen.add(corner)) {
                continue;
            }
            int top = (int) (corner >>> 32);
            int left = (int) corner;
            Optional<Rect> cell = cell(top, left);
            if (cell.isPresent()) {
                cells.add(cell.get());
                corners.add(key(top, cell.get().right()));
                corners.add(key(cell.get().bottom(), left));
            }
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        for (Rect r : cells) {
            rows.add(r.top());
            rows.add(r.bottom());
            columns.add(r.left());
            columns.add(r.right());
        }
        if (rows.last() != drawing.length - 1 || columns.last() != lastCorner()) {
            return Optional.empty(); // a part of the drawing no cell reaches
        }
        Layout layout = new Layout(cells.stream().sorted(java.util.Comparator.comparingInt(Rect::top)
                .thenComparingInt(Rect::left)).toList(), List.copyOf(rows), List.copyOf(columns));
        boolean[][] covered = new boolean[rows.size() - 1][columns.size() - 1];
        int slots = 0;
        for (Rect r : layout.cells()) {
            for (int i = layout.row(r); i < layout.row(r) + layout.rowSpan(r); i++) {
                for (int j = layout.column(r); j < layout.column(r) + layout.columnSpan(r); j++) {
                    if (covered[i][j]) {
                        return Optional.empty();
                    }
                    covered[i][j] = true;
                    slots++;
                }
            }
        }
        return slots == covered.length * covered[0].length ? Optional.of(layout) : Optional.empty();
    }

    private int firstCorner() {
        for (int c = 0; c < drawing[0].length; c++) {
            if (drawing[0][c] == '+') {
                return c;
            }
        }
        return 0;
    }

    private int lastCorner() {
        for (int c = drawing[0].length - 1; c >= 0; c--) {
            if (drawing[0][c] == '+') {
                return c;
            }
        }
        return 0;
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }

    private char at(int line, int column) {
        if (++steps > MAX_STEPS) {
            throw new TooLong();
        }
        return line < drawing.length && column >= 0 && column < drawing[line].length ? drawing[line][column] : ' ';
    }

    private static boolean across(char c) {
        return c == '-' || c == '=' || c == ':' || c == '+';
    }

    private static boolean down(char c) {
        return c == '|' || c == '+';
    }

    /** The cell whose top left corner is at {@code top}, {@code left}; empty where no rectangle begins there. */
    private Optional<Rect> cell(int top, int left) {
        if (at(top, left) != '+' || !down(at(top + 1, left))) {
            return Optional.empty();
        }
        for (int right = left + 1; across(at(top, right)); right++) {
            if (at(top, right) == '+' && down(at(top + 1, right))) {
                Optional<Rect> found = downFrom(top, left, right);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Down the right border from {@code top} to the first corner whose bottom and left borders close the rectangle. */
    private Optional<Rect> downFrom(int top, int left, int right) {
        for (int bottom = top + 1; down(at(bottom, right)); bottom++) {
            if (at(bottom, right) == '+' && closes(top, left, bottom, right)) {
                return Optional.of(new Rect(top, left, bottom, right));
            }
        }
        return Optional.empty();
    }

    private boolean closes(int top, int left, int bottom, int right) {
        if (at(bottom, left) != '+') {
            return false;
        }
        for (int c = left + 1; c < right; c++) {
            if (!across(at(bottom, c))) {
                return false;
            }
        }
        for (int line = top + 1; line < bottom; line++) {
            if (!down(at(line, left))) {
                return false;
            }
        }
        return true;
    }
}

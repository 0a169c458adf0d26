package weft.render.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Draws a tree from left to right as a {@link Scene}, written as inline SVG: one column per level (named in a header
 * row), a box per node with its label wrapped to the column and a badge at its right, elbow connectors from parent to
 * children.
 *
 * <p>Plain SVG 1.1 only (rect, path, text, tspan and presentation attributes, no CSS, no foreignObject), so
 * that Batik renders it in the PDF as the browser does. 680 units wide: at the width of an A4 text block a unit
 * is about 0.25 mm, so the 11-unit labels print at about 8 pt, and a coding frame of two dozen nodes fits a page.
 * The last column, where the many leaves are, is half as wide again as the others. Coordinates are integers
 * computed from the tree alone, so the same tree gives the same bytes. Labels are wrapped on an estimate of a
 * wide sans-serif (DejaVu Sans, which the PDF uses), so that they stay inside their boxes in any likely font.</p>
 *
 * <p>At most {@link #MAX_LEVELS} levels are drawn, so that labels stay readable, or fewer when the study asks: a box
 * whose children lie below that cut-off ends in an ellipsis, and the text description still names every node.</p>
 */
public final class TreeFigure {

    private final int levels;

    /** A figure of the tree's first {@link #MAX_LEVELS} levels. */
    public TreeFigure() {
        this(MAX_LEVELS);
    }

    /** A figure of the tree's first {@code levels} levels (1 to {@link #MAX_LEVELS}). */
    public TreeFigure(int levels) {
        if (levels < 1 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("a figure draws 1 to " + MAX_LEVELS + " levels, not " + levels);
        }
        this.levels = levels;
    }

    static final int WIDTH = 680;
    /** The deepest level drawn: below it columns would be too narrow for a readable label. */
    public static final int MAX_LEVELS = 5;
    /**
     * The tallest part of a figure printed in parts: as high as prints at full width on a page of A4's text block, in
     * the PDF (at most 215 mm by 166 mm, in print.css) and in the Word document (598 by 451 points).
     */
    public static final int PAGE_HEIGHT = 880;
    private static final int MARGIN = 2;
    private static final int GAP = 26;
    private static final int PAD_X = 6;
    private static final int PAD_Y = 5;
    private static final int LABEL_SIZE = 11;
    private static final int LINE = 14;
    private static final int BADGE_SIZE = 10;
    private static final int HEADER = 22;
    private static final int SIBLING_GAP = 6;
    private static final int ROOT_GAP = 14;
    private static final int ELLIPSIS = 14;
    private static final double CHAR_WIDTH = 0.58;
    private static final double LAST_COLUMN = 1.5;
    private static final String INK = "#1d1d1f";
    private static final String MUTED = "#555a60";
    private static final String LINE_COLOUR = "#8a96a3";
    private static final String[] FILL = {"#dbe7f3", "#eef3f8", "#ffffff"};
    private static final String[] STROKE = {"#0b5394", "#5f7a96", "#8a96a3"};

    /** The columns: where each level starts and how wide its boxes are. */
    private record Columns(int[] x, int[] width) {
        static Columns of(int depth, int reserve) {
            double units = (WIDTH - 2 * MARGIN - reserve - (depth - 1) * GAP) / (depth - 1 + (depth > 1 ? LAST_COLUMN : 1));
            int[] x = new int[depth];
            int[] width = new int[depth];
            int at = MARGIN;
            for (int level = 0; level < depth; level++) {
                width[level] = level == depth - 1 ? WIDTH - MARGIN - reserve - at : (int) Math.floor(units);
                x[level] = at;
                at += width[level] + GAP;
            }
            return new Columns(x, width);
        }
    }

    /** A node placed on the page. */
    private record Box(TreeNode node, int depth, int x, int y, int width, int height, List<String> lines, List<Box> children) {
    }

    /**
     * The SVG of a tree.
     *
     * @param id         the prefix of the ids inside the SVG (its title and description)
     * @param title      the accessible name of the figure
     * @param levelNames the names of the columns from the root down ("main category", ...)
     * @param roots      the top-level nodes
     */
    public String render(String id, String title, List<String> levelNames, List<TreeNode> roots) {
        return scene(id, title, levelNames, roots).svg();
    }

    /** The tree's marks, which {@link #render} writes as SVG. */
    public Scene scene(String id, String title, List<String> levelNames, List<TreeNode> roots) {
        Columns columns = columns(roots);
        return draw(id, title, levelNames, roots, columns, layout(roots, columns));
    }

    /**
     * The tree for print: as {@link #render} when it is at most {@code maxHeight} units high, else in parts of at most
     * that height (a figure printed over several pages), all with the whole tree's columns. A part holds a run of the
     * drawn leaves with their ancestors; an ancestor already drawn in an earlier part is drawn again with
     * {@code continued} after its label. A part ends where the highest level it can begins (between main categories
     * rather than inside one), as long as the part keeps at least half the leaves it could hold.
     *
     * @param partTitle the accessible name of a part, given its number and the number of parts
     */
    public List<Scene> renderParts(String id, String title, List<String> levelNames, List<TreeNode> roots, int maxHeight,
                                    String continued, BiFunction<Integer, Integer, String> partTitle) {
        Columns columns = columns(roots);
        Layout whole = layout(roots, columns);
        if (whole.height() <= maxHeight) {
            return List.of(draw(id, title, levelNames, roots, columns, whole)); // laid out once, measured and drawn
        }
        Leaves leaves = Leaves.of(roots, levels);
        List<List<TreeNode>> parts = new ArrayList<>();
        int from = 0;
        while (from < leaves.count()) {
            int to = from + 1; // one leaf with its ancestors always makes a part, however tall
            while (to < leaves.count() && layout(leaves.part(roots, from, to + 1, continued), columns).height() <= maxHeight) {
                to++;
            }
            if (to < leaves.count()) {
                to = leaves.bestEnd(from, to);
            }
            parts.add(leaves.part(roots, from, to, continued));
            from = to;
        }
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            scenes.add(draw(id + "-" + (i + 1), title + " (" + partTitle.apply(i + 1, parts.size()) + ")", levelNames,
                    parts.get(i), columns, layout(parts.get(i), columns)));
        }
        return scenes;
    }

    private Columns columns(List<TreeNode> roots) {
        int depth = depth(roots);
        return Columns.of(Math.max(1, Math.min(levels, depth)), depth > levels ? ELLIPSIS : 0);
    }

    /** The boxes of a forest placed in the columns, and the height they take with the header. */
    private record Layout(List<Box> placed, int height) {
    }

    private Layout layout(List<TreeNode> roots, Columns columns) {
        List<Box> placed = new ArrayList<>();
        int y = HEADER;
        for (int i = 0; i < roots.size(); i++) {
            y += i > 0 ? ROOT_GAP : 0;
            Box root = place(roots.get(i), 0, y, columns);
            placed.add(root);
            y += blockHeight(root);
        }
        return new Layout(placed, y + MARGIN);
    }

    private Scene draw(String id, String title, List<String> levelNames, List<TreeNode> roots, Columns columns,
                       Layout layout) {
        List<Scene.Mark> marks = new ArrayList<>();
        for (int level = 0; level < columns.x().length; level++) {
            String name = level < levelNames.size() ? levelNames.get(level) : "level " + (level + 1);
            marks.add(new Scene.Text(columns.x()[level], HEADER - 8, LABEL_SIZE, true, false, MUTED, capitalised(name)));
        }
        layout.placed().forEach(box -> connectors(box, marks));
        layout.placed().forEach(box -> boxes(box, marks));
        return new Scene(id, title, description(levelNames, roots), WIDTH, layout.height(), marks);
    }

    /** Places a subtree in the band that starts at {@code top}: children stacked, the node centred beside them. */
    private Box place(TreeNode node, int depth, int top, Columns columns) {
        int width = columns.width()[depth];
        int badge = node.badge().isEmpty() ? 0 : (int) Math.ceil(node.badge().length() * BADGE_SIZE * CHAR_WIDTH) + PAD_X;
        int chars = (int) Math.floor((width - 2 * PAD_X - badge) / (LABEL_SIZE * CHAR_WIDTH));
        List<String> lines = TextWrap.wrap(node.number().isEmpty() ? node.label() : node.number() + " " + node.label(), chars);
        int own = 2 * PAD_Y + lines.size() * LINE;
        List<Box> children = new ArrayList<>();
        int y = top;
        List<TreeNode> drawn = depth + 1 < levels ? node.children() : List.of();
        for (TreeNode child : drawn) {
            Box placed = place(child, depth + 1, y, columns);
            children.add(placed);
            y += blockHeight(placed) + SIBLING_GAP;
        }
        int childrenHeight = drawn.isEmpty() ? 0 : y - SIBLING_GAP - top;
        if (childrenHeight < own) { // a tall node beside short children: centre the children on it instead
            children = shift(children, (own - childrenHeight) / 2);
        }
        int block = Math.max(own, childrenHeight);
        return new Box(node, depth, columns.x()[depth], top + (block - own) / 2, width, own, lines, children);
    }

    private static List<Box> shift(List<Box> boxes, int dy) {
        List<Box> out = new ArrayList<>();
        for (Box b : boxes) {
            out.add(new Box(b.node(), b.depth(), b.x(), b.y() + dy, b.width(), b.height(), b.lines(), shift(b.children(), dy)));
        }
        return out;
    }

    /** The height of the band a subtree occupies: from its highest box to its lowest. */
    private static int blockHeight(Box box) {
        return bottom(box) - top(box);
    }

    private static int top(Box box) {
        int top = box.y();
        for (Box child : box.children()) {
            top = Math.min(top, top(child));
        }
        return top;
    }

    private static int bottom(Box box) {
        int bottom = box.y() + box.height();
        for (Box child : box.children()) {
            bottom = Math.max(bottom, bottom(child));
        }
        return bottom;
    }

    private static void connectors(Box box, List<Scene.Mark> marks) {
        int fromX = box.x() + box.width();
        int fromY = box.y() + box.height() / 2;
        for (Box child : box.children()) {
            marks.add(new Scene.Connector(fromX, fromY, fromX + GAP / 2, child.y() + child.height() / 2, child.x(), LINE_COLOUR));
            connectors(child, marks);
        }
    }

    private static void boxes(Box box, List<Scene.Mark> marks) {
        int shade = Math.min(box.depth(), FILL.length - 1);
        marks.add(new Scene.Box(box.x(), box.y(), box.width(), box.height(), FILL[shade], STROKE[shade]));
        List<Scene.Line> lines = new ArrayList<>();
        int baseline = box.y() + PAD_Y + LABEL_SIZE;
        for (String line : box.lines()) {
            lines.add(new Scene.Line(box.x() + PAD_X, baseline, line));
            baseline += LINE;
        }
        marks.add(new Scene.Label(LABEL_SIZE, INK, box.depth() == 0, box.node().italic(), lines));
        if (!box.node().badge().isEmpty()) {
            marks.add(new Scene.Text(box.x() + box.width() - PAD_X, box.y() + PAD_Y + LABEL_SIZE, BADGE_SIZE, false, true,
                    MUTED, box.node().badge()));
        }
        if (box.children().isEmpty() && !box.node().children().isEmpty()) { // cut off: more levels below
            marks.add(new Scene.Text(box.x() + box.width() + 4, box.y() + PAD_Y + LABEL_SIZE, LABEL_SIZE, false, false,
                    MUTED, "\u2026"));
        }
        box.children().forEach(child -> boxes(child, marks));
    }

    /** The tree as text, for readers who cannot see the figure. */
    private static String description(List<String> levelNames, List<TreeNode> roots) {
        List<String> parts = new ArrayList<>();
        describe(roots, 0, levelNames, parts);
        return String.join("; ", parts) + ".";
    }

    private static void describe(List<TreeNode> nodes, int depth, List<String> levelNames, List<String> out) {
        for (TreeNode n : nodes) {
            String level = depth < levelNames.size() ? levelNames.get(depth) : "level " + (depth + 1);
            // a number with words of its own ("Theme 1") already says the level
            boolean named = n.number().chars().anyMatch(Character::isLetter);
            out.add((named ? "" : capitalised(level) + " ") + (n.number().isEmpty() ? "" : n.number() + " ") + n.label()
                    + (n.detail().isEmpty() ? "" : " (" + n.detail() + ")"));
            describe(n.children(), depth + 1, levelNames, out);
        }
    }

    private static int depth(List<TreeNode> nodes) {
        int max = 0;
        for (TreeNode n : nodes) {
            max = Math.max(max, 1 + depth(n.children()));
        }
        return max;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package weft.render.figure;

import java.util.List;

/**
 * A figure as the marks it is made of, in painting order, on a canvas of {@code width} by {@code height} units: written
 * as SVG for the web page, the PDF and JATS ({@link #svg()}), and painted straight onto an image for the Word
 * document, so that both draw the same boxes, lines and words from one description.
 *
 * @param id          the prefix of the ids inside the SVG (its title and description)
 * @param title       the figure's accessible name
 * @param description the figure as text, for readers who cannot see it
 * @param rightToLeft whether its texts run right to left (a figure of an article in Arabic, Hebrew …): then a text's
 *                    {@code x} is where it starts in reading order, its right end, or its left end when anchored at its
 *                    end, as SVG's {@code text-anchor} means under {@code direction="rtl"}
 */
public record Scene(String id, String title, String description, int width, int height, List<Mark> marks,
                    boolean rightToLeft) {

    /** The font family of every text: DejaVu Sans, the face the PDF and the Word picture draw with. */
    static final String FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";
    /** The radius of a box's corners. */
    public static final int CORNER = 3;

    public Scene {
        marks = List.copyOf(marks);
    }

    /** A figure whose texts run left to right. */
    public Scene(String id, String title, String description, int width, int height, List<Mark> marks) {
        this(id, title, description, width, height, marks, false);
    }

    /**
     * The figure as a right-to-left article draws it: mirrored, so that what stood at the left stands at the right (a
     * tree's root column, a box's label at its right and its count at its left), its texts running right to left.
     */
    public Scene mirrored() {
        List<Mark> mirrored = new java.util.ArrayList<>();
        for (Mark mark : marks) {
            if (mark instanceof Box b) {
                mirrored.add(new Box(width - b.x() - b.width(), b.y(), b.width(), b.height(), b.fill(), b.stroke()));
            } else if (mark instanceof Connector c) {
                mirrored.add(new Connector(width - c.fromX(), c.fromY(), width - c.midX(), c.toY(), width - c.toX(), c.stroke()));
            } else if (mark instanceof Text t) {
                mirrored.add(new Text(width - t.x(), t.y(), t.size(), t.bold(), t.anchorEnd(), t.fill(), t.text()));
            } else if (mark instanceof Label l) {
                mirrored.add(new Label(l.size(), l.fill(), l.bold(), l.italic(),
                        l.lines().stream().map(line -> new Line(width - line.x(), line.y(), line.text())).toList()));
            }
        }
        return new Scene(id, title, description, width, height, mirrored, !rightToLeft);
    }

    /** One thing drawn: a box, a connector or a text. */
    public sealed interface Mark permits Box, Connector, Text, Label {
    }

    /** A box with rounded corners, filled and outlined with a line of one unit. Colours are {@code #rrggbb}. */
    public record Box(int x, int y, int width, int height, String fill, String stroke) implements Mark {
    }

    /** An elbow of one unit from a parent's right edge: across to {@code midX}, down or up to {@code toY}, across to {@code toX}. */
    public record Connector(int fromX, int fromY, int midX, int toY, int toX, String stroke) implements Mark {
    }

    /** One line of text whose baseline starts at ({@code x}, {@code y}), or ends there when {@code anchorEnd}. */
    public record Text(int x, int y, int size, boolean bold, boolean anchorEnd, String fill, String text) implements Mark {
    }

    /** A label of one or more lines, each placed on its own baseline. */
    public record Label(int size, String fill, boolean bold, boolean italic, List<Line> lines) implements Mark {
        public Label {
            lines = List.copyOf(lines);
        }
    }

    /** A line of a label. */
    public record Line(int x, int y, String text) {
    }

    /**
     * The base direction of a text with right-to-left letters: left to right, as the article's. Without it Batik (the
     * PDF) takes it from the first letter, and a label "3.2" followed by Arabic was set with its number at the right,
     * where the web page sets it at the left.
     */
    private static final String LEFT_TO_RIGHT = " direction=\"ltr\" unicode-bidi=\"embed\"";
    /** Every text of a right-to-left figure: its direction, from which a browser takes {@code text-anchor}'s sides. */
    private static final String RIGHT_TO_LEFT = " direction=\"rtl\" unicode-bidi=\"embed\"";

    /** The direction a text is written with: the figure's when right to left, else left to right where it matters. */
    private String direction(boolean hasRightToLeft) {
        return rightToLeft ? RIGHT_TO_LEFT : hasRightToLeft ? LEFT_TO_RIGHT : "";
    }

    /** Whether a text has letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko …). */
    public static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** The figure as an SVG 1.1 element: rect, path, text and tspan with presentation attributes, no CSS. */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"tree-figure\" role=\"img\"")
                .append(" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height).append("\"")
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\"")
                .append(" font-family=\"").append(FONT).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
        for (Mark mark : marks) {
            if (mark instanceof Box b) {
                svg.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width())
                        .append("\" height=\"").append(b.height()).append("\" rx=\"").append(CORNER).append("\" fill=\"")
                        .append(b.fill()).append("\" stroke=\"").append(b.stroke()).append("\" stroke-width=\"1\"/>\n");
            } else if (mark instanceof Connector c) {
                svg.append("<path d=\"M").append(c.fromX()).append(' ').append(c.fromY()).append(" H").append(c.midX())
                        .append(" V").append(c.toY()).append(" H").append(c.toX())
                        .append("\" fill=\"none\" stroke=\"").append(c.stroke()).append("\" stroke-width=\"1\"/>\n");
            } else if (mark instanceof Text t) {
                svg.append("<text x=\"").append(t.x()).append("\" y=\"").append(t.y()).append("\" font-size=\"").append(t.size())
                        .append('"');
                if (t.bold()) {
                    svg.append(" font-weight=\"bold\"");
                }
                if (t.anchorEnd()) {
                    svg.append(" text-anchor=\"end\"");
                }
                svg.append(direction(hasRightToLeft(t.text())));
                svg.append(" fill=\"").append(t.fill()).append("\">").append(escape(t.text())).append("</text>\n");
            } else if (mark instanceof Label l) {
                svg.append("<text font-size=\"").append(l.size()).append("\" fill=\"").append(l.fill()).append('"');
                if (l.bold()) {
                    svg.append(" font-weight=\"bold\"");
                }
                if (l.italic()) {
                    svg.append(" font-style=\"italic\"");
                }
                svg.append(direction(l.lines().stream().anyMatch(line -> hasRightToLeft(line.text()))));
                svg.append('>');
                for (Line line : l.lines()) {
                    svg.append("<tspan x=\"").append(line.x()).append("\" y=\"").append(line.y()).append("\">")
                            .append(escape(line.text())).append("</tspan>");
                }
                svg.append("</text>\n");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A text as drawn: without the control characters XML 1.0 forbids (the SVG drops them) and with a tab or a line
     * end as a space (as SVG shows them).
     */
    public static String drawn(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for XML: the five markup characters escaped, and the control characters XML 1.0 forbids dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

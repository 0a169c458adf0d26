package weft.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarto's figure divs: a fenced div whose id is a figure's ({@code ::: {#fig-plan}}) holding an image and, after it,
 * its caption (the div's last paragraph), as Quarto's authors write a figure with a long caption:
 * <pre>
 * ::: {#fig-plan}
 * ![](figures/plan.png)
 *
 * The plan of the study, drawn after [@smith2020].
 * :::
 * </pre>
 * Before the Markdown is parsed, such a div becomes the figure Weft reads, {@code ![The plan …](figures/plan.png){#fig-plan}},
 * then line feeds to keep the text's length (the figure's diagnostics are at the div's first line). A div with another
 * shape (two images: Quarto's subfigures; no caption; a paragraph besides the caption) is left as written, and its
 * fence is reported as a div Weft does not read.
 */
final class FigureDivs {

    /** An opening fence with a figure's id: its attributes. */
    private static final Pattern OPEN = Pattern.compile("^ {0,3}:{3,}\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern FIGURE_ID = Pattern.compile("(?<![^\\s{])#(fig-[\\w:.-]+)");
    private static final Pattern CLOSE = Pattern.compile("^ {0,3}:{3,}\\s*$");
    /** An image alone on its line: its description, its address, its attributes' inside. */
    private static final Pattern IMAGE = Pattern.compile("^ {0,3}!\\[([^\\[\\]]*)\\]\\(([^()\\s]+)\\)(?:\\{([^{}]*)\\})?\\s*$");

    /** A figure div: where it begins and ends in the text, and the figure Weft reads in its place. */
    record Found(int start, int end, String figure) {
    }

    private FigureDivs() {
    }

    /** The markdown with each figure div as the figure Weft reads; offsets after each unchanged. */
    static String rewrite(String markdown) {
        List<Found> found = find(markdown);
        if (found.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown);
        for (Found f : found) {
            for (int i = f.start(); i < f.end(); i++) {
                int at = i - f.start();
                out.setCharAt(i, at < f.figure().length() ? f.figure().charAt(at) : markdown.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    static List<Found> find(String markdown) {
        if (!markdown.contains("#fig-")) {
            return List.of();
        }
        String text = PandocSyntax.blankCode(markdown);
        List<Found> found = new ArrayList<>();
        List<int[]> lines = PandocTables.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
            Matcher open = OPEN.matcher(line);
            if (!open.matches() || !FIGURE_ID.matcher(open.group(1)).find()) {
                continue;
            }
            List<List<String>> blocks = new ArrayList<>(); // the div's paragraphs, each its lines
            int close = -1;
            boolean nested = false;
            for (int j = i + 1; j < lines.size() && close < 0; j++) {
                String inner = text.substring(lines.get(j)[0], lines.get(j)[1]);
                if (CLOSE.matcher(inner).matches()) {
                    close = j;
                } else if (inner.stripLeading().startsWith(":::")) {
                    nested = true;
                } else if (inner.isBlank()) {
                    blocks.add(new ArrayList<>());
                } else {
                    if (blocks.isEmpty()) {
                        blocks.add(new ArrayList<>());
                    }
                    blocks.get(blocks.size() - 1).add(inner.strip());
                }
            }
            blocks.removeIf(List::isEmpty);
            if (close < 0 || nested || blocks.size() != 2 || blocks.get(0).size() != 1) {
                continue;
            }
            Matcher image = IMAGE.matcher(blocks.get(0).get(0));
            if (!image.matches() || String.join(" ", blocks.get(1)).contains("![")) {
                continue;
            }
            String attributes = (open.group(1).strip() + " " + (image.group(3) == null ? "" : image.group(3).strip())).strip();
            String figure = "![" + String.join(" ", blocks.get(1)) + "](" + image.group(2) + "){" + attributes + "}";
            int start = lines.get(i)[0];
            int end = lines.get(close)[1];
            if (figure.length() <= end - start) {
                found.add(new Found(start, end, figure));
                i = close;
            }
        }
        return found;
    }

}

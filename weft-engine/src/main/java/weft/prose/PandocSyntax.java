package weft.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.model.Text;

/**
 * Pandoc's Markdown that Weft does not read, each a warning at its place: a researcher who writes in Pandoc's Markdown
 * would otherwise find it printed as written (TeX's dollar signs), a span's brackets without their formatting, or a
 * fenced div's text without what its attributes ask, without a word.
 * Code (fenced blocks and spans) and HTML comments are not looked at.
 */
final class PandocSyntax {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    /** TeX math as Pandoc finds it: {@code $$…$$}, or {@code $…$} with no space inside either dollar and no digit after the closing one. */
    private static final Pattern MATH = Pattern.compile("(?<![\\\\$])\\$\\$[^$]+\\$\\$|(?<![\\\\$])\\$(?=[^\\s$])[^$\\n]*?[^\\s$\\\\]\\$(?![\\d$])"
            + "|(?<![\\\\$])\\$[^\\s$\\\\]\\$(?![\\d$])");

    /**
     * A LaTeX command with its argument in a sentence ({@code \\textbf{bold}}, {@code \\cite{key}}), which Pandoc
     * passes to LaTeX alone: outside TeX math, which is reported as such.
     */
    private static final Pattern LATEX = Pattern.compile("(?<!\\\\)\\\\[A-Za-z]+\\*?(?:\\[[^\\]\\n]*\\])?\\{[^{}\\n]*\\}");

    /** Quarto's shortcodes but a page break, a variable and metadata: {@code {{< env HOME >}}}, an include in a sentence. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<\\s*(?!pagebreak\\s*>|var\\s|meta\\s)[\\w-]+[^>\\n]*>}}");

    /** A code cell of Quarto or R Markdown: {@code ```{r}}, {@code ```{python echo=false}}. */
    /** A fenced code block whose attributes set Quarto's conditional content: {@code ```{.python .content-visible …}}. */
    private static final Pattern CONDITIONAL_CODE = Pattern.compile("(?m)^ {0,3}(?:```+|~~~+)\\s*\\{[^}\\n]*\\.content-(?:visible|hidden)\\b[^}\\n]*\\}\\s*$");
    private static final Pattern CODE_CELL = Pattern.compile("(?m)^ {0,3}(?:```+|~~~+)\\s*\\{([A-Za-z][\\w-]*)(?:[\\s,][^}\\n]*)?\\}\\s*$");

    /** An include on a line of its own: read when the study is (an error there when it cannot be). */
    private static final Pattern INCLUDE_LINE = Pattern.compile("^[ \\t]{0,3}\\{\\{<\\s*include\\s[^\\n]*>}}[ \\t]*$");

    /**
     * An item of Pandoc's example list left as written ({@link ExampleLists}): {@code (@)} or {@code (@label)} at a
     * line's start.
     */
    private static final Pattern EXAMPLE = Pattern.compile("^ {0,3}\\(@[\\w-]*\\)(?= )");

    private PandocSyntax() {
    }

    /** A raw block's opening fence, {@code ```{=latex}}, or a raw inline's attribute after its code, {@code `x`{=html}}. */
    private static final Pattern RAW_BLOCK = Pattern.compile("(?m)^ {0,3}(?:```+|~~~+)\\s*\\{=([A-Za-z0-9_-]+)\\}");
    private static final Pattern RAW_INLINE = Pattern.compile("(?<=[^`]`)\\{=([A-Za-z0-9_-]+)\\}");

    static void report(Text text, Diagnostics diagnostics) {
        reportRaw(text, diagnostics);
        reportCells(text, diagnostics);
        String content = blankCode(text.content());
        int start = 0;
        int openDivs = 0;
        int figureDivs = 0;
        java.util.Set<Integer> figureDivStarts = new java.util.HashSet<>(); // Quarto's ::: {#fig-…}, read whole
        FigureDivs.find(text.content()).forEach(f -> figureDivStarts.add(f.start()));
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            String line = content.substring(start, end);
            Matcher fence = Divs.FENCE.matcher(line);
            if (fence.matches()) {
                if (fence.group(2).isEmpty() && figureDivs > 0 && openDivs == 0) {
                    figureDivs--; // a figure div's closing fence
                } else if (fence.group(2).isEmpty() && openDivs > 0) {
                    openDivs--;
                } else {
                    openDivs++;
                    Divs.Fence read = Divs.fence(fence.group(2));
                    for (String notice : read.formatNotices()) {
                        diagnostics.warning(text.positionAt(start + line.indexOf(':')), "of this fenced div ('"
                                + ProseRenderer.abbreviate(line.strip()) + "'): " + notice);
                    }
                    if (figureDivStarts.contains(start)) {
                        openDivs--; // a figure div: read whole, its closing fence with it
                        figureDivs++;
                    } else if (!read.read() && !read.condition()) {
                        diagnostics.warning(text.positionAt(start + line.indexOf(':')), "Pandoc's fenced div ('"
                                + ProseRenderer.abbreviate(line.strip()) + "') has nothing Weft reads: its text is printed as"
                                + " any other, the ':::' lines left out; a div Weft reads is in a language of its own"
                                + " (::: {lang=fr}), a Quarto callout (::: {.callout-note title=\"Key messages\"}) or"
                                + " Quarto's conditional content (::: {.content-visible when-format=\"pdf\"})");
                    } else if (!read.unread().isEmpty()) {
                        diagnostics.warning(text.positionAt(start + line.indexOf(':')), "of this fenced div ('"
                                + ProseRenderer.abbreviate(line.strip()) + "'), Weft does not read "
                                + ProseRenderer.abbreviate(String.join(" ", read.unread())) + ": "
                                + (read.callout().isEmpty() ? (!read.figure().isEmpty() ? "a figure div's label and its"
                                + " layout-ncol or layout-nrow are" : read.lang().isEmpty() ? "the formats it is printed in are"
                                : "its language is") + " read, the rest is not"
                                : "a callout is a box with its title in every format; its id is read when it is a"
                                + " cross-reference label of its kind (#nte- for a note, #tip- a tip, #imp- important,"
                                + " #cau- caution, #wrn- a warning); other ids and classes and Quarto's screen options"
                                + " (collapse, appearance, icon) are not read"));
                    }
                }
            }
            if (!INCLUDE_LINE.matcher(line).matches()) { // an include alone on its line is read with the study
                report(SHORTCODE, line, start, text, diagnostics, "Quarto's shortcode ('%s') is not read: printed as"
                        + " written; Weft reads a page break ({{< pagebreak >}}), a variable of content/_variables.yml"
                        + " ({{< var version >}}), study.yaml's metadata ({{< meta title >}}) and an include on a line of"
                        + " its own ({{< include _part.md >}})");
            }
            report(EXAMPLE, line, start, text, diagnostics, "Pandoc's example list item ('%s') is not read: Weft numbers"
                    + " (@label) items whose label has at most 11 characters, and (@) items up to the 99th; this one is"
                    + " printed as written, marker and all: give it a shorter label");
            report(MATH, line, start, text, diagnostics, "TeX math ('%s') is not read: printed as written, dollar signs"
                    + " and all; write it as text (p < 0.05; x^2^ and H~2~O for a superscript and a subscript)");
            String withoutMath = MATH.matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
            List<int[]> commands = LATEX.matcher(withoutMath).results().map(r -> new int[] {r.start(), r.end()}).toList();
            report(LATEX, withoutMath, start, text, diagnostics,
                    "the LaTeX command ('%s') is not read: printed as written, backslash and braces (Pandoc passes it to a"
                    + " LaTeX PDF alone); write it in Markdown: *emphasis*, **bold**, [@key] for a citation, @sec-x or"
                    + " [Methods] for a reference");
            Matcher span = Spans.SPAN.matcher(line);
            while (span.find()) {
                int at = span.start();
                if (commands.stream().anyMatch(c -> c[0] < at && at < c[1])) {
                    continue; // a LaTeX command's optional argument and argument ({@code \citet[p.~3]{key}}): said above
                }
                Spans.Attributes attributes = Spans.attributes(span.group(2));
                for (String notice : attributes.formatNotices()) {
                    diagnostics.warning(text.positionAt(start + span.start()), "of this bracketed span ('"
                            + ProseRenderer.abbreviate(span.group()) + "'): " + notice);
                }
                if (!attributes.any() || !Spelled.spellable(span.group(2))) {
                    diagnostics.warning(text.positionAt(start + span.start()), "Pandoc's bracketed span ('"
                            + ProseRenderer.abbreviate(span.group()) + "') has nothing Weft reads: the words are printed in"
                            + " their brackets; give it a language (lang=fr), .smallcaps, .underline or .mark (highlighted), or write the words"
                            + " alone (or *…* for emphasis)");
                } else if (!attributes.unread().isEmpty()) {
                    diagnostics.warning(text.positionAt(start + span.start()), "of this bracketed span ('"
                            + ProseRenderer.abbreviate(span.group()) + "'), Weft does not read "
                            + ProseRenderer.abbreviate(String.join(" ", attributes.unread())) + ": a span reads its"
                            + " language (lang=fr), .smallcaps, .underline, .mark and Quarto's conditional content, the"
                            + " rest is not");
                }
            }
            start = end + 1;
        }
    }

    /** Pandoc's raw blocks and inlines ({@code ```{=latex}}, {@code `…`{=html}}): Weft prints them in no format. */
    private static void reportRaw(Text text, Diagnostics diagnostics) {
        String content = text.content();
        if (!content.contains("{=")) {
            return;
        }
        for (Pattern raw : java.util.List.of(RAW_BLOCK, RAW_INLINE)) {
            Matcher m = raw.matcher(content);
            while (m.find()) {
                diagnostics.warning(text.positionAt(raw == RAW_BLOCK ? m.start() + m.group().indexOf(m.group().strip()) : m.start()),
                        "Pandoc's raw " + m.group(1) + " ('" + ProseRenderer.abbreviate(m.group().strip()) + "') is printed in"
                        + " no format: Pandoc passes it to " + m.group(1) + " output alone, and Weft prints no raw markup;"
                        + " remove it (a page break is \\newpage on a line of its own)");
            }
        }
    }

    /** Quarto's and R Markdown's code cells: Weft runs none, so a cell is its code, printed as code. */
    private static void reportCells(Text text, Diagnostics diagnostics) {
        String content = text.content();
        if (!content.contains("{")) {
            return;
        }
        Matcher m = CODE_CELL.matcher(content);
        while (m.find()) {
            diagnostics.warning(text.positionAt(m.start() + m.group().indexOf(m.group().strip())), "this code cell ('" + ProseRenderer.abbreviate(m.group().strip()) + "') is not run: Weft prints its code"
                    + " as code; write what it computes as text, a table or a figure");
        }
        Matcher conditional = CONDITIONAL_CODE.matcher(content);
        while (conditional.find()) {
            diagnostics.warning(text.positionAt(conditional.start() + conditional.group().indexOf(conditional.group().strip())),
                    "this code block's conditions ('" + ProseRenderer.abbreviate(conditional.group().strip()) + "') are not"
                    + " read: it is printed in every format; put it in a fenced div with the conditions"
                    + " (::: {.content-visible when-format=\"html\"})");
        }
    }

    private static void report(Pattern pattern, String line, int lineStart, Text text, Diagnostics diagnostics, String message) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            diagnostics.warning(text.positionAt(lineStart + m.start()), String.format(message, ProseRenderer.abbreviate(m.group())));
        }
    }

    /** The text with its code (fenced blocks, spans) and HTML comments as spaces, so that offsets stay the text's. */
    static String blankCode(String content) {
        StringBuilder out = new StringBuilder(content);
        int start = 0;
        String fence = null;
        int fenceStart = 0;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            Matcher m = FENCE.matcher(content.substring(start, end));
            if (m.find()) {
                if (fence == null) {
                    fence = m.group(1);
                    fenceStart = start;
                } else if (m.group(1).equals(fence)) {
                    blank(out, fenceStart, end);
                    fence = null;
                }
            }
            start = end + 1;
        }
        if (fence != null) {
            blank(out, fenceStart, content.length());
        }
        blankSpans(out);
        blankComments(out);
        return out.toString();
    }

    /**
     * Code spans as CommonMark finds them: a run of backticks up to the next run of the same length; a run with no such
     * closer is text. Linear: each run's next run of its length is looked up, not searched for.
     */
    private static void blankSpans(StringBuilder out) {
        java.util.List<int[]> runs = new java.util.ArrayList<>(); // start, length
        for (int i = 0; i < out.length(); ) {
            if (out.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < out.length() && out.charAt(i) == '`') {
                i++;
            }
            runs.add(new int[] {start, i - start});
        }
        java.util.Map<Integer, java.util.ArrayDeque<Integer>> byLength = new java.util.HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            byLength.computeIfAbsent(runs.get(r)[1], k -> new java.util.ArrayDeque<>()).add(r);
        }
        int r = 0;
        while (r < runs.size()) {
            java.util.ArrayDeque<Integer> same = byLength.get(runs.get(r)[1]);
            while (!same.isEmpty() && same.peek() <= r) {
                same.poll();
            }
            if (same.isEmpty()) {
                r++;
                continue;
            }
            int closer = same.poll();
            blank(out, runs.get(r)[0], runs.get(closer)[0] + runs.get(closer)[1]);
            r = closer + 1;
        }
    }

    /** HTML comments, which no output prints; one never closed runs to the end, as flexmark reads it. */
    private static void blankComments(StringBuilder out) {
        int open = out.indexOf("<!--");
        while (open >= 0) {
            int close = out.indexOf("-->", open + 4);
            int end = close < 0 ? out.length() : close + 3;
            blank(out, open, end);
            open = close < 0 ? -1 : out.indexOf("<!--", end);
        }
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}

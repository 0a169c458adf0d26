package weft.prose;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Audience;
import weft.model.ImageFile;
import weft.model.Images;
import weft.model.Text;
import weft.words.Slugs;

/**
 * Renders a piece of prose: directives out, Markdown to sanitised HTML, headings numbered,
 * directives back in as HTML nodes built by a {@link DirectiveHandler}.
 */
public final class ProseRenderer {

    /** The attribute of a note's call in the rendered HTML that names its note among {@link Rendered#notes()}. */
    public static final String NOTE = ProseNotes.NOTE;

    /** The class of an image of the prose in the rendered HTML. */
    public static final String IMAGE_CLASS = "prose-image";

    /** How a figure's image carries its share of the text's width ({width=50%}): its style, "width: 50%". */
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("width: ([0-9]{1,3})%");

    /** The style that sets a figure's image at {@code percent} of the text's width. */
    static String shareStyle(String percent) {
        return "width: " + percent;
    }

    /** The share of the text's width, in percent, that a figure's image's {@code style} gives it, if any. */
    public static java.util.OptionalInt share(String style) {
        Matcher m = SHARE.matcher(style);
        return m.find() ? java.util.OptionalInt.of(Math.min(100, Integer.parseInt(m.group(1)))) : java.util.OptionalInt.empty();
    }

    /** A converter for each language's quotation marks the prose is set in (a build renders one or two). */
    private final java.util.concurrent.ConcurrentMap<Quotes, MarkdownConverter> converters = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The quotation marks straight ones in the prose become: the article language's, as CLDR gives them (or the
     * project's words {@code quoteOpen} and {@code quoteClose}), and those of a quotation within a quotation.
     */
    public record Quotes(String open, String close, String innerOpen, String innerClose) {
        public static final Quotes ENGLISH = new Quotes("\u201C", "\u201D", "\u2018", "\u2019");

        /** The quotation marks of the language of {@code words}. */
        public static Quotes of(weft.words.Words words) {
            String[] inner = words.innerQuoteMarks();
            return new Quotes(words.quoteOpen(), words.quoteClose(), inner[0], inner[1]);
        }
    }

    /**
     * The rendered prose, the headings it contains, its figures and numbered tables in the text's order, the figures it
     * leaves out for the build's audience, the anchors of the figures it could not print (each reported already), and
     * its notes by key, taken out of the text: each call is an element with {@link #NOTE} naming its note's key.
     */
    public record Rendered(Element body, List<Heading> headings, List<Figure> figures, List<Table> tables,
                           List<Withheld> withheld, List<String> refused, Map<String, Element> notes,
                           List<Callout> callouts) {
        public String html() {
            return body.html();
        }
    }

    /**
     * A cross-referenceable callout ({@code ::: {#nte-x .callout-note}}, as Quarto writes one): its label, its kind
     * ("note" …), its box, whose title's {@link #CALLOUT_NUMBER} span takes its number, and where its fence is written.
     */
    public record Callout(String id, String kind, Element box, SourcePosition at) {
    }

    /**
     * {@code figure}'s images given their text alternative, unless the prose gives one apart (Quarto's fig-alt): the
     * caption as printed without its label ("Figure 1."); a subfigure's its label and caption ("(b) The table"), or its
     * label and the panel's caption where it has none. The article describes each figure again once it has filled in
     * the captions' citations and cross-references ({@code last}: then the mark of a given one is removed).
     */
    public static void describe(Element figure, boolean last) {
        // a caption that conditional content words apart in some formats ("Figure 2" in the PDF, "Figure 1" on the web
        // page) gives each format its own alternative, which the format's view keeps (ConditionalContent.only)
        boolean apart = !figure.select("figcaption [" + ConditionalContent.ATTRIBUTE + "]").isEmpty();
        for (Element img : figure.select("img")) {
            if (img.hasAttr(ProseFigures.ALT_GIVEN)) { // Quarto's fig-alt: its own text, not the caption's
                if (last) {
                    img.removeAttr(ProseFigures.ALT_GIVEN);
                }
                continue;
            }
            String alt = alternative(figure, img, apart ? "html" : null); // the web page's, where formats differ
            img.attr("alt", alt);
            for (String format : apart ? ConditionalContent.FORMATS : List.<String>of()) {
                String own = alternative(figure, img, format);
                if (!own.equals(alt)) {
                    img.attr(ConditionalContent.ALT_IN + format, own);
                }
            }
        }
    }

    /** {@code img}'s text alternative from the captions of {@code figure}, as {@code format} prints them (null: all). */
    private static String alternative(Element figure, Element img, String format) {
        Element caption = figure.selectFirst("> figcaption");
        String whole = caption == null ? "" : withoutLabel(caption, format);
        Element part = img.parent() != null && img.parent().hasClass(SUBFIGURE) ? img.parent() : null;
        if (part == null) {
            return whole;
        }
        Element own = part.selectFirst("> figcaption");
        String label = own == null ? "" : own.select("> span.label").text();
        String words = own == null ? "" : withoutLabel(own, format);
        return (label + " " + (words.isEmpty() ? whole : words)).strip();
    }

    /** A caption's words without its label, as {@code format} prints them (null: every format's words). */
    private static String withoutLabel(Element caption, String format) {
        Element copy = caption.clone();
        copy.select("> span.label").remove();
        if (format == null) {
            return copy.text().strip();
        }
        for (Element other : copy.select("[" + ConditionalContent.ATTRIBUTE + "]")) {
            if (!List.of(other.attr(ConditionalContent.ATTRIBUTE).split(" ")).contains(format)) {
                other.remove();
            }
        }
        return copy.text().strip();
    }

    /** The class of a subfigure, a figure of a panel's: its image, then its label ("(a)") and caption. */
    public static final String SUBFIGURE = "subfigure";
    /** The class of a panel of subfigures, a figure of the prose; its subfigures are in a div of class {@code subfigures}. */
    public static final String FIGURE_PANEL = "figure-panel";

    /**
     * A figure of the prose: its anchor ({@code fig-…}), the element its label goes in once the article has numbered
     * its figures, its image (a panel's first subfigure's), where the prose names it, and a panel's subfigures (none for
     * a figure of one image).
     */
    public record Figure(String id, Element label, ImageFile file, SourcePosition at, List<Part> parts) implements Numbered {
        public Figure {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A subfigure of a panel (Quarto's figure div of several images): its anchor ("" where the prose gives none), the
     * element of its label ("(a)"), its image, and where the prose has it.
     */
    public record Part(String id, Element label, ImageFile file, SourcePosition at) {
    }

    /** A figure left out of a build for a wider audience than its own: its anchor, its audience, where the prose has it. */
    public record Withheld(String id, Audience audience, SourcePosition at) {
    }

    /** A figure or a table the article numbers: its anchor, the element its label goes in, where the prose has it. */
    public interface Numbered {
        String id();

        Element label();

        SourcePosition at();
    }

    /**
     * A table of the prose with a caption, which makes it numbered: its anchor ({@code tab-…}), the element its label
     * goes in once the article has numbered its tables, and where its caption is written.
     */
    public record Table(String id, Element label, SourcePosition at) implements Numbered {
    }

    /**
     * How headings inside the prose are numbered and named.
     *
     * @param numberPrefix the enclosing section's number ("2"); empty for unnumbered prose
     * @param idPrefix     prefix of generated heading ids ("sec-methods")
     * @param firstLevel   the HTML heading level of a Markdown {@code ##}
     * @param listStyle    how ordered lists are numbered (decimal, lower-alpha, ...)
     */
    public record Layout(String numberPrefix, String idPrefix, int firstLevel, String listStyle, Quotes quotes) {
        public Layout(String numberPrefix, String idPrefix, int firstLevel, String listStyle) {
            this(numberPrefix, idPrefix, firstLevel, listStyle, Quotes.ENGLISH);
        }
    }

    /**
     * Renders {@code text}. Text nested deeper than {@link NestingLimits} allows is reported where it crosses the
     * limit and not parsed; should the Markdown parser still fail on some text, that is reported at the text's start.
     * Either way the result is empty and every other diagnostic of the build is kept.
     */
    public Rendered render(Text text, Layout layout, DirectiveHandler handler, Images images, Audience audience,
                           Diagnostics diagnostics) {
        return render(text, layout, handler, images, audience, Map.of(), diagnostics);
    }

    /**
     * As {@link #render(Text, Layout, DirectiveHandler, Images, Audience, Diagnostics)}, with the study's participants'
     * audiences by id: a figure that shows a participant ({@code participant=P3}) goes by the narrower of its own
     * audience and theirs.
     */
    public Rendered render(Text written, Layout layout, DirectiveHandler handler, Images images, Audience audience,
                           Map<String, Audience> participants, Diagnostics diagnostics) {
        // Quarto's tbl- and Pandoc-crossref's fig: as Weft's own labels; private-use characters out of the passes' way
        Text text = CrossRefLabels.normalise(normalised(written, diagnostics));
        Optional<NestingLimits.Violation> tooDeep = NestingLimits.check(text.content());
        if (tooDeep.isPresent()) {
            diagnostics.error(text.positionAt(tooDeep.get().offset()), tooDeep.get().message());
            return empty();
        }
        PandocSyntax.report(text, diagnostics);
        NoteChecks.report(text, diagnostics);
        DirectiveScanner.Scanned scanned;
        Element body;
        List<MarkdownConverter.Image> found = new ArrayList<>();
        java.util.Map<Element, Integer> offsets = new java.util.IdentityHashMap<>();
        List<Callout> callouts = new ArrayList<>();
        try {
            scanned = DirectiveScanner.scan(text);
            // Pandoc's line blocks, fenced divs, bracketed spans and inline notes marked in place, each mark as long as
            // what it stands for (offsets stay the scan's); after parsing, the marks become their elements
            String figures = FigureDivs.rewrite(scanned.markdown()); // Quarto's ::: {#fig-…} as ![caption](file){#fig-…}
            PandocTables.Marked tables = PandocTables.mark(figures, scanned); // simple, multiline, grid
            FancyLists.Marked lists = FancyLists.mark(tables.markdown()); // a), (ii), #. as CommonMark's 1)
            Divs.Marked divs = Divs.mark(LineBlocks.mark(lists.markdown())); // lang=fi, callouts
            String parsed = InlineNotes.rewrite(Spans.mark(divs.markdown()));
            body = converter(layout).convert(parsed, found, offsets);
            ProseTables.pipeWidths(body, offsets, parsed); // a pipe table wider than 72 columns: its dashes' widths
            tables.problems().forEach(p -> diagnostics.warning(text.positionAt(originalOffset(p.offset(), scanned)),
                    p.message()));
            PandocTables.apply(body, tables.tables(), cell -> tableCell(layout, cell, text, scanned, diagnostics));
            FancyLists.apply(body, offsets, lists.lists());
            LineBlocks.apply(body);
            Spans.apply(body);
            body.select("img[alt]").forEach(img -> img.attr("alt", Spans.unmark(img.attr("alt")))); // a description's
            Divs.apply(body, divs.fences()).forEach((fence, box) -> {
                if (!fence.label().isEmpty()) {
                    callouts.add(new Callout(fence.label(), fence.callout(), box,
                            text.positionAt(originalOffset(fence.offset(), scanned))));
                }
                if (box.hasAttr(Divs.PANEL_UNFIT)) {
                    String[] counts = box.attr(Divs.PANEL_UNFIT).split(" ");
                    box.removeAttr(Divs.PANEL_UNFIT);
                    diagnostics.warning(text.positionAt(originalOffset(fence.offset(), scanned)), "the layout of this"
                            + " figure div ('#" + fence.figure() + "') has " + counts[0] + (counts[0].equals("1") ? " place"
                            : " places") + " for " + counts[1] + " subfigures: they stand in one row; give it one positive"
                            + " width for each subfigure (a negative one is a space)");
                }
                if (!fence.figure().isEmpty() && !box.hasAttr(Divs.PANEL)) {
                    diagnostics.warning(text.positionAt(originalOffset(fence.offset(), scanned)), "Quarto's figure div ('#"
                            + fence.figure() + "') is read when it holds one image, alone on its line, then its caption as"
                            + " one paragraph, or images (Quarto's subfigures, at least two) and then their caption; this one"
                            + " is not: its images and text are printed as any other");
                }
                if (!fence.table().isEmpty() && !box.nameIs("table")) {
                    diagnostics.warning(text.positionAt(originalOffset(fence.offset(), scanned)), "Quarto's table div ('#"
                            + fence.table() + "') is read when it holds one table, then its caption as one paragraph; this"
                            + " one is not: its table and text are printed as any other, the table unnumbered");
                }
            });
            rawOut(body);
        } catch (RuntimeException | StackOverflowError e) { // a parser's defect must not lose the build's report
            diagnostics.error(text.positionAt(0), "the Markdown cannot be rendered (" + e.getClass().getSimpleName()
                    + " in the parser): simplify this text");
            return empty();
        }
        ProseFigures.Made made = new ProseFigures(converter(layout), images, audience, participants).make(body, found, scanned, text, diagnostics);
        List<Figure> figures = made.figures();
        fillTableDirectives(body, scanned.directives(), handler); // tables, so that a caption beside one numbers it
        List<Table> tables = ProseTables.number(body, offsets, scanned, text, diagnostics);
        List<Heading> headings = numberHeadings(body, layout, offsets, scanned, text, diagnostics);
        body.select("[" + MarkdownConverter.DROPPED + "]").removeAttr(MarkdownConverter.DROPPED); // a note's heading's
        styleLists(body, layout.listStyle());
        pageBreaks(body);
        // the notes out of the text before its directives are filled: a note's are filled where it is called, so that
        // what it cites is cited there, as Pandoc numbers a citation of a note
        Map<String, Element> notes = ProseNotes.take(body);
        fillPlaceholders(body, notes, scanned.directives(), handler);
        for (Figure figure : figures) { // its text alternative: its caption as its directives printed it, for now
            Element shown = body.getElementById(figure.id());
            if (shown != null) {
                describe(shown, false);
            }
        }
        return new Rendered(body, headings, figures, tables, made.withheld(), made.refused(), notes, List.copyOf(callouts));
    }

    /**
     * A cell of a Pandoc table (simple, multiline, grid) rendered as the prose is, its spans read; an image in it is its
     * description, with a warning (a figure stands in a paragraph of its own), and a note in it a warning.
     */
    private Element tableCell(Layout layout, PandocTables.Cell cell, Text text, DirectiveScanner.Scanned scanned,
                              Diagnostics diagnostics) {
        Optional<NestingLimits.Violation> tooDeep = NestingLimits.check(cell.markdown());
        if (tooDeep.isPresent()) { // a cell is parsed on its own: its nesting is checked on its own
            diagnostics.error(text.positionAt(originalOffset(cell.table(), scanned)), "a cell of this table: "
                    + tooDeep.get().message());
            return new Element("div").appendText(cell.markdown());
        }
        Element blocks = converter(layout).convert(Spans.mark(cell.markdown()), new ArrayList<>());
        if (cell.markdown().contains("[^") || cell.markdown().contains("^[")) {
            diagnostics.warning(text.positionAt(originalOffset(cell.table(), scanned)), "a note in a table's cell ('"
                    + abbreviate(cell.markdown().replace('\n', ' ')) + "') is not read: it is printed as written; call it"
                    + " from the caption or the text");
        }
        for (Element img : blocks.select("img")) {
            diagnostics.warning(text.positionAt(originalOffset(cell.table(), scanned)), "an image in a table's cell ('"
                    + abbreviate(img.attr("alt")) + "') is not shown: its description is printed; put a figure in a"
                    + " paragraph of its own");
            img.replaceWith(new TextNode(img.attr("alt")));
        }
        return blocks;
    }

    /**
     * The text with the private-use characters Weft's passes mark the text with (U+E000 to U+E00F, and U+E100 to U+E17F
     * for spelled attributes) as U+FFFD, a warning at the first: written in the prose, one would be taken for a
     * directive's placeholder or a pass's mark. Such a character prints nothing in any font the publication has. A
     * carriage return alone becomes a line feed: the Markdown parser ends a line there, and so must every pass.
     */
    static Text normalised(Text text, Diagnostics diagnostics) {
        String content = text.content();
        StringBuilder out = null;
        boolean warned = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\r') { // a carriage return alone ends a line for the Markdown parser: so it does for every pass
                out = out == null ? new StringBuilder(content) : out;
                out.setCharAt(i, '\n');
            } else if (c >= '\uE000' && c <= '\uE00F' || Spelled.isSpelled(c)) {
                out = out == null ? new StringBuilder(content) : out;
                if (!warned) {
                    warned = true;
                    diagnostics.warning(text.positionAt(i), String.format("a private-use character (U+%04X) is printed as"
                            + " '\uFFFD': it stands for no letter of any script, and Weft marks its own markup with such"
                            + " characters; remove it", (int) c));
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : text.withContent(out.toString());
    }

    /** An offset of the scanned Markdown as one of the text as written: each directive's placeholder stands for it. */
    static int originalOffset(int offset, DirectiveScanner.Scanned scanned) {
        int shift = 0;
        Matcher m = DirectiveScanner.PLACEHOLDER.matcher(scanned.markdown());
        while (m.find() && m.end() <= offset) {
            shift += scanned.directives().get(Integer.parseInt(m.group(1))).source().length() - (m.end() - m.start());
        }
        return offset + shift;
    }

    /** {@code s} cut to 60 characters for a diagnostic's quotation, "..." ending what is cut. */
    public static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static Rendered empty() {
        return new Rendered(new Element("div"), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    /**
     * Numbers the headings of the prose and names them; a {@code #} heading is an error, and one that skips a level (a
     * {@code ###} with no {@code ##} before it in its section, a {@code ####} right after a {@code ##}) a warning: it
     * would be numbered with a 0 (2.0.1), and a screen reader's outline would miss a level. Each at its heading.
     */
    private static List<Heading> numberHeadings(Element body, Layout layout, Map<Element, Integer> offsets,
                                                DirectiveScanner.Scanned scanned, Text text, Diagnostics diagnostics) {
        List<Heading> headings = new ArrayList<>();
        // each format's counters: a heading in conditional content is numbered among those its formats print
        Map<String, int[]> counters = new java.util.LinkedHashMap<>();
        ConditionalContent.FORMATS.forEach(f -> counters.put(f, new int[7]));
        Set<String> ids = new HashSet<>();
        int previous = 0; // the depth of the heading before, 0 at the start of the text
        int unnumberedFrom = Integer.MAX_VALUE; // the depth of the unnumbered heading the headings after are under
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            if (h.closest("div.footnotes") != null) {
                continue; // a note's heading is no part of the text's outline: not numbered, not in the contents
            }
            int mdLevel = h.tagName().charAt(1) - '0';
            var at = text.positionAt(originalOffset(offsets.getOrDefault(h, 0), scanned));
            if (mdLevel == 1) {
                diagnostics.error(at, "a '#' heading in prose: the section title comes from the front matter; use '##' for subsections");
                mdLevel = 2;
            }
            int depth = mdLevel - 1; // ## is depth 1
            unreadClasses(h, at, diagnostics);
            if (h.hasAttr(MarkdownConverter.DROPPED)) {
                diagnostics.warning(at, "of this heading, Weft does not read " + abbreviate(h.attr(MarkdownConverter.DROPPED))
                        + ": a heading reads its id {#…}, {-} or .unnumbered (no number), .unlisted (not in the contents)"
                        + " and lang=…");
            }
            // Pandoc's {-} or {.unnumbered}: no number, none counted, and none for the headings under it
            boolean unlisted = h.hasClass("unlisted") || unlistedMark(h); // Quarto's: not in the contents
            boolean marked = unnumbered(h);
            boolean unnumbered = marked || depth > unnumberedFrom;
            unnumberedFrom = marked ? depth : depth <= unnumberedFrom ? Integer.MAX_VALUE : unnumberedFrom;
            List<String> formats = ConditionalContent.formatsAt(h);
            // each format's counters moved on, then its number written
            Map<String, List<String>> numbers = ConditionalContent.grouped(formats, format -> {
                int[] count = counters.get(format);
                if (!unnumbered) {
                    count[depth]++;
                    java.util.Arrays.fill(count, depth + 1, count.length, 0);
                }
                StringBuilder written = new StringBuilder(layout.numberPrefix());
                for (int i = 1; i <= depth; i++) {
                    written.append(written.length() == 0 ? "" : ".").append(count[i]);
                }
                return written.toString();
            });
            String number = numbers.isEmpty() ? layout.numberPrefix() : numbers.keySet().iterator().next();
            if (depth > previous + 1) {
                String fits = "#".repeat(previous + 2);
                String before = previous == 0 ? "no heading before it in this text"
                        : "the heading before it is a '" + "#".repeat(previous + 1) + "'";
                String numbered = layout.numberPrefix().isEmpty() ? "" : ", so it is numbered " + number + ",";
                diagnostics.warning(at, "this '" + "#".repeat(mdLevel) + "' heading skips a level (" + before + ")"
                        + numbered + " and a screen reader's outline of the article misses one: make it '" + fits
                        + "', or put a '" + fits + "' heading before it");
            }
            previous = depth;
            String title = h.text();
            String id = h.id().isEmpty() ? layout.idPrefix() + "-" + slug(title) : h.id();
            while (!ids.add(id)) {
                id = id + "-x";
            }
            int level = Math.min(6, layout.firstLevel() + depth - 1);
            Element heading = new Element("h" + level).id(id);
            if (!layout.numberPrefix().isEmpty() && !unnumbered) {
                ConditionalContent.printIn(heading.appendElement("span").addClass("number"), numbers.isEmpty()
                        ? Map.of(number, List.of()) : numbers);
                heading.appendText(" ");
            }
            if (h.attr("lang").isEmpty()) {
                heading.appendChildren(h.childNodesCopy());
            } else { // ## Kotona {lang=fi}: the heading in its language (the PDF tags a heading's own), its words too
                heading.attr("lang", h.attr("lang"));
                heading.appendElement("span").attr("lang", h.attr("lang")).appendChildren(h.childNodesCopy());
            }
            h.replaceWith(heading);
            boolean plain = layout.numberPrefix().isEmpty() || unnumbered;
            Map<String, String> byFormat = new java.util.TreeMap<>();
            if (!plain && numbers.size() > 1) {
                numbers.forEach((n, in) -> in.forEach(f -> byFormat.put(f, n)));
            }
            headings.add(new Heading(level, plain ? "" : number, title, id, !unlisted, byFormat, formats));
        }
        return List.copyOf(headings);
    }

    /**
     * A warning for each class of a heading that Weft does not read ({@code {.appendix}}, {@code {.smaller}}): only
     * {@code .unnumbered} and {@code .unlisted} are; Quarto's {@code .appendix} says where an appendix is written instead.
     */
    private static void unreadClasses(Element h, weft.diagnostics.SourcePosition at, Diagnostics diagnostics) {
        for (String name : h.classNames()) {
            if (name.equals("unnumbered") || name.equals("unlisted")) {
                continue;
            }
            diagnostics.warning(at, "the heading's class '." + name + "' is not read" + (name.equals("appendix")
                    ? ": an appendix is a file of its own, printed after the references (content/appendix-a.md with"
                    + " kind: appendix in its front matter), and this heading stays where it is"
                    : ": a heading reads {-} or .unnumbered (no number) and .unlisted (not in the contents)"));
        }
    }

    /** Pandoc's attributes at a heading's end with {@code -} among them ({@code {-}}, {@code {#id -}}), which flexmark leaves as text. */
    private static final java.util.regex.Pattern UNNUMBERED = java.util.regex.Pattern.compile(
            "\\s*\\{\\s*(?:(?:#[\\w:.-]+|\\.[\\w-]+)\\s+)*-(?:\\s+(?:#[\\w:.-]+|\\.[\\w-]+))*\\s*}\\s*$");

    /** Pandoc's {@code {-}} attributes at the end of a heading's last text, which flexmark leaves as text; null if none. */
    private static Matcher unnumberedMark(Element h) {
        if (!(h.childNodeSize() > 0 && h.childNode(h.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode last)) {
            return null;
        }
        Matcher m = UNNUMBERED.matcher(last.getWholeText());
        return m.find() ? m : null;
    }

    /** Whether {@code {-}} at a heading's end names Quarto's {@code .unlisted} too ({@code {- .unlisted}}). */
    private static boolean unlistedMark(Element h) {
        Matcher m = unnumberedMark(h);
        return m != null && m.group().matches(".*\\.unlisted\\b.*");
    }

    /**
     * Whether a heading is unnumbered as Pandoc marks it: {@code {.unnumbered}}, or {@code {-}} at its end (taken out
     * of its text, with an id it names: {@code {#id -}}).
     */
    private static boolean unnumbered(Element h) {
        if (h.hasClass("unnumbered")) {
            return true;
        }
        Matcher m = unnumberedMark(h);
        if (m == null) {
            return false;
        }
        org.jsoup.nodes.TextNode last = (org.jsoup.nodes.TextNode) h.childNode(h.childNodeSize() - 1);
        Matcher id = java.util.regex.Pattern.compile("#([\\w:.-]+)").matcher(m.group());
        if (id.find() && h.id().isEmpty()) {
            h.id(id.group(1));
        }
        last.text(last.getWholeText().substring(0, m.start()));
        return true;
    }

    private static void styleLists(Element body, String listStyle) {
        if (listStyle == null || listStyle.equals("decimal")) {
            return;
        }
        String type = FancyLists.typeOfStyle(listStyle);
        for (Element ol : body.select("ol:not([type])")) { // a list numbered as written keeps its numbering
            ol.attr("type", type).addClass(FancyLists.cssClass(type));
        }
    }

    /** The directives that print a table where they stand alone in a paragraph ({{participants}}, {{codebook}} ...). */
    private static final Set<String> TABLE_DIRECTIVES = Set.of("participants", "characteristics", "crosstab", "codebook",
            "abstraction");

    /** What would make a title's start a list item, a heading, a block quotation or a rule, rather than its words. */
    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile(
            "^(?:[#>]|[-+*](?=\\s|$)|\\d{1,9}(?=[.)](?:\\s|$))|[-*_](?=(?:\\s*[-*_]){2,}\\s*$))");
    /** The marks a title keeps of its Markdown: emphasis, strong emphasis, code, sub- and superscript, struck text. */
    private static final Set<String> TITLE_MARKS = Set.of("em", "strong", "code", "sub", "sup", "del", "s");

    /**
     * A section's title from its front matter, read as Markdown within a line, as Pandoc reads a heading: emphasis
     * ({@code *hikikomori*}), strong emphasis, code, sub- and superscript and struck text, with the prose's typography
     * (the language's quotation marks, dashes, an ellipsis, apostrophes). A link or an image is its words; nothing at
     * its start makes it a list, a heading or a quotation ({@code 1. Introduction} stays so); raw HTML and braces are
     * text, and so is a title nested deeper than {@link NestingLimits} allows. The returned span holds the title; its
     * {@code text()} is the title in plain words (the contents, the PDF's outline).
     */
    public Element title(String line, Quotes quotes) {
        String one = line.replace('\n', ' ').strip();
        if (NestingLimits.check(one).isPresent()) {
            return new Element("span").text(one); // nested deeper than any title: as written (flexmark would recurse)
        }
        java.util.regex.Matcher start = BLOCK_START.matcher(one);
        String markdown = start.find() ? start.replaceFirst(m -> java.util.regex.Matcher.quoteReplacement(
                m.group().matches("\\d+") ? m.group() + "\\" : "\\" + m.group())) : one;
        markdown = markdown.replace("{", "\\{"); // braces as written, never attributes
        Element body = converter(new Layout("", "", 2, "decimal", quotes)).convert(markdown, new ArrayList<>());
        Element span = new Element("span");
        Element p = body.selectFirst("p");
        if (p == null || p.text().isBlank()) {
            return span.text(one);
        }
        span.appendChildren(p.childNodesCopy());
        for (Element e : span.select("*")) {
            if (e == span) {
                continue;
            }
            if (e.normalName().equals("img")) {
                e.replaceWith(new org.jsoup.nodes.TextNode(e.attr("alt")));
            } else if (!TITLE_MARKS.contains(e.normalName())) {
                e.unwrap();
            } else {
                e.clearAttributes();
            }
        }
        return span;
    }

    private MarkdownConverter converter(Layout layout) {
        return converters.computeIfAbsent(layout.quotes(), MarkdownConverter::new);
    }

    /**
     * Fills in the directives that print a table, each alone in its paragraph, before the tables' captions are
     * found; used elsewhere, they are left to {@link #fillPlaceholders}, whose handler reports them.
     */
    private static void fillTableDirectives(Element body, List<Directive> directives, DirectiveHandler handler) {
        for (Element p : body.select("p")) {
            if (p.childNodeSize() != 1 || !(p.childNode(0) instanceof TextNode t) || p.closest("code, pre") != null) {
                continue;
            }
            Matcher m = DirectiveScanner.PLACEHOLDER.matcher(t.getWholeText().strip());
            if (!m.matches() || !TABLE_DIRECTIVES.contains(directives.get(Integer.parseInt(m.group(1))).kind())) {
                continue;
            }
            List<Node> replacement = handler.render(directives.get(Integer.parseInt(m.group(1))), true);
            if (replacement.size() == 1 && replacement.get(0) instanceof Element e && e.isBlock()) {
                p.replaceWith(e);
            } else {
                replacement.forEach(t::before);
                t.remove();
            }
        }
    }

    private static void fillPlaceholders(Element body, Map<String, Element> notes, List<Directive> directives,
                                         DirectiveHandler handler) {
        List<TextNode> texts = new ArrayList<>();
        Set<String> read = new HashSet<>();
        Map<TextNode, List<String>> inNotes = new java.util.IdentityHashMap<>(); // a note's text: its call's formats
        collectTexts(body, notes, read, texts, inNotes, null);
        notes.forEach((key, note) -> { // a note no call reaches (one called from within a note of its own)
            if (read.add(key)) {
                collectTexts(note, notes, read, texts, inNotes, null);
            }
        });
        for (TextNode node : texts) {
            String value = node.getWholeText();
            if (value.indexOf(DirectiveScanner.OPEN) < 0) {
                continue;
            }
            Element parent = (Element) node.parent();
            boolean inCode = parent != null && parent.closest("code, pre") != null;
            boolean alone = parent != null && parent.tagName().equals("p") && parent.childNodeSize() == 1
                    && DirectiveScanner.PLACEHOLDER.matcher(value.strip()).matches();
            List<Node> replacement = new ArrayList<>();
            List<String> call = inNotes.get(node); // in a note: the formats that print its call too
            List<String> formats = ConditionalContent.formatsAt(node).stream()
                    .filter(f -> call == null || call.contains(f)).toList();
            Matcher m = DirectiveScanner.PLACEHOLDER.matcher(value);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    replacement.add(new TextNode(value.substring(last, m.start())));
                }
                Directive d = directives.get(Integer.parseInt(m.group(1)));
                replacement.addAll(inCode ? List.of(new TextNode(d.source()))
                        : handler.render(d, alone, formats));
                last = m.end();
            }
            if (last < value.length()) {
                replacement.add(new TextNode(value.substring(last)));
            }
            boolean block = alone && replacement.size() == 1 && replacement.get(0) instanceof Element e && e.isBlock();
            if (block) {
                parent.replaceWith(replacement.get(0));
            } else {
                for (Node r : replacement) {
                    node.before(r);
                }
                node.remove();
            }
        }
    }

    /**
     * {@code root} without a link within a link, each inner one's content in its place: a citation or cross-reference
     * in a link's text ({@code [the study by @lee2019](https://…)}) is printed there as text, as HTML holds no link
     * within a link. Called once citations and cross-references are filled in.
     */
    public static void unnestLinks(Element root) {
        root.select("a a").forEach(Element::unwrap);
    }

    /**
     * Pandoc's raw blocks ({@code ```{=latex}}) and inlines ({@code `\\LaTeX`{=latex}}) out of the text: Pandoc passes
     * each to its format's output alone, and Weft prints no raw markup (a warning says so at its place).
     */
    private static void rawOut(Element body) {
        body.select("pre > code[class^=language-{=]").forEach(code -> code.parent().remove());
        for (Element code : body.select("code")) {
            if (code.nextSibling() instanceof TextNode after && after.getWholeText().matches("(?s)\\{=[A-Za-z0-9_-]+\\}.*")) {
                after.text(after.getWholeText().replaceFirst("^\\{=[A-Za-z0-9_-]+\\}", ""));
                code.remove();
            }
        }
    }

    /** The class of a list whose markers end in a parenthesis ({@code a)}), which the style sheets print so. */
    public static final String LIST_PAREN = "delim-paren";
    /** The class of a list whose markers are in parentheses ({@code (a)}). */
    public static final String LIST_PARENS = "delim-parens";

    /** The class of the mark a page break of the prose leaves: the PDF and the Word document begin a page after it. */
    public static final String PAGE_BREAK = "page-break";

    /** A share of a width as a percentage, to a tenth: 0.25 is "25%", 1/3 "33.3%". */
    public static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
    /** The class of a box set apart from the text (Quarto's callout: a {@code div role=note}), and of its title's paragraph. */
    public static final String CALLOUT = "callout";
    public static final String CALLOUT_TITLE = "callout-title";
    /**
     * The span of a cross-referenceable callout's title ({@code ::: {#nte-x .callout-note}}) that its number goes in
     * ("Note 1") once the article has numbered its callouts.
     */
    public static final String CALLOUT_NUMBER = "callout-number";

    /**
     * Titles the callouts of rendered prose that have none with their kind's name in the article's language, as Quarto
     * prints it ("Note"): {@code inEffect} is the language of the text they are in ("" for the article's).
     */
    public static void nameUntitledCallouts(Element body, weft.words.Words words, String articleLanguage, String inEffect) {
        Divs.nameUntitled(body, words, articleLanguage, inEffect);
    }

    /** Whether {@code label} is a callout's cross-reference label ("nte-x", "tip-x" …), as Quarto writes one. */
    public static boolean isCalloutLabel(String label) {
        return Divs.LABEL.matcher(label).matches();
    }

    /** A kind of callout's name in the article's language ("Note", "Huomautus"). */
    public static String calloutName(String kind, weft.words.Words words) {
        return Divs.kindName(kind, words);
    }
    private static final java.util.regex.Pattern NEW_PAGE = java.util.regex.Pattern.compile(
            "\\\\(?:newpage|pagebreak|clearpage)|\\{\\{<\\s*pagebreak\\s*>}}");

    /**
     * A paragraph of LaTeX's {@code \newpage} alone (or {@code \pagebreak}, {@code \clearpage}, or Quarto's
     * {@code {{< pagebreak >}}}), as Pandoc's and Quarto's authors write one before the references or a table, as a
     * page break: an empty mark, which the web page does not show.
     */
    private static void pageBreaks(Element body) {
        for (Element p : body.select("p")) {
            if (p.childNodeSize() == 1 && p.childNode(0) instanceof TextNode t && NEW_PAGE.matcher(t.getWholeText().strip()).matches()) {
                p.replaceWith(new Element("div").addClass(PAGE_BREAK).attr("aria-hidden", "true"));
            }
        }
    }

    /** The text nodes under {@code node} in reading order, a note's where it is first called. */
    /**
     * The text nodes of {@code node} in reading order, a note's where it is first called; {@code inNotes} gets each of a
     * note's the formats that print its call (a note called from text some formats leave out goes with it): those of
     * the text around the call within {@code within}, the formats of the note that holds {@code node} (null for the
     * text itself).
     */
    private static void collectTexts(Node node, Map<String, Element> notes, Set<String> read, List<TextNode> out,
                                     Map<TextNode, List<String>> inNotes, List<String> within) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
                if (within != null) {
                    inNotes.put(t, within);
                }
            } else {
                collectTexts(child, notes, read, out, inNotes, within);
                String note = child.attr(ProseNotes.NOTE);
                if (!note.isEmpty() && notes.containsKey(note) && read.add(note)) {
                    List<String> formats = ConditionalContent.formatsAt(child).stream()
                            .filter(f -> within == null || within.contains(f)).toList();
                    collectTexts(notes.get(note), notes, read, out, inNotes, formats);
                }
            }
        }
    }

    /** A readable id from a title: lower case ASCII letters and digits joined by hyphens. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(Slugs.latin(title), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}

package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.ProseSection;
import weft.read.FrontMatter;
import weft.read.YamlDocument;
import weft.read.YamlReader;
import weft.words.Slugs;

/**
 * A manuscript of one file, as Pandoc and Quarto write one ({@code # Introduction}, {@code # Methods} … under a front
 * matter), cut at its top-level headings into the sections of content/: each heading's words its title, its
 * {@code {#sec-x}} (or its words) its id, what it names its kind ({@link SectionKinds}), its place its order. A
 * manuscript whose sections are {@code ##} headings (no {@code #} heading, the title being the front matter's) is cut
 * at those, and its deeper headings move up a level. The front matter's abstract becomes the abstract where no heading
 * names one.
 */
final class ManuscriptSplit {

    /** Attributes at a heading's end: {@code {#sec-methods .unnumbered}}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("^(.*?)\\s*\\{([^{}]*)\\}$", Pattern.DOTALL);
    /** A number the author gave a heading: "1.", "2.3", "IV." before its words. */
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVX]+\\.)\\s+(?=\\S)");
    /** An ATX heading's marks and the number the author gave it ("## 2.1 Data"). */
    private static final Pattern NUMBERED_ATX = Pattern.compile("^( {0,3}#{1,6}[ \\t]+)(\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVX]+\\.)[ \\t]+(?=\\S)");
    /** An id as content/'s front matter takes it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** What the references list of a Pandoc manuscript is written as: its div, or an HTML element of that id. */
    private static final Pattern REFS = Pattern.compile("\\s*(?::{3,}\\s*(?:\\{\\s*#refs[^}]*\\})?|<div id=\"refs\"[^>]*>\\s*(?:</div>)?|</div>)\\s*");
    private static final int ORDER_STEP = 10;

    /** A section cut from the manuscript: its front matter's fields, its text, its heading's line and its text's first. */
    record Section(String id, String title, ProseSection.Kind kind, int order, String body, int line, int bodyLine) {
    }

    /**
     * The manuscript cut: its sections in order, the text before its first heading ({@code before}, "" for none, from
     * line {@code beforeLine}), its front matter (empty for none), and what the import's report says of it.
     */
    record Split(List<Section> sections, String before, int beforeLine, Optional<YamlDocument> front, List<String> report) {
    }

    private final String path;
    private final Diagnostics diagnostics;
    private final Set<String> ids = new HashSet<>();
    /** The ids the sections' headings are written with: one made of a title is never one of these. */
    private final Set<String> writtenIds = new HashSet<>();
    private final List<String> report = new ArrayList<>();

    /** How the report names a line of the text: "line 12", or a Word document's "paragraph 5". */
    private final IntFunction<String> where;

    private ManuscriptSplit(String path, IntFunction<String> where, Diagnostics diagnostics) {
        this.path = path;
        this.where = where;
        this.diagnostics = diagnostics;
    }

    /** The manuscript {@code text} (line breaks {@code \n}) of the file {@code path} cut; empty after an error. */
    static Optional<Split> of(String path, String text, Diagnostics diagnostics) {
        return of(path, text, line -> "line " + line, diagnostics);
    }

    /** The same, the report naming a line of the text as {@code where} does. */
    static Optional<Split> of(String path, String text, IntFunction<String> where, Diagnostics diagnostics) {
        return new ManuscriptSplit(path, where, diagnostics).split(text);
    }

    private Optional<Split> split(String written) {
        // a line break of its own, as CommonMark reads it; a lone surrogate (no file decoded as UTF-8 has one) as a decoder reads it
        String text = written.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\\p{Cs}", "\uFFFD");
        Optional<YamlDocument> front = Optional.empty();
        int bodyStart = 0;
        if (text.startsWith("---\n")) {
            Optional<FrontMatter> matter = FrontMatter.of(text);
            if (matter.isEmpty()) {
                diagnostics.error(new SourcePosition(path, 1, 1), "front matter is not closed by a line '---'");
                return Optional.empty();
            }
            front = new YamlReader().read(path, matter.get().yaml(), FrontMatter.FIRST_LINE, diagnostics);
            if (front.isEmpty()) {
                return Optional.empty();
            }
            bodyStart = matter.get().bodyStart();
        }
        int firstLine = 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        String body = text.substring(bodyStart);
        List<Headings.Found> headings = Headings.of(body);
        int level = headings.stream().anyMatch(h -> h.top() && h.level() == 1) ? 1 : 2;
        List<Headings.Found> cuts = headings.stream().filter(h -> h.top() && h.level() == level).toList();
        if (cuts.isEmpty()) {
            diagnostics.error(new SourcePosition(path, firstLine, 1), "no heading to cut the manuscript at: Weft makes a"
                    + " section of content/ of each '#' heading (or each '##' heading where there is no '#' one); give each"
                    + " section its heading");
            return Optional.empty();
        }
        String[] lines = body.split("\n", -1);
        numbersOff(lines, headings, cuts, level, firstLine);
        for (Headings.Found cut : cuts) { // a cross-reference names a heading by its written id, before or after it
            String id = heading(cut.text(), 0).id;
            String bare = id.startsWith("sec-") ? id.substring(4) : id;
            if (ID.matcher(bare).matches() && bare.length() <= Slugs.MAX_ID) {
                writtenIds.add(bare);
            }
        }
        List<Section> sections = new ArrayList<>();
        frontAbstract(front, cuts).ifPresent(sections::add);
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1).firstLine() : lines.length;
            section(cuts.get(i), lines, end, firstLine, sections).ifPresent(sections::add);
        }
        int beforeEnd = cuts.get(0).firstLine();
        String before = join(lines, 0, beforeEnd);
        return Optional.of(new Split(List.copyOf(sections), before, firstLine + leadingBlank(lines, 0, beforeEnd), front,
                List.copyOf(report)));
    }

    /**
     * The headings' levels and numbers as content/'s files want them: where the sections are {@code ##} headings, each
     * deeper ATX heading one level up; a number typed before a subsection's words left out (a warning).
     */
    private void numbersOff(String[] lines, List<Headings.Found> headings, List<Headings.Found> cuts, int level, int firstLine) {
        if (level == 2) {
            report.add("The sections are the '##' headings (there is no '#' heading): their '###' headings are now '##' …");
            for (Headings.Found h : headings) {
                if (h.atx() && h.level() > 2) {
                    lines[h.firstLine()] = lines[h.firstLine()].replaceFirst("#", "");
                }
            }
        }
        for (Headings.Found h : headings) {
            Matcher numbered = NUMBERED_ATX.matcher(lines[h.firstLine()]);
            if (h.atx() && !cuts.contains(h) && numbered.find()) {
                diagnostics.warning(new SourcePosition(path, firstLine + h.firstLine(), numbered.start(2) + 1), "the heading's"
                        + " number '" + numbered.group(2) + "' is left out: Weft numbers the subsections");
                lines[h.firstLine()] = numbered.group(1) + lines[h.firstLine()].substring(numbered.end());
            }
        }
    }

    /**
     * The section of the heading {@code h}, its text the lines up to {@code end}; empty for the references (left out) and
     * for a heading without words (an error). {@code before} are the sections cut so far.
     */
    private Optional<Section> section(Headings.Found h, String[] lines, int end, int firstLine, List<Section> before) {
        int from = h.lastLine() + 1;
        String text = join(lines, from, end);
        int line = firstLine + h.firstLine();
        int textLine = firstLine + from + leadingBlank(lines, from, end);
        Heading heading = heading(h.text(), line);
        if (heading.title.isBlank()) {
            diagnostics.error(new SourcePosition(path, line, 1), "a heading with no words: a section's title is its"
                    + " heading's words; give it some");
            return Optional.empty();
        }
        SectionKinds.Named names = SectionKinds.of(heading.title, heading.classes.contains("appendix"));
        if (names == SectionKinds.Named.REFERENCES) {
            references(heading.title, text, line, textLine);
            return Optional.empty();
        }
        ProseSection.Kind named = SectionKinds.kind(names);
        // a second "Results" (or "Abstract"): a section of its own
        ProseSection.Kind kind = (named == ProseSection.Kind.RESULTS || named == ProseSection.Kind.ABSTRACT)
                && before.stream().anyMatch(s -> s.kind() == named) ? ProseSection.Kind.SECTION : named;
        attributes(heading, kind, line);
        String title = kind == ProseSection.Kind.APPENDIX ? appendixTitle(heading.title) : heading.title;
        String id = id(heading.id.isEmpty() ? title : heading.id, heading.id, line);
        int order = ORDER_STEP * (int) (1 + before.stream().filter(x -> x.order() > 0).count());
        return Optional.of(new Section(id, title, kind, order, text, line, textLine));
    }

    /** The front matter's abstract as the abstract, where no heading names one. */
    private Optional<Section> frontAbstract(Optional<YamlDocument> front, List<Headings.Found> cuts) {
        JsonNode node = front.map(d -> d.root().path("abstract")).orElse(null);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return Optional.empty();
        }
        SourcePosition at = front.get().keyPositionOf("/abstract");
        for (Headings.Found h : cuts) {
            if (SectionKinds.of(heading(h.text(), -1).title, false) == SectionKinds.Named.ABSTRACT) {
                diagnostics.warning(at, "the front matter's abstract is not imported: the section '" + h.text()
                        + "' is the abstract");
                return Optional.empty();
            }
        }
        ids.add("abstract");
        return Optional.of(new Section("abstract", "Abstract", ProseSection.Kind.ABSTRACT, 0, node.asText().strip() + "\n",
                at.line(), at.line() + 1));
    }

    /** A references section: left out, with a warning where it holds more than the list's place. */
    private void references(String title, String text, int line, int bodyLine) {
        boolean listOnly = text.lines().allMatch(l -> l.isBlank() || REFS.matcher(l).matches());
        report.add("Left out '" + title + "' (" + where.apply(line) + "): Weft prints the references list after the sections,"
                + " from the works the text cites");
        if (!listOnly) {
            diagnostics.warning(new SourcePosition(path, bodyLine, 1), "the text of the section '" + title + "' is not"
                    + " imported: Weft prints the references list itself; move what else it says to another section");
        }
    }

    /** A heading's words, id, classes and other attributes. */
    private static final class Heading {
        String title;
        String id = "";
        List<String> classes = new ArrayList<>();
        List<String> others = new ArrayList<>();
    }

    private Heading heading(String written, int line) {
        Heading heading = new Heading();
        heading.title = written;
        Matcher m = ATTRIBUTES.matcher(written);
        if (m.matches() && !m.group(1).isBlank()) {
            heading.title = m.group(1).strip();
            for (String token : m.group(2).trim().split("\\s+")) {
                if (token.startsWith("#") && token.length() > 1) {
                    heading.id = token.substring(1);
                } else if (token.equals("-")) {
                    heading.classes.add("unnumbered");
                } else if (token.startsWith(".")) {
                    heading.classes.add(token.substring(1));
                } else if (!token.isEmpty()) {
                    heading.others.add(token);
                }
            }
        }
        Matcher number = NUMBER.matcher(heading.title);
        if (number.find()) {
            if (line > 0) {
                diagnostics.warning(new SourcePosition(path, line, 1), "the heading's number '" + number.group().strip()
                        + "' is left out of the section's title: Weft numbers the sections");
            }
            heading.title = heading.title.substring(number.end());
        }
        return heading;
    }

    /** A warning for each of a heading's attributes the section's front matter has no place for. */
    private void attributes(Heading heading, ProseSection.Kind kind, int line) {
        List<String> unread = new ArrayList<>(heading.others);
        for (String c : heading.classes) {
            boolean read = c.equals("appendix") || c.equals("unnumbered") && kind != ProseSection.Kind.SECTION
                    && kind != ProseSection.Kind.RESULTS;
            if (!read) {
                unread.add(c.equals("unnumbered") ? "{-} (.unnumbered)" : "." + c);
            }
        }
        if (!unread.isEmpty()) {
            diagnostics.warning(new SourcePosition(path, line, 1), "the heading's " + String.join(", ", unread)
                    + (unread.size() == 1 ? " is" : " are") + " not kept: a section of content/ is numbered by its kind"
                    + " (abstract, back matter and appendices are unnumbered), and its front matter has no other attributes");
        }
    }

    /** "Appendix A: The interview guide" → "The interview guide" (Weft prints "Appendix A." before it). */
    private static String appendixTitle(String title) {
        Matcher m = SectionKinds.APPENDIX.matcher(title);
        return m.lookingAt() && m.end() < title.length() ? title.substring(m.end()) : title;
    }

    /**
     * The section's id: its heading's ({@code sec-} left off, as Weft's anchor adds it) or made of its title; unique. One
     * made of a title is none that another heading is written with: "Data" before a "Data {#sec-data}" that a
     * cross-reference names is {@code data-2}, so that the reference finds the heading it names.
     */
    private String id(String from, String written, int line) {
        String bare = written.startsWith("sec-") ? written.substring(4) : written;
        String id = !bare.isEmpty() && ID.matcher(bare).matches() && bare.length() <= Slugs.MAX_ID ? bare
                : Slugs.id(bare.isEmpty() ? plain(from) : bare, "section");
        if (!written.isEmpty() && !id.equals(bare)) {
            diagnostics.warning(new SourcePosition(path, line, 1), "the heading's id '#" + written + "' is none that"
                    + " Weft takes (lower-case letters, digits and hyphens): the section's id is '" + id + "', and a"
                    + " reference to it is @sec-" + id);
        }
        String unique = id;
        for (int n = 2; (written.isEmpty() && writtenIds.contains(unique)) || !ids.add(unique); n++) {
            unique = Slugs.cut(id, Slugs.MAX_ID - 1 - Integer.toString(n).length()) + "-" + n;
        }
        return unique;
    }

    /** A title's words without their markup, as Pandoc makes an identifier of them: "*Eating* [together](#x)" → "Eating together". */
    private static String plain(String title) {
        return title.replaceAll("<[^>]*>", "").replaceAll("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\{[^}]*\\})", "$1").replaceAll("[*_`]", "");
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), blank lines at either end left off, each ended by \n. */
    private static String join(String[] lines, int from, int to) {
        int start = from + leadingBlank(lines, from, to);
        int end = to;
        while (end > start && lines[end - 1].isBlank()) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    private static int leadingBlank(String[] lines, int from, int to) {
        int n = 0;
        while (from + n < to && lines[from + n].isBlank()) {
            n++;
        }
        return n;
    }
}

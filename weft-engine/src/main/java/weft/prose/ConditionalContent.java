package weft.prose;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Quarto's conditional content: a fenced div or a span printed in some of the article's formats only
 * ({@code ::: {.content-visible when-format="html"}}, {@code [words]{.content-hidden unless-format="pdf"}}), as Quarto
 * decides it. Weft's formats, by the names Quarto gives them: the web page {@code html} (also {@code html:js} and
 * {@code html5}), the PDF {@code pdf} (also {@code latex}), the Word document {@code docx} and the JATS {@code jats}
 * (also {@code jats_publishing} and Pandoc's other JATS names). The rendered prose keeps such a div with the formats it is
 * printed in ({@link #ATTRIBUTE}); each format's writer takes its own text with {@link #only}.
 */
public final class ConditionalContent {

    /** Weft's formats, as a condition names them. */
    public static final List<String> FORMATS = List.of("html", "pdf", "docx", "jats");
    /** The attribute of a div printed in some formats only: their names, separated by spaces ("" for none). */
    public static final String ATTRIBUTE = "data-weft-formats";
    /**
     * The attribute of an element whose id is its anchor in some formats only, their names separated by spaces: a quote
     * presented first in a part of the text the other formats print, and again later, where they have it first.
     */
    public static final String ANCHORED = "data-weft-anchored";
    /**
     * The attribute, followed by a format's name, of an image's text alternative in that format where it differs from
     * its {@code alt} (a caption that conditional content words apart: "Figure 2" in the PDF alone).
     */
    public static final String ALT_IN = "data-weft-alt-in-";

    private ConditionalContent() {
    }

    /** Whether the format named {@code written} in a condition is Weft's {@code format}, as Quarto matches names. */
    static boolean matches(String written, String format) {
        return switch (format) {
            case "html" -> written.equals("html") || written.equals("html:js") || written.equals("html5");
            case "pdf" -> written.equals("pdf") || written.equals("latex");
            case "jats" -> written.equals("jats") || written.startsWith("jats_");
            default -> written.equals(format);
        };
    }

    /**
     * Rendered prose parsed to be changed and written again ({@code doc.body().html()}) as it was: names as written (an
     * SVG's viewBox), as the fragment was made, and no line breaks added.
     */
    public static Document fragment(String html) {
        Document doc = Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser()
                .settings(org.jsoup.parser.ParseSettings.preserveCase));
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    /**
     * {@code html} (rendered prose, a fragment) as {@code format} prints it: each div or span printed in some formats
     * only kept where it is printed in this one (unwrapped, unless it is also a callout's box, in a language of its own
     * or in small capitals), else removed with its text. Without such, the fragment as it is.
     */
    public static String only(String html, String format) {
        if (!html.contains(ATTRIBUTE) && !html.contains(ANCHORED)) {
            return html;
        }
        Document doc = fragment(html);
        for (Element img : doc.body().select("img")) { // its text alternative in this format, where it has its own
            if (img.hasAttr(ALT_IN + format)) {
                img.attr("alt", img.attr(ALT_IN + format));
            }
            FORMATS.forEach(f -> img.removeAttr(ALT_IN + f));
        }
        for (Element anchored : doc.body().select("[" + ANCHORED + "]")) {
            if (!List.of(anchored.attr(ANCHORED).split(" ")).contains(format)) {
                anchored.removeAttr("id");
            }
            anchored.removeAttr(ANCHORED);
        }
        // innermost first: an element removed takes those within it along
        List<Element> divs = new ArrayList<>(doc.body().select("div[" + ATTRIBUTE + "], span[" + ATTRIBUTE + "]"));
        java.util.Collections.reverse(divs);
        for (Element div : divs) {
            if (!List.of(div.attr(ATTRIBUTE).split(" ")).contains(format)) {
                div.remove();
            } else if (div.attributesSize() == 1) {
                div.unwrap();
            } else {
                div.removeAttr(ATTRIBUTE);
            }
        }
        return doc.body().html();
    }

    /**
     * What {@code each} gives each of {@code formats} (in their order: a number, counted on in that format), with the
     * formats that give it: one entry where they all give the same, as they do outside conditional content.
     */
    public static java.util.Map<String, List<String>> grouped(List<String> formats,
                                                              java.util.function.Function<String, String> each) {
        java.util.Map<String, List<String>> grouped = new java.util.LinkedHashMap<>();
        for (String format : formats) {
            grouped.computeIfAbsent(each.apply(format), g -> new ArrayList<>()).add(format);
        }
        return grouped;
    }

    /**
     * {@code place} given its words, {@code words} by the formats that print each (in {@link #FORMATS}' order): the
     * words alone where every format prints the same, else a span of each format's own, which {@link #only} keeps in
     * its formats alone (a number that conditional content makes differ between formats).
     */
    public static void printIn(Element place, java.util.Map<String, List<String>> words) {
        if (words.size() == 1) {
            place.text(words.keySet().iterator().next());
            return;
        }
        place.empty();
        words.forEach((text, formats) -> place.appendElement("span").attr(ATTRIBUTE, String.join(" ", formats)).text(text));
    }

    /**
     * The formats that print {@code node} of rendered prose: those every div or span around it printed in some formats
     * only ({@link #ATTRIBUTE}) is printed in; {@link #FORMATS} outside such.
     */
    public static List<String> formatsAt(org.jsoup.nodes.Node node) {
        List<String> formats = FORMATS;
        for (Element e = node instanceof Element own ? own : (Element) node.parent(); e != null; e = e.parent()) {
            if (e.hasAttr(ATTRIBUTE)) {
                List<String> here = List.of(e.attr(ATTRIBUTE).split(" "));
                formats = formats.stream().filter(here::contains).toList();
            }
        }
        return formats;
    }

    /** The condition of a fence, read attribute by attribute. */
    static final class Condition {
        private String behaviour = ""; // "visible", "hidden" or "" (no such class)
        private final List<String> when = new ArrayList<>();
        private final List<String> unless = new ArrayList<>();

        /** Reads an attribute ({@code prefix} "." for a class): whether it is the condition's. */
        boolean read(String prefix, String name, String value) {
            if (prefix.equals(".") && (name.equals("content-visible") || name.equals("content-hidden"))) {
                behaviour = behaviour.isEmpty() ? name.substring("content-".length()) : behaviour;
                return true;
            }
            if (prefix.isEmpty() && value != null && (name.equals("when-format") || name.equals("unless-format"))) {
                (name.equals("when-format") ? when : unless).add(value);
                return true;
            }
            return false;
        }

        /** Whether the fence has a class of conditional content ({@code .content-visible}, {@code .content-hidden}). */
        boolean written() {
            return !behaviour.isEmpty();
        }

        /** The formats its text is printed in, in {@link #FORMATS}' order: every one without a condition. */
        List<String> formats() {
            if (behaviour.isEmpty()) {
                return FORMATS;
            }
            return FORMATS.stream().filter(f -> {
                boolean holds = when.stream().allMatch(w -> matches(w, f)) && unless.stream().noneMatch(u -> matches(u, f));
                return behaviour.equals("visible") == holds;
            }).toList();
        }

        /** Whether a format's name in a condition is none of Weft's formats. */
        private static boolean foreign(String written) {
            return FORMATS.stream().noneMatch(f -> matches(written, f));
        }

        /** What a warning says of the condition: a format's name that is none of Weft's, a condition without its class. */
        List<String> notices() {
            List<String> notices = new ArrayList<>();
            if (behaviour.isEmpty() && !(when.isEmpty() && unless.isEmpty())) {
                notices.add("when-format and unless-format are read with the class .content-visible or .content-hidden,"
                        + " which this div has not: its text is printed in every format");
                return notices;
            }
            List<String> foreign = new ArrayList<>();
            when.stream().filter(Condition::foreign).forEach(w -> foreign.add("when-format=\"" + w + "\""));
            unless.stream().filter(Condition::foreign).forEach(u -> foreign.add("unless-format=\"" + u + "\""));
            if (!foreign.isEmpty()) {
                List<String> printed = formats();
                notices.add(String.join(" and ", foreign) + " names none of Weft's formats (html, the web page; pdf or latex;"
                        + " docx; jats): the text is printed in " + (printed.isEmpty() ? "none of them"
                        : printed.size() == FORMATS.size() ? "all of them" : String.join(", ", printed) + " alone"));
            }
            return notices;
        }
    }
}

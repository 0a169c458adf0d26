package weft.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.prose.Heading;
import weft.prose.ProseRenderer;
import weft.words.Direction;

/**
 * Turns the print template's output into the XHTML openhtmltopdf reads: well-formed XML (jsoup's XML syntax, so
 * every text, quotes included, stays escaped), the XHTML and SVG namespaces, the PDF outline, alternate texts for
 * SVG figures, and links that lead somewhere in a PDF read on its own.
 *
 * <p>Links: a link to an anchor of the article stays a link when the anchor is in the print document; a link with
 * a scheme (https://doi.org/…) stays as it is; a link to any other page of the publication (the evidence site is
 * relative to index.html) is removed and its text kept, because a PDF has no place those relative paths can lead.
 */
final class PrintDocument {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** CSS's {@code url(...)} (not a reference within the document, {@code url(#id)}) and {@code @import "..."}. */
    private static final Pattern CSS_ADDRESS = Pattern.compile(
            "url\\(\\s*(['\"]?)(?!#)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");

    /**
     * The print document: its XHTML, and the addresses of the files it names that the PDF would have to read (images,
     * stylesheets, fonts, by a path or a {@code file:} or web address; not {@code data:}), in the document's order,
     * each once.
     */
    record Printed(String xhtml, List<String> addresses) {
    }

    /** The XHTML of {@code html}, with bookmarks for the {@code outline} (plus the abstract and the references). */
    static String xhtml(String html, List<Heading> outline) {
        return print(html, outline).xhtml();
    }

    /** As {@link #xhtml}, with the addresses it names. */
    static Printed print(String html, List<Heading> outline) {
        return print(html, outline, Map.of());
    }

    /**
     * As {@link #print(String, List)}; the images of {@code figures} (each the {@code data:} address of a figure's
     * image, by its name in the publication, figures/x.png) are the PDF's own.
     */
    static Printed print(String html, List<Heading> outline, Map<String, String> figures) {
        return print(html, outline, figures, doc -> { });
    }

    /** As {@link #print(String, List, Map)}, with {@code before} done to the document first (a review copy's marks). */
    static Printed print(String html, List<Heading> outline, Map<String, String> figures,
                         java.util.function.Consumer<Document> before) {
        // Case kept: SVG's viewBox and the like are case-sensitive.
        Document doc = Parser.htmlParser().settings(ParseSettings.preserveCase).parseInput(html, "");
        before.accept(doc);
        doc.expectFirst("html").attr("xmlns", XHTML_NS);
        imagesAsLinks(doc, figures);
        resolveLinks(doc);
        describeFigures(doc);
        BatikFigures.prepare(doc);
        resolveAutoDirection(doc);
        mirrorRightToLeftTables(doc);
        dropWhitespaceInLists(doc);
        fancyListMarkers(doc);
        keepPunctuationWithCitations(doc);
        doc.head().appendChild(bookmarks(doc, outline)); // after parsing: an HTML parser would move it into the body
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        return new Printed(doc.outerHtml(), addresses(doc));
    }

    /**
     * The punctuation right after an author-date citation kept on its line: openhtmltopdf may break a line where an
     * element ends, before the text that follows it, and began lines with the "." or "," after "(Lee, 2019)", or with
     * the "; " between two works of a citation. That punctuation goes into the element before it (the citation, after
     * its closing parenthesis; a work's link); a numeric style's raised citation keeps it outside, on the line.
     */
    private static void keepPunctuationWithCitations(Document doc) {
        for (Element citation : doc.select("span.citation:not(.citation-numeric), span.citation:not(.citation-numeric) a")) {
            if (citation.nextSibling() instanceof org.jsoup.nodes.TextNode after) {
                String text = after.getWholeText();
                int end = 0;
                while (end < text.length() && ".,;:!?)\u2019\u201D".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end > 0) { // not after a raised number: it would raise the "." too
                    citation.appendText(text.substring(0, end));
                    after.text(text.substring(end));
                }
            }
        }
    }

    private static List<String> addresses(Document doc) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Element e : doc.getAllElements()) {
            // what openhtmltopdf fetches: an image, a stylesheet, an object; and what a style names
            String named = e.nameIs("img") ? e.attr("src") : e.nameIs("link") ? e.attr("href")
                    : e.nameIs("object") ? e.attr("data") : "";
            if (!named.isBlank()) {
                addresses.add(named.strip());
            }
            String css = e.nameIs("style") ? e.data() : e.attr("style");
            Matcher m = CSS_ADDRESS.matcher(css);
            while (!css.isEmpty() && m.find()) {
                String address = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
                if (!address.isEmpty()) {
                    addresses.add(address);
                }
            }
        }
        addresses.removeIf(a -> a.regionMatches(true, 0, "data:", 0, 5));
        return List.copyOf(addresses);
    }

    /**
     * A figure's image of the prose carried in the document as a {@code data:} address; any other image of the prose
     * (only one by web address passes the build) as a link to it, its description the link's text, as in the Word
     * document: the PDF fetches nothing from the network (see {@link PdfRenderer#render}).
     */
    private static void imagesAsLinks(Document doc, Map<String, String> figures) {
        for (Element img : doc.select("img." + ProseRenderer.IMAGE_CLASS)) {
            String figure = figures.get(img.attr("src"));
            if (figure != null) {
                img.attr("src", figure);
                shareOfTheWidth(img);
                continue;
            }
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt").strip();
            Element link = new Element("a").attr("href", img.attr("src")).text("[" + alt + "]");
            img.replaceWith(hasScheme(img.attr("src")) ? link : new TextNode(link.text()));
        }
    }


    /**
     * A figure printed at a share of the text's width ({width=40%} in the prose: {@code style="width: 40%"}): openhtmltopdf
     * sizes such an image wrongly under print.css's {@code max-width} (its height stays the picture's, the picture is
     * cut), so the share goes to a block around it, which the image fills; without its size in pixels, which would keep
     * its height (a small picture widened would be stretched).
     */
    private static void shareOfTheWidth(Element img) {
        java.util.OptionalInt share = ProseRenderer.share(img.attr("style"));
        if (share.isPresent()) {
            img.wrap("<div class=\"figure-width\" style=\"width: " + share.getAsInt() + "%; margin: 0 auto\"></div>");
            img.attr("style", "width: 100%").removeAttr("width").removeAttr("height");
        }
    }

    private static void resolveLinks(Document doc) {
        // the ids, counted once (looking each link's target up in the whole document made a long article quadratic);
        // an unwrapped link's own id goes with it, as it would from the document
        Map<String, Integer> ids = new HashMap<>();
        for (Element e : doc.select("[id]")) {
            ids.merge(e.id(), 1, Integer::sum);
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            String target = href.startsWith("#") ? href.substring(1) : href.startsWith("index.html#") ? href.substring(11) : null;
            if (target != null && !target.isEmpty() && ids.containsKey(target)) {
                a.attr("href", "#" + target);
                describe(a);
            } else if (hasScheme(href)) {
                describe(a);
            } else {
                if (a.hasAttr("id")) {
                    ids.computeIfPresent(a.id(), (id, n) -> n == 1 ? null : n - 1);
                }
                a.unwrap();
            }
        }
    }

    /**
     * PDF/UA wants a description of every link. openhtmltopdf makes the {@code title} the Link's alternate text,
     * and the finished PDF takes it for the annotation's /Contents; without it that text would have to be read back
     * from under each link on the page, which costs more than the rest of the finishing.
     */
    private static void describe(Element a) {
        if (a.attr("title").isBlank()) {
            String text = a.text().strip();
            a.attr("title", text.isEmpty() ? "Link to " + a.attr("href") : text);
        }
    }

    /** Text directly in a list is no item: tagged, it would be a child a list may not have (PDF/UA). */
    /**
     * {@code dir="auto"} (a reference's entry) made the direction of the element's first strong letter, as a browser
     * does: openhtmltopdf knows only {@code ltr} and {@code rtl}. Without a strong letter, the parent's direction.
     */
    private static void resolveAutoDirection(Document doc) {
        for (Element e : doc.select("[dir=auto]")) {
            Direction.ofText(e.text()).ifPresentOrElse(dir -> e.attr("dir", dir), () -> e.removeAttr("dir"));
        }
    }

    /**
     * A table in right-to-left text with its columns from the right, as a browser lays it out: openhtmltopdf lays every
     * table out from the left (its issue 123), so each row's cells are put in the reverse order, the first column's at
     * the right. Headers stay over their columns, and each cell's text keeps its direction. A table with a cell that
     * spans rows is left as it is (mirroring it would need the table's grid). The cells are in the PDF's structure
     * tree in the order they are printed, from the left.
     */
    private static void mirrorRightToLeftTables(Document doc) {
        for (Element table : doc.select("table")) {
            Element directed = table.closest("[dir]");
            if (directed == null || !directed.attr("dir").equalsIgnoreCase("rtl") || !table.select("[rowspan]").isEmpty()) {
                continue;
            }
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue; // a table within a cell is mirrored as a table of its own
                }
                List<Element> cells = new java.util.ArrayList<>(row.children());
                java.util.Collections.reverse(cells);
                row.textNodes().forEach(TextNode::remove);
                cells.forEach(Element::remove);
                cells.forEach(row::appendChild);
            }
        }
    }

    private static void dropWhitespaceInLists(Document doc) {
        for (Element list : doc.select("ul, ol")) {
            list.textNodes().stream().filter(TextNode::isBlank).forEach(TextNode::remove);
        }
    }

    private static boolean hasScheme(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:");
    }

    /**
     * openhtmltopdf takes a figure's alternate text (/Alt of its Figure element) from the {@code alt} attribute of
     * the {@code <svg>}; Weft's SVG names itself as the browser expects, by its {@code <title>} and
     * {@code <desc>} or {@code aria-label}: the alternate text is made of those, else of the figure's caption.
     */
    private static void describeFigures(Document doc) {
        for (Element svg : doc.select("svg")) {
            if (!svg.hasAttr("xmlns")) {
                svg.attr("xmlns", SVG_NS);
            }
            if (!svg.attr("alt").isBlank()) {
                continue;
            }
            String alt = svg.attr("aria-label");
            if (alt.isBlank()) {
                alt = joined(svg.selectFirst("> title"), svg.selectFirst("> desc"));
            }
            if (alt.isBlank() && svg.closest("figure") != null) {
                alt = joined(svg.closest("figure").selectFirst("figcaption"), null);
            }
            svg.attr("alt", alt);
        }
    }

    private static String joined(Element first, Element second) {
        String a = first == null ? "" : first.text().strip();
        String b = second == null ? "" : second.text().strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + (a.endsWith(".") ? " " : ". ") + b;
    }

    /**
     * The {@code <bookmarks>} openhtmltopdf makes the outline of: the abstract, the numbered headings of the
     * article in order and nested by level, and the references (before the appendices, which follow them). Each is
     * named as its heading is printed.
     */
    private static Element bookmarks(Document doc, List<Heading> outline) {
        Element root = new Element("bookmarks");
        Deque<Element> open = new ArrayDeque<>(); // the bookmark of each open level, innermost first
        Deque<Integer> levels = new ArrayDeque<>();
        addTopLevel(doc, root, "abstract", open, levels);
        Element references = doc.getElementById("references");
        boolean referencesAdded = false;
        for (Heading h : outline) {
            Element heading = headingOf(doc, h.id());
            if (heading == null) {
                continue; // a template without this heading: nothing to link to
            }
            if (!referencesAdded && references != null && follows(heading, references)) { // an appendix
                addTopLevel(doc, root, "references", open, levels);
                referencesAdded = true;
            }
            while (!levels.isEmpty() && levels.peek() >= h.level()) {
                levels.pop();
                open.pop();
            }
            Element parent = open.isEmpty() ? root : open.peek();
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + h.id());
            open.push(bookmark);
            levels.push(h.level());
        }
        if (!referencesAdded) {
            addTopLevel(doc, root, "references", open, levels);
        }
        return root;
    }

    /** Whether {@code e} comes after {@code other} in the document, {@code other} being none of its ancestors. */
    private static boolean follows(Element e, Element other) {
        for (Element at = e; at.parent() != null; at = at.parent()) {
            if (at.parent() == other.parent()) {
                return at.siblingIndex() > other.siblingIndex();
            }
        }
        return false;
    }

    private static void addTopLevel(Document doc, Element root, String id, Deque<Element> open, Deque<Integer> levels) {
        Element heading = headingOf(doc, id);
        if (heading != null) {
            open.clear();
            levels.clear();
            root.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + id);
        }
    }

    /** The heading an anchor stands for: the element itself, or the first heading of the section it names. */
    private static Element headingOf(Document doc, String id) {
        Element target = doc.getElementById(id);
        if (target == null) {
            return null;
        }
        if (target.nameIs("h1") || target.nameIs("h2") || target.nameIs("h3") || target.nameIs("h4")
                || target.nameIs("h5") || target.nameIs("h6")) {
            return target;
        }
        return target.selectFirst("> h1, > h2, > h3, > h4, > h5, > h6");
    }

    /**
     * A list whose markers are written with a parenthesis (Pandoc's {@code (a)}, {@code a)}): each item begins with its
     * marker as written ("(c)" where the list starts at 3), as text, since the PDF's renderer has no {@code ::marker}
     * and tags generated content as a list item of its own (PDF/UA fails); print.css hangs it before the text.
     */
    private static void fancyListMarkers(Document doc) {
        for (Element ol : doc.select("ol." + weft.prose.ProseRenderer.LIST_PAREN + ", ol."
                + weft.prose.ProseRenderer.LIST_PARENS)) {
            String delimiter = ol.hasClass(weft.prose.ProseRenderer.LIST_PARENS) ? "()" : ")";
            String type = ol.attr("type").matches("[aAiI1]") ? ol.attr("type") : "1";
            int number = ol.attr("start").matches("[0-9]{1,6}") ? Integer.parseInt(ol.attr("start")) : 1;
            for (Element li : ol.children()) {
                if (!li.nameIs("li")) {
                    continue;
                }
                Element first = li.firstElementChild();
                Element holder = first != null && first.nameIs("p") && li.textNodes().stream().allMatch(t -> t.isBlank())
                        ? first : li; // a loose list's item: its first paragraph
                holder.prependText(" ").prependChild(new Element("span").addClass("list-marker")
                        .text(weft.render.manuscript.ListMarkers.marker(number++, type, delimiter)));
            }
        }
    }

    private PrintDocument() {
    }
}

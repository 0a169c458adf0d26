package weft.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;
import weft.diagnostics.SourcePosition;
import weft.publish.XmlText;

/**
 * An SVG figure made safe to publish. An SVG file is a program as much as a picture: it can hold scripts, handlers
 * that run on a click, HTML, animations, and references to other files and web addresses (which a reader's browser or
 * the PDF's renderer would fetch). What is published is the drawing alone, written anew from what is kept:
 * <ul>
 *   <li>kept: the elements and attributes that draw (shapes, text, paths, gradients, patterns, clips, masks, markers,
 *       filters, styles), each of a list Weft knows; references only within the file ({@code #id},
 *       {@code url(#id)}); an embedded PNG or JPEG picture, cleaned of its metadata as a figure's file is
 *       ({@link ImageBytes});</li>
 *   <li>left out without a word: what does not draw (comments, the editor's metadata, an author's name in RDF,
 *       Inkscape's and Illustrator's own elements and attributes, {@code data-} and {@code aria-} attributes);</li>
 *   <li>left out with a warning: a script, an event handler ({@code onclick}), a link's address, an attribute Weft does
 *       not know, a label in HTML that a {@code <switch>} gives with a plain-text alternative (draw.io's: the
 *       alternative is drawn in every format);</li>
 *   <li>refused, an error at its line and column: what would draw otherwise in the publication than in the author's
 *       editor (HTML in {@code foreignObject} elsewhere, an animation, a font inside the SVG, a reference to another file or a web
 *       address, a style that imports one, an element Weft does not know), entities, more than {@value #MAX_DEPTH}
 *       nested elements.</li>
 * </ul>
 * The file is read by a parser that loads no DTD and resolves no entity. The written SVG has its size in whole pixels (CSS
 * pixels, 96 an inch) and a {@code viewBox}, so that the web page, the PDF and the Word document size it alike.
 */
public final class SvgFigure {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** More elements nested in each other than this are refused: a renderer draws them by recursion. */
    static final int MAX_DEPTH = 200;
    /** The most elements a figure draws, counting each {@code <use>} as what it names: an SVG can multiply them. */
    static final long MAX_DRAWN = 1_000_000;
    /** The largest width or height, in pixels. */
    static final double MAX_SIZE = 20_000;

    /** The SVG published, its size in pixels, and what was left out or refused, at the file's lines. */
    public record Checked(Optional<byte[]> svg, int width, int height, List<Diagnostic> found) {
    }

    /** An entity, which is neither declared (no DTD is read) nor resolved. */
    private static final String ENTITY = "the SVG refers to an entity '&%s;': an SVG figure is taken without entities, as"
            + " nothing outside it is read (save it again as plain SVG)";
    /** A {@code url(...)} in a value: only one naming an element of the file ({@code url(#id)}) is kept. */
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** A rule's declarations in a style sheet: what is between its braces. */
    private static final Pattern RULE = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Pattern EMBEDDED = Pattern.compile("data:image/(png|jpe?g);base64,([A-Za-z0-9+/=\\s]*)",
            Pattern.CASE_INSENSITIVE);

    private final String path;
    /** The file as text, for the positions of elements' beginnings; empty when it is not UTF-8. */
    private final String source;
    private final List<Diagnostic> found = new ArrayList<>();
    private final Set<String> warnedAttributes = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    /** The elements written and not yet closed, the innermost first. */
    private final Deque<String> open = new ArrayDeque<>();
    /** How many labels in HTML a {@code <switch>} gives with an alternative (draw.io's), and where the first is. */
    private int htmlLabels;
    private SourcePosition firstHtmlLabel;
    /** Where the {@code <style>} being written begins, where its text's problems are reported. */
    private SourcePosition styleAt;
    /** Whether the element being written has its reference already (as both href and xlink:href). */
    private boolean hasHref;
    /** The attributes kept of the element being written, by their written names, in order. */
    private final java.util.LinkedHashMap<String, String> attributes = new java.util.LinkedHashMap<>();
    /** The kept elements as a tree, to count what they draw once each {@code <use>} is drawn as what it names. */
    private final Deque<Node> nodes = new ArrayDeque<>();
    private final java.util.Map<String, Node> ids = new java.util.HashMap<>();
    private Node root;

    /** A kept element: its children and, for a {@code <use>}, the id it draws again. */
    private static final class Node {
        final List<Node> children = new ArrayList<>();
        /** A {@code <defs>} or {@code <symbol>}: what it holds is drawn only where a {@code <use>} names it. */
        boolean definitions;
        String uses;
        long drawn = -1; // how many elements it draws, once counted; -2 while being counted
    }

    private SvgFigure(String path, String source) {
        this.path = path;
        this.source = source;
    }

    /** Checks the SVG file {@code path} ({@code bytes}); refused when {@link Checked#found()} has an error. */
    public static Checked check(String path, byte[] bytes) {
        return new SvgFigure(path, new String(bytes, StandardCharsets.UTF_8)).read(bytes);
    }

    private Checked read(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true); // a style's text in one piece, to be checked whole
        double[] size = null;
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int skipping = 0; // depth inside an element left out with what it holds
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            error(xml.getLocation(), "more than " + MAX_DEPTH + " elements nested in each other: a figure"
                                    + " is not drawn that deep");
                            return refused();
                        }
                        if (skipping > 0) {
                            skipping++;
                            continue;
                        }
                        if (depth == 1) {
                            if (!SVG_NS.equals(xml.getNamespaceURI()) || !xml.getLocalName().equals("svg")) {
                                error(xml.getLocation(), "the file is not an SVG drawing: its first element is <"
                                        + xml.getLocalName() + ">" + (xml.getLocalName().equals("svg")
                                        ? " without SVG's namespace (xmlns=\"" + SVG_NS + "\")" : ", not <svg>"));
                                return refused();
                            }
                            size = size(xml);
                        }
                        if (!keep(xml, depth == 1, size)) {
                            skipping = 1;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (skipping > 0) {
                            skipping--;
                            continue;
                        }
                        out.append("</").append(open.pop()).append('>');
                        nodes.pop();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipping == 0 && depth > 0) {
                            text(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        error(xml.getLocation(), ENTITY.formatted(xml.getLocalName()));
                        return refused();
                    }
                    default -> {
                        // the XML declaration, a DOCTYPE (not loaded), comments and processing instructions are left out
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage()
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
            Matcher entity = Pattern.compile("The entity \"(.*)\" was referenced, but not declared\\.").matcher(message);
            found.add(new Diagnostic(Severity.ERROR, at == null ? SourcePosition.ofFile(path)
                    : new SourcePosition(path, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber())),
                    entity.matches() ? ENTITY.formatted(entity.group(1)) : "the SVG cannot be read: " + message));
            return refused();
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing to free
                }
            }
        }
        if (size == null) {
            found.add(new Diagnostic(Severity.ERROR, SourcePosition.ofFile(path), "the file holds no SVG drawing"));
        }
        if (htmlLabels > 0) {
            warning(firstHtmlLabel, "the SVG's " + htmlLabels + " label" + (htmlLabels == 1 ? "" : "s") + " in HTML"
                    + " (foreignObject, as draw.io writes them) " + (htmlLabels == 1 ? "is" : "are") + " left out: each is"
                    + " drawn as the plain text the file gives beside it, in every format, which may be shortened or set"
                    + " on one line; to keep the labels as drawn, export the figure as a PNG");
        }
        if (found.stream().noneMatch(d -> d.severity() == Severity.ERROR) && root != null && drawn(root, 0) > MAX_DRAWN) {
            found.add(new Diagnostic(Severity.ERROR, SourcePosition.ofFile(path), "the SVG draws more than "
                    + MAX_DRAWN + " elements once each <use> is drawn as what it names (a <use> of a group of <use>s of"
                    + " groups ...), or a <use> draws itself: a renderer would take too long or run out of memory"));
        }
        if (found.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return refused();
        }
        out.append('\n');
        return new Checked(Optional.of(out.toString().getBytes(StandardCharsets.UTF_8)), pixels(size[0]), pixels(size[1]),
                List.copyOf(found));
    }

    private Checked refused() {
        return new Checked(Optional.empty(), 0, 0, List.copyOf(found));
    }

    /**
     * How many elements {@code node} draws, each {@code <use>} counted as what it names (more than {@link #MAX_DRAWN}
     * as soon as that is passed); a {@code <use>} of itself or deeper than {@link #MAX_DEPTH} counts as too many.
     */
    private long drawn(Node node, int depth) {
        if (node.drawn >= 0) {
            return node.drawn;
        }
        if (node.drawn == -2 || depth > 5 * MAX_DEPTH) {
            return MAX_DRAWN + 1;
        }
        node.drawn = -2;
        long sum = 1;
        if (node.uses != null && ids.containsKey(node.uses)) {
            sum += drawn(ids.get(node.uses), depth + 1);
        }
        for (Node child : node.children) {
            sum += child.definitions ? 1 : drawn(child, depth + 1);
            if (sum > MAX_DRAWN) {
                break;
            }
        }
        node.drawn = Math.min(sum, MAX_DRAWN + 1);
        return node.drawn;
    }

    /** Writes the element the reader is at, with what it keeps of its attributes; false when it is left out. */
    private boolean keep(XMLStreamReader xml, boolean root, double[] size) {
        String name = xml.getLocalName();
        SourcePosition at = position(xml.getLocation());
        if (!SVG_NS.equals(xml.getNamespaceURI())) {
            if ("http://www.w3.org/1999/xhtml".equals(xml.getNamespaceURI())) {
                error(at, "the SVG holds HTML (<" + name + ">), which the PDF and the Word document cannot draw: export"
                        + " the figure with its text as SVG text (or as a PNG)");
            }
            return false; // an editor's own element (Inkscape's, Illustrator's, RDF): it does not draw
        }
        if (SvgVocabulary.SILENT.contains(name)) {
            return false;
        }
        if (name.equals("script")) {
            warning(at, "the SVG's <script> is left out: a figure is published as a drawing, without its scripts");
            return false;
        }
        if (name.equals("foreignObject") && "switch".equals(open.peek())) {
            if (htmlLabels++ == 0) {
                firstHtmlLabel = at;
            }
            return false; // the <switch> draws the alternative the file gives beside it
        }
        if (!SvgVocabulary.ELEMENTS.contains(name)) {
            error(at, "the SVG holds " + SvgVocabulary.REFUSED.getOrDefault(name, "<" + name + ">, which is not an element Weft takes in"
                    + " a figure (it takes shapes, paths, text, gradients, patterns, clips, masks, markers, filters and"
                    + " styles)"));
            return false;
        }
        out.append('<').append(name);
        open.push(name);
        Node node = new Node();
        node.definitions = name.equals("defs") || name.equals("symbol");
        if (nodes.isEmpty()) {
            this.root = node;
        } else {
            nodes.peek().children.add(node);
        }
        nodes.push(node);
        String id = xml.getAttributeValue(null, "id");
        if (id != null) {
            ids.putIfAbsent(id.strip(), node);
        }
        if (name.equals("style")) {
            styleAt = at;
        }
        hasHref = false;
        if (root) {
            out.append(" xmlns=\"").append(SVG_NS).append("\" xmlns:xlink=\"").append(XLINK_NS).append('"');
        }
        attributes.clear();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attribute(name, xml.getAttributeNamespace(i), xml.getAttributeLocalName(i), xml.getAttributeValue(i), at,
                    root);
        }
        SvgColours.apply(attributes);
        attributes.forEach((attribute, value) -> out.append(' ').append(attribute).append("=\"").append(XmlText.escape(value, true))
                .append('"'));
        if (root) {
            // whole pixels (openhtmltopdf reads an SVG's size as integers); the viewBox keeps the drawing's own
            out.append(" width=\"").append(pixels(size[0])).append("\" height=\"").append(pixels(size[1]))
                    .append("\" viewBox=\"").append(size[2] < 0 ? "0 0 " + number(size[0]) + " " + number(size[1])
                            : xml.getAttributeValue(null, "viewBox").strip()).append('"');
        }
        out.append('>');
        return true;
    }

    private void attribute(String element, String namespace, String name, String value, SourcePosition at, boolean root) {
        boolean href = name.equals("href") && (namespace == null || namespace.isEmpty() || XLINK_NS.equals(namespace));
        if (href) {
            if (!hasHref) {
                hasHref = true;
                href(element, value, at);
            }
            return;
        }
        if (XML_NS.equals(namespace)) {
            if (name.equals("space") || name.equals("lang")) {
                attributes.put("xml:" + name, value);
            }
            return;
        }
        if (namespace != null && !namespace.isEmpty()) {
            return; // an editor's own attribute (inkscape:label), or XLink's title and the like: it does not draw
        }
        if (root && (name.equals("width") || name.equals("height") || name.equals("viewBox"))) {
            return; // written from the size read
        }
        if (name.regionMatches(true, 0, "on", 0, 2)) {
            if (warnedAttributes.add(name.toLowerCase(Locale.ROOT))) {
                warning(at, "the SVG's event handler " + name + " is left out: a figure is published as a drawing,"
                        + " without its scripts");
            }
            return;
        }
        if (SvgVocabulary.SILENT_ATTRIBUTE.matcher(name).matches()) {
            return;
        }
        if (!SvgVocabulary.ATTRIBUTES.contains(name)) {
            if (warnedAttributes.add(name)) {
                warning(at, "the SVG's attribute " + name + " is not one Weft knows, and is left out: should the figure"
                        + " look otherwise in the publication, tell Weft's developers which program wrote it");
            }
            return;
        }
        if (name.equals("numOctaves") && !value.strip().matches("[0-9]|[12][0-9]|3[0-2]")) {
            error(at, "the SVG's turbulence has numOctaves=\"" + abbreviate(value) + "\": more than 32 octaves draw nothing"
                    + " one can see and take a renderer as long again for each");
            return;
        }
        if (!name.equals("style") && !references(value, at)) {
            return;
        }
        if (name.equals("style") && !style(value, at)) {
            return;
        }
        attributes.put(name, name.equals("style") ? SvgColours.declarations(value) : value);
    }

    /** A reference to another element or file: kept when it names an element of this file, or embeds a picture. */
    private void href(String element, String value, SourcePosition at) {
        String v = value.strip();
        if (v.startsWith("#")) {
            attributes.put("xlink:href", v);
            if (element.equals("use")) {
                nodes.peek().uses = v.substring(1);
            }
            return;
        }
        if (element.equals("a")) {
            warning(at, "the address of a link in the SVG ('" + abbreviate(v) + "') is left out: a figure is published"
                    + " as a drawing; give the address in the text or the caption");
            return;
        }
        Matcher embedded = EMBEDDED.matcher(v);
        if (element.equals("image") && embedded.matches()) {
            try {
                byte[] picture = java.util.Base64.getMimeDecoder().decode(embedded.group(2));
                ImageBytes.Checked checked = ImageBytes.check(picture);
                attributes.put("xlink:href", "data:" + checked.mediaType() + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(checked.bytes()));
            } catch (ImageBytes.Unusable | IllegalArgumentException e) {
                error(at, "the picture embedded in the SVG cannot be published: " + (e instanceof ImageBytes.Unusable
                        ? e.getMessage() : "its base64 is damaged"));
            }
            return;
        }
        error(at, "the SVG refers to '" + abbreviate(v) + "' outside itself: a figure holds all it draws (a picture in it"
                + " embedded as data:image/png;base64 or data:image/jpeg;base64), as the web page, the PDF and the Word"
                + " document read nothing else");
    }

    /** Whether every {@code url(...)} of {@code value} names an element of this file; an error at each that does not. */
    private boolean references(String value, SourcePosition at) {
        Matcher m = URL.matcher(value);
        boolean fine = true;
        while (m.find()) {
            if (!m.group(2).strip().startsWith("#")) {
                error(at, "the SVG refers to '" + abbreviate(m.group(2)) + "' outside itself (url(…)): a figure holds all"
                        + " it draws, as the web page, the PDF and the Word document read nothing else");
                fine = false;
            }
        }
        if (value.toLowerCase(Locale.ROOT).contains("url(") && !m.reset().find()) {
            error(at, "the SVG has a url(…) Weft cannot read: write it url(#id), naming an element of the figure");
            fine = false;
        }
        return fine;
    }

    /** Whether a style (an attribute's or a {@code <style>}'s) draws with this file alone. */
    private boolean style(String css, SourcePosition at) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || lower.contains("@font-face")) {
            error(at, "the SVG's style " + (lower.contains("@import") ? "imports another style (@import): a figure"
                    + " holds all it draws" : "brings a font of its own (@font-face): a figure's text is drawn in the"
                    + " fonts the reader has (or turned into paths)"));
            return false;
        }
        if (css.indexOf('\\') >= 0) {
            error(at, "the SVG's style has an escape (\\): write the style without escapes");
            return false;
        }
        if (lower.contains("expression(") || lower.contains("behavior") || lower.contains("-moz-binding")) {
            error(at, "the SVG's style runs code (expression, behavior, binding), which a figure does not");
            return false;
        }
        return references(css, at);
    }

    private void text(String text) {
        if ("style".equals(open.peek())) {
            if (style(text, styleAt)) {
                out.append(XmlText.escape(RULE.matcher(text).replaceAll(rule -> java.util.regex.Matcher.quoteReplacement(
                        "{" + SvgColours.declarations(rule.group(1)) + "}")), false));
            }
            return;
        }
        out.append(XmlText.escape(text, false));
    }

    /** The figure's width, height (pixels) and whether it has a viewBox (the third is -1 when not). */
    private double[] size(XMLStreamReader xml) {
        Location at = xml.getLocation();
        String viewBox = xml.getAttributeValue(null, "viewBox");
        double[] box = null;
        if (viewBox != null) {
            String[] parts = viewBox.strip().split("[\\s,]+");
            try {
                if (parts.length == 4) {
                    box = new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
                }
            } catch (NumberFormatException e) {
                box = null;
            }
            if (box == null || !(box[0] > 0) || !(box[1] > 0)) {
                error(at, "the SVG's viewBox '" + abbreviate(viewBox) + "' is not four numbers with a width and a height"
                        + " above 0");
                return new double[] {1, 1, -1};
            }
        }
        double width = length(xml.getAttributeValue(null, "width"));
        double height = length(xml.getAttributeValue(null, "height"));
        if (box != null) {
            if (width <= 0 && height <= 0) {
                width = box[0];
                height = box[1];
            } else if (width <= 0) {
                width = height * box[0] / box[1];
            } else if (height <= 0) {
                height = width * box[1] / box[0];
            }
        }
        if (width <= 0 || height <= 0) {
            error(at, "the SVG gives no size: give its <svg> a width and a height (width=\"160mm\" height=\"90mm\") or a"
                    + " viewBox");
            return new double[] {1, 1, -1};
        }
        if (width > MAX_SIZE || height > MAX_SIZE) {
            error(at, "the SVG is " + number(width) + " by " + number(height) + " pixels, over the limit of "
                    + number(MAX_SIZE) + ": make it smaller");
        }
        return new double[] {width, height, box == null ? -1 : 0};
    }

    /** A length of the root element in pixels (96 an inch), or 0 when there is none or it is a percentage. */
    private static double length(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return 0;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return n * switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            default -> 1;
        };
    }

    /** A length in whole pixels, at least one. */
    private static int pixels(double n) {
        return (int) Math.max(1, Math.round(n));
    }

    private static String number(double n) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(n).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private void error(Location at, String message) {
        error(position(at), message);
    }

    private void error(SourcePosition at, String message) {
        found.add(new Diagnostic(Severity.ERROR, at, message));
    }

    private void warning(SourcePosition at, String message) {
        found.add(new Diagnostic(Severity.WARNING, at, message));
    }

    /**
     * Where the element the parser has just read begins: the parser gives where its start tag ends, and the tag begins at
     * the last '<' before that (an attribute's value holds no '<').
     */
    private SourcePosition position(Location at) {
        if (at == null) {
            return SourcePosition.ofFile(path);
        }
        int line = Math.max(1, at.getLineNumber());
        int column = Math.max(1, at.getColumnNumber());
        int offset = offset(line, column);
        int begins = offset < 0 ? -1 : source.lastIndexOf('<', offset - 1);
        if (begins < 0) {
            return new SourcePosition(path, line, column);
        }
        int lineStart = source.lastIndexOf('\n', begins - 1) + 1;
        int beginsLine = 1 + (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new SourcePosition(path, beginsLine, begins - lineStart + 1);
    }

    /** The offset in {@link #source} of a line and column, or -1. */
    private int offset(int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = source.indexOf('\n', at) + 1;
            if (at == 0) {
                return -1;
            }
        }
        return at + column - 1 <= source.length() ? at + column - 1 : -1;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}

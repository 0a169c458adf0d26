package weft.render.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A CSL style from the classpath ({@code org.citationstyles:styles} holds {@code NAME.csl} and
 * {@code dependent/NAME.csl} at its root), with the few facts the formatter needs that citeproc-java does not expose.
 *
 * @param name                   the name asked for
 * @param resolvedName           the independent style actually used
 * @param xml                    the independent style's XML
 * @param numeric                {@code <category citation-format="numeric"/>}
 * @param collapseCitationNumber {@code <citation collapse="citation-number">} (citeproc-java 3.4 ignores it)
 * @param citationDelimiter      the citation layout's delimiter (e.g. "," or "; ")
 * @param citation               what the style's {@code <citation>} asks that citeproc-java 3.4 does not do
 */
public record CslStyle(String name, String resolvedName, String xml, boolean numeric,
                       boolean collapseCitationNumber, String citationDelimiter, Asks citation) {

    /**
     * What a style's citation asks of a processor that citeproc-java 3.4 leaves undone, and Weft does.
     *
     * @param yearSuffixes   {@code disambiguate-add-year-suffix="true"}: "2020a", "2020b"
     * @param givenNames     {@code disambiguate-add-givenname="true"}: another first author of the same family name is
     *                       told apart by their initials or given names, not by a year suffix
     * @param givenNameRule  {@code givenname-disambiguation-rule} (CSL's default: {@code by-cite})
     * @param groupDelimiter where the style collapses years ({@code collapse="year…"}), the delimiter between one
     *                       author's works ({@code cite-group-delimiter}, ", "); empty where it does not
     * @param sorted         the citation sorts its works ({@code <sort>})
     * @param printsLocator  the citation's layout, or a macro it calls, prints or tests the {@code locator} ("p. 4"):
     *                       where it does not (the NLM/Vancouver styles, Nature), a citation's page is left out
     */
    public record Asks(boolean yearSuffixes, boolean givenNames, String givenNameRule, Optional<String> groupDelimiter,
                       boolean sorted, boolean printsLocator) {
        static final Asks NOTHING = new Asks(false, false, "by-cite", Optional.empty(), false, true);
    }

    public CslStyle(String name, String resolvedName, String xml, boolean numeric, boolean collapseCitationNumber,
                    String citationDelimiter) {
        this(name, resolvedName, xml, numeric, collapseCitationNumber, citationDelimiter, Asks.NOTHING);
    }

    /**
     * Styles renamed upstream. The CSL styles repository renamed the Vancouver family to NLM names
     * (citation-style-language/styles PR #7928, November 2025): styles 26.2 has no vancouver*.csl.
     */
    public static final Map<String, String> ALIASES = Map.of(
            "vancouver", "nlm-citation-sequence",
            "vancouver-brackets", "nlm-citation-sequence-brackets",
            "vancouver-superscript", "nlm-citation-sequence-superscript",
            "vancouver-author-date", "nlm-name-year");

    /** The style named {@code name} (as in the styles repository, without ".csl"), or empty when there is none. */
    public static Optional<CslStyle> load(String name) {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        String resolved = name;
        Optional<String> xml = read("/" + name + ".csl");
        if (xml.isEmpty() && ALIASES.containsKey(name)) {
            resolved = ALIASES.get(name);
            xml = read("/" + resolved + ".csl");
        }
        if (xml.isEmpty()) {
            xml = read("/dependent/" + name + ".csl");
        }
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        String style = xml.get();
        // a dependent style names its independent parent; citeproc-java needs the parent's XML
        for (int hops = 0; hops < 3 && style.contains("independent-parent"); hops++) {
            String parent;
            try {
                parent = CSL.getIndependentParentLink(style);
            } catch (IOException | ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("cannot read the parent of style " + resolved, e);
            }
            if (parent == null) {
                break;
            }
            resolved = parent.substring(parent.lastIndexOf('/') + 1);
            String parentName = resolved;
            style = read("/" + resolved + ".csl").orElseThrow(() -> new IllegalStateException(
                    "the parent style " + parentName + " of " + name + " is not on the classpath"));
        }
        return Optional.of(inspect(name, resolved, style));
    }

    private static CslStyle inspect(String name, String resolved, String xml) {
        Document doc = parse(xml, "style " + resolved);
        boolean numeric = false;
        NodeList categories = doc.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            numeric |= "numeric".equals(((Element) categories.item(i)).getAttribute("citation-format"));
        }
        Element citation = (Element) doc.getElementsByTagName("citation").item(0);
        boolean collapse = citation != null && citation.getAttribute("collapse").contains("citation-number");
        String delimiter = "";
        if (citation != null && citation.getElementsByTagName("layout").getLength() > 0) {
            delimiter = ((Element) citation.getElementsByTagName("layout").item(0)).getAttribute("delimiter");
        }
        return new CslStyle(name, resolved, xml, numeric, collapse, delimiter, citation == null ? Asks.NOTHING : asks(doc, citation));
    }

    /**
     * A bundled style's XML as a DOM ({@code what} names it in the error), read with secure processing and no DTD: for
     * the facts read here, and for the styles {@link AuthorForms} derives from it.
     */
    static Document parse(String xml, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (IOException | ParserConfigurationException | SAXException e) { // a bundled style that is not XML
            throw new IllegalStateException("cannot parse " + what, e);
        }
    }

    private static Asks asks(Document doc, Element citation) {
        String rule = citation.getAttribute("givenname-disambiguation-rule");
        Optional<String> group = citation.getAttribute("collapse").startsWith("year")
                ? Optional.of(citation.hasAttribute("cite-group-delimiter") ? citation.getAttribute("cite-group-delimiter") : ", ")
                : Optional.empty();
        return new Asks(citation.getAttribute("disambiguate-add-year-suffix").equals("true"),
                citation.getAttribute("disambiguate-add-givenname").equals("true"), rule.isEmpty() ? "by-cite" : rule, group,
                citation.getElementsByTagName("sort").getLength() > 0, usesLocator(doc, citation));
    }

    /** Whether {@code citation}, or a macro it calls (and so on), names the variable {@code locator}. */
    private static boolean usesLocator(Document doc, Element citation) {
        Map<String, Element> macros = new java.util.HashMap<>();
        NodeList all = doc.getElementsByTagName("macro");
        for (int i = 0; i < all.getLength(); i++) {
            macros.put(((Element) all.item(i)).getAttribute("name"), (Element) all.item(i));
        }
        java.util.Deque<Element> open = new java.util.ArrayDeque<>(List.of(citation));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!open.isEmpty()) {
            NodeList inside = open.pop().getElementsByTagName("*");
            for (int i = 0; i < inside.getLength(); i++) {
                Element e = (Element) inside.item(i);
                if (List.of(e.getAttribute("variable").split("\\s+")).contains("locator")) {
                    return true;
                }
                String macro = e.getAttribute("macro");
                if (!macro.isEmpty() && seen.add(macro) && macros.containsKey(macro)) {
                    open.push(macros.get(macro));
                }
            }
        }
        return false;
    }

    static Optional<String> read(String resource) {
        URL url = CslStyle.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

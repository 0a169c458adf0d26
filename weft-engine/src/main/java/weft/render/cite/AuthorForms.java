package weft.render.cite;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The author of a citation, told from the rest of it, for the two forms of a citation that CSL asks of a processor
 * and citeproc-java 3.4 does not make (it reads the citation items' {@code suppress-author} and {@code author-only}
 * and ignores them): Pandoc's {@code @key} ("Smith and Lee (2020)") and {@code [-@key]} ("(2020)").
 *
 * <p>CSL defines both by the first names element a cite renders, with its substitutes. Which one that is depends on
 * the work (a style's {@code choose}), so it is not read from the style: the style is derived with every names
 * element wrapped in a group whose affixes are two private-use characters, and the processor, rendering a cite, marks
 * where its names are; the first marked span is the author, as the citation prints it (disambiguated, "J. Smith",
 * where it must be). A style whose citation renders no names (a numeric style: "[1]") marks none; the author in the
 * text is then the family names as author-date styles write them ("Smith and Lee", "Smith et al."), or the short
 * title of a work without author or editor.</p>
 */
final class AuthorForms {

    static final char OPEN = '\uE00D';
    static final char CLOSE = '\uE00E';

    /** A cite told apart: its first names, and the cite without them and the delimiter after them. */
    record Split(String author, String rest) {
    }

    private AuthorForms() {
    }

    /**
     * The style with its names marked. {@code inText}: for the author in the sentence, {@code and="symbol"} written
     * as the word, as APA asks ("Smith and Lee (2020)", where the parenthetical citation has "&amp;").
     */
    static String marked(String styleXml, boolean inText) {
        Document doc = CslStyle.parse(styleXml, "the style");
        for (Element names : elements(doc.getDocumentElement(), "names")) {
            if (!within(names, "substitute")) {
                Element group = doc.createElement("group");
                group.setAttribute("prefix", String.valueOf(OPEN));
                group.setAttribute("suffix", String.valueOf(CLOSE));
                names.getParentNode().replaceChild(group, names);
                group.appendChild(names);
            }
        }
        if (inText) {
            for (Element e : elements(doc.getDocumentElement(), "*")) {
                if (e.getAttribute("and").equals("symbol")) {
                    e.setAttribute("and", "text");
                }
            }
            if (doc.getDocumentElement().getAttribute("and").equals("symbol")) {
                doc.getDocumentElement().setAttribute("and", "text");
            }
        }
        return serialise(doc);
    }

    /** The style with a citation of family names alone, for a style whose citation names no one. */
    static String familyNames(String styleXml) {
        Document doc = CslStyle.parse(styleXml, "the style");
        Element citation = elements(doc.getDocumentElement(), "citation").get(0);
        for (Element child : elements(citation, "*")) {
            if (child.getParentNode() == citation) {
                citation.removeChild(child);
            }
        }
        for (String attribute : List.of("collapse", "disambiguate-add-givenname", "disambiguate-add-names",
                "disambiguate-add-year-suffix", "givenname-disambiguation-rule")) {
            citation.removeAttribute(attribute);
        }
        Element layout = doc.createElement("layout");
        Element names = doc.createElement("names");
        names.setAttribute("variable", "author");
        Element name = doc.createElement("name");
        name.setAttribute("form", "short");
        name.setAttribute("and", "text");
        name.setAttribute("delimiter", ", ");
        name.setAttribute("delimiter-precedes-last", "never");
        name.setAttribute("et-al-min", "3");
        name.setAttribute("et-al-use-first", "1");
        names.appendChild(name);
        Element substitute = doc.createElement("substitute");
        Element editors = doc.createElement("names");
        editors.setAttribute("variable", "editor");
        substitute.appendChild(editors);
        Element title = doc.createElement("text");
        title.setAttribute("variable", "title");
        title.setAttribute("form", "short");
        substitute.appendChild(title);
        names.appendChild(substitute);
        layout.appendChild(names);
        citation.appendChild(layout);
        return serialise(doc);
    }

    /**
     * The first marked names of {@code rendered} (a cite's rendering by the marked style) and the cite without them
     * and the delimiter after them; empty when it marks none (the cite names no one).
     */
    static Optional<Split> split(String rendered) {
        int open = rendered.indexOf(OPEN);
        if (open < 0) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = open; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            depth += c == OPEN ? 1 : c == CLOSE ? -1 : 0;
            if (depth == 0) {
                String author = unmarked(rendered.substring(open + 1, i));
                String after = rendered.substring(i + 1).replaceFirst("^[,;:]?\\s*", "");
                return Optional.of(new Split(author, unmarked(rendered.substring(0, open) + after)));
            }
        }
        return Optional.empty();
    }

    /**
     * A citation of several works with the works of one author together and their names printed once, as CSL's cite
     * grouping and year collapsing ask ("(Smith &amp; Ek, 2020a; Lee, 2019; Smith &amp; Ek, 2021)" is "(Smith &amp; Ek,
     * 2020a, 2021; Lee, 2019)"), citeproc-java 3.4 doing neither. {@code marked} is the citation as the style with its
     * names marked renders it, each work between its link markers; empty when it is not a plain list of works joined by
     * {@code delimiter} (a prefix or a suffix of the user's between them), or no two works share their names.
     */
    static Optional<String> grouped(String marked, String delimiter, String groupDelimiter,
                                    java.util.function.ToIntFunction<Integer> rank) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(LinkMarkers.OPEN + "(\\d+)" + LinkMarkers.MID + "(.*?)"
                + LinkMarkers.CLOSE, java.util.regex.Pattern.DOTALL).matcher(marked);
        List<String> works = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        int last = -1;
        int start = -1;
        while (m.find()) {
            if (last >= 0 && !marked.substring(last, m.start()).equals(delimiter)) {
                return Optional.empty();
            }
            start = start < 0 ? m.start() : start;
            works.add(m.group());
            parts.add(m.group(2));
            indices.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        if (works.size() < 2) {
            return Optional.empty();
        }
        java.util.Map<String, List<Integer>> byAuthor = new java.util.LinkedHashMap<>();
        for (int i = 0; i < works.size(); i++) {
            Optional<Split> split = split(parts.get(i));
            if (split.isEmpty()) {
                return Optional.empty();
            }
            byAuthor.computeIfAbsent(split.get().author(), a -> new ArrayList<>()).add(i);
        }
        if (byAuthor.size() == works.size()) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        for (List<Integer> written : byAuthor.values()) {
            List<Integer> same = written.stream().sorted(java.util.Comparator.comparingInt(i -> rank.applyAsInt(indices.get(i)))).toList();
            StringBuilder group = new StringBuilder(works.get(same.get(0)));
            for (int i : same.subList(1, same.size())) {
                String work = works.get(i);
                String open = work.substring(0, work.indexOf(LinkMarkers.MID) + 1);
                group.append(groupDelimiter).append(open).append(split(parts.get(i)).get().rest()).append(LinkMarkers.CLOSE);
            }
            groups.add(group.toString());
        }
        return Optional.of(unmarked(marked.substring(0, start) + String.join(delimiter, groups) + marked.substring(last)));
    }

    /**
     * {@code marked} with {@code given} before the first names of each work that has one (by its link marker's index),
     * where those names begin with the work's first author's family name: "Smith, 2019" is "A. Smith, 2019".
     */
    static String withGiven(String marked, Map<Integer, String[]> given) {
        StringBuilder out = new StringBuilder(marked);
        for (Map.Entry<Integer, String[]> work : given.entrySet()) {
            int at = out.indexOf(LinkMarkers.prefix(work.getKey()));
            while (at >= 0) {
                int end = out.indexOf(String.valueOf(LinkMarkers.CLOSE), at);
                int names = out.indexOf(String.valueOf(OPEN), at);
                if (names >= 0 && names < end && out.substring(names + 1).startsWith(work.getValue()[0])) {
                    out.insert(names + 1, work.getValue()[1] + " ");
                }
                at = out.indexOf(LinkMarkers.prefix(work.getKey()), at + 1);
            }
        }
        return out.toString();
    }

    /** {@code text} without the names' marks. */
    static String unmarked(String text) {
        return text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0 ? text
                : text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    private static boolean within(Element element, String name) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if (e.getTagName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> list = new ArrayList<>();
        NodeList all = root.getElementsByTagName(name);
        for (int i = 0; i < all.getLength(); i++) {
            list.add((Element) all.item(i));
        }
        return list;
    }

    private static String serialise(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the derived style", e);
        }
    }
}

package weft.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Looks through a publication as its readers' tools do — the HTML pages, the search index, the PDF's text and links —
 * for an injection payload that was interpreted instead of shown as text, and for anything that would run.
 */
final class OutputInspector {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER_ANY_CASE = Pattern.compile(Payloads.MARKER.pattern(), Pattern.CASE_INSENSITIVE);

    /**
     * What is wrong in the publication in {@code output}, one finding a line; empty when nothing is. The PDF, slow to
     * read, is searched only when the study holds {@code payloads}.
     */
    static List<String> problems(Path output, boolean payloads) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = output.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".html")) {
                    html(name, Files.readString(file), problems);
                } else if (name.equals("evidence/search-index.js")) {
                    searchIndex(name, Files.readString(file), problems);
                } else if (name.endsWith(".json")) {
                    json(name, Files.readString(file), problems);
                } else if (name.endsWith(".pdf") && payloads) {
                    pdf(name, Files.readAllBytes(file), problems);
                } else if (name.endsWith(".xml") || name.endsWith(".svg")) {
                    xml(name, Files.readAllBytes(file), problems);
                } else if (name.endsWith(".docx") && payloads) {
                    docx(name, Files.readAllBytes(file), problems);
                } else if (name.endsWith(".csv")) {
                    csv(name, Files.readString(file), problems);
                } else if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
                    picture(name, Files.readAllBytes(file), problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void html(String name, String text, List<String> problems) {
        Document doc = Jsoup.parse(text);
        literal(name + " (text)", doc.title() + " " + doc.body().text(), false, problems);
        for (Element e : doc.getAllElements()) {
            if (e.tagName().toLowerCase(Locale.ROOT).contains("zqx")) {
                problems.add(name + ": an element made from a payload: <" + e.tagName() + ">");
            }
            if (e.tagName().equals("script") && Payloads.MARKER.matcher(e.data()).find()) {
                problems.add(name + ": a payload inside a <script> element");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") && !key.equals("on")) {
                    problems.add(name + ": an event handler attribute " + key + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")) {
                    problems.add(name + ": a script URL " + key + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                }
                literal(name + " (attribute " + key + " of <" + e.tagName() + ">)", a.getValue(), false, problems);
            }
        }
    }

    /** A picture of the publication: no payload among its bytes (a figure's file metadata is left out). */
    private static void picture(String name, byte[] bytes, List<String> problems) {
        Matcher m = MARKER_ANY_CASE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            problems.add(name + ": the picture carries the payload marker " + m.group());
        }
    }

    /** The JATS and its figure: well-formed, no element made from a payload, every text and attribute shown as text. */
    private static void xml(String name, byte[] bytes, List<String> problems) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
            literal(name + " (text)", doc.getDocumentElement().getTextContent(), false, problems);
            org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                if (e.getTagName().toLowerCase(Locale.ROOT).contains("zqx") || e.getTagName().equalsIgnoreCase("script")) {
                    problems.add(name + ": an element made from a payload: <" + e.getTagName() + ">");
                }
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    org.w3c.dom.Node attribute = e.getAttributes().item(a);
                    literal(name + " (attribute " + attribute.getNodeName() + ")", attribute.getNodeValue(), false, problems);
                }
            }
        } catch (Exception e) {
            problems.add(name + ": not well-formed XML: " + e.getMessage());
        }
    }

    /** The Word document as Word reads it: its paragraphs', tables' and footnotes' text, and where its links lead. */
    private static void docx(String name, byte[] bytes, List<String> problems) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            literal(name + " (text)", text.getText(), false, problems);
            // every part's links: the body's and its footnotes'
            links(name, doc, problems);
        }
    }

    private static void links(String name, org.apache.poi.xwpf.usermodel.XWPFDocument doc, List<String> problems) {
        try {
            for (org.apache.poi.openxml4j.opc.PackagePart part : doc.getPackage().getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                for (org.apache.poi.openxml4j.opc.PackageRelationship link
                        : part.getRelationshipsByType(org.apache.poi.xwpf.usermodel.XWPFRelation.HYPERLINK.getRelation())) {
                    String url = link.getTargetURI().toString().strip().toLowerCase(Locale.ROOT);
                    if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("mailto:")) {
                        problems.add(name + ": a link to " + link.getTargetURI() + " in " + part.getPartName());
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            problems.add(name + ": its parts cannot be read: " + e.getMessage());
        }
    }

    /** The evidence's spreadsheet as a spreadsheet program reads it: no cell that it would run as a formula. */
    private static void csv(String name, String text, List<String> problems) throws IOException {
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> rows = mapper.readerFor(List.class)
                .readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            for (List<String> row : rows.readAll()) {
                for (String cell : row) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        problems.add(name + ": a cell a spreadsheet program runs as a formula: " + cell);
                    }
                    literal(name, cell, false, problems);
                }
            }
        }
    }

    private static void searchIndex(String name, String text, List<String> problems) {
        if (text.contains("<")) {
            problems.add(name + ": a raw '<' in the search index (a payload could close the script)");
        }
        int start = text.indexOf('=');
        String body = text.substring(start + 1).strip();
        json(name, body.endsWith(";") ? body.substring(0, body.length() - 1) : body, problems);
    }

    private static void json(String name, String text, List<String> problems) {
        try {
            strings(name, JSON.readTree(text), problems);
        } catch (IOException e) {
            problems.add(name + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void strings(String name, JsonNode node, List<String> problems) {
        if (node.isTextual()) {
            literal(name, node.asText(), false, problems);
        }
        for (JsonNode child : node) {
            strings(name, child, problems);
        }
    }

    private static void pdf(String name, byte[] bytes, List<String> problems) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            literal(name + " (text)", new PDFTextStripper().getText(doc), true, problems);
            if (doc.getDocumentInformation().getTitle() != null) {
                literal(name + " (title)", doc.getDocumentInformation().getTitle(), false, problems);
            }
            if (doc.getDocumentCatalog().getNames() != null && doc.getDocumentCatalog().getNames().getJavaScript() != null) {
                problems.add(name + ": document-level JavaScript");
            }
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        link(name + " page " + number, link.getAction(), problems);
                    }
                }
            }
        }
    }

    private static void link(String where, PDAction action, List<String> problems) {
        if (action instanceof PDActionJavaScript) {
            problems.add(where + ": a JavaScript action on a link");
        } else if (action instanceof PDActionURI uri && uri.getURI() != null) {
            String target = uri.getURI().strip().toLowerCase(Locale.ROOT);
            if (target.startsWith("javascript:") || Payloads.MARKER.matcher(target).find()) {
                problems.add(where + ": a link made from a payload: " + uri.getURI());
            }
        }
    }

    /**
     * Every marker in {@code text} must sit inside its whole payload (whitespace ignored, as lines wrap; case ignored
     * for the PDF, whose headings may be set in capitals).
     */
    static void literal(String where, String text, boolean ignoreCase, List<String> problems) {
        String flat = squeeze(text, ignoreCase);
        Matcher m = (ignoreCase ? MARKER_ANY_CASE : Payloads.MARKER).matcher(flat);
        while (m.find()) {
            String marker = flat.substring(m.start(), m.end());
            String canonical = "zqx" + marker.substring(3).toUpperCase(Locale.ROOT);
            String payload = squeeze(Payloads.holding(canonical), ignoreCase);
            int at = m.start() - payload.indexOf(marker);
            if (at < 0 || !flat.startsWith(payload, at)) {
                int from = Math.max(0, m.start() - 40);
                problems.add(where + ": payload " + canonical + " was interpreted, not shown as text: ..."
                        + flat.substring(from, Math.min(flat.length(), m.end() + 40)) + "...");
            }
        }
    }

    /**
     * Drops what may differ between a payload and its faithful display: whitespace (wrapped lines), format characters
     * (bidi controls, zero-width), TeX escapes of the BibTeX "how to cite" block ({@code \{}); no payload holds a
     * backslash, so dropping one hides nothing.
     */
    private static String squeeze(String text, boolean ignoreCase) {
        String flat = text.replaceAll("[\\s\\p{Cf}]+", "").replaceAll("\\\\([{}$#&%_])", "$1");
        return ignoreCase ? flat.toLowerCase(Locale.ROOT) : flat;
    }

    private OutputInspector() {
    }
}

package weft.qda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;

/**
 * Reads the codes of a REFI-QDA file: a codebook ({@code .qdc}), a project ({@code .qde}), or a project's zip
 * ({@code .qdpx}, whose {@code project.qde} is read). Safe with files from anywhere: no DTD is accepted (so no
 * external entity, no entity expansion), a zip is read entry by entry within a size limit, and an entry whose name
 * would leave the folder is refused. Every problem is a diagnostic at the file, with the line and column where the
 * XML says it.
 */
public final class QdaReader {

    /** The most a project's XML may hold once unzipped: a zip bomb stops here. */
    public static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    private static final List<String> NAMESPACES = List.of("urn:QDA-XML:codebook:1.0", "urn:QDA-XML:project:1.0",
            "urn:QDA-XML:codebook:0:4", "urn:QDA-XML:project:0:4");

    /** The codes of {@code file}, named {@code label} in diagnostics; empty when it cannot be read (reported). */
    public Optional<QdaFile> read(Path file, String label, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".qdpx")) {
                Map<String, byte[]> texts = new HashMap<>();
                return unzip(bytes, label, texts, diagnostics).flatMap(xml -> parse(xml, label + "!project.qde", diagnostics))
                        .map(q -> new QdaFile(q.origin(), q.codes(), q.sources(), Map.copyOf(texts), q.otherSelections()));
            }
            if (name.endsWith(".qdc") || name.endsWith(".qde")) {
                return parse(bytes, label, diagnostics);
            }
            diagnostics.error(SourcePosition.ofFile(label), "not a REFI-QDA file: give a codebook (.qdc), a project (.qde)"
                    + " or a project's zip (.qdpx)");
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(label), "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The project.qde of a .qdpx; the plain texts of its sources (sources/*.txt) go into {@code texts}, by lower-case path. */
    private static Optional<byte[]> unzip(byte[] zip, String label, Map<String, byte[]> texts, Diagnostics diagnostics)
            throws IOException {
        long total = 0;
        byte[] project = null;
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                any = true;
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
                    diagnostics.error(SourcePosition.ofFile(label), "zip entry '" + name + "' would be written outside the"
                            + " project: refused, and nothing was imported");
                    return Optional.empty();
                }
                if (name.equalsIgnoreCase("project.qde")) {
                    project = readLimited(in, label, diagnostics);
                    if (project == null) {
                        return Optional.empty();
                    }
                } else if (name.toLowerCase(Locale.ROOT).startsWith("sources/") && name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    byte[] text = readLimited(in, label, diagnostics);
                    total += text == null ? 0 : text.length;
                    if (text == null || total > MAX_XML_BYTES) {
                        if (text != null) {
                            diagnostics.error(SourcePosition.ofFile(label), "the sources unzip to more than "
                                    + MAX_XML_BYTES / (1024 * 1024) + " MB: refused (a zip bomb?)");
                        }
                        return Optional.empty();
                    }
                    texts.put(name.toLowerCase(Locale.ROOT), text);
                }
            }
        } catch (ZipException e) {
            diagnostics.error(SourcePosition.ofFile(label), "not a zip file (a .qdpx is a zip holding project.qde): " + e.getMessage());
            return Optional.empty();
        }
        if (!any) {
            diagnostics.error(SourcePosition.ofFile(label), "not a zip file, or an empty one: a .qdpx is a zip holding project.qde");
            return Optional.empty();
        }
        if (project == null) {
            diagnostics.error(SourcePosition.ofFile(label), "the zip holds no project.qde: not a REFI-QDA project");
            return Optional.empty();
        }
        return Optional.of(project);
    }

    private static byte[] readLimited(InputStream in, String label, Diagnostics diagnostics) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_XML_BYTES) {
                diagnostics.error(SourcePosition.ofFile(label), "an entry unzips to more than " + MAX_XML_BYTES / (1024 * 1024)
                        + " MB: refused (a zip bomb?)");
                return null;
            }
        }
        return out.toByteArray();
    }

    private Optional<QdaFile> parse(byte[] xml, String label, Diagnostics diagnostics) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return Optional.ofNullable(codes(reader, label, diagnostics));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
            diagnostics.error(new SourcePosition(label, Math.max(line, 0), Math.max(column, 0)), "XML is not well-formed: " + message);
            return Optional.empty();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing more to read
                }
            }
        }
    }

    /** The codes, nested as written; null when the document is refused (reported). */
    private static QdaFile codes(XMLStreamReader xml, String label, Diagnostics diagnostics) throws XMLStreamException {
        Deque<List<QdaCode>> levels = new ArrayDeque<>();
        Deque<String[]> open = new ArrayDeque<>(); // guid, name, codable, color, description, line, column
        List<QdaCode> roots = new ArrayList<>();
        Map<String, SourcePosition> guids = new HashMap<>();
        String origin = "";
        boolean root = true;
        int otherSelections = 0;
        Map<String, String> users = new HashMap<>();
        List<QdaSource> sources = new ArrayList<>();
        String[] source = null; // guid, name, plainTextPath, while inside a TextSource of <Sources>
        List<QdaSelection> sourceSelections = new ArrayList<>();
        String[] selection = null; // guid, name, start, end, line, column
        List<String[]> selectionCodings = new ArrayList<>(); // code guid, user guid, line, column
        String[] coding = null;
        int depth = 0;
        int sourcesDepth = -1;
        StringBuilder description = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                diagnostics.error(here(xml, label), "the XML declares a DTD (<!DOCTYPE>): refused, since a DTD can make the"
                        + " reader fetch or expand entities; REFI-QDA files have none");
                return null;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                diagnostics.error(here(xml, label), "the XML refers to an entity '&" + xml.getLocalName() + ";' that it does"
                        + " not declare: refused");
                return null;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (root) {
                    root = false;
                    if (!(name.equals("CodeBook") || name.equals("Project")) || !NAMESPACES.contains(xml.getNamespaceURI())) {
                        diagnostics.error(here(xml, label), "not a REFI-QDA codebook or project: the document is <" + name + ">"
                                + (xml.getNamespaceURI() == null ? "" : " in '" + xml.getNamespaceURI() + "'")
                                + ", expected <CodeBook> or <Project> in urn:QDA-XML:codebook:1.0 or urn:QDA-XML:project:1.0");
                        return null;
                    }
                    origin = attribute(xml, "origin");
                } else if (name.equals("Code")) {
                    String guid = attribute(xml, "guid").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
                    SourcePosition at = here(xml, label);
                    SourcePosition first = guids.putIfAbsent(guid, at);
                    if (first != null) {
                        diagnostics.error(at, "duplicate code GUID " + guid + " (first at line " + first.line() + ")");
                    }
                    open.push(new String[] {guid, attribute(xml, "name"), attribute(xml, "isCodable"), attribute(xml, "color"),
                        "", Integer.toString(at.line()), Integer.toString(at.column())});
                    levels.push(new ArrayList<>());
                } else if (name.equals("Description") && !open.isEmpty() && levels.size() == open.size()) {
                    description = new StringBuilder();
                } else if (name.equals("User")) {
                    users.put(guid(xml), attribute(xml, "name"));
                } else if (name.equals("Sources")) {
                    sourcesDepth = depth;
                } else if (name.equals("TextSource") && depth == sourcesDepth + 1) {
                    source = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "plainTextPath")};
                    sourceSelections = new ArrayList<>();
                } else if (name.equals("PlainTextSelection") && source != null && depth == sourcesDepth + 2) {
                    SourcePosition at = here(xml, label);
                    selection = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "startPosition"),
                        attribute(xml, "endPosition"), Integer.toString(at.line()), Integer.toString(at.column())};
                    selectionCodings = new ArrayList<>();
                } else if (name.endsWith("Selection")) {
                    otherSelections++;
                } else if (name.equals("Coding") && selection != null) {
                    SourcePosition at = here(xml, label);
                    coding = new String[] {"", attribute(xml, "creatingUser").replaceAll("[{}]", "").toUpperCase(Locale.ROOT),
                        Integer.toString(at.line()), Integer.toString(at.column())};
                } else if (name.equals("CodeRef") && coding != null) {
                    coding[0] = attribute(xml, "targetGUID").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && description != null) {
                description.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if (name.equals("Coding") && coding != null && selection != null) {
                    selectionCodings.add(coding);
                    coding = null;
                } else if (name.equals("PlainTextSelection") && selection != null && depth == sourcesDepth + 1) {
                    SourcePosition at = new SourcePosition(label, Integer.parseInt(selection[4]), Integer.parseInt(selection[5]));
                    long start = number(selection[2]);
                    long end = number(selection[3]);
                    if (start < 0 || end < start) {
                        diagnostics.error(at, "selection " + selection[0] + " has startPosition '" + selection[2] + "' and endPosition '"
                                + selection[3] + "': not a range of characters");
                    }
                    List<QdaSelection.Coding> list = new ArrayList<>();
                    for (String[] c : selectionCodings) {
                        list.add(new QdaSelection.Coding(c[0], c[1], new SourcePosition(label, Integer.parseInt(c[2]), Integer.parseInt(c[3]))));
                    }
                    sourceSelections.add(new QdaSelection(selection[0], selection[1], start, end, List.copyOf(list), at));
                    selection = null;
                } else if (name.equals("TextSource") && source != null && depth == sourcesDepth) {
                    sources.add(new QdaSource(source[0], source[1], source[2], List.copyOf(sourceSelections)));
                    source = null;
                }
                if (name.equals("Description") && description != null) {
                    open.peek()[4] = description.toString().strip();
                    description = null;
                } else if (name.equals("Code")) {
                    String[] c = open.pop();
                    List<QdaCode> children = levels.pop();
                    QdaCode code = new QdaCode(c[0], c[1], !"false".equals(c[2]), c[3], c[4], List.copyOf(children),
                            new SourcePosition(label, Integer.parseInt(c[5]), Integer.parseInt(c[6])));
                    (levels.isEmpty() ? roots : levels.peek()).add(code);
                }
            }
        }
        if (diagnostics.hasErrors()) {
            return null;
        }
        return new QdaFile(origin, List.copyOf(roots), named(sources, users), Map.of(), otherSelections);
    }

    /** The sources with each coding's user given by name where the file names the user (else by GUID). */
    private static List<QdaSource> named(List<QdaSource> sources, Map<String, String> users) {
        return sources.stream().map(s -> new QdaSource(s.guid(), s.name(), s.plainTextPath(), s.selections().stream()
                .map(sel -> new QdaSelection(sel.guid(), sel.name(), sel.start(), sel.end(), sel.codings().stream()
                        .map(c -> new QdaSelection.Coding(c.codeGuid(), users.getOrDefault(c.user(), c.user()), c.position()))
                        .toList(), sel.position())).toList())).toList();
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String guid(XMLStreamReader xml) {
        return attribute(xml, "guid").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static SourcePosition here(XMLStreamReader xml, String label) {
        return new SourcePosition(label, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
    }
}

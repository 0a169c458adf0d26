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

    /** Whether a file of this name is a QDA tool's REFI-QDA file: a codebook, a project or a project's zip. */
    public static boolean isQdaName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".qdpx") || lower.endsWith(".qdc") || lower.endsWith(".qde");
    }

    /** The codes of {@code file}, named {@code label} in diagnostics; empty when it cannot be read (reported). */
    public Optional<QdaFile> read(Path file, String label, Diagnostics diagnostics) {
        Optional<String> tool = NativeProjects.advice(file.getFileName().toString());
        if (tool.isPresent()) { // a QDA tool's own project (a file, or QualCoder's folder): not read, whatever it holds
            diagnostics.error(SourcePosition.ofFile(label), tool.get());
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".qdpx")) {
                Map<String, byte[]> texts = new HashMap<>();
                return unzip(bytes, label, texts, diagnostics).flatMap(xml -> parse(xml, label + "!project.qde", texts, diagnostics))
                        .map(q -> q.withTexts(texts));
            }
            if (name.endsWith(".qdc") || name.endsWith(".qde")) {
                return parse(bytes, label, Map.of(), diagnostics);
            }
            String advice = name.matches(".*\\.(odt|doc|rtf|pages)") ? "; save it as Word (.docx) in LibreOffice or Word (File,"
                    + " Save As) and import that" : name.matches(".*\\.(tex|html?|ipynb|org|rst)") ? "; convert it to Markdown first"
                    + " (pandoc " + file.getFileName() + " -o paper.md) and import that" : "";
            diagnostics.error(SourcePosition.ofFile(label), "not a file Weft imports: a QDA tool's codebook (.qdc), project"
                    + " (.qde) or project's zip (.qdpx), a spreadsheet of the coding (.csv, .xlsx, .ods), or a manuscript"
                    + " (.md, .qmd, .Rmd, .docx)" + advice);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(label), weft.read.ProjectFiles.cannotRead(e));
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
                    diagnostics.error(SourcePosition.ofFile(label), "zip entry '" + entry.getName() + "' would be written outside the"
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

    /**
     * Whether every entry of the zip {@code bytes} unzips, all of them together within {@link #MAX_XML_BYTES} (else an
     * error: a zip bomb?), for a reader that would hold them in memory. A file that is not a zip is left to that reader.
     */
    static boolean unzipsWithin(byte[] bytes, String label, Diagnostics diagnostics) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_XML_BYTES) {
                        diagnostics.error(SourcePosition.ofFile(label), "the file unzips to more than "
                                + MAX_XML_BYTES / (1024 * 1024) + " MB: refused (a zip bomb?)");
                        return false;
                    }
                }
            }
        } catch (ZipException e) {
            return true;
        }
        return true;
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

    private Optional<QdaFile> parse(byte[] xml, String label, Map<String, byte[]> texts, Diagnostics diagnostics) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return Optional.ofNullable(codes(reader, label, texts, diagnostics));
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
    private static QdaFile codes(XMLStreamReader xml, String label, Map<String, byte[]> texts, Diagnostics diagnostics)
            throws XMLStreamException {
        Deque<List<QdaCode>> levels = new ArrayDeque<>();
        Deque<String[]> open = new ArrayDeque<>(); // guid, name, codable, color, description, line, column, note GUIDs
        Deque<String> elements = new ArrayDeque<>(); // the open elements' names, innermost first
        Map<String, SourcePosition> sourceGuids = new HashMap<>();
        Map<String, SourcePosition> selectionGuids = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        List<QdaCase> cases = new ArrayList<>();
        CaseBuilder kase = null;
        String valueOf = null; // the variable GUID of the VariableValue being read
        StringBuilder value = null;
        Map<String, String> notes = new HashMap<>();
        String[] note = null; // guid, plainTextPath, while inside a Note of <Notes>
        StringBuilder noteText = null;
        java.util.Set<String> memos = new java.util.HashSet<>();
        List<QdaSet> sets = new ArrayList<>();
        String setName = null; // the name of the Set being read, its GUID, and the sources it holds
        String setGuid = "";
        List<String> setSources = new ArrayList<>();
        String[] pdf = null; // name, line, column, whether it has a Representation, its selections, GUID
        Map<String, Integer> pdfSelections = new HashMap<>(); // the GUIDs of a PDF's PDFSelections, with their pages (0 first)
        List<QdaCode> roots = new ArrayList<>();
        Map<String, SourcePosition> guids = new HashMap<>();
        String origin = "";
        boolean root = true;
        int otherSelections = 0;
        int recordingSelections = 0;
        Map<String, String> users = new HashMap<>();
        List<QdaSource> sources = new ArrayList<>();
        String[] source = null; // guid, name, plainTextPath, richTextPath, line, column, inside a TextSource of <Sources>
        List<QdaSelection> sourceSelections = new ArrayList<>();
        String[] selection = null; // guid, name, start, end, line, column, description
        StringBuilder selectionDescription = null; // a selection's <Description>, while it is read
        List<String[]> selectionCodings = new ArrayList<>(); // code guid, user guid, line, column
        String[] coding = null;
        String[] recording = null; // guid, name, inside an AudioSource or VideoSource of <Sources>
        String[] transcript = null; // guid, name, plainTextPath, line, column, richTextPath, inside a recording's Transcript
        Map<String, long[]> syncPoints = new HashMap<>(); // a transcript's sync points: position, time stamp (-1: none)
        List<Pending> transcriptSelections = new ArrayList<>();
        StringBuilder inlineText = null; // the PlainTextContent of a text source or a transcript
        Map<String, byte[]> inlineTexts = new HashMap<>();
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
                String parent = elements.isEmpty() ? "" : elements.peek();
                elements.push(name);
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
                        "", Integer.toString(at.line()), Integer.toString(at.column()), ""});
                    levels.push(new ArrayList<>());
                } else if (name.equals("Description") && !open.isEmpty() && levels.size() == open.size()) {
                    description = new StringBuilder();
                } else if (name.equals("User")) {
                    users.put(guid(xml), attribute(xml, "name"));
                } else if (name.equals("Sources")) {
                    sourcesDepth = depth;
                } else if (name.equals("NoteRef") && parent.equals("Code") && !open.isEmpty()) {
                    String target = attribute(xml, "targetGUID").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
                    open.peek()[7] = open.peek()[7].isEmpty() ? target : open.peek()[7] + "," + target;
                    memos.add(target);
                } else if (name.equals("Variable") && parent.equals("Variables")) {
                    variables.put(guid(xml), attribute(xml, "name"));
                } else if (name.equals("Case") && parent.equals("Cases")) {
                    kase = new CaseBuilder(guid(xml), attribute(xml, "name"), here(xml, label));
                } else if (kase != null && name.equals("VariableRef") && parent.equals("VariableValue")) {
                    valueOf = attribute(xml, "targetGUID").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
                } else if (kase != null && name.endsWith("Value") && parent.equals("VariableValue")) {
                    value = new StringBuilder();
                } else if (kase != null && (name.equals("SourceRef") || name.equals("SelectionRef")) && parent.equals("Case")) {
                    QdaCase.Reference ref = new QdaCase.Reference(attribute(xml, "targetGUID").replaceAll("[{}]", "")
                            .toUpperCase(Locale.ROOT), here(xml, label));
                    (name.equals("SourceRef") ? kase.sources : kase.selections).add(ref);
                } else if (name.equals("Note") && parent.equals("Notes")) {
                    note = new String[] {guid(xml), attribute(xml, "plainTextPath")};
                } else if (note != null && name.equals("PlainTextContent") && parent.equals("Note")) {
                    noteText = new StringBuilder();
                } else if (name.equals("Set") && parent.equals("Sets")) {
                    setName = attribute(xml, "name");
                    setGuid = guid(xml);
                    setSources = new ArrayList<>();
                } else if (setName != null && name.equals("MemberSource") && parent.equals("Set")) {
                    setSources.add(attribute(xml, "targetGUID").replaceAll("[{}]", "").toUpperCase(Locale.ROOT));
                } else if (name.equals("Representation") && pdf != null && depth == sourcesDepth + 2) {
                    pdf[3] = "yes";
                    // the PDF's plain text, whose selections (ATLAS.ti gives each its PDFSelection's GUID) are a text's
                    SourcePosition at = here(xml, label);
                    source = new String[] {pdf[5], pdf[0], attribute(xml, "plainTextPath"), attribute(xml, "richTextPath"),
                        Integer.toString(at.line()), Integer.toString(at.column())};
                    sourceSelections = new ArrayList<>();
                } else if ((name.equals("AudioSource") || name.equals("VideoSource")) && depth == sourcesDepth + 1) {
                    recording = new String[] {guid(xml), attribute(xml, "name")};
                } else if (name.equals("Transcript") && recording != null && depth == sourcesDepth + 2) {
                    SourcePosition at = here(xml, label);
                    transcript = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "plainTextPath"),
                        Integer.toString(at.line()), Integer.toString(at.column()), attribute(xml, "richTextPath")};
                    syncPoints = new HashMap<>();
                    transcriptSelections = new ArrayList<>();
                } else if (name.equals("SyncPoint") && transcript != null && parent.equals("Transcript")) {
                    String stamp = attribute(xml, "timeStamp");
                    syncPoints.put(guid(xml), new long[] {number(attribute(xml, "position")), stamp.isBlank() ? -1 : number(stamp)});
                } else if (name.equals("PlainTextContent") && (transcript != null && parent.equals("Transcript")
                        || source != null && (parent.equals("TextSource") || parent.equals("Representation")))) {
                    inlineText = new StringBuilder();
                }
                if (depth == sourcesDepth + 1 && name.endsWith("Source")) {
                    SourcePosition at = here(xml, label);
                    SourcePosition first = sourceGuids.putIfAbsent(guid(xml), at);
                    if (first != null) {
                        diagnostics.error(at, "duplicate source GUID " + guid(xml) + " (first at line " + first.line() + ")");
                    }
                    if (name.equals("PDFSource")) {
                        pdf = new String[] {attribute(xml, "name"), Integer.toString(at.line()), Integer.toString(at.column()), "", "0",
                            guid(xml)};
                        pdfSelections = new HashMap<>();
                    }
                }
                if (sourcesDepth > 0 && name.endsWith("Selection") && !elements.contains("Representation")) {
                    // ATLAS.ti gives the PlainTextSelection inside a PDFSelection's Representation the PDFSelection's GUID
                    SourcePosition at = here(xml, label);
                    SourcePosition first = selectionGuids.putIfAbsent(guid(xml), at);
                    if (first != null) {
                        diagnostics.error(at, "duplicate selection GUID " + guid(xml) + " (first at line " + first.line() + ")");
                    }
                    if (pdf != null) {
                        pdf[4] = Integer.toString(Integer.parseInt(pdf[4]) + 1);
                        pdfSelections.put(guid(xml), (int) number(attribute(xml, "page")));
                    }
                }
                if (name.equals("TextSource") && depth == sourcesDepth + 1) {
                    SourcePosition at = here(xml, label);
                    source = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "plainTextPath"),
                        attribute(xml, "richTextPath"), Integer.toString(at.line()), Integer.toString(at.column())};
                    sourceSelections = new ArrayList<>();
                } else if (name.equals("PlainTextSelection") && source != null
                        && (depth == sourcesDepth + 2 || pdf != null && depth == sourcesDepth + 3)) {
                    SourcePosition at = here(xml, label);
                    selection = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "startPosition"),
                        attribute(xml, "endPosition"), Integer.toString(at.line()), Integer.toString(at.column()), ""};
                    selectionCodings = new ArrayList<>();
                } else if (name.equals("TranscriptSelection") && transcript != null && parent.equals("Transcript")) {
                    SourcePosition at = here(xml, label);
                    selection = new String[] {guid(xml), attribute(xml, "name"), attribute(xml, "fromSyncPoint"),
                        attribute(xml, "toSyncPoint"), Integer.toString(at.line()), Integer.toString(at.column()), ""};
                    selectionCodings = new ArrayList<>();
                } else if (name.equals("AudioSelection") || name.equals("VideoSelection")) {
                    recordingSelections++;
                } else if (name.endsWith("Selection")) {
                    otherSelections++;
                } else if (name.equals("Description") && selection != null
                        && (parent.equals("PlainTextSelection") || parent.equals("TranscriptSelection"))) {
                    selectionDescription = new StringBuilder();
                } else if (name.equals("Coding") && selection != null) {
                    SourcePosition at = here(xml, label);
                    coding = new String[] {"", attribute(xml, "creatingUser").replaceAll("[{}]", "").toUpperCase(Locale.ROOT),
                        Integer.toString(at.line()), Integer.toString(at.column())};
                } else if (name.equals("CodeRef") && coding != null) {
                    coding[0] = attribute(xml, "targetGUID").replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && selectionDescription != null) {
                selectionDescription.append(xml.getText());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && description != null) {
                description.append(xml.getText());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && value != null) {
                value.append(xml.getText());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && noteText != null) {
                noteText.append(xml.getText());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inlineText != null) {
                inlineText.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                elements.pop();
                if (value != null && name.endsWith("Value") && !name.equals("VariableValue")) {
                    if (valueOf != null) {
                        kase.values.add(new QdaCase.Value(variables.getOrDefault(valueOf, valueOf), value.toString().strip()));
                    }
                    value = null;
                } else if (name.equals("VariableValue")) {
                    valueOf = null;
                } else if (name.equals("Case") && kase != null) {
                    cases.add(kase.build());
                    kase = null;
                } else if (name.equals("PlainTextContent") && noteText != null) {
                    notes.put(note[0], noteText.toString().strip());
                    noteText = null;
                } else if (name.equals("Note") && note != null) {
                    if (!notes.containsKey(note[0])) {
                        byte[] text = texts.get(note[1].replaceFirst("^internal://", "sources/").toLowerCase(Locale.ROOT));
                        notes.put(note[0], text == null ? "" : new String(text, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("\uFEFF", "").replace("\r\n", "\n").strip());
                    }
                    note = null;
                } else if (name.equals("PDFSource") && pdf != null) {
                    if (pdf[3].isEmpty() && !pdf[4].equals("0")) {
                        diagnostics.warning(new SourcePosition(label, Integer.parseInt(pdf[1]), Integer.parseInt(pdf[2])),
                                "PDF source '" + pdf[0] + "' has no plain text (no <Representation>): Weft quotes plain text only,"
                                        + " so " + (pdf[4].equals("1") ? "its selection is" : "its " + pdf[4] + " selections are")
                                        + " not imported; export the document's plain text"
                                        + " from the QDA tool (as a text source) and import again");
                    }
                    pdf = null;
                }
                if (name.equals("PlainTextContent") && inlineText != null) {
                    String[] holder = transcript != null ? transcript : source;
                    if (holder[2].isBlank()) { // a file should give the path or the content, not both: the path wins
                        holder[2] = QdaSource.inline(holder[0]);
                        inlineTexts.put(holder[2], inlineText.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    inlineText = null;
                }
                if (name.equals("Description") && selectionDescription != null) {
                    selection[6] = selectionDescription.toString().strip();
                    selectionDescription = null;
                }
                if (name.equals("Set") && setName != null) {
                    sets.add(new QdaSet(setGuid, setName, setSources));
                    setName = null;
                } else if (name.equals("Coding") && coding != null && selection != null) {
                    selectionCodings.add(coding);
                    coding = null;
                } else if (name.equals("TranscriptSelection") && selection != null && transcript != null) {
                    transcriptSelections.add(new Pending(selection, codings(selectionCodings, label)));
                    selection = null;
                } else if (name.equals("Transcript") && transcript != null) {
                    sources.add(transcriptSource(recording, transcript, syncPoints, transcriptSelections, label, diagnostics));
                    transcript = null;
                } else if ((name.equals("AudioSource") || name.equals("VideoSource")) && depth == sourcesDepth) {
                    recording = null;
                } else if (name.equals("PlainTextSelection") && selection != null && source != null) {
                    SourcePosition at = new SourcePosition(label, Integer.parseInt(selection[4]), Integer.parseInt(selection[5]));
                    long start = number(selection[2]);
                    long end = number(selection[3]);
                    if (start < 0 || end < start) {
                        diagnostics.error(at, "selection " + selection[0] + " has startPosition '" + selection[2] + "' and endPosition '"
                                + selection[3] + "': not a range of characters");
                    }
                    sourceSelections.add(described(new QdaSelection(selection[0], selection[1], start, end,
                            codings(selectionCodings, label), at), selection[6]));
                    selection = null;
                } else if ((name.equals("TextSource") && depth == sourcesDepth
                        || name.equals("Representation") && pdf != null && depth == sourcesDepth + 1) && source != null) {
                    if (source[2].isBlank() && !sourceSelections.isEmpty()) {
                        diagnostics.error(new SourcePosition(label, Integer.parseInt(source[4]), Integer.parseInt(source[5])),
                                "source '" + source[1] + "' has no plain text (no plainTextPath"
                                        + (source[3].isBlank() ? "" : ", only " + source[3]) + "): Weft cuts quotes from plain"
                                        + " text only, not from .docx or PDF, so " + (sourceSelections.size() == 1 ? "its selection"
                                        : "its " + sourceSelections.size() + " selections") + " cannot be cut; export the project again with its sources' plain text"
                                        + " (or turn the document into a plain-text source in the QDA tool)");
                    }
                    if (pdf != null) { // a PDFSelection whose text is cut here is imported, not counted as left out
                        List<QdaSelection> paged = new ArrayList<>();
                        for (QdaSelection sel : sourceSelections) {
                            Integer page = pdfSelections.get(sel.guid());
                            otherSelections -= page != null ? 1 : 0;
                            paged.add(page != null && page >= 0 ? sel.onPage(page + 1) : sel); // REFI-QDA counts pages from 0
                        }
                        sourceSelections = paged;
                    }
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
                            new SourcePosition(label, Integer.parseInt(c[5]), Integer.parseInt(c[6])), c[7]);
                    (levels.isEmpty() ? roots : levels.peek()).add(code);
                }
            }
        }
        if (diagnostics.hasErrors()) {
            return null;
        }
        int otherNotes = (int) notes.keySet().stream().filter(n -> !memos.contains(n)).count();
        return new QdaFile(origin, withMemos(roots, notes), named(sources, users), Map.copyOf(inlineTexts), otherSelections,
                recordingSelections, List.copyOf(cases), otherNotes, List.copyOf(sets), List.of());
    }

    /** The codes with the text of the notes their NoteRefs name (written after the codes) in place of the GUIDs. */
    private static List<QdaCode> withMemos(List<QdaCode> codes, Map<String, String> notes) {
        return codes.stream().map(c -> new QdaCode(c.guid(), c.name(), c.codable(), c.color(), c.description(),
                withMemos(c.children(), notes), c.position(), c.memo().isEmpty() ? "" : String.join("\n\n",
                        java.util.Arrays.stream(c.memo().split(",")).map(g -> notes.getOrDefault(g, "")).filter(t -> !t.isBlank())
                                .toList()))).toList();
    }

    /** A case while its element is read. */
    private static final class CaseBuilder {
        final String guid;
        final String name;
        final SourcePosition position;
        final List<QdaCase.Value> values = new ArrayList<>();
        final List<QdaCase.Reference> sources = new ArrayList<>();
        final List<QdaCase.Reference> selections = new ArrayList<>();

        CaseBuilder(String guid, String name, SourcePosition position) {
            this.guid = guid;
            this.name = name;
            this.position = position;
        }

        QdaCase build() {
            return new QdaCase(guid, name, List.copyOf(values), List.copyOf(sources), List.copyOf(selections), position);
        }
    }

    /** A transcript's selection while its transcript is read: its sync points may come later in a file. */
    private record Pending(String[] selection, List<QdaSelection.Coding> codings) {
    }

    private static List<QdaSelection.Coding> codings(List<String[]> codings, String label) {
        return codings.stream().map(c -> new QdaSelection.Coding(c[0], c[1],
                new SourcePosition(label, Integer.parseInt(c[2]), Integer.parseInt(c[3])))).toList();
    }

    /**
     * A recording's transcript as a source of quotes: each selection runs from its first sync point's position to its
     * second's, and lies in the recording between their time stamps. A selection whose sync points are not the
     * transcript's, or have no position, is a warning and left out.
     */
    private static QdaSource transcriptSource(String[] recording, String[] transcript, Map<String, long[]> syncPoints,
                                              List<Pending> pending, String label, Diagnostics diagnostics) {
        List<QdaSelection> selections = new ArrayList<>();
        String name = transcript[1].isBlank() ? recording[1] : transcript[1];
        for (Pending p : pending) {
            String[] s = p.selection();
            SourcePosition at = new SourcePosition(label, Integer.parseInt(s[4]), Integer.parseInt(s[5]));
            String from = s[2].replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
            String to = s[3].replaceAll("[{}]", "").toUpperCase(Locale.ROOT);
            long[] start = syncPoints.get(from);
            long[] end = syncPoints.get(to);
            if (start == null || end == null) {
                diagnostics.warning(at, "selection " + s[0] + " of the transcript of '" + recording[1] + "' refers to sync point '"
                        + (start == null ? s[2] : s[3]) + "', which its transcript does not have: left out");
                continue;
            }
            if (start[0] < 0 || end[0] < start[0]) {
                diagnostics.error(at, "selection " + s[0] + " of the transcript of '" + recording[1] + "' runs from position "
                        + start[0] + " to " + end[0] + " (its sync points' positions): not a range of characters");
                continue;
            }
            Optional<QdaSelection.Span> time = start[1] >= 0 && end[1] >= start[1]
                    ? Optional.of(new QdaSelection.Span(start[1], end[1])) : Optional.empty();
            selections.add(described(new QdaSelection(s[0], s[1], start[0], end[0], p.codings(), at, time), s[6]));
        }
        if (transcript[2].isBlank() && !selections.isEmpty()) {
            diagnostics.error(new SourcePosition(label, Integer.parseInt(transcript[3]), Integer.parseInt(transcript[4])),
                    "the transcript of '" + recording[1] + "' has no plain text (no plainTextPath, no PlainTextContent"
                            + (transcript[5].isBlank() ? "" : ", only " + transcript[5]) + "): Weft cuts quotes from plain text"
                            + " only, so " + (selections.size() == 1 ? "its selection" : "its " + selections.size() + " selections")
                            + " cannot be cut; export the project again with its transcripts' plain text");
        }
        return new QdaSource(recording[0], name, transcript[2], List.copyOf(selections), recording[1]);
    }

    /** The sources with each coding's user given by name where the file names the user (else by GUID). */
    private static List<QdaSource> named(List<QdaSource> sources, Map<String, String> users) {
        return sources.stream().map(s -> new QdaSource(s.guid(), s.name(), s.plainTextPath(), s.selections().stream()
                .map(sel -> new QdaSelection(sel.guid(), sel.name(), sel.start(), sel.end(), sel.codings().stream()
                        .map(c -> new QdaSelection.Coding(c.codeGuid(), users.getOrDefault(c.user(), c.user()), c.position()))
                        .toList(), sel.position(), sel.time(), sel.page(), sel.reduced(), sel.comment())).toList(), s.recording()))
                .toList();
    }

    /**
     * {@code sel} with its description: the reduced expression of a description {@code weft export} wrote, any other
     * description (a QDA tool's comment on the quote) as its comment.
     */
    private static QdaSelection described(QdaSelection sel, String description) {
        Optional<String> weft = SelectionDescription.reduced(description);
        return new QdaSelection(sel.guid(), sel.name(), sel.start(), sel.end(), sel.codings(), sel.position(), sel.time(),
                sel.page(), weft.orElse(""), weft.isPresent() ? "" : description);
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

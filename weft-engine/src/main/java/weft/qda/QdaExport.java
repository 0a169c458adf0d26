package weft.qda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import weft.build.BuildOptions;
import weft.build.AnonymousCopy;
import weft.check.StudyChecker;
import weft.publish.XmlText;
import weft.diagnostics.Diagnostics;
import weft.model.Audience;
import weft.model.CodeNode;
import weft.model.FrameIndex;
import weft.model.Participant;
import weft.model.Quote;
import weft.model.Ref;
import weft.model.Study;
import weft.publish.Manifest;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;

/**
 * Exports a study's coding frame and quotes as REFI-QDA, for a QDA tool: a codebook ({@code .qdc}) of the coding
 * frame, or a project zip ({@code .qdpx}) with the frame, the coders as users, the participants as cases (or, those an
 * import made of source documents, as their documents in groups named "variable: value"), and the quotes as coded text
 * selections of plain-text sources. Weft keeps quotes, not the data they were cut from, so each
 * source is assembled: the quotes of one quote file (or of one recorded {@code source.file}) one after another,
 * separated by a blank line, which each source's description says. The study is read and checked as a build reads it:
 * a study with errors exports nothing. Every byte is deterministic (GUIDs derived from ids where the study stores none,
 * zip entries in a fixed order with a fixed date), and what is written validates against the standard's schemas.
 */
public final class QdaExport {

    /** The tool named in the files' {@code origin}. */
    public static final String ORIGIN = "Weft " + Manifest.WEFT_VERSION;

    /** How the origin of an export that leaves something of the study out says so: "Weft 1.0 (for the audience 'public')". */
    private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("Weft \\S+ \\((.+)\\)");

    /** Whether a file's origin says it is weft export's for the public or the reviewers, or anonymised. */
    static boolean partial(String origin) {
        return PARTIAL.matcher(origin.strip()).matches();
    }

    /** What a partial export's origin says of it: "for the audience 'public'", "anonymised". */
    static String partialOf(String origin) {
        java.util.regex.Matcher m = PARTIAL.matcher(origin.strip());
        return m.matches() ? m.group(1) : "";
    }
    /** The date of the zip's entries without SOURCE_DATE_EPOCH: the first a zip can hold (1980-01-01T00:00:00). */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime ZIP_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    /** What to export. */
    public enum Format {
        QDPX("qdpx"), QDC("qdc"), XLSX("xlsx"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** Whether this is an analysis table for a spreadsheet program (the team's: every quote, for a recoding that comes back). */
        public boolean sheet() {
            return this == XLSX || this == CSV;
        }

        /** The format a user names ({@code qdpx} or {@code qdc}, any case); empty for any other name. */
        public static Optional<Format> named(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private QdaExport() {
    }

    /** The export of everything the study holds, for the research team's own QDA tool. */
    public static Optional<byte[]> of(Path project, Format format, Optional<Instant> date, Diagnostics diagnostics) {
        return of(project, format, Audience.TEAM, false, date, diagnostics);
    }

    /**
     * The bytes of the export of {@code project} as {@code audience} may read it: for the team every quote and
     * participant, for the public (a deposit in a data archive) or the reviewers what their build publishes, without
     * the quotes withheld from them, a quote whose whole text is for a narrower audience as its excerpt, and without
     * the participants of a narrower audience. {@code anonymous}: anonymised as the review copy is, for a
     * double-anonymous review ({@link AnonymousCopy}), the coders named by number. Empty when the study has errors
     * (reported, as a build reports them). {@code date} is the date of the zip's entries (SOURCE_DATE_EPOCH; without it
     * a constant).
     */
    public static Optional<byte[]> of(Path project, Format format, Audience audience, boolean anonymous,
                                      Optional<Instant> date, Diagnostics diagnostics) {
        ProjectFiles files = new ProjectFiles(project, BuildOptions.defaults().maxFileBytes());
        files.checkLinks(diagnostics);
        Optional<Study> read = new StudyReader(new SchemaChecker()).read(files, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Study study = read.get();
        new StudyChecker().check(study, new FrameIndex(study.frame(), study.quotes()), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        if (format.sheet()) { // the team's table, for a co-author's recoding in a spreadsheet program that comes back
            if (format == Format.XLSX && !SheetExport.fitsAWorkbook(study, new FrameIndex(study.frame(), study.quotes()), diagnostics)) {
                return Optional.empty();
            }
            Optional<SheetExport.Table> table = SheetExport.table(study, project, Stored.of(files, diagnostics), diagnostics);
            return table.map(t -> SheetExport.readsBack(format == Format.CSV ? SheetExport.csv(t)
                    : SheetExport.xlsx(t, study.info().title(), date), format == Format.CSV, t));
        }
        // the schema of coding-frame.yaml asks for one node at least, as a codebook does
        ExportScope scope = ExportScope.of(study, files, format == Format.QDC ? Audience.TEAM : audience, anonymous, diagnostics);
        Stored stored = Stored.of(files, diagnostics).withCoders(scope.coders());
        Study shown = scope.study();
        if (format == Format.QDC) {
            String codebook = codebook(shown, new FrameIndex(shown.frame(), shown.quotes()), stored, new Guids(), scope.origin());
            scope.stillNamed(codebook, Map.of(), diagnostics);
            return Optional.of(codebook.getBytes(StandardCharsets.UTF_8));
        }
        Written written = project(shown, new FrameIndex(shown.frame(), shown.quotes()), stored, new Guids(), scope.forWhom(),
                scope.origin(), !scope.origin().equals(ORIGIN), diagnostics);
        scope.stillNamed(written.projectQde(), written.texts(), diagnostics);
        return Optional.of(zip(written.projectQde(), written.texts(), date));
    }

    /** Why {@code output} may not be written (it exists: an export never replaces a file), or empty. */
    public static Optional<String> refusal(Path output) {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(output.toAbsolutePath().normalize() + " exists: weft export never replaces a file;"
                    + " remove it or give another --output");
        }
        return Optional.empty();
    }

    /**
     * Writes {@code bytes} to {@code output}: first to a temporary file beside it, which is read back and validated
     * against the schema (an internal error if it does not validate), then put in place without replacing anything.
     */
    public static Path write(Path output, Format format, byte[] bytes) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".weft-export");
        try {
            Files.write(temp, bytes);
            weft.read.ProjectFiles.permissionsFor(temp, target); // readable as the build's files are, not owner-only
            if (!format.sheet()) { // a table was read back as it was made (SheetExport.readsBack)
                validates(temp, format);
            }
            try {
                Files.createLink(target, temp); // fails, and replaces nothing, if the target appeared meanwhile
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(temp, target); // without REPLACE_EXISTING: never over a file
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Validates a written .qdpx or .qdc against its schema: a file that does not is Weft's bug, never written. */
    private static void validates(Path temp, Format format) throws IOException {
        byte[] xml = format == Format.QDPX ? QdaSchemas.projectOf(temp) : Files.readAllBytes(temp);
        QdaSchemas.Kind kind = format == Format.QDPX ? QdaSchemas.Kind.PROJECT : QdaSchemas.Kind.CODEBOOK;
        List<QdaSchemas.Violation> violations = xml == null ? List.of(new QdaSchemas.Violation(0, 0, "no project.qde"))
                : QdaSchemas.violations(xml, kind);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("internal error: the export does not validate against " + kind.file()
                + ", so it was not written: " + violations);
        }
    }

    // --- what the YAML stores for a QDA tool (qda: guid, color, codable, codings), which the model does not carry

    /** The {@code qda} mappings of the nodes, the quotes and the participants an import wrote, by id. */
    record Stored(Map<String, JsonNode> nodes, Map<String, JsonNode> quotes, Map<String, JsonNode> participants,
                          Map<String, String> coderNames, SelectionComments comments) {

        static Stored of(ProjectFiles files, Diagnostics diagnostics) {
            Map<String, JsonNode> nodes = new HashMap<>();
            Map<String, JsonNode> quotes = new HashMap<>();
            Map<String, JsonNode> participants = new HashMap<>();
            for (String path : files.participantFiles()) { // participants.yaml and its parts, as an import wrote them
                files.read(path, diagnostics).map(Stored::tree).ifPresent(root -> {
                    for (JsonNode p : root.path("participants")) {
                        participants.putIfAbsent(p.path("id").asText(), p.path("qda"));
                    }
                });
            }
            SelectionComments comments = SelectionComments.IGNORED; // what the import took the tool's comments for
            for (String path : files.frameFiles()) { // coding-frame.yaml and its further parts
                Optional<JsonNode> root = files.read(path, diagnostics).map(Stored::tree);
                if (root.isPresent()) {
                    collect(root.get().path("nodes"), nodes);
                    comments = SelectionComments.named(root.get().path(SelectionComments.FIELD).path(SelectionComments.KEY)
                            .asText("")).orElse(comments);
                }
            }
            for (String path : files.list(ProjectFiles.QUOTES_DIR, ".yaml")) {
                files.read(path, diagnostics).map(Stored::tree).ifPresent(root -> {
                    for (JsonNode q : root.path("quotes")) {
                        quotes.putIfAbsent(q.path("id").asText(), q.path("qda"));
                    }
                });
            }
            return new Stored(nodes, quotes, participants, Map.of(), comments);
        }

        private static void collect(JsonNode list, Map<String, JsonNode> nodes) {
            for (JsonNode n : list) {
                nodes.putIfAbsent(n.path("id").asText(), n.path("qda"));
                collect(n.path("children"), nodes);
            }
        }

        private static JsonNode tree(String yaml) {
            try {
                return QdaYaml.MAPPER.readTree(yaml);
            } catch (IOException e) {
                throw new UncheckedIOException("the reader has parsed this YAML already", e);
            }
        }

        /** The same, each coder called as {@code names} says (an anonymised export's "Coder 1"). */
        Stored withCoders(Map<String, String> names) {
            return new Stored(nodes, quotes, participants, Map.copyOf(names), comments);
        }

        /** The GUID an import stored for the participant (its case's, or its source document's), or "". */
        String participantGuid(String id) {
            return participants.getOrDefault(id, QdaYaml.MAPPER.missingNode()).path("guid").asText("");
        }

        /** Whether the participant is a source document (imported with --participants sources): exported as one. */
        boolean isDocument(String id) {
            JsonNode qda = participants.getOrDefault(id, QdaYaml.MAPPER.missingNode());
            return qda.path("from").asText().equals("source") && !qda.path("guid").asText("").isBlank();
        }

        String nodeField(String id, String field) {
            return nodes.getOrDefault(id, QdaYaml.MAPPER.missingNode()).path(field).asText("");
        }

        /** The coders the quote's codings record (qda.codings), in order, each once. */
        List<String> coders(String quoteId) {
            return codersOf(quoteId, null);
        }

        /** The coders who coded the quote to {@code code} (any code when null), as qda.codings records them. */
        List<String> codersOf(String quoteId, String code) {
            List<String> coders = new ArrayList<>();
            for (JsonNode c : quotes.getOrDefault(quoteId, QdaYaml.MAPPER.missingNode()).path("codings")) {
                String coder = coderNames.getOrDefault(c.path("coder").asText(""), c.path("coder").asText(""));
                if ((code == null || code.equals(c.path("code").asText())) && !coder.isBlank() && !coders.contains(coder)) {
                    coders.add(coder);
                }
            }
            return coders;
        }
    }

    /** GUIDs: the one the study stores where it is still free, else one derived from the id (name-based, upper case). */
    /** The GUID {@code weft export} gives a node or quote ({@code kind} "node" or "quote") that stores none. */
    static String derivedGuid(String kind, String id) {
        return Guids.derive(kind + ":" + id);
    }

    static final class Guids {
        private final Set<String> used = new HashSet<>();

        String of(String stored, String kind, String id) {
            String guid = stored.toUpperCase(Locale.ROOT);
            if (!guid.isEmpty() && used.add(guid)) {
                return guid;
            }
            return derived(kind, id);
        }

        String derived(String kind, String id) {
            String guid = derive(kind + ":" + id);
            for (int n = 2; !used.add(guid); n++) {
                guid = derive(kind + ":" + id + ":" + n);
            }
            return guid;
        }

        /** The GUID an export gives a thing of {@code kind} ("node", "quote" ...) of id {@code id} that stores none. */
        static String derive(String name) {
            return UUID.nameUUIDFromBytes(("weft:" + name).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
        }
    }

    // --- the codebook

    private static String codebook(Study study, FrameIndex index, Stored stored, Guids guids, String origin) {
        Xml xml = new Xml();
        xml.open("CodeBook", "xmlns", "urn:QDA-XML:codebook:1.0", "origin", origin);
        codes(xml, study, index, stored, guids, new HashMap<>());
        xml.close("CodeBook");
        return xml.toString();
    }

    private static void codes(Xml xml, Study study, FrameIndex index, Stored stored, Guids guids, Map<String, String> byId) {
        xml.open("Codes");
        for (CodeNode n : study.frame().roots()) {
            code(xml, n, index, stored, guids, byId);
        }
        xml.close("Codes");
    }

    /**
     * A node as a code: every node is codable (Weft codes a quote to any node), except one the study keeps as not
     * codable ({@code qda.codable: false}, a parent an import made from names) while no quote is coded to it.
     */
    private static void code(Xml xml, CodeNode n, FrameIndex index, Stored stored, Guids guids, Map<String, String> byId) {
        String guid = guids.of(stored.nodeField(n.id(), "guid"), "node", n.id());
        byId.put(n.id(), guid);
        boolean codable = !("false".equals(stored.nodeField(n.id(), "codable")) && index.quotesCodedTo(n.id()).isEmpty());
        String color = stored.nodeField(n.id(), "color");
        List<String> attributes = new ArrayList<>(List.of("guid", guid, "name", n.label(), "isCodable", Boolean.toString(codable)));
        if (!color.isEmpty()) {
            attributes.addAll(List.of("color", color));
        }
        if (n.description().isBlank() && n.children().isEmpty()) {
            xml.empty("Code", attributes.toArray(String[]::new));
            return;
        }
        xml.open("Code", attributes.toArray(String[]::new));
        if (!n.description().isBlank()) {
            xml.element("Description", n.description().strip());
        }
        for (CodeNode c : n.children()) {
            code(xml, c, index, stored, guids, byId);
        }
        xml.close("Code");
    }

    // --- the project

    /**
     * A source assembled from quotes: its key (the quote file, the recorded source file, or the participant who is a
     * source document), name, quotes, and the participant it is ("" for none).
     */
    private record Assembled(String key, String name, boolean recordedFile, List<Quote> quotes, String document) {
    }

    /** A project as written: its project.qde and the texts of its sources, by zip entry. */
    private record Written(String projectQde, Map<String, String> texts) {
    }

    private static Written project(Study study, FrameIndex index, Stored stored, Guids guids, String forWhom,
                                   String origin, boolean asCited, Diagnostics diagnostics) {
        Map<String, Set<String>> filesOf = new HashMap<>(); // a participant who is documents -> the files its quotes record
        for (Quote q : study.quotes()) {
            q.participant().map(Ref::id).filter(stored::isDocument).ifPresent(p -> filesOf.computeIfAbsent(p, k -> new HashSet<>())
                    .add(q.source().recorded() ? q.source().file() : ""));
        }
        Map<String, Assembled> sources = new LinkedHashMap<>();
        for (Quote q : study.quotes()) {
            boolean recorded = q.source().recorded() && !q.source().file().isBlank();
            String document = q.participant().map(Ref::id).filter(stored::isDocument).orElse("");
            String key = !document.isEmpty() ? "participant:" + document + (filesOf.get(document).size() > 1
                    ? ":" + (recorded ? q.source().file() : "") : "")
                    : recorded ? "file:" + q.source().file() : "quotes:" + q.position().path();
            String name = recorded ? q.source().file() : !document.isEmpty() ? document
                    : Path.of(q.position().path()).getFileName().toString().replaceFirst("\\.yaml$", "");
            sources.computeIfAbsent(key, k -> new Assembled(k, name, recorded, new ArrayList<>(), document)).quotes().add(q);
        }
        Map<String, String> users = new LinkedHashMap<>(); // name -> GUID, in the order of the quotes
        for (Quote q : study.quotes()) {
            for (String coder : stored.coders(q.id())) {
                users.computeIfAbsent(coder, c -> guids.derived("user", c));
            }
        }
        boolean anyCoder = !users.isEmpty();
        if (!anyCoder) {
            users.put("Weft", guids.derived("user", "Weft"));
        }

        Xml xml = new Xml();
        xml.open("Project", "xmlns", "urn:QDA-XML:project:1.0", "name", study.info().title().isBlank() ? "Weft study"
                : study.info().title().strip(), "origin", origin);
        xml.open("Users");
        users.forEach((name, guid) -> xml.empty("User", "guid", guid, "name", name));
        xml.close("Users");
        xml.open("CodeBook");
        Map<String, String> codeGuids = new HashMap<>();
        codes(xml, study, index, stored, guids, codeGuids);
        xml.close("CodeBook");

        Map<String, String> selectionGuids = new HashMap<>();
        for (Quote q : study.quotes()) {
            selectionGuids.put(q.id(), guids.of(stored.quotes().getOrDefault(q.id(), QdaYaml.MAPPER.missingNode())
                    .path("guid").asText(""), "quote", q.id()));
        }
        Map<String, String> variables = variables(xml, study, stored, guids);
        cases(xml, study, stored, guids, selectionGuids, variables, asCited);

        Map<String, String> texts = new LinkedHashMap<>(); // zip entry -> text
        Map<String, List<String>> documents = new LinkedHashMap<>(); // participant -> the GUIDs of the sources it is
        if (!sources.isEmpty()) {
            xml.open("Sources");
            for (Assembled source : sources.values()) {
                boolean gathered = !source.document().isEmpty() && filesOf.get(source.document()).size() > 1;
                String guid = source.document().isEmpty() || gathered ? guids.derived("source", source.key())
                        : guids.of(stored.participantGuid(source.document()), "source", source.key());
                if (!source.document().isEmpty()) {
                    documents.computeIfAbsent(source.document(), d -> new ArrayList<>()).add(guid);
                }
                // each quote where the original document had it, as the import recorded it, where it can be
                boolean placeable = source.recordedFile() && !gathered;
                SourceLayout.Laid laid = SourceLayout.of(source.quotes(), id -> stored.quotes().getOrDefault(id,
                        QdaYaml.MAPPER.missingNode()), placeable);
                xml.open("TextSource", "guid", guid, "name", source.name(), "plainTextPath", "internal://" + guid + ".txt");
                xml.element("Description", description(source, placeable));
                for (Quote q : source.quotes()) {
                    long[] at = laid.at().get(q.id());
                    List<String> coders = stored.coders(q.id());
                    List<String> attributes = new ArrayList<>(List.of("guid", selectionGuids.get(q.id()), "name", q.id(),
                            "startPosition", Long.toString(at[0]), "endPosition", Long.toString(at[1])));
                    if (!coders.isEmpty()) {
                        attributes.addAll(List.of("creatingUser", users.get(coders.get(0))));
                    }
                    xml.open("PlainTextSelection", attributes.toArray(String[]::new));
                    // the quote's id and reduced expression, for a co-author's tool to show beside the words; read back by
                    // weft import
                    xml.element("Description", SelectionDescription.of(q, stored.comments()));
                    for (String code : q.codes().stream().map(Ref::id).distinct().toList()) { // twice is a warning
                        String target = codeGuids.get(code);
                        List<String> codedBy = stored.codersOf(q.id(), code);
                        for (String coder : codedBy.isEmpty() ? List.of("") : codedBy) {
                            String coding = Guids.derive("coding:" + q.id() + ":" + code + ":" + coder);
                            if (coder.isEmpty()) {
                                xml.open("Coding", "guid", coding);
                            } else {
                                xml.open("Coding", "guid", coding, "creatingUser", users.get(coder));
                            }
                            xml.empty("CodeRef", "targetGUID", target);
                            xml.close("Coding");
                        }
                    }
                    xml.close("PlainTextSelection");
                }
                xml.close("TextSource");
                texts.put("sources/" + guid + ".txt", laid.text());
            }
            xml.close("Sources");
        }
        documentGroups(xml, study, stored, documents, guids, diagnostics);
        xml.element("Description", "Exported by " + ORIGIN + " from the study's coding frame (" + ProjectFiles.CODING_FRAME
                + ") and quotes (" + ProjectFiles.QUOTES_DIR + "/)" + forWhom + ". Each text source holds quotes assembled by"
                + " Weft, not the original data.");
        xml.close("Project");
        return new Written(xml.toString(), texts);
    }

    /** What the source is, honestly: quotes Weft assembled ({@code placed}: each where its document had it, if known). */
    private static String description(Assembled source, boolean placed) {
        return (source.recordedFile() ? "The quotes the study records as cut from '" + source.name() + "'"
                : "The quotes of " + source.quotes().get(0).position().path())
                + (placed ? ", assembled by Weft: each where the original document had it, as an import recorded it (the"
                + " text between them left blank), the others after them one after another (a blank line between two),"
                : ", assembled by Weft one after another (a blank line between two quotes), in the order of the study's"
                + " YAML,") + " as the study publishes them. This is not the original data"
                + (source.recordedFile() ? " document" : ", which the study does not hold") + ".";
    }

    /**
     * The attributes of the participants exported as cases as text variables, one per attribute name in the order first
     * written; their GUIDs by name. Nothing when no such participant has an attribute.
     */
    private static Map<String, String> variables(Xml xml, Study study, Stored stored, Guids guids) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Participant p : study.info().participants()) {
            if (stored.isDocument(p.id())) {
                continue;
            }
            p.attributes().forEach(a -> variables.computeIfAbsent(a.name(), n -> guids.derived("variable", n)));
        }
        if (!variables.isEmpty()) {
            xml.open("Variables");
            variables.forEach((name, guid) -> xml.empty("Variable", "guid", guid, "name", name, "typeOfVariable", "Text"));
            xml.close("Variables");
        }
        return variables;
    }

    /**
     * The participants as cases, each with its attributes' values and its quotes' selections, and the GUID its import
     * stored (its case's, so that an import of the export knows it again); nothing when the study names no participant.
     * A participant who is a source document (imported with --participants sources) is no case: it is its source. Each
     * case is named by the participant's id, or ({@code asCited}: an export for the public or anonymised) as the article
     * cites it, as an id may be the name of the person a QDA tool's case was named after.
     */
    private static void cases(Xml xml, Study study, Stored stored, Guids guids, Map<String, String> selectionGuids,
                              Map<String, String> variables, boolean asCited) {
        List<Participant> participants = study.info().participants().stream().filter(p -> !stored.isDocument(p.id())).toList();
        if (participants.isEmpty()) {
            return;
        }
        xml.open("Cases");
        Map<String, List<Quote>> quotesOf = new HashMap<>(); // each participant's quotes, in the study's order
        for (Quote q : study.quotes()) {
            q.participant().ifPresent(r -> quotesOf.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(q));
        }
        Set<String> done = new HashSet<>();
        for (Participant p : participants) {
            if (!done.add(p.id())) {
                continue;
            }
            xml.open("Case", "guid", guids.of(stored.participantGuid(p.id()), "participant", p.id()), "name",
                    asCited && !p.citedAs().isBlank() ? p.citedAs() : p.id());
            if (!p.citedAs().isBlank()) {
                xml.element("Description", "Cited as " + p.citedAs());
            }
            for (Participant.Attribute a : p.attributes()) {
                xml.open("VariableValue");
                xml.empty("VariableRef", "targetGUID", variables.get(a.name()));
                xml.element("TextValue", a.value());
                xml.close("VariableValue");
            }
            for (Quote q : quotesOf.getOrDefault(p.id(), List.of())) {
                xml.empty("SelectionRef", "targetGUID", selectionGuids.get(q.id()));
            }
            xml.close("Case");
        }
        xml.close("Cases");
    }

    /**
     * The attributes of the participants who are source documents as groups of those documents named "variable: value",
     * as ATLAS.ti keeps them and {@code weft import --participants sources} reads them, in the order first written; then
     * each participant of several documents (quotes from several files) as a group "case: ID" of them, with the GUID the
     * import stored for it (that of the group it was made of).
     */
    private static void documentGroups(Xml xml, Study study, Stored stored, Map<String, List<String>> documents, Guids guids,
                                       Diagnostics diagnostics) {
        Map<String, List<String>> groups = new LinkedHashMap<>(); // "variable: value" -> the documents' GUIDs
        Map<String, String> groupGuids = new HashMap<>();
        for (Participant p : study.info().participants()) {
            List<String> sources = documents.getOrDefault(p.id(), List.of());
            for (Participant.Attribute a : p.attributes()) {
                if (sources.isEmpty()) {
                    continue;
                }
                if (a.name().strip().equalsIgnoreCase(ParticipantsFrom.CASE) || a.name().contains(":")) {
                    // a group "case: x" gathers one person's documents; a colon in a name cuts it short
                    diagnostics.warning(p.position(), "attribute '" + a.name().strip() + "' of participant '" + p.id()
                            + "' is not exported: a group of documents named '" + a.name().strip() + ": …' would read back"
                            + (a.name().contains(":") ? " as another attribute" : " as one person's documents")
                            + "; rename the attribute to export it");
                    continue;
                }
                List<String> members = groups.computeIfAbsent(a.name().strip() + ": " + a.value().strip(), g -> new ArrayList<>());
                sources.stream().filter(guid -> !members.contains(guid)).forEach(members::add);
            }
        }
        groups.values().removeIf(List::isEmpty);
        groups.keySet().forEach(name -> groupGuids.put(name, guids.derived("set", name)));
        for (Participant p : study.info().participants()) {
            List<String> sources = documents.getOrDefault(p.id(), List.of());
            String name = ParticipantsFrom.CASE + ": " + p.id();
            if (sources.size() > 1 && !groups.containsKey(name)) {
                groups.put(name, sources);
                groupGuids.put(name, guids.of(stored.participantGuid(p.id()), "set", name));
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        xml.open("Sets");
        groups.forEach((name, members) -> {
            xml.open("Set", "guid", groupGuids.get(name), "name", name);
            members.forEach(m -> xml.empty("MemberSource", "targetGUID", m));
            xml.close("Set");
        });
        xml.close("Sets");
    }

    private static byte[] zip(String projectQde, Map<String, String> texts, Optional<Instant> date) {
        LocalDateTime time = date.map(d -> LocalDateTime.ofEpochSecond(d.getEpochSecond(), 0, ZoneOffset.UTC)).orElse(ZIP_EPOCH);
        LocalDateTime fixed = time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time.isAfter(ZIP_END) ? ZIP_END : time;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "project.qde", projectQde, fixed);
            for (Map.Entry<String, String> e : texts.entrySet()) {
                entry(zip, e.getKey(), e.getValue(), fixed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A small XML writer: UTF-8, two-space indent, every text escaped, characters XML cannot hold as U+FFFD. */
    static final class Xml {
        private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private int depth;

        void open(String name, String... attributes) {
            start(name, attributes);
            out.append(">\n");
            depth++;
        }

        void empty(String name, String... attributes) {
            start(name, attributes);
            out.append("/>\n");
        }

        void element(String name, String text) {
            start(name);
            out.append('>').append(XmlText.escape(text, false)).append("</").append(name).append(">\n");
        }

        void close(String name) {
            depth--;
            out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
        }

        private void start(String name, String... attributes) {
            out.append("  ".repeat(depth)).append('<').append(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                out.append(' ').append(attributes[i]).append("=\"").append(XmlText.escape(attributes[i + 1], true)).append('"');
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}

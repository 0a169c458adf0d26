package weft.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.diagnostics.TextMap;
import weft.model.Acknowledgement;
import weft.model.Affiliation;
import weft.model.Audience;
import weft.model.Author;
import weft.model.Checklist;
import weft.model.CodeNode;
import weft.model.CodingFrame;
import weft.model.Corpus;
import weft.model.Participant;
import weft.model.ParticipantGroup;
import weft.model.Presentation;
import weft.model.ProseSection;
import weft.model.Publication;
import weft.model.Excerpt;
import weft.model.Quote;
import weft.model.QuoteAttribution;
import weft.model.Ref;
import weft.model.ResearchQuestion;
import weft.model.SourceCount;
import weft.model.SourceKind;
import weft.model.Study;
import weft.model.StudyInfo;
import weft.model.Text;
import weft.model.UnknownFact;

/**
 * Reads a project folder into a {@link Study}: each YAML file is parsed with positions and checked
 * against its schema before it is bound to the model. Reports every problem it finds, not just the first.
 */
public final class StudyReader {

    private final YamlReader yaml = new YamlReader();
    private final SchemaChecker schemas;

    public StudyReader(SchemaChecker schemas) {
        this.schemas = schemas;
    }

    /** The study, or empty when a file of it could not be read (the diagnostics say why). */
    public Optional<Study> read(ProjectFiles files, Diagnostics diagnostics) {
        return readWhatCan(files, diagnostics).study();
    }

    /**
     * What could be read: the study when every file of it could be read; else empty, with the coding frame when its
     * files (coding-frame.yaml and its further parts) could be read and the quotes of the quote files that could, which
     * are worth checking all the same.
     */
    public record Reading(Optional<Study> study, Optional<CodingFrame> frame, List<Quote> quotes) {
        public Reading {
            quotes = List.copyOf(quotes);
        }
    }

    /** The study, or what of it could be read: see {@link Reading}. */
    public Reading readWhatCan(ProjectFiles files, Diagnostics diagnostics) {
        Optional<YamlDocument> study = load(files, ProjectFiles.STUDY, SchemaChecker.Kind.STUDY, diagnostics);
        Optional<YamlDocument> frame = load(files, ProjectFiles.CODING_FRAME, SchemaChecker.Kind.CODING_FRAME, diagnostics);
        // a frame larger than one file reads: further parts, coding-frame-2.yaml …, joined to it (FrameParts)
        List<String> frameFiles = files.frameFiles();
        List<Optional<YamlDocument>> frameParts = loadAll(files, frameFiles.stream()
                .filter(path -> !path.equals(ProjectFiles.CODING_FRAME)).toList(), SchemaChecker.Kind.CODING_FRAME_PART,
                diagnostics);
        // written by weft import beside the author's study.yaml, which it never rewrites; optional, in parts when large
        List<String> participantFiles = files.participantFiles();
        List<Optional<YamlDocument>> importedFiles = loadAll(files, participantFiles, SchemaChecker.Kind.PARTICIPANTS,
                diagnostics);
        boolean importedOk = importedFiles.stream().allMatch(Optional::isPresent);
        List<YamlDocument> imported = importedFiles.stream().flatMap(Optional::stream).toList();
        Optional<YamlDocument> checklist = files.exists(ProjectFiles.CHECKLIST)
                ? load(files, ProjectFiles.CHECKLIST, SchemaChecker.Kind.CHECKLIST, diagnostics) : Optional.empty();
        boolean checklistOk = checklist.isPresent() || !files.exists(ProjectFiles.CHECKLIST);
        unread(files, participantFiles, frameFiles, diagnostics);
        List<Quote> quotes = new ArrayList<>();
        boolean quotesOk = true;
        for (QuoteFile file : quoteFiles(files)) {
            diagnostics.addAll(file.diagnostics());
            file.quotes().ifPresent(quotes::addAll);
            quotesOk &= file.quotes().isPresent();
        }
        List<ProseSection> sections = new ArrayList<>();
        boolean proseOk = true;
        List<String> prose = files.list(ProjectFiles.CONTENT_DIR, ".md");
        if (prose.isEmpty()) {
            // a warning, not an error: the coded data and its evidence site can be built and reviewed before any prose
            diagnostics.warning(SourcePosition.ofFile(ProjectFiles.CONTENT_DIR), (files.isFolder(ProjectFiles.CONTENT_DIR)
                    ? "no prose: the folder has no .md file" : "no prose: there is no content/ folder")
                    + ", so the article has no sections, only its title block (write them as content/*.md)");
        }
        java.util.Set<String> included = new java.util.HashSet<>();
        QuartoVariables vars = QuartoVariables.read(files, yaml, diagnostics);
        for (String path : prose) {
            if (isPart(path)) {
                continue; // a part of a section, read where a section includes it
            }
            Optional<ProseSection> section = prose(files, path, included, vars, diagnostics);
            section.ifPresent(sections::add);
            proseOk &= section.isPresent();
        }
        for (String path : prose) {
            if (isPart(path) && !included.contains(path) && files.exists(path)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: a file whose name begins with '_' is a part that"
                        + " a section includes ({{< include " + path.substring(path.lastIndexOf('/') + 1)
                        + " >}} on a line of its own), and no section includes it");
            }
        }
        Optional<CodingFrame> codingFrame = frame.map(StudyReader::frame);
        if (!frameParts.isEmpty()) {
            if (codingFrame.isPresent() && frameParts.stream().allMatch(Optional::isPresent)) {
                CodingFrame first = codingFrame.get();
                codingFrame = FrameParts.join(first.roots(), frameParts.stream().map(Optional::get).toList(),
                                doc -> schemas.check(doc, SchemaChecker.Kind.CODING_FRAME_PART, diagnostics),
                                doc -> nodes(doc, doc.root().path("nodes"), "/nodes"), diagnostics)
                        .map(first::withRoots);
            } else {
                // without its parts the frame would make every quote coded to them an error: no frame. The parts that
                // read are still checked against their schema, so that one run reports their errors too (where a part
                // alone is not too deep for the schema to walk; its depth in the tree and its 'under' once it is joined)
                codingFrame = Optional.empty();
                frameParts.stream().flatMap(Optional::stream)
                        .filter(part -> FrameDepth.check(part, 1, new Diagnostics()))
                        .forEach(part -> schemas.check(part, SchemaChecker.Kind.CODING_FRAME_PART, diagnostics));
            }
        }
        codingFrame = codingFrame.map(f -> f.withRoots(narrativesWith(f.roots(), vars, diagnostics)));
        if (study.isEmpty() || codingFrame.isEmpty() || !quotesOk || !proseOk || !importedOk || !checklistOk) {
            return new Reading(Optional.empty(), codingFrame, quotes);
        }
        // back matter follows the numbered sections and the appendices follow both, whatever their order, as a journal
        // prints them: the back matter before the references, the appendices after them
        sections.sort(Comparator.comparingInt((ProseSection s) -> s.kind() == ProseSection.Kind.APPENDIX ? 2
                        : s.kind() == ProseSection.Kind.BACK ? 1 : 0)
                .thenComparingInt(ProseSection::order).thenComparing(ProseSection::id));
        return new Reading(Optional.of(new Study(info(study.get(), imported), codingFrame.get(), List.copyOf(quotes),
                List.copyOf(sections), values(study.get().root()), checklist.map(StudyReader::checklist))), codingFrame, quotes);
    }

    /**
     * A warning for each YAML file of coded-data/ that no build reads (a quote file named .yml, a misspelt
     * participants.yaml, a part numbered participants-02.yaml), and each Markdown file of content/ whose name does not
     * end in .md (methods.markdown, Results.MD): its data or prose would be missing from the publication without a word.
     */
    private static void unread(ProjectFiles files, List<String> participantFiles, List<String> frameFiles,
                               Diagnostics diagnostics) {
        java.util.Set<String> read = new java.util.HashSet<>(List.of(ProjectFiles.STUDY, ProjectFiles.CODING_FRAME,
                ProjectFiles.CHECKLIST));
        read.addAll(participantFiles);
        read.addAll(frameFiles);
        List<String> others = new ArrayList<>(files.list("coded-data", ".yaml"));
        others.addAll(files.list("coded-data", ".yml"));
        for (String path : others.stream().sorted().toList()) {
            if (!read.contains(path) && files.exists(path)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: Weft reads study.yaml, coding-frame.yaml (with"
                        + " coding-frame-2.yaml …), checklist.yaml and participants.yaml (with participants-2.yaml …) in"
                        + " coded-data/, and the quote files in coded-data/quotes/");
            }
        }
        for (String quarto : List.of("_quarto.yml", "_quarto.yaml")) { // a Quarto manuscript's project file
            if (files.exists(quarto)) {
                diagnostics.warning(SourcePosition.ofFile(quarto), "not read: Quarto's project file; Weft takes the"
                        + " study's title, authors and citation style from coded-data/study.yaml, the prose from"
                        + " content/*.md, the bibliography from content/references.bib (.json, .yaml, .ris) and Quarto's"
                        + " variables from content/_variables.yml");
            }
        }
        if (files.exists("_variables.yml")) { // Quarto's project keeps them in its root, beside _quarto.yml
            diagnostics.warning(SourcePosition.ofFile("_variables.yml"), "not read: Weft reads Quarto's variables"
                    + " ({{< var name >}}) from " + QuartoVariables.PATH + ", beside the prose (move the file there)");
        }
        for (String path : files.list(ProjectFiles.QUOTES_DIR, ".yml")) {
            if (files.exists(path)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: a quote file's name ends in .yaml (rename it "
                        + path.substring(path.lastIndexOf('/') + 1, path.length() - 4) + ".yaml)");
            }
        }
        for (String path : files.list(ProjectFiles.CONTENT_DIR, "")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown");
            boolean computed = lower.endsWith(".qmd") || lower.endsWith(".rmd"); // Quarto's and R Markdown's
            if ((markdown || computed) && !name.endsWith(".md") && files.exists(path)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: the prose is read from the files whose names end"
                        + " in .md (rename it " + name.substring(0, name.lastIndexOf('.')) + ".md"
                        + (computed ? "; Weft runs no code cells: write their results as text, tables or figures" : "")
                        + ")");
            }
        }
    }

    /** A file of a kind, read (empty when it cannot be used), with what its reading reported. */
    private record Loaded(Optional<YamlDocument> document, Diagnostics diagnostics) {
    }

    /**
     * The files of {@code paths}, each loaded as {@link #load} does, on the common pool's threads as well as this one (a
     * large survey's participants, a large coding frame, are in parts of up to 1 MiB each); what each reported is added
     * to {@code diagnostics} in the files' order, so that the report is the same as one thread's.
     */
    private List<Optional<YamlDocument>> loadAll(ProjectFiles files, List<String> paths, SchemaChecker.Kind kind,
                                                 Diagnostics diagnostics) {
        List<Loaded> loaded = paths.parallelStream().map(path -> {
            Diagnostics own = new Diagnostics();
            return new Loaded(load(files, path, kind, own), own);
        }).toList();
        loaded.forEach(l -> diagnostics.addAll(l.diagnostics()));
        return loaded.stream().map(Loaded::document).toList();
    }

    /** A quote file's quotes (empty when it cannot be used), with what its reading reported. */
    private record QuoteFile(Optional<List<Quote>> quotes, Diagnostics diagnostics) {
    }

    /**
     * The quote files, each read, parsed, checked and bound on the common pool's threads as well as this one: a large
     * study has many, and parsing their YAML is most of its reading. Each file reports to diagnostics of its own, and
     * the list keeps the files' order, so that the report and the study are the same as one thread's.
     */
    private List<QuoteFile> quoteFiles(ProjectFiles files) {
        return files.list(ProjectFiles.QUOTES_DIR, ".yaml").parallelStream().map(path -> {
            Diagnostics own = new Diagnostics();
            return new QuoteFile(load(files, path, SchemaChecker.Kind.QUOTES, own).map(doc -> {
                commentsInQuotes(doc, own);
                textAudiences(doc, own);
                return quotes(doc);
            }), own);
        }).toList();
    }

    /**
     * A file read, parsed and checked against its schema (a coding frame's depth first, before the schema walks it); a
     * further part of the coding frame only read and parsed: it is checked where it is joined, at its depth in the tree
     * ({@link FrameParts}).
     */
    private Optional<YamlDocument> load(ProjectFiles files, String path, SchemaChecker.Kind kind, Diagnostics diagnostics) {
        Optional<YamlDocument> parsed = files.read(path, diagnostics).flatMap(text -> yaml.read(path, text, 1, diagnostics));
        if (kind == SchemaChecker.Kind.CODING_FRAME_PART) {
            return parsed;
        }
        return parsed
                .filter(doc -> kind != SchemaChecker.Kind.CODING_FRAME || FrameDepth.check(doc, diagnostics))
                .filter(doc -> schemas.check(doc, kind, diagnostics)
                        & (kind != SchemaChecker.Kind.STUDY || StudyDates.check(doc, diagnostics)
                        & CreditRoles.check(doc, diagnostics))); // each reports
    }

    // --- study.yaml

    /** An author's roles: each a role ("formal-analysis") or a role with its degree ("formal-analysis: lead"), each role once. */
    private static List<weft.model.Contribution> contributions(JsonNode roles) {
        java.util.Map<weft.model.CreditRole, weft.model.Contribution> taken = new java.util.LinkedHashMap<>();
        for (JsonNode r : roles) {
            String name = r.isObject() && r.size() == 1 ? r.fieldNames().next() : r.asText();
            String degree = r.isObject() && r.size() == 1 ? r.path(name).asText() : "";
            weft.model.CreditRole.of(name).ifPresent(role -> taken.putIfAbsent(role, new weft.model.Contribution(role, degree)));
        }
        return List.copyOf(taken.values());
    }

    private static StudyInfo info(YamlDocument doc, List<YamlDocument> imported) {
        JsonNode root = doc.root();
        List<Author> authors = new ArrayList<>();
        JsonNode authorNodes = root.path("authors");
        for (int i = 0; i < authorNodes.size(); i++) {
            JsonNode a = authorNodes.get(i);
            List<Ref> affiliations = new ArrayList<>();
            for (int j = 0; j < a.path("affiliations").size(); j++) {
                affiliations.add(new Ref(a.path("affiliations").get(j).asText(),
                        doc.positionOf("/authors/" + i + "/affiliations/" + j)));
            }
            authors.add(new Author(str(a, "name"), str(a, "given"), str(a, "family"), List.copyOf(affiliations),
                    a.path("corresponding").asBoolean(false), str(a, "email"), str(a, "orcid"),
                    contributions(a.path("roles")),
                    doc.positionOf("/authors/" + i + "/name")));
        }
        List<Affiliation> affiliations = new ArrayList<>();
        for (JsonNode a : root.path("affiliations")) {
            affiliations.add(new Affiliation(str(a, "id"), str(a, "name"), str(a, "country")));
        }
        JsonNode p = root.path("publication");
        List<String> unknown = new ArrayList<>();
        p.path("unknown").forEach(u -> unknown.add(u.asText()));
        Publication publication = new Publication(str(p, "journal"), str(p, "website"), str(p, "publisher"),
                p.has("year") ? p.get("year").asInt() : null, str(p, "volume"), str(p, "issue"), str(p, "firstPage"),
                str(p, "lastPage"), str(p, "issnPrint"), str(p, "issnOnline"), str(p, "doi"), str(p, "articleNumber"),
                str(p, "pmid"), str(p, "pmcid"), str(p, "received"), str(p, "accepted"), str(p, "published"),
                List.copyOf(unknown), doc.positionOf("/publication"));
        List<String> keywords = new ArrayList<>();
        root.path("keywords").forEach(k -> keywords.add(k.asText()));
        List<ResearchQuestion> questions = new ArrayList<>();
        for (JsonNode q : root.path("researchQuestions")) {
            questions.add(new ResearchQuestion(str(q, "id"), str(q, "label"), str(q, "text")));
        }
        JsonNode c = root.path("corpus");
        Corpus corpus = new Corpus(str(c, "description"), str(c, "name"), str(c, "url"), str(c, "language"),
                str(c, "collected"), str(c, "collectedFrom"), str(c, "collectedTo"), num(c, "threadsTotal"),
                num(c, "threadsIncluded"), num(c, "messages"), str(c, "participants"), str(c, "selection"),
                str(c, "anonymity"), sources(c.path("sources")), groups(c.path("participantGroups")));
        JsonNode pr = root.path("presentation");
        Presentation presentation = new Presentation(
                // a numberFormat counts per level: it implies nested unless flat is written (which the checker reports)
                "nested".equals(pr.path("resultsNumbering").asText(pr.has("numberFormat") ? "nested" : "flat"))
                        ? Presentation.Numbering.NESTED : Presentation.Numbering.FLAT,
                pr.path("headingLevels").asInt(2), pr.path("citationStyle").asText("vancouver-brackets"),
                doc.positionOf("/presentation/citationStyle"), str(pr, "date"),
                new QuoteAttribution(pr.path("quoteAttribution").asText(QuoteAttribution.DEFAULT)),
                doc.positionOf("/presentation/quoteAttribution"), pr.path("participantPages").asBoolean(false),
                strings(pr.path("numberFormat")), positions(doc, "/presentation/numberFormat", pr.path("numberFormat").size()),
                pr.path("firstTable").asInt(1), pr.path("firstFigure").asInt(1),
                pr.path("figureLevels").asInt(Presentation.MAX_FIGURE_LEVELS), str(pr, "changesSince"),
                doc.positionOf("/presentation/changesSince"), pr.path("lineNumbers").asBoolean(false), pr.path("titlePage").asBoolean(false),
                "end".equals(pr.path("tablesAndFigures").asText("inline")), pr.path("evidencePdf").asBoolean(false),
                pr.path("lineSpacing").isNumber() ? "1.5" : pr.path("lineSpacing").asText("1.5"),
                new Presentation.WordLimits(pr.path("wordLimits").path("abstract").asInt(0),
                        doc.positionOf("/presentation/wordLimits/abstract"), pr.path("wordLimits").path("text").asInt(0),
                        doc.positionOf("/presentation/wordLimits/text")), pr.path("numberedExtracts").asBoolean(false),
                pr.path("extractLines").asBoolean(false), pr.path("originals").asText("none").equals("after"));
        return new StudyInfo(str(root, "title"), str(root, "shortTitle"), str(root, "articleType"), str(root, "language"), List.copyOf(authors),
                List.copyOf(affiliations), publication, List.copyOf(keywords), List.copyOf(questions), corpus,
                participants(doc, imported), str(root, "contentNote"), presentation, doc.positionOf("/language"), translations(doc),
                unknowns(doc));
    }

    /**
     * Every fact the study says is not known, by where it would be: the root's, publication's and corpus's
     * ({@code corpus.language}), and each author's, affiliation's and participant's ({@code authors[2].email}).
     */
    private static List<UnknownFact> unknowns(YamlDocument doc) {
        List<UnknownFact> list = new ArrayList<>();
        unknownsOf(doc, "", "", list);
        unknownsOf(doc, "/publication", "publication.", list);
        unknownsOf(doc, "/corpus", "corpus.", list);
        for (String array : List.of("authors", "affiliations", "participants")) {
            for (int i = 0; i < doc.root().path(array).size(); i++) {
                unknownsOf(doc, "/" + array + "/" + i, array + "[" + (i + 1) + "].", list);
            }
        }
        return List.copyOf(list);
    }

    private static void unknownsOf(YamlDocument doc, String pointer, String prefix, List<UnknownFact> list) {
        JsonNode unknown = doc.root().at(pointer + "/unknown");
        for (int i = 0; i < unknown.size(); i++) {
            String field = unknown.get(i).asText();
            list.add(new UnknownFact(prefix + field, doc.positionOf(pointer + "/unknown/" + i),
                    doc.root().at(pointer).has(field)));
        }
    }

    /** The article's title and keywords in other languages, in the order written. */
    private static List<StudyInfo.Translation> translations(YamlDocument doc) {
        List<StudyInfo.Translation> list = new ArrayList<>();
        JsonNode array = doc.root().path("translations");
        for (int i = 0; i < array.size(); i++) {
            JsonNode t = array.get(i);
            list.add(new StudyInfo.Translation(str(t, "language"), str(t, "title"), strings(t.path("keywords")),
                    doc.positionOf("/translations/" + i + "/language")));
        }
        return List.copyOf(list);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return List.copyOf(list);
    }

    private static List<SourcePosition> positions(YamlDocument doc, String pointer, int size) {
        List<SourcePosition> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(doc.positionOf(pointer + "/" + i));
        }
        return List.copyOf(list);
    }

    /** The participants of study.yaml, then those of participants.yaml and its parts (where an import wrote them). */
    private static List<Participant> participants(YamlDocument doc, List<YamlDocument> imported) {
        List<Participant> participants = new ArrayList<>(participantsOf(doc));
        imported.forEach(d -> participants.addAll(participantsOf(d)));
        return List.copyOf(participants);
    }

    private static List<Participant> participantsOf(YamlDocument doc) {
        List<Participant> participants = new ArrayList<>();
        JsonNode array = doc.root().path("participants");
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            List<Participant.Attribute> attributes = new ArrayList<>();
            String at = "/participants/" + i;
            // a value as written: `room: 0755` is 0755 to the study, not the 493 YAML's octal number makes of it
            p.path("attributes").fields().forEachRemaining(e -> attributes.add(new Participant.Attribute(e.getKey(),
                    doc.asWritten(at + "/attributes/" + YamlReader.pointerEscape(e.getKey()), e.getValue()))));
            Map<String, Text> written = new LinkedHashMap<>(texts(doc, p, at, List.of("citedAs")));
            for (Participant.Attribute a : attributes) {
                written.put(Participant.attributeField(a.name()),
                        new Text(a.value(), doc.textMapOf(at + "/attributes/" + YamlReader.pointerEscape(a.name()))));
            }
            participants.add(new Participant(str(p, "id"), str(p, "citedAs"),
                    "group".equals(str(p, "kind")) ? Participant.Kind.GROUP : Participant.Kind.PERSON,
                    List.copyOf(attributes), doc.positionOf(at + "/id"),
                    Audience.of(str(p, "audience")).orElse(Audience.PUBLIC),
                    java.util.Collections.unmodifiableMap(written), acknowledgements(doc, p, at)));
        }
        return List.copyOf(participants);
    }

    private static List<SourceCount> sources(JsonNode array) {
        List<SourceCount> sources = new ArrayList<>();
        for (JsonNode s : array) {
            sources.add(new SourceCount(SourceKind.of(str(s, "kind")), num(s, "count"),
                    s.path("hours").isNumber() ? s.get("hours").asDouble() : null, num(s, "participants"), str(s, "description")));
        }
        return List.copyOf(sources);
    }

    private static List<ParticipantGroup> groups(JsonNode array) {
        List<ParticipantGroup> groups = new ArrayList<>();
        for (JsonNode g : array) {
            groups.add(new ParticipantGroup(str(g, "name"), num(g, "count")));
        }
        return List.copyOf(groups);
    }

    /** The study data by dotted path ({@code corpus.messages}), for {@code {{value:...}}} in prose. */
    private static Map<String, Object> values(JsonNode root) {
        Map<String, Object> values = new LinkedHashMap<>();
        flatten("", root, values);
        return Map.copyOf(values);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            List<String> scalars = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), out);
                if (node.get(i).isValueNode()) {
                    scalars.add(node.get(i).asText());
                }
            }
            if (scalars.size() == node.size()) {
                out.put(prefix, String.join(", ", scalars));
            }
        } else if (node.isIntegralNumber()) {
            out.put(prefix, node.asLong());
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        }
    }

    // --- coding-frame.yaml

    private static CodingFrame frame(YamlDocument doc) {
        List<String> levels = new ArrayList<>();
        List<String> plurals = new ArrayList<>();
        // a level is its name, or {name, plural} where the plural cannot be made by adding "s"
        doc.root().path("levels").forEach(l -> {
            levels.add(l.isObject() ? l.path("name").asText() : l.asText());
            plurals.add(l.isObject() ? l.path("plural").asText("") : "");
        });
        return new CodingFrame(List.copyOf(levels), List.copyOf(plurals),
                positions(doc, "/levels", levels.size()), nodes(doc, doc.root().path("nodes"), "/nodes"),
                doc.root().path("exclusive").asBoolean(false) ? Optional.of(doc.positionOf("/exclusive")) : Optional.empty());
    }

    /** {@code nodes} with Quarto's variables pasted into their narratives, as into the sections' text. */
    private static List<CodeNode> narrativesWith(List<CodeNode> nodes, QuartoVariables vars, Diagnostics diagnostics) {
        return nodes.stream().map(n -> n.withNarrative(n.narrative().map(t -> Includes.variables(t, vars, diagnostics)))
                .withChildren(narrativesWith(n.children(), vars, diagnostics))).toList();
    }

    private static List<CodeNode> nodes(YamlDocument doc, JsonNode array, String pointer) {
        List<CodeNode> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = pointer + "/" + i;
            Optional<Text> narrative = n.has("narrative")
                    ? Optional.of(new Text(n.get("narrative").asText(), doc.textMapOf(at + "/narrative")))
                    : Optional.empty();
            boolean truncated = "truncated".equals(str(n, "labelSource"));
            String label = CodeNode.shown(str(n, "label"), truncated);
            nodes.add(new CodeNode(str(n, "id"), label, "reconstructed".equals(str(n, "labelSource")), truncated,
                    str(n, "description"), narrative, nodes(doc, n.path("children"), at + "/children"),
                    doc.positionOf(at + "/id"), str(n, "incomplete").strip(), doc.positionOf(at + "/incomplete"),
                    str(n, "recoded").strip(), doc.positionOf(at + "/recoded"),
                    str(n, "descriptionDraft").strip(), doc.positionOf(at + "/descriptionDraft"),
                    acknowledgements(doc, n, at), Audience.of(str(n, "audience")).orElse(Audience.PUBLIC),
                    n.has("example") ? Optional.of(new Ref(str(n, "example"), doc.positionOf(at + "/example"))) : Optional.empty()));
        }
        return List.copyOf(nodes);
    }

    /** The privacy check's acknowledgements of the object at {@code pointer} ({@code privacy: [{kind, reason}]}). */
    private static List<Acknowledgement> acknowledgements(YamlDocument doc, JsonNode object, String pointer) {
        List<Acknowledgement> list = new ArrayList<>();
        JsonNode items = object.path("privacy");
        for (int i = 0; i < items.size(); i++) {
            list.add(new Acknowledgement(str(items.get(i), "kind"), str(items.get(i), "reason").strip(),
                    doc.positionOf(pointer + "/privacy/" + i + "/kind")));
        }
        return List.copyOf(list);
    }

    // --- checklist.yaml

    private static Checklist checklist(YamlDocument doc) {
        List<Checklist.Entry> entries = new ArrayList<>();
        JsonNode items = doc.root().path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode e = items.get(i);
            String at = "/items/" + i;
            entries.add(new Checklist.Entry(e.path("item").asText().strip(), str(e, "at"), str(e, "notApplicable").strip(),
                    str(e, "notReported").strip(), doc.positionOf(at + "/item"), doc.positionOf(at + "/at")));
        }
        return new Checklist(str(doc.root(), "checklist"), doc.positionOf("/checklist"), List.copyOf(entries));
    }

    // --- quotes/*.yaml

    /**
     * A warning where a comment cuts a quote's unquoted text short ({@code text: so lonely #help}): a participant's
     * {@code #hashtag}, {@code #1} or "# of" would otherwise vanish from their words without a word.
     */
    private static void commentsInQuotes(YamlDocument doc, Diagnostics diagnostics) {
        JsonNode array = doc.root().path("quotes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode q = array.get(i);
            for (String field : List.of("/text", "/original/text", "/excerpt", "/original/excerpt")) {
                String pointer = "/quotes/" + i + field;
                JsonNode text = q.at(field);
                if (text.isTextual()) {
                    doc.commentAfter(pointer, text.textValue()).ifPresent(hash -> diagnostics.warning(hash, "quote '"
                            + str(q, "id") + "': YAML reads this # and what follows as a comment, so the text ends before"
                            + " it; if they are the participant's words, put the whole text in quotes (\"…\"); if a comment,"
                            + " move it to a line of its own"));
                }
            }
        }
    }

    /**
     * A quote's {@code textAudience} (who may read its whole text) stands only beside its excerpt, which the wider
     * audiences are shown in its place: without one it is an error, as it would keep nothing of the text from anyone.
     */
    private static void textAudiences(YamlDocument doc, Diagnostics diagnostics) {
        JsonNode array = doc.root().path("quotes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode q = array.get(i);
            if (q.has("textAudience") && !q.has("excerpt") && !"public".equals(str(q, "textAudience").strip())) {
                diagnostics.error(doc.positionOf("/quotes/" + i + "/textAudience"), "quote '" + str(q, "id") + "': textAudience "
                        + str(q, "textAudience") + " keeps its whole text from wider audiences, who are shown its excerpt in its"
                        + " place, but it has no excerpt: give the words the article prints as excerpt:, or set the quote's"
                        + " audience: to keep all of it from them");
            }
        }
    }

    /**
     * A quote's words without the line break a YAML block ends with ({@code text: |} keeps one): it is the file's, not
     * the participant's, and printed it put the closing quotation mark on a line of its own.
     */
    private static String words(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static List<Quote> quotes(YamlDocument doc) {
        List<Quote> quotes = new ArrayList<>();
        JsonNode array = doc.root().path("quotes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode q = array.get(i);
            String at = "/quotes/" + i;
            List<Ref> codes = new ArrayList<>();
            for (int j = 0; j < q.path("codes").size(); j++) {
                codes.add(new Ref(q.path("codes").get(j).asText(), doc.positionOf(at + "/codes/" + j)));
            }
            Optional<Quote.Original> original = q.has("original")
                    ? Optional.of(new Quote.Original(words(str(q.get("original"), "text")), str(q.get("original"), "language"),
                            q.get("original").has("excerpt") ? Optional.of(new Excerpt(words(str(q.get("original"), "excerpt")),
                                    doc.textMapOf(at + "/original/excerpt"), doc.positionOf(at + "/original/excerpt")))
                                    : Optional.empty()))
                    : Optional.empty();
            JsonNode s = q.path("source");
            Quote.Source source = new Quote.Source(s.path("recorded").asBoolean(), str(s, "note"),
                    s.has("kind") ? Optional.of(SourceKind.of(str(s, "kind"))) : Optional.empty(), str(s, "thread"),
                    str(s, "message"), str(s, "url"), str(s, "date"), str(s, "file"), str(s, "recording"),
                    str(s, "time"), s.path("page").asInt(0), str(s, "lines"),
                    texts(doc, s, at + "/source", Quote.Source.TEXTS));
            Optional<Ref> participant = q.has("participant")
                    ? Optional.of(new Ref(str(q, "participant"), doc.positionOf(at + "/participant"))) : Optional.empty();
            List<Quote.Coding> codings = new ArrayList<>();
            JsonNode c = q.path("qda").path("codings");
            for (int j = 0; j < c.size(); j++) {
                codings.add(new Quote.Coding(new Ref(str(c.get(j), "code"), doc.positionOf(at + "/qda/codings/" + j + "/code")),
                        str(c.get(j), "coder").strip()));
            }
            Optional<Excerpt> excerpt = q.has("excerpt") ? Optional.of(new Excerpt(words(str(q, "excerpt")),
                    doc.textMapOf(at + "/excerpt"), doc.positionOf(at + "/excerpt"))) : Optional.empty();
            Optional<Text> reduced = q.has("reduced") ? Optional.of(new Text(words(str(q, "reduced")),
                    doc.textMapOf(at + "/reduced"))) : Optional.empty();
            quotes.add(new Quote(str(q, "id"), words(str(q, "text")), str(q, "translatedFrom"), original, excerpt, reduced,
                    List.copyOf(codes),
                    q.path("presented").asBoolean(), participant, source, List.copyOf(codings), acknowledgements(doc, q, at),
                    doc.textMapOf(at + "/text"), Audience.of(str(q, "audience")).orElse(Audience.PUBLIC),
                    Audience.of(str(q, "textAudience")).orElse(Audience.PUBLIC), doc.positionOf(at + "/id")));
        }
        return quotes;
    }

    // --- content/*.md

    /** Whether a file of content/ is a part that sections include (Quarto's {@code _name.md}), not a section. */
    private static boolean isPart(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith("_");
    }

    private Optional<ProseSection> prose(ProjectFiles files, String path, java.util.Set<String> included,
                                         QuartoVariables vars, Diagnostics diagnostics) {
        Optional<String> read = files.read(path, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        if (!text.startsWith("---\n")) {
            diagnostics.error(new SourcePosition(path, 1, 1), "missing front matter: the file must start with a line '---'");
            return Optional.empty();
        }
        Optional<FrontMatter> frontMatter = FrontMatter.of(text);
        if (frontMatter.isEmpty()) {
            diagnostics.error(new SourcePosition(path, 1, 1), "front matter is not closed by a line '---'");
            return Optional.empty();
        }
        Optional<YamlDocument> doc = yaml.read(path, frontMatter.get().yaml(), FrontMatter.FIRST_LINE, diagnostics)
                .map(d -> {
                    PandocFrontMatter.strip(d, diagnostics); // a file brought from a Pandoc manuscript
                    return d;
                })
                .filter(d -> schemas.check(d, SchemaChecker.Kind.FRONT_MATTER, diagnostics));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        int bodyStart = frontMatter.get().bodyStart();
        int bodyLine = (int) text.substring(0, bodyStart).chars().filter(ch -> ch == '\n').count() + 1;
        JsonNode fm = doc.get().root();
        ProseSection.Kind kind = ProseSection.Kind.valueOf(fm.get("kind").asText().toUpperCase(java.util.Locale.ROOT));
        String title = str(fm, "title"); // Quarto's variables in a title too: "{{< var site >}} as a place"
        if (title.contains("{{<")) {
            title = Includes.variables(new Text(title, doc.get().textMapOf("/title")), vars, diagnostics).content();
        }
        return Optional.of(new ProseSection(str(fm, "id"), title, kind, fm.get("order").asInt(),
                fm.path("listStyle").asText("decimal"),
                Includes.expand(new Text(text.substring(bodyStart), TextMap.ofFile(path, bodyLine)), path, files, included,
                        vars, diagnostics),
                path, str(fm, "language"), acknowledgements(doc.get(), fm, ""),
                new Text(str(fm, "nocite"), doc.get().textMapOf("/nocite"))));
    }

    /** Each of {@code fields} that {@code node} has, as text with where it is written, by field name, in their order. */
    private static Map<String, Text> texts(YamlDocument doc, JsonNode node, String pointer, List<String> fields) {
        Map<String, Text> texts = new LinkedHashMap<>();
        fields.stream().filter(node::has).forEach(f -> texts.put(f, new Text(str(node, f), doc.textMapOf(pointer + "/" + f))));
        return java.util.Collections.unmodifiableMap(texts);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static Long num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isIntegralNumber() ? v.asLong() : null;
    }
}

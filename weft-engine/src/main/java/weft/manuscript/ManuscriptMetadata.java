package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.read.ProjectFiles;
import weft.read.YamlDocument;

/**
 * What a manuscript says of itself beside its text, as Quarto reads it: its front matter, then the folder's
 * {@code _metadata.yml} and the Quarto project's {@code _quarto.yml}. The files it names that content/ takes (the
 * bibliography, Quarto's {@code _variables.yml}) and the fields that are study.yaml's, which the import names.
 */
final class ManuscriptMetadata {

    /** The largest bibliography or variables file copied. */
    private static final long MAX_TEXT = 16L * 1024 * 1024;
    /** Bibliographies as Weft reads them from content/, by the extension a manuscript's file may have. */
    private static final Map<String, String> BIBLIOGRAPHIES = Map.of("bib", "bib", "bibtex", "bib", "json", "json",
            "yaml", "yaml", "yml", "yaml", "ris", "ris");
    /** The front matter's fields that are study.yaml's, each with where it goes. */
    private static final Map<String, String> STUDY_FIELDS = new LinkedHashMap<>();

    static {
        STUDY_FIELDS.put("title", "title");
        STUDY_FIELDS.put("subtitle", "title");
        STUDY_FIELDS.put("author", "authors");
        STUDY_FIELDS.put("authors", "authors");
        STUDY_FIELDS.put("affiliation", "affiliations");
        STUDY_FIELDS.put("affiliations", "affiliations");
        STUDY_FIELDS.put("institute", "affiliations");
        STUDY_FIELDS.put("date", "presentation.date");
        STUDY_FIELDS.put("keywords", "keywords");
        STUDY_FIELDS.put("lang", "language");
        STUDY_FIELDS.put("csl", "presentation.citationStyle");
    }

    private final List<YamlDocument> documents;
    private final Path folder;

    private ManuscriptMetadata(List<YamlDocument> documents, Path folder) {
        this.documents = documents;
        this.folder = folder;
    }

    /**
     * Where Quarto takes a document's metadata from, first to last: the manuscript's front matter, then the folder's
     * {@code _metadata.yml} and the project's {@code _quarto.yml} (where a Quarto project names its bibliography for
     * every document).
     */
    static ManuscriptMetadata of(Optional<YamlDocument> front, Path folder, Diagnostics diagnostics) {
        List<YamlDocument> documents = new ArrayList<>();
        front.ifPresent(documents::add);
        ProjectFiles files = new ProjectFiles(folder, MAX_TEXT);
        for (String name : List.of("_metadata.yml", "_quarto.yml")) {
            if (Files.isRegularFile(folder.resolve(name))) {
                files.read(name, diagnostics).flatMap(text -> new weft.read.YamlReader().read(name, text, 1, diagnostics))
                        .filter(d -> d.root().isObject()).ifPresent(documents::add);
            }
        }
        return new ManuscriptMetadata(List.copyOf(documents), folder);
    }

    /** The files content/ takes, by their project paths: the bibliography the metadata names first, Quarto's variables. */
    Map<String, byte[]> files(Diagnostics diagnostics) {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        documents.stream().filter(d -> d.root().has("bibliography")).findFirst()
                .ifPresent(d -> bibliography(d, folder, copies, diagnostics));
        if (Files.isRegularFile(folder.resolve("_variables.yml"))) {
            new ProjectFiles(folder, MAX_TEXT).readBytes("_variables.yml", MAX_TEXT, diagnostics)
                    .ifPresent(b -> copies.put(ProjectFiles.VARIABLES, b));
        }
        return copies;
    }

    /** The front matter's bibliography copied as content/references.EXT: the first one named; a warning for others. */
    private static void bibliography(YamlDocument front, Path folder, Map<String, byte[]> copies, Diagnostics diagnostics) {
        JsonNode node = front.root().path("bibliography");
        List<String> named = new ArrayList<>();
        if (node.isTextual()) {
            named.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> named.add(n.asText()));
        }
        if (named.isEmpty()) {
            return;
        }
        SourcePosition at = front.keyPositionOf("/bibliography");
        String first = named.get(0);
        if (named.size() > 1) {
            diagnostics.warning(at, "Weft reads one bibliography: " + String.join(", ", named.subList(1, named.size()))
                    + " not copied; put their works in " + first + " (a reference manager exports them as one file)");
        }
        String extension = first.contains(".") ? first.substring(first.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String kind = BIBLIOGRAPHIES.get(extension);
        Path source = folder.resolve(first).normalize();
        if (kind == null) {
            diagnostics.warning(at, "the bibliography '" + first + "' is not copied: Weft reads BibTeX (.bib), CSL JSON (.json),"
                    + " CSL YAML (.yaml) or RIS (.ris)");
        } else if (!source.startsWith(folder) || !Files.isRegularFile(source)) {
            diagnostics.warning(at, "the bibliography '" + first + "' is " + (source.startsWith(folder) ? "not there"
                    : "outside the manuscript's folder") + ": not copied; copy it as content/references." + kind + " yourself");
        } else {
            new ProjectFiles(folder, MAX_TEXT).readBytes(folder.relativize(source).toString().replace('\\', '/'), MAX_TEXT,
                    diagnostics).ifPresent(b -> copies.put(ProjectFiles.CONTENT_DIR + "/references." + kind, b));
        }
    }

    /** The report's line on the metadata's fields that are study.yaml's, which the import does not write. */
    Optional<String> studyFields(String frontName) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        STUDY_FIELDS.forEach((field, place) -> {
            if (documents.stream().anyMatch(d -> d.root().has(field))) {
                where.computeIfAbsent(place, p -> new ArrayList<>()).add(field);
            }
        });
        if (where.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = where.values().stream().flatMap(List::stream).toList();
        List<String> from = documents.stream().filter(d -> STUDY_FIELDS.keySet().stream().anyMatch(d.root()::has))
                .map(d -> d.path().endsWith(".yml") ? d.path() : frontName.replace("the ", "its ")).toList();
        String whose = from.size() == 1 && !from.get(0).endsWith(".yml") ? frontName + "'s " : "the manuscript's ";
        String named = (fields.size() == 1 ? fields.get(0) : String.join(", ", fields.subList(0, fields.size() - 1))
                + " and " + fields.get(fields.size() - 1))
                + (whose.equals(frontName + "'s ") ? "" : " (" + String.join(" and ", from) + ")") + (fields.size() == 1 ? " is" : " are");
        return Optional.of("Mind: " + whose + named + " not imported: give " + (fields.size() == 1 ? "it" : "them")
                + " in " + ProjectFiles.STUDY + " (" + String.join(", ", where.keySet()) + "), which an import does not write");
    }
}

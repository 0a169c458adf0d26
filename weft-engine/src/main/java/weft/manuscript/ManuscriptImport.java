package weft.manuscript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.qda.ImportedFiles;
import weft.qda.Skeleton;
import weft.read.ProjectFiles;
import weft.read.YamlDocument;

/**
 * {@code weft import paper.qmd}: a Pandoc or Quarto manuscript of one file brought into a study's content/ as Weft
 * reads prose: a file for each of its sections ({@link ManuscriptSplit}), with the front matter Weft asks of one; its
 * images, includes ({@link ManuscriptAssets}), bibliography and Quarto's {@code _variables.yml} copied beside them. The
 * manuscript itself is only read. Into a study whose content/ holds prose already nothing is written (the placeholder
 * prose of Weft's archetype, untouched, is replaced, a copy kept in {@link ImportedFiles#PREVIOUS}); nothing either
 * where the manuscript has errors.
 */
public final class ManuscriptImport {

    /** The beginning of a line of advice in the report, which names no file written. */
    public static final String MIND = "Mind: ";

    /** The largest manuscript read: far more than a book. */
    private static final long MAX_TEXT = 16L * 1024 * 1024;
    /** The largest Word document read: its pictures too. */
    private static final long MAX_BYTES = 128L * 1024 * 1024;
    /**
     * What an import writes: each text and copied file by its project path, what its report says, and the manuscript's
     * name (for the record of what it wrote).
     */
    public record Imported(Map<String, String> texts, Map<String, byte[]> copies, List<String> report, String manuscript) {
    }

    private ManuscriptImport() {
    }

    /** Whether {@code file} is a manuscript (Markdown: .md, .qmd, .Rmd, .markdown; Word: .docx) rather than a QDA tool's file. */
    public static boolean isManuscript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(".md", ".qmd", ".rmd", ".markdown", ".docx").anyMatch(name::endsWith);
    }

    /**
     * The manuscript of a Quarto project's folder: the article its {@code _quarto.yml} names
     * ({@code manuscript: article: paper.qmd}, as a Quarto manuscript project does), else its {@code index.qmd}, else its
     * one {@code .qmd}; empty where there is none of these.
     */
    public static Optional<Path> article(Path folder) {
        Path quarto = folder.resolve("_quarto.yml");
        if (Files.isRegularFile(quarto, LinkOption.NOFOLLOW_LINKS)) {
            try {
                JsonNode named = new ObjectMapper(new YAMLFactory()).readTree(quarto.toFile()).path("manuscript").path("article");
                Path article = named.isTextual() ? folder.resolve(named.asText()).normalize() : null;
                if (article != null && article.startsWith(folder.normalize()) && Files.isRegularFile(article)) {
                    return Optional.of(article);
                }
            } catch (IOException | RuntimeException e) {
                // not YAML Weft can read: the folder's own files decide
            }
        }
        if (Files.isRegularFile(folder.resolve("index.qmd"))) {
            return Optional.of(folder.resolve("index.qmd"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> qmd = files.filter(f -> f.getFileName().toString().endsWith(".qmd") && Files.isRegularFile(f)).toList();
            return qmd.size() == 1 ? Optional.of(qmd.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the manuscript may not be imported into {@code project}, or empty: its content/ holds prose (a Markdown file or
     * a bibliography) that is not Weft's untouched placeholder.
     */
    public static Optional<String> refusal(Path project) throws IOException {
        Path content = project.resolve(ProjectFiles.CONTENT_DIR);
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(content, LinkOption.NOFOLLOW_LINKS) ? Optional.of(content + " is not a folder") : Optional.empty();
        }
        List<String> placeholders = Skeleton.untouchedProse(project);
        Set<String> imported = ManuscriptRecord.of(project).unchanged(project);
        List<String> prose;
        try (Stream<Path> files = Files.list(content)) {
            prose = files.map(f -> ProjectFiles.CONTENT_DIR + "/" + f.getFileName())
                    .filter(f -> f.endsWith(".md") || f.matches(".*/references\\.(bib|json|yaml|ris)") || f.endsWith("/_variables.yml"))
                    .filter(f -> !placeholders.contains(f) && !imported.contains(f)).sorted().toList();
        }
        if (prose.isEmpty()) {
            return Optional.empty();
        }
        boolean again = Files.exists(project.resolve(ManuscriptRecord.PATH));
        return Optional.of(ProjectFiles.CONTENT_DIR + "/ of " + project.toAbsolutePath().normalize() + " holds the study's prose"
                + " already (" + String.join(", ", prose.subList(0, Math.min(3, prose.size()))) + (prose.size() > 3 ? " …" : "")
                + (again ? ", not as the earlier import wrote it" : "") + "): a manuscript is imported into a study without"
                + " prose, or over what an earlier import wrote and nobody has changed since, so that nothing of the author's is"
                + " written over; move those files away, or import into a new folder");
    }

    /** The manuscript read and cut, with what it names; empty after an error (reported), nothing then to write. */
    public static Optional<Imported> read(Path manuscript, Path project, Diagnostics diagnostics) {
        Path folder = manuscript.toAbsolutePath().normalize().getParent();
        String name = manuscript.getFileName().toString();
        boolean word = name.toLowerCase(Locale.ROOT).endsWith(".docx");
        Optional<DocxManuscript.Converted> converted = word ? new ProjectFiles(folder, MAX_BYTES).readBytes(name, MAX_BYTES,
                diagnostics).flatMap(bytes -> DocxManuscript.read(bytes, name, diagnostics)) : Optional.empty();
        Optional<String> text = word ? converted.map(DocxManuscript.Converted::markdown)
                : new ProjectFiles(folder, MAX_TEXT).read(name, diagnostics);
        // a Word document's diagnostics name its paragraphs, not the lines of the Markdown it was read as
        Diagnostics cutting = word ? new Diagnostics() : diagnostics;
        IntFunction<String> place = line -> word ? "paragraph " + converted.get().paragraphOf(line) : "line " + line;
        IntFunction<String> where = line -> name + " " + place.apply(line);
        Optional<ManuscriptSplit.Split> split = text.flatMap(t -> ManuscriptSplit.of(name, t, place, cutting));
        if (split.isPresent()) {
            Optional<Imported> imported = cut(split.get(), folder, project, name, where, word,
                    converted.map(DocxManuscript.Converted::pictures).orElse(Map.of()), cutting);
            paragraphs(cutting, diagnostics, converted);
            return diagnostics.hasErrors() ? Optional.empty() : imported;
        }
        paragraphs(cutting, diagnostics, converted);
        return Optional.empty();
    }

    /**
     * A Word document's diagnostics, each at the document with its paragraph's number, as the lines of the Markdown it was
     * read as are none of the author's.
     */
    private static void paragraphs(Diagnostics cutting, Diagnostics diagnostics, Optional<DocxManuscript.Converted> converted) {
        if (cutting == diagnostics) {
            return;
        }
        for (Diagnostic d : cutting.sorted()) {
            int paragraph = converted.map(c -> c.paragraphOf(d.position().line())).orElse(0);
            diagnostics.add(new Diagnostic(d.severity(), SourcePosition.ofFile(d.position().path()),
                    (paragraph > 0 ? "paragraph " + paragraph + ": " : "") + d.message()));
        }
    }

    private static Optional<Imported> cut(ManuscriptSplit.Split split, Path folder, Path project, String name,
            IntFunction<String> where, boolean word, Map<String, byte[]> pictures, Diagnostics diagnostics) {
        ManuscriptAssets assets = new ManuscriptAssets(folder, project, pictures,
                ManuscriptRecord.of(project).unchanged(project), diagnostics);
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        report.add("The manuscript's sections, as content/ has them now (change a kind or an order in its front matter):");
        Optional<YamlDocument> front = split.front();
        JsonNode works = front.map(d -> d.root().path("references")).filter(JsonNode::isArray).orElse(null);
        ManuscriptQuotes quotes = ManuscriptQuotes.of(project);
        ResultsHeadings themes = ResultsHeadings.of(project);
        List<String> twice = new ArrayList<>();
        for (ManuscriptSplit.Section s : split.sections()) {
            String file = ProjectFiles.CONTENT_DIR + "/" + s.id() + ".md";
            String body = quotes.link(assets.bring(s.body(), name, s.bodyLine()), file);
            if (s.kind() == weft.model.ProseSection.Kind.RESULTS) {
                twice.addAll(themes.report(body, file));
            }
            texts.put(file, frontMatter(s, texts.isEmpty() ? works : null) + body);
            report.add("  " + file + ": " + s.kind().name().toLowerCase(Locale.ROOT) + " '" + s.title() + "', order "
                    + s.order() + " (" + where.apply(s.line()) + ")");
        }
        if (!split.before().isBlank()) {
            String part = ProjectFiles.CONTENT_DIR + "/_before-first-heading.md";
            texts.put(part, assets.bring(split.before(), name, split.beforeLine()));
            diagnostics.warning(new SourcePosition(name, split.beforeLine(), 1), "the text before the first heading"
                    + " belongs to no section: it is written to " + part + ", which no section includes; include it where it"
                    + " belongs ({{< include _before-first-heading.md >}}), or delete it");
        }
        assets.parts.forEach((part, text) -> texts.put(part, quotes.link(text, part))); // a part's quotations too
        report.addAll(quotes.report());
        report.addAll(twice);
        report.addAll(split.report());
        Map<String, byte[]> copies = new LinkedHashMap<>(assets.copies);
        ManuscriptMetadata metadata = ManuscriptMetadata.of(front, folder, diagnostics);
        copies.putAll(metadata.files(diagnostics));
        metadata.studyFields(word ? "the document" : "the front matter").ifPresent(report::add);
        return Optional.of(new Imported(Map.copyOf(texts), copies, List.copyOf(report), name));
    }

    /**
     * Writes the import into {@code project} (each file by a temporary one moved in place), after copying Weft's untouched
     * placeholder prose, and what an earlier import of a manuscript wrote that is still as it wrote it, to
     * {@link ImportedFiles#PREVIOUS} (one written again is replaced in that move, one not written again deleted);
     * records what it wrote ({@link ManuscriptRecord}); the report's lines.
     */
    public static List<String> write(Path project, Imported imported) throws IOException {
        List<String> lines = new ArrayList<>();
        Map<String, byte[]> next = new LinkedHashMap<>();
        imported.texts().keySet().stream().sorted().forEach(path -> next.put(path, imported.texts().get(path)
                .getBytes(StandardCharsets.UTF_8)));
        next.putAll(imported.copies());
        // a file Weft wrote that this import writes again is copied aside and replaced in one move, never deleted
        // first: a preview building meanwhile never finds the study without it
        Set<String> replaced = new HashSet<>();
        for (String placeholder : Skeleton.untouchedProse(project)) {
            setAside(project, placeholder, next, replaced);
            lines.add("Removed " + placeholder + " (a placeholder of Weft's new-study skeleton; a copy is in "
                    + ImportedFiles.PREVIOUS + "/" + placeholder + ")");
        }
        // what the earlier import wrote, still as it wrote it, goes (a copy kept), unless this one writes the same bytes
        Set<String> earlier = ManuscriptRecord.of(project).unchanged(project);
        Set<String> same = new HashSet<>();
        for (String path : earlier) {
            Path file = project.resolve(path);
            if (next.containsKey(path) && holds(file, next.get(path))) {
                same.add(path);
                continue;
            }
            if (!setAside(project, path, next, replaced)) {
                lines.add("Removed " + path + " (the earlier import wrote it, and the manuscript has it no more; a copy is in "
                        + ImportedFiles.PREVIOUS + "/" + path + ")");
            }
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : next.entrySet()) {
            String path = file.getKey();
            Path target = project.resolve(path);
            boolean copied = imported.copies().containsKey(path);
            if (same.contains(path)) {
                written.put(path, file.getValue()); // as the earlier import wrote it: left alone
                continue;
            }
            if (copied && holds(target, file.getValue())) {
                lines.add("Kept " + path + " (the same file is there)");
                continue;
            }
            // over a file Weft wrote and copied aside above; else the refusal and the copies' names rule out a file there
            ProjectFiles.writeBeside(target, file.getValue(), replaced.contains(path));
            written.put(path, file.getValue());
            lines.add((earlier.contains(path) ? "Replaced " : copied ? "Copied " : "Wrote ") + path);
        }
        ManuscriptRecord.write(project, imported.manuscript(), written);
        if (lines.stream().anyMatch(l -> l.startsWith("Removed ") || l.startsWith("Replaced "))) { // copies were kept
            weft.qda.CopiesInGit.advice(project).ifPresent(advice -> lines.add(MIND + ImportedFiles.PREVIOUS + "/: " + advice));
        }
        return lines;
    }

    /** Whether {@code file} is a regular file (not a link) of exactly these bytes. */
    static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /**
     * The project's file {@code path} copied to {@link ImportedFiles#PREVIOUS}, as an import keeps one, then deleted,
     * unless the import writes it again ({@code next}): then it is left for the new file to replace in one move, and
     * added to {@code replaced}. Whether it is written again.
     */
    private static boolean setAside(Path project, String path, Map<String, byte[]> next, Set<String> replaced)
            throws IOException {
        Path copy = project.resolve(ImportedFiles.PREVIOUS).resolve(path);
        Files.createDirectories(copy.getParent());
        Files.copy(project.resolve(path), copy, StandardCopyOption.REPLACE_EXISTING);
        if (next.containsKey(path)) {
            replaced.add(path);
            return true;
        }
        Files.delete(project.resolve(path));
        return false;
    }

    /**
     * What the study needs before it builds, where the import leaves it without: its coding (a QDA tool's file or a
     * spreadsheet imported) and study.yaml; empty where it has both.
     */
    public static Optional<String> nextStep(Path project) {
        List<String> missing = new ArrayList<>();
        if (!Files.exists(project.resolve(ProjectFiles.CODING_FRAME), LinkOption.NOFOLLOW_LINKS)) {
            missing.add("the coding, " + ProjectFiles.CODING_FRAME + " and its quotes (weft import of the QDA tool's"
                    + " .qdpx, or of a spreadsheet, into the same folder)");
        }
        if (!Files.exists(project.resolve(ProjectFiles.STUDY), LinkOption.NOFOLLOW_LINKS)) {
            missing.add(ProjectFiles.STUDY + ", the study's title, authors and facts (a new study from Weft's archetype has"
                    + " one to fill in)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("Next: " + String.join("; ", missing)
                + "; then build it (weft build, or mvn package).");
    }

    /** A section's front matter: its id, title, kind and order, and the manuscript's works ({@code works}) in the first. */
    static String frontMatter(ManuscriptSplit.Section section, JsonNode works) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(quoted(section.id())).append('\n');
        out.append("title: ").append(quoted(section.title())).append('\n');
        out.append("kind: ").append(section.kind().name().toLowerCase(Locale.ROOT)).append('\n');
        out.append("order: ").append(section.order()).append('\n');
        if (works != null) {
            ObjectNode node = new ObjectMapper().createObjectNode().set("references", works);
            try {
                out.append(new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build()).writeValueAsString(node));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a YAML tree read is written again", e);
            }
        }
        return out.append("---\n").toString();
    }

    /**
     * A title as a YAML string: as it is where YAML reads it so (words, not a number nor one of YAML's yes, no, null …), else in double quotes, with what YAML would read
     * otherwise escaped ({@code "}, {@code \\}, control characters, and the line breaks YAML knows beyond {@code \n}:
     * U+0085, U+2028, U+2029).
     */
    static String quoted(String title) {
        if (title.matches("\\p{L}[\\p{L}\\p{N} ,.;()?'\u2019/+=~-]*") && !title.endsWith(" ")
                && !title.matches("(?i)y|yes|n|no|true|false|on|off|null")) {
            return title;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : title.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

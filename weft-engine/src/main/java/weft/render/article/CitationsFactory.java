package weft.render.article;

import java.util.List;
import java.util.Optional;
import weft.cache.BuildCache;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.model.Presentation;
import weft.model.Study;
import weft.read.FrontMatter;
import weft.read.ProjectFiles;
import weft.render.cite.Bibliography;
import weft.render.cite.BibliographyReader;
import weft.render.cite.CitationFormatter;
import weft.render.cite.CslStyle;

/** Sets up a study's citations: its bibliography file and its CSL style (presentation.citationStyle). */
public final class CitationsFactory {

    /**
     * Where a project keeps its bibliography: BibTeX, CSL JSON as Zotero and Pandoc export it, CSL YAML as Pandoc and
     * Better BibTeX write it, or RIS as EndNote does.
     */
    public static final String BIBTEX = "content/references.bib";
    public static final String CSL_JSON = "content/references.json";
    public static final String CSL_YAML = "content/references.yaml";
    public static final String RIS = "content/references.ris";
    /** The bibliography files Weft reads, one of which a project may have. */
    public static final List<String> FILES = List.of(BIBTEX, CSL_JSON, CSL_YAML, RIS);

    /**
     * The study's citations of {@code bibliography} (as {@link #bibliography} read it; empty when it could not be read),
     * formatted once for the same works, citations and style and then kept in {@code cache}.
     */
    public static Citations forStudy(Study study, Optional<Bibliography> bibliography, Diagnostics diagnostics,
                                     BuildCache cache) {
        Presentation presentation = study.info().presentation();
        Optional<CslStyle> style = CslStyle.load(presentation.citationStyle());
        if (style.isEmpty()) {
            diagnostics.error(presentation.citationStyleAt(), "unknown citation style '" + presentation.citationStyle()
                    + "': not a style of the CSL styles repository (org.citationstyles:styles), e.g. vancouver-brackets, apa");
        }
        Optional<CitationFormatter> formatter = style.flatMap(s -> CitationFormatter.of(s, study.info().language()));
        if (style.isPresent() && formatter.isEmpty()) {
            // as CSL processors do: the terms of American English, which every CSL locale falls back to
            diagnostics.warning(study.info().languageAt(), "the CSL locales have no terms for the language '"
                    + study.info().language() + "': citations and references use those of American English (et al., p., Retrieved,"
                    + " month names)");
            formatter = style.flatMap(s -> CitationFormatter.of(s, "en-US"));
        }
        return new CslCitations(bibliography, formatter, diagnostics, cache);
    }

    /**
     * The project's bibliography: its bibliography file's works, then those of Pandoc's front-matter field
     * {@code references} in the prose's files; empty when one cannot be read, {@link Bibliography#none()} when there is
     * none.
     */
    public static Optional<Bibliography> bibliography(ProjectFiles files, Diagnostics diagnostics) {
        reportOthers(files, diagnostics);
        List<String> present = FILES.stream().filter(files::exists).toList();
        Optional<Bibliography> file;
        if (present.isEmpty()) {
            file = Optional.of(Bibliography.none());
        } else {
            String path = present.get(0);
            for (String second : present.subList(1, present.size())) {
                diagnostics.error(SourcePosition.ofFile(second), "a second bibliography beside " + path + ": keep one of them");
            }
            file = files.read(path, diagnostics).flatMap(text -> new BibliographyReader().read(path, text, diagnostics));
        }
        List<Optional<Bibliography>> fronts = frontMatterWorks(files, diagnostics);
        if (fronts.isEmpty() || file.isEmpty() || fronts.stream().anyMatch(Optional::isEmpty)) {
            return fronts.isEmpty() ? file : Optional.empty();
        }
        List<Bibliography> parts = new java.util.ArrayList<>();
        if (!file.get().path().isEmpty()) {
            parts.add(file.get());
        }
        fronts.forEach(b -> parts.add(b.get()));
        return Optional.of(BibliographyReader.merged(parts, diagnostics));
    }

    /** A line of front matter that begins Pandoc's field {@code references}. */
    private static final java.util.regex.Pattern REFERENCES = java.util.regex.Pattern.compile(
            "(?m)^" + FrontMatter.REFERENCES + "\\s*:");

    /**
     * The works of Pandoc's front-matter field {@code references} in each of the prose's files that has it (as Pandoc
     * reads a manuscript's own works), in file order. A file that cannot be read, or whose front matter is no YAML, is
     * passed over: reading the prose reports it.
     */
    private static List<Optional<Bibliography>> frontMatterWorks(ProjectFiles files, Diagnostics diagnostics) {
        List<Optional<Bibliography>> out = new java.util.ArrayList<>();
        for (String path : files.list(ProjectFiles.CONTENT_DIR, ".md")) {
            Optional<FrontMatter> front = files.read(path, new Diagnostics()).flatMap(FrontMatter::of);
            if (front.isEmpty() || !REFERENCES.matcher(front.get().yaml()).find()
                    || new weft.read.YamlReader().read(path, front.get().yaml(), FrontMatter.FIRST_LINE, new Diagnostics())
                    .isEmpty()) {
                continue;
            }
            out.add(new BibliographyReader().readFrontMatter(path, front.get().yaml(), FrontMatter.FIRST_LINE, diagnostics));
        }
        return out;
    }

    /**
     * Warns of a file in {@code content/} that looks like a bibliography but is not read, for its name ({@code
     * My Library.bib}, {@code refs.json}, as reference managers name their exports) or its extension ({@code .bibtex},
     * {@code .yml}): without a word, its citations would be unknown keys, and nothing would say why.
     */
    private static void reportOthers(ProjectFiles files, Diagnostics diagnostics) {
        for (String path : files.list(ProjectFiles.CONTENT_DIR, "")) {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            Optional<String> read = FILES.stream().filter(f -> lower.endsWith(f.substring(f.lastIndexOf('.')))
                    || lower.endsWith(".bibtex") && f.equals(BIBTEX) || lower.endsWith(".yml") && f.equals(CSL_YAML)).findFirst();
            if (read.isPresent() && !FILES.contains(path) && !path.equals(ProjectFiles.VARIABLES) && files.exists(path)) {
                diagnostics.warning(SourcePosition.ofFile(path), "not read: Weft reads the bibliography from "
                        + String.join(", ", FILES) + " (if this file is it, rename it "
                        + read.get().substring(read.get().lastIndexOf('/') + 1) + ")");
            }
        }
    }

    private CitationsFactory() {
    }
}

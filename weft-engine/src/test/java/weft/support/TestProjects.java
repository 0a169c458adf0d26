package weft.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.build.Weft;

/** Finds the test projects and the default study, and copies them where a test may change them. */
public final class TestProjects {

    /** The repository root: the default study. */
    public static Path defaultStudy() {
        return Paths.get(System.getProperty("weft.projectDir", ".")).toAbsolutePath().normalize();
    }

    /** A project under src/test/resources/projects. */
    public static Path fixture(String name) {
        return defaultStudy().resolve("weft-engine/src/test/resources/projects").resolve(name);
    }

    /** Copies the study's inputs (coded-data, content, templates) into {@code target}. */
    public static Path copy(Path project, Path target) {
        for (String dir : List.of("coded-data", "content", "templates")) {
            copyTree(project.resolve(dir), target.resolve(dir));
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file, or a folder with everything in it; nothing when it does not exist. */
    /** The folders of weft-engine/src/test/resources/invalid, sorted: each a defect on the miniature study. */
    public static List<Path> invalidCases() {
        try (Stream<Path> list = Files.list(defaultStudy().resolve("weft-engine/src/test/resources/invalid"))) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The miniature study with the invalid case {@code folder} applied, in {@code target}: its files overlaid, the paths
     * of its {@code removed.txt} deleted, its {@code expected.txt} left out.
     */
    public static Path invalidProject(Path folder, Path target) {
        copy(fixture("mini-study"), target);
        copyTree(folder, target);
        try {
            Files.delete(target.resolve("expected.txt"));
            if (Files.deleteIfExists(target.resolve("removed.txt"))) {
                for (String removed : Files.readAllLines(folder.resolve("removed.txt"))) {
                    delete(target.resolve(removed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The miniature study with one more theme for each number of {@code subThemes} ("Added theme 1" with "Sub-theme
     * 1.1" ...), in {@code target}: a coding frame as tall as the test needs.
     */
    public static Path largeFrameStudy(Path target, int... subThemes) {
        copy(fixture("mini-study"), target);
        StringBuilder more = new StringBuilder();
        for (int t = 1; t <= subThemes.length; t++) {
            more.append("  - id: theme-").append(t).append("\n    label: Added theme ").append(t)
                    .append("\n    description: A theme of the test.\n    children:\n");
            for (int s = 1; s <= subThemes[t - 1]; s++) {
                more.append("      - id: theme-").append(t).append('-').append(s).append("\n        label: Sub-theme ")
                        .append(t).append('.').append(s).append("\n        description: A sub-theme of the test.\n");
            }
        }
        Path frame = target.resolve("coded-data/coding-frame.yaml");
        try {
            Files.writeString(frame, Files.readString(frame) + more);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * A copy of the mini study at {@code target} with an ISSN (so that its JATS is valid) and {@code text} at the end
     * of its methods section.
     */
    public static Path miniStudyWithMethods(Path target, String text) {
        Path project = copy(fixture("mini-study"), target);
        addIssn(project);
        try {
            Files.writeString(project.resolve("content/methods.md"), text, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /**
     * Saves {@code text} as {@code file} of {@code project} as an editor that writes a copy and renames it over the file
     * does (the copy in the project's root, which a preview does not watch): no reader sees the file half-saved.
     */
    public static void saveByRename(Path project, Path file, String text) {
        try {
            Path copy = Files.writeString(project.resolve(".saving.tmp"), text);
            Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build that succeeded and its publication, for a test class's {@code @BeforeAll}. */
    public record Built(BuildResult result, OutputFiles publication) {

        /** The mini study with {@code text} at the end of its methods section, built at {@code target}; it must build. */
        public static Built withMethods(Path target, String text) {
            BuildResult result = built(miniStudyWithMethods(target, text));
            return new Built(result, result.publication().orElseThrow());
        }
    }

    /**
     * Writes {@code content/ID.md}, a section of {@code kind} ("section", "back", "appendix") titled {@code title}, in
     * position {@code order}, with {@code body} after its front matter.
     */
    public static void writeSection(Path project, String id, String title, String kind, int order, String body) {
        try {
            Files.writeString(project.resolve("content/" + id + ".md"), "---\nid: " + id + "\ntitle: " + title + "\nkind: "
                    + kind + "\norder: " + order + "\n---\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code project}'s citation style ({@code presentation.citationStyle}), as the fixtures' study.yaml allows. */
    public static void citationStyle(Path project, String style) {
        replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1", "  headingLevels: 1\n  citationStyle: " + style);
    }

    /** Writes {@code image} as the figure file {@code content/figures/NAME} of {@code project}. */
    public static void figure(Path project, String name, byte[] image) throws IOException {
        Path figures = project.resolve("content/figures");
        Files.createDirectories(figures);
        Files.write(figures.resolve(name), image);
    }

    /** The build of a project that must build (the diagnostics are the failure's message when it does not). */
    public static BuildResult built(Path project) {
        BuildResult result = render(project);
        org.assertj.core.api.Assertions.assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    public static BuildResult render(Path project) {
        return new Weft().render(project, BuildOptions.defaults());
    }

    /**
     * Builds a project that must build into {@code out}, as the command line does (the diagnostics are the failure's
     * message when it does not); returns {@code out}.
     */
    public static Path build(Path project, Path out) {
        BuildResult result = new Weft().build(project, out, BuildOptions.defaults());
        org.assertj.core.api.Assertions.assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        return out;
    }

    /** The publication of a project that must build (the diagnostics are the failure's message when it does not). */
    public static OutputFiles publication(Path project) {
        BuildResult result = render(project);
        org.assertj.core.api.Assertions.assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow();
    }

    /** The diagnostics of a build, one a line as the command line prints them. */
    public static List<String> diagnostics(BuildResult result) {
        return result.diagnostics().stream().map(Object::toString).toList();
    }

    /** A table's rows as the reader sees them: each row's header and data cells' texts, in order. */
    public static List<List<String>> tableRows(org.jsoup.nodes.Element table) {
        return table.select("tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
    }

    /** A PDF's text in reading position (rows of a table on one line), its whitespace collapsed to single spaces. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The PDF's tagged elements that name their language, each as its type and language ("Span fr"), in tree order. */
    public static List<String> taggedLanguages(byte[] pdf) throws IOException {
        return tagged(pdf, e -> e.getLanguage() == null ? null : e.getStructureType() + " " + e.getLanguage());
    }

    /** The text alternatives of the PDF's tagged figures, in tree order. */
    public static List<String> figureAlts(byte[] pdf) throws IOException {
        return tagged(pdf, e -> "Figure".equals(e.getStructureType()) ? e.getAlternateDescription() : null);
    }

    /** What {@code read} gives of each of the PDF's tagged elements (null: nothing), in tree order. */
    private static List<String> tagged(byte[] pdf, java.util.function.Function<
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement, String> read) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> out = new java.util.ArrayList<>();
            tagged(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), read, out);
            return out;
        }
    }

    private static void tagged(List<Object> kids, java.util.function.Function<
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement, String> read, List<String> out) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                String what = read.apply(e);
                if (what != null) {
                    out.add(what);
                }
                tagged(e.getKids(), read, out);
            }
        }
    }

    /** The text of a Word document's body ({@code word/document.xml}). */
    public static String documentXml(byte[] docx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /**
     * Gives a test study's journal an ISSN (a made-up one), without which the JATS tag set's journal-meta is not valid:
     * the test studies have none.
     */
    public static void addIssn(Path project) {
        replaceIn(project.resolve("coded-data/study.yaml"), "  journal: Journal of Examples\n",
                "  journal: Journal of Examples\n  issnOnline: \"1234-5678\"\n");
    }

    /** The text of every file of {@code project}'s coded data, by its path in the project: to see that nothing changed. */
    public static java.util.Map<String, String> codedData(Path project) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("coded-data"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    public static void replaceIn(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestProjects() {
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.cache.BuildCache;
import weft.model.Audience;
import weft.read.ImageFilesForTests;
import weft.support.FileTrees;
import weft.support.TestFonts;
import weft.support.TestProjects;

/**
 * A second build with the build cache gives the same files, byte for byte, as a build without it; the results of
 * stages whose inputs did not change are read back from the cache (their entries are left as they were), and a change
 * to any kind of input bypasses the entries that depend on it.
 */
class CachedBuildTest {

    private static final Instant EPOCH = Instant.ofEpochSecond(1_700_000_000);
    /** The kinds of entry a build of the default study keeps: two PDFs (the article, the checklist), the Word figure,
     * and two formatted citations (the article's references, its how-to-cite entry). */
    private static final Map<String, Integer> KINDS = Map.of("pdf", 2, "figure-png", 1, "citations", 2);

    private static final String ENTRY = "[a-z-]+-[0-9a-f]{64}\\.entry";

    @TempDir
    Path temp;

    private Path project;
    private Path cache;
    private final Weft weft = new Weft();

    @BeforeEach
    void firstBuild() throws IOException {
        project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("study"));
        cache = project.resolve("target/weft-cache");
        assertBuilt(weft.build(project, temp.resolve("first"), options()));
        Map<String, List<String>> entries = entries();
        KINDS.forEach((kind, count) -> assertThat(entries.get(kind)).as(kind).hasSize(count));
        datedLongAgo();
    }

    /** Every entry dated long ago: an entry the next build leaves with this date was read, not made again. */
    private void datedLongAgo() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            }
        }
    }

    private BuildOptions options() {
        return BuildOptions.defaults().sourceDateEpoch(Optional.of(EPOCH)).cache(Optional.of(cache));
    }

    @Test
    void an_unchanged_study_is_built_from_the_cache_into_the_same_bytes() {
        Map<String, List<String>> before = entries();
        assertSameAsWithoutCache(options());
        assertThat(entries()).isEqualTo(before);
        assertThat(rewritten()).as("entries made again").isEmpty();
    }

    @Test
    void a_recoded_quote_lays_out_the_article_and_draws_the_figure_again() {
        TestProjects.replaceIn(project.resolve("coded-data/quotes/family-challenges.yaml"),
                "codes: [poor-emotional-intelligence]", "codes: [difficulty-of-communication]");
        assertBypassed(options(), Set.of("pdf", "figure-png"), 1);
    }

    @Test
    void a_change_of_the_study_metadata_bypasses_every_result_that_shows_it() {
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "Experiences of Hikikomoris", "Experiences of hikikomoris");
        // the title is on the article and the checklist, in the Word document's figure (no), and in how to cite it
        Map<String, Set<String>> changed = bypass(options());
        assertThat(changed.get("pdf")).hasSize(2);
        assertThat(changed.get("citations")).hasSize(1);
        assertThat(changed.get("figure-png")).isEmpty();
    }

    @Test
    void a_prose_edit_lays_out_the_article_again() {
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "A strong need to be accepted",
                "A strong need to be accepted, as the posts show,");
        assertBypassed(options(), Set.of("pdf"), 1);
    }

    @Test
    void a_changed_quarto_variable_lays_out_the_article_again() throws IOException {
        Files.writeString(project.resolve("content/_variables.yml"), "site: an anonymous forum\n");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "A strong need to be accepted",
                "A strong need to be accepted on {{< var site >}}");
        assertThat(bypass(options()).get("pdf")).hasSize(1);
        datedLongAgo();
        Files.writeString(project.resolve("content/_variables.yml"), "site: a message board\n");
        assertBypassed(options(), Set.of("pdf"), 1);
        assertThat(Files.readString(temp.resolve("cached/index.html"))).contains("accepted on a message board");
    }

    @Test
    void a_changed_reference_formats_the_citations_again() {
        Path bib = project.resolve("content/references.bib");
        try {
            Files.writeString(bib, Files.readString(bib).replaceFirst("(?s)(@\\w+\\{ref01,)", "$1\n  note = {Checked},"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> changed = bypass(options());
        assertThat(changed.get("citations")).as("the article's references").hasSize(1);
        assertThat(changed.get("pdf")).as("the article (its reference list, the embedded file)").hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void a_changed_print_style_lays_out_the_article_again_and_the_checklists_template_the_checklist() {
        TestProjects.replaceIn(project.resolve("templates/print.css"), "font-size: 9.5pt", "font-size: 9.6pt");
        assertBypassed(options(), Set.of("pdf"), 1); // the article's PDF: the checklist has a style of its own
        String checklist = readString(project.resolve("templates/checklist-print.ftlh"));
        TestProjects.replaceIn(project.resolve("templates/checklist-print.ftlh"), "<style>", "<style>\nh1 { letter-spacing: 0.1pt; }");
        assertThat(checklist).isNotEqualTo(readString(project.resolve("templates/checklist-print.ftlh")));
        assertBypassed(options(), Set.of("pdf"), 2); // the checklist's, and the article's (it embeds every template)
    }

    /** A figure added to the prose, then its file changed under the same name: the article is laid out again each time. */
    @Test
    void a_figure_added_and_then_changed_lays_out_the_article_again() throws IOException {
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/plan.png"), ImageFilesForTests.pngWithText("Title\0one"));
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "A strong need to be accepted",
                "![A drawn plan](figures/plan.png)\n\nA strong need to be accepted");
        assertBypassed(options(), Set.of("pdf"), 1);
        Files.write(project.resolve("content/figures/plan.png"), ImageFilesForTests.widePng());
        assertBypassed(options(), Set.of("pdf"), 1);
    }

    /** An SVG figure added, then changed: the article is laid out and the Word document's picture of it painted again. */
    @Test
    void an_svg_figure_added_and_then_changed_lays_out_the_article_and_paints_its_picture_again() throws IOException {
        Files.createDirectories(project.resolve("content/figures"));
        Files.writeString(project.resolve("content/figures/model.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"90\" height=\"60\"><rect width=\"90\" height=\"60\" fill=\"#c8102e\"/></svg>\n");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "A strong need to be accepted",
                "![A drawn model](figures/model.svg)\n\nA strong need to be accepted");
        assertBypassed(options(), Set.of("pdf", "figure-png"), 1);
        TestProjects.replaceIn(project.resolve("content/figures/model.svg"), "#c8102e", "#1060c8");
        assertBypassed(options(), Set.of("pdf", "figure-png"), 1);
        assertSameAsWithoutCache(options());
    }

    /** A font of the study's own is set in both PDFs and in the Word document's figure, and embedded in neither file. */
    @Test
    void a_font_added_to_the_study_lays_out_both_pdfs_and_draws_the_figure_again() {
        TestFonts.addJapanese(project, "ipaexg.ttf");
        Map<String, Set<String>> changed = bypass(options());
        assertThat(changed.get("pdf")).hasSize(2);
        assertThat(changed.get("figure-png")).hasSize(1);
        assertThat(changed.get("citations")).isEmpty();
        assertThat(bypass(options()).values()).allMatch(Set::isEmpty); // and the next build reads them back
        assertSameAsWithoutCache(options());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void another_date_audience_or_anonymity_bypasses_the_pdfs() {
        assertBypassed(options().sourceDateEpoch(Optional.of(EPOCH.plusSeconds(86_400))), Set.of("pdf"), 2);
        assertThat(bypass(options().audience(Audience.TEAM)).get("pdf")).isNotEmpty();
        assertThat(bypass(options().anonymous(true)).get("pdf")).hasSize(2);
    }

    @Test
    void a_damaged_entry_is_ignored_and_made_again() throws IOException {
        Path pdf = entryFiles().stream().filter(p -> p.getFileName().toString().startsWith("pdf-")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x20; // one bit, as a disk or a careless edit changes it
        Files.write(pdf, bytes);
        Files.setLastModifiedTime(pdf, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertSameAsWithoutCache(options());
        assertThat(rewritten()).containsExactly(pdf.getFileName().toString());
        Files.writeString(pdf, "");
        assertSameAsWithoutCache(options());
    }

    @Test
    void the_cache_keeps_only_what_the_last_build_used_and_never_touches_other_files() throws IOException {
        Path mine = Files.writeString(cache.resolve("notes.txt"), "the researcher's own file");
        Path lookalike = Files.writeString(cache.resolve("pdf-" + "0".repeat(64) + ".entry.txt"), "named almost as an entry");
        TestProjects.replaceIn(project.resolve("content/discussion.md"), "A strong need", "A strong wish");
        Map<String, List<String>> before = entries();
        assertBuilt(weft.build(project, temp.resolve("again"), options()));
        // the article's new layout replaced its old one, which is gone; the checklist's layout was kept
        assertThat(entries().get("pdf")).hasSize(2);
        assertThat(before.get("pdf")).filteredOn(e -> !entries().get("pdf").contains(e)).hasSize(1)
                .allSatisfy(gone -> assertThat(cache.resolve(gone)).doesNotExist());
        assertThat(entryFiles()).hasSize(KINDS.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(mine).hasContent("the researcher's own file");
        assertThat(lookalike).exists();
    }

    @Test
    void a_failed_build_leaves_the_cache_as_it_was() {
        Map<String, String> before = FileTrees.fingerprint(cache);
        TestProjects.replaceIn(project.resolve("coded-data/quotes/family-challenges.yaml"),
                "codes: [poor-emotional-intelligence]", "codes: [no-such-node]");
        assertThat(weft.build(project, temp.resolve("failed"), options()).succeeded()).isFalse();
        assertThat(FileTrees.fingerprint(cache)).isEqualTo(before);
        TestProjects.delete(cache);
        assertThat(weft.build(project, temp.resolve("failed"), options()).succeeded()).isFalse();
        assertThat(cache).doesNotExist();
    }

    @Test
    void a_folder_of_other_files_is_not_used_as_a_cache_and_is_left_as_it_was() throws IOException {
        Path theirs = temp.resolve("theirs");
        Files.createDirectories(theirs);
        Path file = Files.writeString(theirs.resolve("pdf-" + "a".repeat(64) + ".entry"), "a file named as an entry");
        Map<String, String> before = FileTrees.fingerprint(theirs);
        BuildResult result = weft.build(project, temp.resolve("out"), options().cache(Optional.of(theirs)));
        assertBuilt(result);
        assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                .contains("the build cache is not used").contains("has no " + BuildCache.MARKER + " marker"));
        assertThat(FileTrees.fingerprint(theirs)).isEqualTo(before);
        assertThat(file).exists();
    }

    @Test
    void a_cache_inside_the_output_folder_is_refused_as_the_build_replaces_that_folder_whole() {
        Path out = temp.resolve("out");
        BuildResult result = weft.build(project, out, options().cache(Optional.of(out.resolve("cache"))));
        assertBuilt(result);
        assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                .contains("the build cache is not used").contains("overlaps the publication's folder"));
        assertThat(out.resolve("cache")).doesNotExist();
    }

    @Test
    void a_cache_inside_an_input_folder_is_refused() {
        Path inside = project.resolve("content/cache");
        BuildResult result = weft.build(project, temp.resolve("out"), options().cache(Optional.of(inside)));
        assertBuilt(result);
        assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                .contains("the build cache is not used").contains("inside the project's input folder content/"));
        assertThat(inside).doesNotExist();
    }

    /** Builds with {@code options}, checks the bytes against a build without a cache, and gives the new entries by kind. */
    private Map<String, Set<String>> bypass(BuildOptions options) {
        Map<String, List<String>> before = entries();
        assertSameAsWithoutCache(options);
        Map<String, Set<String>> changed = new TreeMap<>();
        entries().forEach((kind, names) -> {
            Set<String> fresh = new TreeSet<>(names);
            fresh.removeAll(before.getOrDefault(kind, List.of()));
            changed.put(kind, fresh);
        });
        KINDS.keySet().forEach(kind -> changed.putIfAbsent(kind, Set.of()));
        return changed;
    }

    /** Only the results of {@code kinds} were made again, {@code count} of each; every other entry was read back. */
    private void assertBypassed(BuildOptions options, Set<String> kinds, int count) {
        Map<String, Set<String>> changed = bypass(options);
        changed.forEach((kind, fresh) -> assertThat(fresh).as(kind).hasSize(kinds.contains(kind) ? count : 0));
        assertThat(rewritten()).as("entries made again").allSatisfy(name ->
                assertThat(kinds).contains(kindOf(name)));
    }

    private void assertSameAsWithoutCache(BuildOptions options) {
        Path cached = temp.resolve("cached");
        Path plain = temp.resolve("plain");
        TestProjects.delete(cached);
        TestProjects.delete(plain);
        assertBuilt(weft.build(project, cached, options));
        assertBuilt(new Weft().build(project, plain, options.cache(Optional.empty())));
        assertThat(FileTrees.fingerprint(cached)).isEqualTo(FileTrees.fingerprint(plain));
    }

    private static void assertBuilt(BuildResult result) {
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
    }

    private List<Path> entryFiles() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches(ENTRY)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kindOf(String entry) {
        return entry.replaceFirst("-[0-9a-f]{64}\\.entry$", "");
    }

    /** The entries' file names by kind. */
    private Map<String, List<String>> entries() {
        Map<String, List<String>> byKind = new TreeMap<>();
        for (Path f : entryFiles()) {
            String name = f.getFileName().toString();
            byKind.computeIfAbsent(kindOf(name), k -> new java.util.ArrayList<>()).add(name);
        }
        return byKind;
    }

    /** The entries written since {@link #firstBuild} dated them. */
    private List<String> rewritten() {
        return entryFiles().stream().filter(f -> {
            try {
                return Files.getLastModifiedTime(f).toInstant().isAfter(Instant.parse("2001-01-02T00:00:00Z"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(f -> f.getFileName().toString()).toList();
    }
}

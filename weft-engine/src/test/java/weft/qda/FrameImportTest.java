package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * The code tree of real REFI-QDA files (src/test/resources/qda/samples, with their licence notes) imported as
 * coding-frame.yaml, against golden files, and the imported frame accepted by a build; bad files refused with a
 * diagnostic and nothing to write.
 */
class FrameImportTest {

    static final Path SAMPLES = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/samples");
    static final Path INVALID = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/invalid");
    static final Path GOLDEN = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/golden/qda");

    @TempDir
    Path temp;

    private static List<String> diagnostics(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> frame = FrameImport.codingFrame(file, diagnostics);
        if (diagnostics.hasErrors()) {
            assertThat(frame).as("nothing to write when the file has errors").isEmpty();
        }
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taguette-codebook.qdc", "atlasti-23.4-codebook.qdc", "atlasti-8.4-mac-standard-project.qde",
        "hand-authored-all-elements.qde"})
    void a_real_file_imports_as_its_golden_coding_frame_and_the_frame_builds(String sample) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        String yaml = FrameImport.codingFrame(SAMPLES.resolve(sample), diagnostics).orElseThrow();
        Path golden = GOLDEN.resolve(sample.replaceFirst("\\.[a-z]+$", ".yaml"));
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, yaml);
        }
        assertThat(yaml).isEqualTo(Files.readString(golden));

        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(project.resolve("coded-data/coding-frame.yaml"), yaml);
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("content"));
        Files.createDirectories(project.resolve("coded-data/quotes"));
        Files.writeString(project.resolve("coded-data/quotes/quotes.yaml"), "quotes: []\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).allSatisfy(d -> assertThat(d).matches(
                "WARNING (coded-data/coding-frame.yaml:\\d+:\\d+: leaf node '.*' has no quote coded to it.*|content: no prose.*)"));
    }

    @Test
    void a_hierarchy_written_in_names_is_nested_and_colliding_ids_stay_readable_and_stable() {
        List<CodeTree.Node> tree = CodeTree.of(List.of(
                new QdaCode("A", "Coke::diet Coke", true, "", "", List.of(), null),
                new QdaCode("B", "Pepsi::diet Coke", true, "", "", List.of(), null),
                new QdaCode("C", "interesting", true, "", "", List.of(), null),
                new QdaCode("D", "interesting.places", true, "", "", List.of(), null),
                new QdaCode("E", "e.g. a dot", true, "", "", List.of(), null)));
        assertThat(tree).extracting(CodeTree.Node::label).containsExactly("Coke", "Pepsi", "interesting", "e.g. a dot");
        assertThat(tree.get(0).codable()).as("a parent made from the names cannot be coded to").isFalse();
        assertThat(tree.get(0).children().get(0).id()).isEqualTo("diet-coke");
        assertThat(tree.get(1).children().get(0).id()).isEqualTo("pepsi-diet-coke");
        assertThat(tree.get(2).children()).extracting(CodeTree.Node::id).containsExactly("places");
        assertThat(tree.get(3).id()).isEqualTo("e-g-a-dot");
        assertThat(CodeTree.slug("Café & crème brûlée")).isEqualTo("cafe-creme-brulee");
        assertThat(CodeTree.slug("CON")).isEqualTo("con-code");
        assertThat(CodeTree.slug("***")).isEqualTo("code");
        assertThat(CodeTree.slug("x".repeat(100))).hasSize(64);
        // a code named in another script gets an id in Latin letters that says something, not "code", "code-2" ...
        assertThat(CodeTree.slug("Семья и друзья")).isEqualTo("sema-i-druza");
        assertThat(CodeTree.slug("Οικογένεια")).isEqualTo("oikogeneia");
        assertThat(CodeTree.slug("المشاركون")).isEqualTo("almsharkwn");
        assertThat(CodeTree.slug("משפחה")).isEqualTo("msphh");
        assertThat(CodeTree.slug("家庭关系")).isEqualTo("jia-ting-guan-xi");
        assertThat(CodeTree.slug("Интервью 1.txt")).isEqualTo("intervu-1-txt");
        // Latin text as before (ids and anchors of studies in Latin scripts never change)
        assertThat(CodeTree.slug("Straße Søren")).isEqualTo("stra-e-s-ren");
    }

    @Test
    void bad_files_are_refused_where_they_go_wrong() {
        assertThat(diagnostics(INVALID.resolve("doctype.qdc"))).containsExactly("ERROR doctype.qdc:2:68: the XML declares a DTD"
                + " (<!DOCTYPE>): refused, since a DTD can make the reader fetch or expand entities; REFI-QDA files have none");
        assertThat(diagnostics(INVALID.resolve("duplicate-guid.qdc")))
                .containsExactly("ERROR duplicate-guid.qdc:5:89: duplicate code GUID 0D62985D-B147-5D01-A9B5-CAE5DCD98342 (first at line 4)");
        assertThat(diagnostics(INVALID.resolve("malformed.qdc"))).singleElement().asString().startsWith("ERROR malformed.qdc:5:9: XML is not well-formed:");
        assertThat(diagnostics(INVALID.resolve("not-a-zip.qdpx")))
                .containsExactly("ERROR not-a-zip.qdpx: not a zip file, or an empty one: a .qdpx is a zip holding project.qde");
        assertThat(diagnostics(INVALID.resolve("not-refi.qdc"))).containsExactly("ERROR not-refi.qdc:2:44: not a REFI-QDA codebook or"
                + " project: the document is <html> in 'http://www.w3.org/1999/xhtml', expected <CodeBook> or <Project> in"
                + " urn:QDA-XML:codebook:1.0 or urn:QDA-XML:project:1.0");
    }

    @Test
    void a_zip_is_read_within_its_limits() throws IOException {
        byte[] project = Files.readAllBytes(SAMPLES.resolve("hand-authored-all-elements.qde"));
        Path good = zip("good.qdpx", "project.qde", project, "Sources/11111111-1111-1111-1111-111111111111.txt", "text".getBytes());
        assertThat(diagnostics(good)).as("the source in the zip is read: its 4 characters hold neither selection")
                .anyMatch(d -> d.contains("selection 50000000-0000-0000-0000-000000000002 (9-23) lies outside the text of 'Interview 1.txt'"));

        assertThat(diagnostics(zip("slip.qdpx", "project.qde", project, "../../evil.txt", new byte[1])))
                .containsExactly("ERROR slip.qdpx: zip entry '../../evil.txt' would be written outside the project: refused, and"
                        + " nothing was imported");
        assertThat(diagnostics(zip("none.qdpx", "Sources/a.txt", new byte[1])))
                .containsExactly("ERROR none.qdpx: the zip holds no project.qde: not a REFI-QDA project");

        Path bomb = temp.resolve("bomb.qdpx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("project.qde"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= QdaReader.MAX_XML_BYTES; written += spaces.length) {
                out.write(spaces);
            }
        }
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(1 << 20);
        assertThat(diagnostics(bomb)).containsExactly("ERROR bomb.qdpx: an entry unzips to more than 64 MB: refused (a zip bomb?)");
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(os)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write((byte[]) entries[i + 1]);
            }
        }
        return file;
    }
}

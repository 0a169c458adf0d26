package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.model.CodeNode;
import weft.model.Participant;
import weft.model.Quote;
import weft.model.Study;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.support.TestProjects;

/**
 * {@code weft export}: the default study and the test studies exported as .qdpx, imported again with the import a user
 * runs, give the same coding (the tree, each quote's text, the labels of its nodes, its coders); a .qdc gives the same
 * tree; every export validates against the schemas, is the same byte for byte each time, keeps the GUIDs a study
 * stores, never replaces a file, and a study with errors exports nothing.
 */
class QdaExportTest {

    @TempDir
    Path temp;

    /** A node as compared: label and children, nothing else (ids are made again from the labels by the import). */
    record Tree(String label, List<Tree> children) {
    }

    /** A quote as compared: its text, the labels of the nodes it is coded to (in order), who coded it to which ("label: coder"). */
    record Coding(String text, List<String> labels, List<String> coders) {
    }

    private static Path project(String name) {
        return name.equals("default") ? TestProjects.defaultStudy() : TestProjects.fixture(name);
    }

    private static Study read(Path project) {
        Diagnostics diagnostics = new Diagnostics();
        return new StudyReader(new SchemaChecker()).read(new ProjectFiles(project, BuildOptions.defaults().maxFileBytes()),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    private static List<Tree> tree(List<CodeNode> nodes) {
        return nodes.stream().map(n -> new Tree(n.label(), tree(n.children()))).toList();
    }

    private static List<Tree> tree(JsonNode nodes) {
        List<Tree> list = new ArrayList<>();
        nodes.forEach(n -> list.add(new Tree(n.path("label").asText(), tree(n.path("children")))));
        return list;
    }

    private static void labels(JsonNode nodes, Map<String, String> byId) {
        nodes.forEach(n -> {
            byId.put(n.path("id").asText(), n.path("label").asText());
            labels(n.path("children"), byId);
        });
    }

    private static void labels(List<CodeNode> nodes, Map<String, String> byId) {
        nodes.forEach(n -> {
            byId.put(n.id(), n.label());
            labels(n.children(), byId);
        });
    }

    private static List<Coding> codings(Study study, Map<String, List<String>> coders) {
        Map<String, String> labels = new HashMap<>();
        labels(study.frame().roots(), labels);
        return study.quotes().stream().map(q -> new Coding(q.text(), q.codes().stream().map(c -> labels.get(c.id())).toList(),
                coders.getOrDefault(q.id(), List.of()))).toList();
    }

    private static List<Coding> codings(String frameYaml, String quotesYaml) throws IOException {
        Map<String, String> labels = new HashMap<>();
        labels(QdaYaml.MAPPER.readTree(frameYaml).path("nodes"), labels);
        List<Coding> list = new ArrayList<>();
        for (JsonNode q : QdaYaml.MAPPER.readTree(quotesYaml).path("quotes")) {
            List<String> codes = new ArrayList<>();
            q.path("codes").forEach(c -> codes.add(labels.get(c.asText())));
            List<String> coders = new ArrayList<>();
            q.path("qda").path("codings").forEach(c -> coders.add(labels.get(c.path("code").asText()) + ": " + c.path("coder").asText()));
            list.add(new Coding(q.path("text").asText(), codes, coders));
        }
        return list;
    }

    private static byte[] export(Path project, QdaExport.Format format) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> bytes = QdaExport.of(project, format, Optional.empty(), diagnostics);
        assertThat(diagnostics.hasErrors()).as("%s", diagnostics.sorted()).isFalse();
        return bytes.orElseThrow();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private Path written(String name, QdaExport.Format format, byte[] bytes) throws IOException {
        return QdaExport.write(temp.resolve(name), format, bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "mini-study", "interview-study", "portuguese-study"})
    void a_study_exported_as_qdpx_and_imported_again_has_the_same_coding(String name) throws IOException {
        Path project = project(name);
        Study study = read(project);
        Path qdpx = written(name + ".qdpx", QdaExport.Format.QDPX, export(project, QdaExport.Format.QDPX));

        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(qdpx, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).singleElement().asString()
                .startsWith("NOTE " + name + ".qdpx: positions read as Unicode code points");
        assertThat(tree(QdaYaml.MAPPER.readTree(imported.codingFrame()).path("nodes"))).isEqualTo(tree(study.frame().roots()));
        assertThat(codings(imported.codingFrame(), imported.quotes().orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(codings(study, Map.of()));
    }

    @Test
    void the_coders_of_each_quote_come_back_and_become_the_users() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("coders"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    codes: [dishes, friction]\n", "    codes: [dishes, friction]\n"
                + "    qda: {codings: [{code: dishes, coder: Anna Virtanen}, {code: friction, coder: \"Ben <b>\"},"
                + " {code: friction, coder: Anna Virtanen}]}\n");
        TestProjects.replaceIn(quotes, "    codes: [eating-together]\n", "    codes: [eating-together]\n"
                + "    qda: {codings: [{code: eating-together, coder: Ben <b>}]}\n");
        byte[] qdpx = export(project, QdaExport.Format.QDPX);
        String qde = new String(entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).containsSubsequence("<Users>", "name=\"Ben &lt;b&gt;\"", "name=\"Anna Virtanen\"", "</Users>");
        assertThat(qde).doesNotContain("name=\"Weft\"");

        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(written("coders.qdpx", QdaExport.Format.QDPX, qdpx), Optional.empty(),
                diagnostics).orElseThrow();
        assertThat(codings(imported.codingFrame(), imported.quotes().orElseThrow())).containsExactlyInAnyOrderElementsOf(
                codings(read(project), Map.of("sink-full", List.of("Unwashed dishes: Anna Virtanen", "Friction over food: Ben <b>",
                        "Friction over food: Anna Virtanen"), "same-table", List.of("Eating together: Ben <b>"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "mini-study", "interview-study", "portuguese-study"})
    void a_codebook_export_validates_and_imports_as_the_same_tree(String name) throws IOException {
        Path project = project(name);
        byte[] qdc = export(project, QdaExport.Format.QDC);
        assertThat(QdaSchemas.violations(qdc, QdaSchemas.Kind.CODEBOOK)).isEmpty();
        assertThat(new String(qdc, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Weft ");
        Diagnostics diagnostics = new Diagnostics();
        String frame = FrameImport.codingFrame(written(name + ".qdc", QdaExport.Format.QDC, qdc), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(tree(QdaYaml.MAPPER.readTree(frame).path("nodes"))).isEqualTo(tree(read(project).frame().roots()));
        JsonNode first = QdaYaml.MAPPER.readTree(frame).path("nodes").get(0);
        assertThat(first.path("description").asText()).isEqualTo(read(project).frame().roots().get(0).description().strip());
    }

    @Test
    void the_project_validates_and_says_its_sources_are_assembled_quotes_not_the_data() throws IOException {
        byte[] qdpx = export(TestProjects.defaultStudy(), QdaExport.Format.QDPX);
        Map<String, byte[]> entries = entries(qdpx);
        assertThat(entries.keySet().iterator().next()).isEqualTo("project.qde");
        byte[] qde = entries.get("project.qde");
        assertThat(QdaSchemas.violations(qde, QdaSchemas.Kind.PROJECT)).isEmpty();
        String xml = new String(qde, StandardCharsets.UTF_8);
        // one source per quote file of the default study, each described honestly
        assertThat(xml.split("<TextSource ", -1)).hasSize(1 + 2);
        assertThat(xml).contains("<Description>The quotes of coded-data/quotes/family-challenges.yaml, assembled by Weft"
                + " one after another (a blank line between two quotes), in the order of the study's YAML, as the study"
                + " publishes them. This is not the original data, which the study does not hold.</Description>");
        assertThat(xml).contains("<User guid=\"" + QdaExportTest.guid("weft:user:Weft") + "\" name=\"Weft\"/>");
        assertThat(xml).doesNotContain("creatingUser="); // the study records no coder: no coding claims one
        // every plainTextPath is an entry of the zip, and every selection cuts its quote from it
        Matcher source = Pattern.compile("plainTextPath=\"internal://([0-9A-F-]+\\.txt)\"").matcher(xml);
        int sources = 0;
        while (source.find()) {
            assertThat(entries).containsKey("sources/" + source.group(1));
            sources++;
        }
        assertThat(sources).isEqualTo(2);
        Study study = read(TestProjects.defaultStudy());
        Quote first = study.quotes().get(0);
        String firstText = new String(entries.get(entries.keySet().stream().skip(1).findFirst().orElseThrow()), StandardCharsets.UTF_8);
        assertThat(firstText).startsWith(first.text() + "\n\n");
        assertThat(xml).contains("name=\"" + first.id() + "\" startPosition=\"0\" endPosition=\""
                + first.text().codePointCount(0, first.text().length()) + "\"");
    }

    static String guid(String name) {
        return java.util.UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void every_byte_is_the_same_each_time_and_the_entries_carry_the_date_given() throws IOException {
        byte[] once = export(TestProjects.defaultStudy(), QdaExport.Format.QDPX);
        assertThat(export(TestProjects.defaultStudy(), QdaExport.Format.QDPX)).isEqualTo(once);
        assertThat(export(TestProjects.defaultStudy(), QdaExport.Format.QDC)).isEqualTo(export(TestProjects.defaultStudy(),
                QdaExport.Format.QDC));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(once))) {
            assertThat(in.getNextEntry().getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        }
        Diagnostics diagnostics = new Diagnostics();
        byte[] dated = QdaExport.of(TestProjects.defaultStudy(), QdaExport.Format.QDPX,
                Optional.of(Instant.parse("2024-05-06T07:08:10Z")), diagnostics).orElseThrow();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dated))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8, 10));
            }
        }
    }

    @Test
    void an_imported_study_exported_again_keeps_its_guids() throws IOException {
        byte[] first = export(TestProjects.fixture("mini-study"), QdaExport.Format.QDPX);
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(written("first.qdpx", QdaExport.Format.QDPX, first), Optional.empty(),
                diagnostics).orElseThrow();
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("again"));
        TestProjects.delete(project.resolve("content"));
        Files.writeString(project.resolve("coded-data/coding-frame.yaml"), imported.codingFrame());
        Files.delete(project.resolve("coded-data/quotes/quotes.yaml"));
        Files.writeString(project.resolve("coded-data/quotes/imported.yaml"), imported.quotes().orElseThrow());

        String before = new String(entries(first).get("project.qde"), StandardCharsets.UTF_8);
        String after = new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(guids(after, "<Code guid=\"")).isEqualTo(guids(before, "<Code guid=\"")).isNotEmpty();
        assertThat(guids(after, "<PlainTextSelection guid=\"")).isEqualTo(guids(before, "<PlainTextSelection guid=\"")).isNotEmpty();
    }

    private static List<String> guids(String xml, String prefix) {
        List<String> list = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "([0-9A-F-]{36})\"").matcher(xml);
        while (m.find()) {
            list.add(m.group(1));
        }
        return list;
    }

    @Test
    void the_participants_become_cases_with_the_selections_of_their_quotes() throws IOException {
        Study study = read(TestProjects.fixture("interview-study"));
        String xml = new String(entries(export(TestProjects.fixture("interview-study"), QdaExport.Format.QDPX)).get("project.qde"),
                StandardCharsets.UTF_8);
        assertThat(QdaSchemas.violations(xml.getBytes(StandardCharsets.UTF_8), QdaSchemas.Kind.PROJECT)).isEmpty();
        String p25 = xml.substring(xml.indexOf("<Case guid=\"" + guid("weft:participant:p25") + "\" name=\"p25\">"));
        p25 = p25.substring(0, p25.indexOf("</Case>"));
        assertThat(p25).contains("<Description>Cited as 25M83</Description>");
        List<String> quotes = study.quotes().stream().filter(q -> q.participant().map(r -> r.id().equals("p25")).orElse(false))
                .map(q -> guid("weft:quote:" + q.id())).toList();
        assertThat(quotes).hasSizeGreaterThan(1);
        assertThat(guids(p25, "<SelectionRef targetGUID=\"")).isEqualTo(quotes);
        assertThat(xml.split("<Case ", -1)).hasSize(1 + (int) study.info().participants().size());
    }

    @Test
    void the_participants_attributes_become_variables_and_come_back_on_import() throws IOException {
        Path project = TestProjects.fixture("interview-study");
        Study study = read(project);
        byte[] qdpx = export(project, QdaExport.Format.QDPX);
        String xml = new String(entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<Variable guid=\"" + guid("weft:variable:group") + "\" name=\"group\" typeOfVariable=\"Text\"/>");
        assertThat(xml.split("<Variable ", -1)).hasSize(1 + 3);

        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(written("people.qdpx", QdaExport.Format.QDPX, qdpx), Optional.empty(),
                diagnostics).orElseThrow();
        Map<String, Map<String, String>> back = new LinkedHashMap<>();
        for (JsonNode p : QdaYaml.MAPPER.readTree(imported.participants().orElseThrow()).path("participants")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            p.path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
            back.put(p.path("id").asText(), attributes);
        }
        Map<String, Map<String, String>> written = new LinkedHashMap<>();
        for (Participant p : study.info().participants()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            p.attributes().forEach(a -> attributes.put(a.name(), a.value()));
            written.put(p.id(), attributes);
        }
        assertThat(back).containsExactlyEntriesOf(written);
        assertThat(written.get("p25")).containsEntry("age", "83");
    }

    @Test
    void a_quote_coded_twice_to_a_node_has_one_coding_of_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("twice"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [dishes, friction]", "codes: [dishes, friction, dishes]");
        String xml = new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8);
        String sink = xml.substring(xml.indexOf("name=\"sink-full\""));
        sink = sink.substring(0, sink.indexOf("</PlainTextSelection>"));
        assertThat(sink.split("<Coding ", -1)).hasSize(1 + 2);
        assertThat(guids(xml, "<Coding guid=\"")).doesNotHaveDuplicates();
    }

    @Test
    void an_output_that_exists_is_never_replaced() throws IOException {
        Path output = temp.resolve("mine.qdpx");
        Files.writeString(output, "not Weft's");
        assertThat(QdaExport.refusal(output)).get().asString().contains("mine.qdpx exists: weft export never replaces a file");
        byte[] bytes = export(TestProjects.fixture("mini-study"), QdaExport.Format.QDPX);
        assertThatThrownBy(() -> QdaExport.write(output, QdaExport.Format.QDPX, bytes)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(output)).isEqualTo("not Weft's");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("mine.qdpx");
        }
        assertThat(QdaExport.refusal(temp.resolve("new.qdpx"))).isEmpty();
    }

    @Test
    void the_file_is_readable_as_the_builds_files_are_not_owner_only_as_a_temporary_file() throws IOException {
        Path written = written("team.qdpx", QdaExport.Format.QDPX, export(TestProjects.fixture("mini-study"), QdaExport.Format.QDPX));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void bytes_that_do_not_validate_are_an_internal_error_and_nothing_is_written() {
        byte[] invalid = "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QdaExport.write(temp.resolve("bad.qdc"), QdaExport.Format.QDC, invalid))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("internal error: the export does not validate against Codebook.xsd, so it was not written");
        assertThat(temp.resolve("bad.qdc")).doesNotExist();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void a_study_with_errors_exports_nothing() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("broken"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "codes: [eating-together]", "codes: [no-such-node]");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(QdaExport.of(project, QdaExport.Format.QDPX, Optional.empty(), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString)
                .anyMatch(d -> d.matches("ERROR coded-data/quotes/quotes\\.yaml:\\d+:\\d+: quote 'same-table' is coded to unknown node 'no-such-node'"));
    }

    @Test
    void a_quote_file_of_text_xml_cannot_hold_is_still_valid_and_the_text_file_keeps_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("odd"));
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        String yaml = Files.readString(frame);
        Files.writeString(frame, yaml.replaceFirst("label: ([^\\n]+)", "label: \"Bell \\\\a & \\\\\"quotes\\\\\" <x>\""));
        byte[] qdpx = export(project, QdaExport.Format.QDPX);
        byte[] qde = entries(qdpx).get("project.qde");
        assertThat(QdaSchemas.violations(qde, QdaSchemas.Kind.PROJECT)).isEmpty();
        assertThat(new String(qde, StandardCharsets.UTF_8)).contains("name=\"Bell \uFFFD &amp; &quot;quotes&quot; &lt;x&gt;\"");
    }

    /**
     * An export for a data archive ({@code --audience public}) holds what the public build publishes: not a quote for
     * the team, nor the quotes of a participant for the reviewers (who stays, as the public build's tables keep them,
     * without those quotes' selections), and a quote whose whole text is for the team as its excerpt; the project's
     * description and a note say so. The team's export, the default, holds everything.
     */
    @Test
    void an_export_for_the_public_leaves_out_what_the_public_build_withholds() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("audiences"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: I had lived here nine years and never knew their first names.\n",
                "    text: I had lived here nine years and never knew their first names.\n    audience: team\n");
        TestProjects.replaceIn(quotes, "    text: The first radish is the start of summer for me.\n",
                "    text: The first radish is the start of summer for me.\n    excerpt: \"The first radish … for me.\"\n"
                        + "    textAudience: team\n");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "    citedAs: 40M71\n", "    citedAs: 40M71\n    audience: reviewers\n");

        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = QdaExport.of(project, QdaExport.Format.QDPX, weft.model.Audience.PUBLIC, false, Optional.empty(), diagnostics)
                .orElseThrow();
        Map<String, byte[]> entries = entries(bytes);
        String xml = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(QdaSchemas.violations(entries.get("project.qde"), QdaSchemas.Kind.PROJECT)).isEmpty();
        String texts = String.join("\n", entries.entrySet().stream().filter(e -> e.getKey().startsWith("sources/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).toList());
        assertThat(xml).doesNotContain("name=\"first-names\"").doesNotContain("name=\"tomatoes-need-me\"")
                .contains("name=\"first-radish\"")
                .contains("from the study's coding frame (coded-data/coding-frame.yaml) and quotes (coded-data/quotes/) for the"
                        + " audience 'public': 8 quotes (1 as its excerpt alone, 3 withheld for privacy left out).");
        assertThat(xml).as("cases named as the article cites them, not by id").contains("name=\"25M83\">")
                .doesNotContain("name=\"p25\"");
        String p40 = xml.substring(xml.indexOf("name=\"40M71\">"));
        assertThat(p40.substring(0, p40.indexOf("</Case>"))).contains("<TextValue>71</TextValue>").doesNotContain("SelectionRef");
        assertThat(texts).doesNotContain("first names").doesNotContain("tomatoes").contains("The first radish … for me.")
                .doesNotContain("start of summer");
        assertThat(diagnostics.sorted()).extracting(Object::toString).contains("NOTE coded-data/quotes: an export for the"
                + " audience 'public': 8 quotes (1 as its excerpt alone, 3 withheld for privacy left out); an import of it"
                + " into this study would remove what it leaves out: it is for a"
                + " data archive or a reader, not for the team's recoding (export with the audience 'team' for that)");

        String team = new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(team).contains("name=\"first-names\"").contains("name=\"tomatoes-need-me\"").contains("name=\"p40\"")
                .doesNotContain("audience");
    }

    /** A quote's reduced expression goes with it, in its selection's description; not for a build shown its excerpt alone. */
    @Test
    void a_reduced_expression_is_in_its_selections_description_for_whoever_may_read_the_whole_text() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("reduced"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    text: The first radish is the start of summer for me.\n",
                "    text: The first radish is the start of summer for me.\n    excerpt: \"The first radish … for me.\"\n"
                        + "    textAudience: team\n    reduced: the first radish begins summer\n");
        String team = new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(team).contains("<Description>Weft quote 'first-radish'; reduced expression: the first radish begins"
                + " summer</Description>");
        byte[] bytes = QdaExport.of(project, QdaExport.Format.QDPX, weft.model.Audience.PUBLIC, false, Optional.empty(),
                new Diagnostics()).orElseThrow();
        Map<String, byte[]> entries = entries(bytes);
        assertThat(QdaSchemas.violations(entries.get("project.qde"), QdaSchemas.Kind.PROJECT)).isEmpty();
        assertThat(new String(entries.get("project.qde"), StandardCharsets.UTF_8)).doesNotContain("begins summer");
    }

    /**
     * The reduced expression comes back: an import of the export has it, and a co-author who re-words it in their QDA
     * tool (where it is the selection's comment) brings the new wording into the study, listed; a selection's comment
     * of the tool's own is not taken for one, and a note counts it.
     */
    @Test
    void a_reduced_expression_comes_back_from_the_export_and_a_co_authors_rewording_with_it() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("reduced-back"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "    text: The first radish is the start of summer for me.\n",
                "    text: The first radish is the start of summer for me.\n    reduced: the first radish begins summer\n");
        Map<String, byte[]> exported = entries(export(project, QdaExport.Format.QDPX));
        Path study = QdpxFiles.studyToImportInto(temp.resolve("co-author"));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.write(study, FrameImport.of(written("team.qdpx", QdaExport.Format.QDPX, zip(exported)), Optional.empty(),
                diagnostics).orElseThrow(), diagnostics).orElseThrow();
        assertThat(reductions(study)).containsExactly("the first radish begins summer");
        assertThat(diagnostics.sorted()).extracting(Object::toString).noneMatch(d -> d.contains("comment"));

        // the co-author re-words it, and adds a comment of their own to another selection
        String qde = new String(exported.get("project.qde"), StandardCharsets.UTF_8);
        String recoded = qde.replace("reduced expression: the first radish begins summer",
                "reduced expression: summer starts with the first radish");
        int other = recoded.indexOf("<Description>Weft quote '", recoded.indexOf("summer starts"));
        recoded = recoded.substring(0, other) + "<Description>ask her about the allotment" + recoded.substring(
                recoded.indexOf("</Description>", other));
        assertThat(recoded).isNotEqualTo(qde);
        exported.put("project.qde", recoded.getBytes(StandardCharsets.UTF_8));
        Diagnostics again = new Diagnostics();
        ImportedFiles.Written written = ImportedFiles.write(study, FrameImport.of(written("recoded.qdpx", QdaExport.Format.QDPX,
                zip(exported)), Optional.empty(), again).orElseThrow(), again).orElseThrow();
        assertThat(written.changes()).singleElement().asString().startsWith("reduced: quote '")
                .endsWith("' takes the file's reduced expression");
        assertThat(reductions(study)).containsExactly("summer starts with the first radish");
        assertThat(again.sorted()).extracting(Object::toString).contains("NOTE recoded.qdpx: 1 coded selection's comment (its"
                + " <Description>) is not imported: Weft keeps no comments on quotes; where they are the quotes' reduced"
                + " expressions (condensed meaning units), import with --comments reduced (weft.comments)");
    }

    /** The reduced expressions of the quotes {@code study}'s import wrote. */
    private static List<String> reductions(Path study) throws IOException {
        List<String> reduced = new ArrayList<>();
        QdaYaml.MAPPER.readTree(Files.readString(study.resolve("coded-data/quotes/imported.yaml"))).path("quotes")
                .forEach(q -> {
                    if (q.has("reduced")) {
                        reduced.add(q.path("reduced").asText());
                    }
                });
        return reduced;
    }

    /** {@code entries} as a zip, in their order. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * {@code --anonymous}: the export a double-anonymous review may see names no author: the coders by number, an
     * author's name in a node's description and in a source's name replaced as the review copy replaces it; a quote
     * that names one (the participants' words are never changed) is warned of, naming where, never the name.
     */
    @Test
    void an_anonymised_export_names_the_coders_by_number_and_replaces_the_authors_names() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("anonymous"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    source: {recorded: true, thread: \"Sunday meals\", message: \"12\"}\n",
                "    source: {recorded: true, file: \"Interview by Bo Sample.txt\"}\n    qda:\n      codings:\n"
                        + "        - {code: cooking-together, coder: Ada Example}\n        - {code: cooking-together, coder: Bo Sample}\n");
        TestProjects.replaceIn(quotes, "The sink is always full.", "The sink is always full, Example said.");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "description: Dishes left in the sink.",
                "description: Dishes left in the sink, as Sample observed.");

        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> entries = entries(QdaExport.of(project, QdaExport.Format.QDPX, weft.model.Audience.TEAM, true,
                Optional.empty(), diagnostics).orElseThrow());
        String xml = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(QdaSchemas.violations(entries.get("project.qde"), QdaSchemas.Kind.PROJECT)).isEmpty();
        assertThat(xml).doesNotContain("Ada Example").doesNotContain("Bo Sample").doesNotContain("Sample observed")
                .contains("<User guid=\"" + guid("weft:user:Coder 1") + "\" name=\"Coder 1\"/>")
                .contains("<User guid=\"" + guid("weft:user:Coder 2") + "\" name=\"Coder 2\"/>")
                .contains("Dishes left in the sink, as [Author] observed.").contains("name=\"Interview by [Author].txt\"")
                .contains("quotes (coded-data/quotes/), anonymised for a double-anonymous review (the authors' names replaced,"
                        + " 2 coders named by number).");
        String sink = entries.entrySet().stream().filter(e -> new String(e.getValue(), StandardCharsets.UTF_8)
                .contains("Example said")).map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).contains("NOTE coded-data/study.yaml: an anonymised"
                + " export: the authors and affiliations named nowhere, their names replaced in the coding frame's descriptions,"
                + " the sources' names and the participants' attributes, 2 coders named by number", "WARNING"
                + " coded-data/study.yaml: the anonymised export still names an author or an affiliation in " + sink + ": from"
                + " text it does not anonymise (a quote's words, a node's label ...); replace the name there (in a quote, as"
                + " \"[interviewer]\"), or share this export only once it is gone");

        // the codebook alone: the descriptions anonymised too
        String qdc = new String(QdaExport.of(project, QdaExport.Format.QDC, weft.model.Audience.TEAM, true, Optional.empty(),
                new Diagnostics()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(qdc).contains("as [Author] observed.").doesNotContain("Sample");
        // not anonymised: as the study has it
        assertThat(new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8))
                .contains("name=\"Ada Example\"").contains("as Sample observed.");
    }

    /**
     * An export that leaves something of the study out says so in its origin, and an import over the study refuses it
     * (it would take the withheld quotes, or the coders' names, out of the study); into a folder of its own it imports.
     */
    @Test
    void an_export_for_the_public_or_anonymised_is_never_imported_over_the_study() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("over"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    audience: team\n");
        String team = new String(entries(export(project, QdaExport.Format.QDPX)).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(team).contains("origin=\"" + QdaExport.ORIGIN + "\"");
        byte[] deposit = QdaExport.of(project, QdaExport.Format.QDPX, weft.model.Audience.PUBLIC, true, Optional.empty(),
                new Diagnostics()).orElseThrow();
        assertThat(new String(entries(deposit).get("project.qde"), StandardCharsets.UTF_8))
                .contains("origin=\"" + QdaExport.ORIGIN + " (for the audience 'public', anonymised)\"");

        // the study's coding imported from the team's export, then the deposit imported over it: refused
        Path study = QdpxFiles.studyToImportInto(temp.resolve("imported"));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.write(study, FrameImport.of(written("team.qdpx", QdaExport.Format.QDPX, export(project, QdaExport.Format.QDPX)),
                Optional.empty(), diagnostics).orElseThrow(), diagnostics).orElseThrow();
        String quotes = Files.readString(study.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes).contains("The sink is always full.");
        Diagnostics refused = new Diagnostics();
        assertThat(ImportedFiles.write(study, FrameImport.of(written("deposit.qdpx", QdaExport.Format.QDPX, deposit),
                Optional.empty(), new Diagnostics()).orElseThrow(), refused)).isEmpty();
        assertThat(refused.sorted()).extracting(Object::toString).containsExactly("ERROR deposit.qdpx: this file is an export of"
                + " weft export (for the audience 'public', anonymised): it leaves out what the study holds, and importing it"
                + " over the study would take that out; bring a recoding back from the team's export (weft export's default,"
                + " --audience team, not anonymised); nothing was written");
        assertThat(study.resolve("coded-data/quotes/imported.yaml")).content().isEqualTo(quotes);

        // a reader's own folder: the deposit imports
        Path reader = QdpxFiles.studyToImportInto(temp.resolve("reader"));
        Diagnostics reading = new Diagnostics();
        FrameImport.Imported fromTheArchive = FrameImport.of(temp.resolve("deposit.qdpx"), Optional.empty(), reading).orElseThrow();
        assertThat(fromTheArchive.summary()).endsWith(". It is an export of weft export (for the audience 'public', anonymised):"
                + " what that study withheld from its audience is not in it.");
        assertThat(ImportedFiles.write(reader, fromTheArchive, reading)).isPresent();
        assertThat(Files.readString(reader.resolve("coded-data/quotes/imported.yaml"))).doesNotContain("The sink");
    }
}

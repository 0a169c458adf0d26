package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * Importing again after recoding in the QDA tool: the author's work in Weft survives, every change in the coding is
 * listed, and the build warns where a narrative may have gone stale. The two versions of the QDA project are written
 * here, with a text of our own.
 */
class ReimportTest {

    static final String TEXT = "I grow tomatoes on the roof. My neighbour waters them when I travel.\n";
    static final String GARDEN = "A0000000-0000-0000-0000-000000000001";
    static final String GROWING = "A0000000-0000-0000-0000-000000000002";
    static final String SHARING = "A0000000-0000-0000-0000-000000000003";
    static final String TRAVEL = "A0000000-0000-0000-0000-000000000004";
    static final String WATER = "A0000000-0000-0000-0000-000000000005";
    static final String ROOF = "A0000000-0000-0000-0000-000000000006";

    @TempDir
    Path temp;
    Path project;

    @BeforeEach
    void project() {
        project = QdpxFiles.studyToImportInto(temp.resolve("study"));
    }

    private static String code(String guid, String name, String children) {
        return "<Code guid=\"" + guid + "\" name=\"" + name + "\" isCodable=\"true\">" + children + "</Code>\n";
    }

    private static String selection(int n, String words, String... codes) {
        int at = TEXT.indexOf(words);
        StringBuilder codings = new StringBuilder();
        for (String c : codes) {
            codings.append("<Coding guid=\"C0000000-0000-0000-0000-0000000000").append(n).append(c.substring(34))
                    .append("\" creatingUser=\"10000000-0000-0000-0000-000000000001\"><CodeRef targetGUID=\"").append(c)
                    .append("\"/></Coding>");
        }
        return "<PlainTextSelection guid=\"50000000-0000-0000-0000-00000000000" + n + "\" name=\"s" + n + "\" startPosition=\""
                + at + "\" endPosition=\"" + (at + words.length()) + "\">" + codings + "</PlainTextSelection>\n";
    }

    private Path qdpx(String name, String codes, String selections) throws IOException {
        return qdpx(name, codes, "", selections);
    }

    private static String participant(String guid, String name, String age, String ref) {
        return "<Case guid=\"" + guid + "\" name=\"" + name + "\"><VariableValue><VariableRef targetGUID=\"30000000-0000-0000-0000-000000000001\"/>"
                + "<IntegerValue>" + age + "</IntegerValue></VariableValue>" + ref + "</Case>\n";
    }

    private Path qdpx(String name, String codes, String cases, String selections) throws IOException {
        return qdpx(name, codes, cases, selections, "");
    }

    private Path qdpx(String name, String codes, String cases, String selections, String notes) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="garden" origin="Weft test">
                <Users><User guid="10000000-0000-0000-0000-000000000001" name="Coder A"/></Users>
                <CodeBook><Codes>
                %s</Codes></CodeBook>
                <Variables><Variable guid="30000000-0000-0000-0000-000000000001" name="Age" typeOfVariable="Integer"/></Variables>
                <Cases>%s</Cases>
                <Sources>
                <TextSource guid="40000000-0000-0000-0000-000000000001" name="Interview 1.txt" plainTextPath="internal://AAAA0000-0000-0000-0000-000000000001.txt">
                %s</TextSource>
                </Sources>
                <Notes>%s</Notes>
                </Project>
                """.formatted(codes, cases, selections, notes);
        return QdpxFiles.write(temp.resolve(name), xml, java.util.Map.of("sources/AAAA0000-0000-0000-0000-000000000001.txt", TEXT));
    }

    /** The first coding: a garden with two codes, and two codes beside it. */
    private Path first() throws IOException {
        return qdpx("first.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing food", "") + code(SHARING, "Sharing", ""))
                        + code(TRAVEL, "Travel", "") + code(WATER, "Water", ""),
                selection(1, "I grow tomatoes", GROWING) + selection(2, "My neighbour waters them", SHARING)
                        + selection(3, "when I travel", TRAVEL) + selection(4, "waters", WATER));
    }

    /**
     * The recoding: "Growing food" renamed, "Travel" merged into "Sharing", "Water" deleted with its coding, a new code
     * "Roof" under the garden with a new selection.
     */
    private Path second() throws IOException {
        return qdpx("second.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing vegetables", "") + code(SHARING, "Sharing", "")
                        + code(ROOF, "Roof", "")),
                selection(1, "I grow tomatoes", GROWING) + selection(2, "My neighbour waters them", SHARING)
                        + selection(3, "when I travel", SHARING) + selection(5, "on the roof", ROOF));
    }

    private ImportedFiles.Written write(Path file, Diagnostics diagnostics) throws IOException {
        assertThat(ImportedFiles.refusal(project)).isEmpty();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), diagnostics).orElseThrow();
        return ImportedFiles.write(project, imported, diagnostics).orElseThrow();
    }

    /**
     * What the author does in Weft after the first import: narratives, a presented quote, a node of their own, the
     * frame's nodes said to exclude each other.
     */
    private void authorsWork() {
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        TestProjects.replaceIn(frame, "\nlevels:", "\nexclusive: true\nlevels:");
        TestProjects.replaceIn(frame, "    label: Garden\n", "    label: Garden\n    narrative: |\n      The garden: {{quote:interview-1-1}}.\n");
        TestProjects.replaceIn(frame, "    label: Water\n", "    label: Water\n    narrative: |\n      Watering.\n");
        TestProjects.replaceIn(frame, "        label: Sharing\n", "        label: Sharing\n        incomplete: only one interview so far\n");
        TestProjects.replaceIn(frame, "  - id: travel\n", "  - id: neighbours\n    label: Neighbours\n    incomplete: added by the author\n"
                + "  - id: travel\n");
        Path quotes = project.resolve("coded-data/quotes/imported.yaml");
        TestProjects.replaceIn(quotes, "    text: I grow tomatoes\n    codes:\n      - growing-food\n    presented: false\n",
                "    text: I grow tomatoes\n    codes:\n      - growing-food\n    presented: true\n    translatedFrom: no\n");
    }

    @Test
    void a_recoding_keeps_the_authors_work_and_lists_what_changed() throws IOException {
        assertThat(write(first(), new Diagnostics()).merged()).isFalse();
        authorsWork();
        String before = Files.readString(project.resolve("coded-data/coding-frame.yaml"));

        ImportedFiles.Written written = write(second(), new Diagnostics());

        assertThat(written.merged()).isTrue();
        assertThat(written.changes()).containsExactly(
                "renamed: node 'growing-food' from \"Growing food\" to \"Growing vegetables\"",
                "added: node 'roof' (\"Roof\") under 'garden'",
                "recoded: quote 'interview-1-3' from ['travel'] to ['sharing']",
                "added: quote 'interview-1-4-2', coded to ['roof']",
                "removed: quote 'interview-1-4' (its selection is no longer coded in the QDA file)",
                "removed: node 'travel' (\"Travel\"), its quotes now coded to 'sharing' (merged into it)",
                "removed: node 'water' (\"Water\"), deleted with its codings; kept, marked 'recoded', since it holds the author's work",
                "recoded: the narrative of node 'garden' may be stale (2 quotes added and 0 removed at or below it)");
        String frame = Files.readString(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(frame).contains("  - id: growing-food\n        label: Growing vegetables\n")
                .contains("    narrative: |\n      The garden: {{quote:interview-1-1}}.\n")
                .contains("recoded: \"weft import of second.qdpx: 2 quotes added and 0 removed at or below it\"")
                .contains("  - id: neighbours\n    label: Neighbours\n    incomplete: added by the author\n")
                .contains("incomplete: only one interview so far")
                .contains("\nexclusive: true\n")
                .doesNotContain("id: travel");
        assertThat(frame).contains("  - id: water\n    label: Water\n    narrative: |\n      Watering.\n    recoded: \"removed from the"
                + " QDA file (deleted with its codings): move what its narrative says where it belongs, then delete this node\"\n");
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes).contains("  - id: interview-1-1\n    text: I grow tomatoes\n    codes:\n      - growing-food\n"
                + "    presented: true\n    translatedFrom: \"no\"\n"); // Norwegian, as the build reads it: not false
        assertThat(Files.readString(project.resolve(".weft/previous-import/coding-frame.yaml"))).isEqualTo(before);

        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).anyMatch(d -> d.startsWith("WARNING coded-data/coding-frame.yaml:")
                && d.contains("the narrative of node 'garden' may be stale: weft import of second.qdpx: 2 quotes added"))
                .anyMatch(d -> d.contains("the narrative of node 'water' may be stale: removed from the QDA file"));
    }

    @Test
    void a_code_split_in_two_and_a_code_moved_are_told_apart() throws IOException {
        write(second(), new Diagnostics());
        String lending = "A0000000-0000-0000-0000-000000000007";
        String helping = "A0000000-0000-0000-0000-000000000008";
        Path third = qdpx("third.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing vegetables", "") + code(lending, "Lending", "")
                        + code(helping, "Helping", "")) + code(ROOF, "Roof", ""),
                selection(1, "I grow tomatoes", GROWING) + selection(2, "My neighbour waters them", lending)
                        + selection(3, "when I travel", helping) + selection(5, "on the roof", ROOF));

        assertThat(write(third, new Diagnostics()).changes()).containsExactly(
                "added: node 'lending' (\"Lending\") under 'garden'",
                "added: node 'helping' (\"Helping\") under 'garden'",
                "moved: node 'roof' from under 'garden' to the root",
                "recoded: quote 'interview-1-2' from ['sharing'] to ['lending']",
                "recoded: quote 'interview-1-3' from ['sharing'] to ['helping']",
                "removed: node 'sharing' (\"Sharing\"), its quotes now coded to 'helping', 'lending' (split)");
    }

    @Test
    void participants_keep_their_ids_and_how_they_are_cited_and_take_the_files_attributes() throws IOException {
        String anna = "D0000000-0000-0000-0000-000000000001";
        String source = "<SourceRef targetGUID=\"40000000-0000-0000-0000-000000000001\"/>";
        write(qdpx("cases.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing food", "")), participant(anna, "Anna", "34", source),
                selection(1, "I grow tomatoes", GROWING)), new Diagnostics());
        Path participants = project.resolve("coded-data/participants.yaml");
        TestProjects.replaceIn(participants, "citedAs: Anna", "citedAs: P1"); // the author makes the participant anonymous

        ImportedFiles.Written written = write(qdpx("cases-2.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing food", "")),
                participant(anna, "Anna K.", "35", source) + participant("D0000000-0000-0000-0000-000000000002", "Anna", "51",
                        "<SelectionRef targetGUID=\"50000000-0000-0000-0000-000000000002\"/>"),
                selection(1, "I grow tomatoes", GROWING) + selection(2, "My neighbour waters them", GROWING)), new Diagnostics());

        assertThat(written.changes()).containsExactly("attributes: participant 'anna' takes the QDA file's values",
                "added: participant 'anna-2'", "added: quote 'interview-1-2', coded to ['growing-food']");
        assertThat(Files.readString(participants)).contains("  - id: anna\n    citedAs: P1\n    attributes:\n      Age: \"35\"\n")
                .contains("  - id: anna-2\n    citedAs: Anna\n");
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml")))
                .contains("  - id: interview-1-1\n    text: I grow tomatoes\n    codes:\n      - growing-food\n    presented: false\n"
                        + "    participant: anna\n")
                .contains("  - id: interview-1-2\n    text: My neighbour waters them\n    codes:\n      - growing-food\n"
                        + "    presented: false\n    participant: anna-2\n")
                .contains("codings:\n        - code: growing-food\n          coder: Coder A\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
    }

    @Test
    void a_study_written_by_hand_comes_back_from_its_export_recoded_in_a_qda_tool() throws IOException {
        Path study = temp.resolve("default");
        for (String folder : List.of("coded-data", "content", "templates")) {
            TestProjects.copyTree(TestProjects.defaultStudy().resolve(folder), study.resolve(folder));
        }
        Path exported = temp.resolve("default.qdpx");
        Files.write(exported, QdaExport.of(study, QdaExport.Format.QDPX, Optional.empty(), new Diagnostics()).orElseThrow());
        Map<String, String> before = weft.support.FileTrees.fingerprint(study);

        ImportedFiles.Written same = ImportedFiles.write(study, FrameImport.of(exported, Optional.empty(), new Diagnostics())
                .orElseThrow(), new Diagnostics()).orElseThrow();

        assertThat(same.changes()).isEmpty();
        assertThat(weft.support.FileTrees.fingerprint(study)).isEqualTo(before);

        // in the QDA tool: a code renamed, a quote coded to another code
        String xml = new String(entries(exported).get("project.qde"), StandardCharsets.UTF_8)
                .replace("name=\"Poor emotional intelligence skills\"", "name=\"Low emotional intelligence\"");
        String target = xml.replaceFirst("(?s).*<Code guid=\"([^\"]+)\" name=\"Lack of close, genuine relationships\".*", "$1");
        String selection = xml.replaceFirst("(?s).*(<PlainTextSelection [^>]*name=\"prejudice\".*?</PlainTextSelection>).*", "$1");
        xml = xml.replace(selection, selection.replaceAll("targetGUID=\"[^\"]+\"", "targetGUID=\"" + target + "\""));
        Path recoded = temp.resolve("recoded.qdpx");
        Map<String, byte[]> files = entries(exported);
        files.put("project.qde", xml.getBytes(StandardCharsets.UTF_8));
        try (OutputStream os = Files.newOutputStream(recoded); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        String quotes = Files.readString(study.resolve("coded-data/quotes/family-challenges.yaml"));

        ImportedFiles.Written back = ImportedFiles.write(study, FrameImport.of(recoded, Optional.empty(), new Diagnostics())
                .orElseThrow(), new Diagnostics()).orElseThrow();

        assertThat(back.changes()).containsExactly(
                "renamed: node 'poor-emotional-intelligence' from \"Poor emotional intelligence skills\" to \"Low emotional intelligence\"",
                "recoded in the QDA tool: quote 'prejudice' from ['difficulty-of-communication'] to ['lack-of-close-relationships'];"
                        + " Weft does not rewrite coded-data/quotes/family-challenges.yaml: change its codes there",
                "recoded: the narrative of node 'lack-of-close-relationships' may be stale (1 quote added and 0 removed at or below it)",
                "recoded: the narrative of node 'poor-emotional-intelligence' may be stale (renamed from \"Poor emotional intelligence skills\")",
                "recoded: the narrative of node 'difficulty-of-communication' may be stale (0 quotes added and 1 removed at or below it)");
        assertThat(Files.readString(study.resolve("coded-data/quotes/family-challenges.yaml"))).isEqualTo(quotes);
        assertThat(study.resolve("coded-data/quotes/imported.yaml")).doesNotExist();
        assertThat(study.resolve("coded-data/participants.yaml")).doesNotExist();
        String frame = Files.readString(study.resolve("coded-data/coding-frame.yaml"));
        assertThat(frame).startsWith("# yaml-language-server: $schema=../schemas/coding-frame.schema.json\n# Imported by weft import");
        assertThat(frame).contains("  - id: poor-emotional-intelligence\n            label: Low emotional intelligence\n")
                .contains("labelSource: printed").doesNotContain("guid:");
        BuildResult result = TestProjects.render(study);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("may be stale: weft import of recoded.qdpx")).hasSize(3);
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void a_memo_the_author_made_the_description_does_not_come_back_and_a_new_one_does() throws IOException {
        String memo = "<Note guid=\"E0000000-0000-0000-0000-000000000001\" name=\"memo\"><PlainTextContent>%s</PlainTextContent></Note>";
        String codes = "<Code guid=\"" + GARDEN + "\" name=\"Garden\" isCodable=\"true\"><NoteRef targetGUID=\"E0000000-0000-0000-0000-000000000001\"/>"
                + code(GROWING, "Growing food", "") + "</Code>\n";
        String selections = selection(1, "I grow tomatoes", GROWING);
        write(qdpx("memo.qdpx", codes, "", selections, memo.formatted("Gardens as shared places.")), new Diagnostics());
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        assertThat(Files.readString(frame)).contains("    descriptionDraft: Gardens as shared places.\n");
        TestProjects.replaceIn(frame, "    descriptionDraft: Gardens as shared places.\n", "    description: Gardens as shared places.\n");

        assertThat(write(qdpx("memo.qdpx", codes, "", selections, memo.formatted("Gardens as shared places.")), new Diagnostics())
                .changes()).isEmpty();
        assertThat(Files.readString(frame)).doesNotContain("descriptionDraft");

        assertThat(write(qdpx("memo-2.qdpx", codes, "", selections, memo.formatted("Gardens as places of care.")), new Diagnostics())
                .changes()).containsExactly("memo: node 'garden' has a new description draft from the QDA tool's memo");
        assertThat(Files.readString(frame)).contains("    description: Gardens as shared places.\n")
                .contains("    descriptionDraft: Gardens as places of care.\n");
    }

    /**
     * The excerpts the article prints are the author's: a re-cut keeps them, and says where one is no longer words of the
     * quote's new text (the build then stops at it).
     */
    @Test
    void a_re_cut_keeps_the_excerpts_the_article_prints_and_names_one_the_new_text_lost() throws IOException {
        write(first(), new Diagnostics());
        Path quotes = project.resolve("coded-data/quotes/imported.yaml");
        TestProjects.replaceIn(quotes, "    text: I grow tomatoes\n", "    text: I grow tomatoes\n    excerpt: I grow [them]\n");
        TestProjects.replaceIn(quotes, "    text: My neighbour waters them\n", "    text: My neighbour waters them\n"
                + "    excerpt: My neighbour … them\n");
        Path recut = qdpx("recut.qdpx", code(GARDEN, "Garden", code(GROWING, "Growing food", "") + code(SHARING, "Sharing", ""))
                        + code(TRAVEL, "Travel", "") + code(WATER, "Water", ""),
                selection(1, "I grow tomatoes on the roof", GROWING) + selection(2, "My neighbour waters", SHARING)
                        + selection(3, "when I travel", TRAVEL) + selection(4, "waters", WATER));

        ImportedFiles.Written written = write(recut, new Diagnostics());

        assertThat(written.changes()).containsExactly(
                "re-cut: quote 'interview-1-1' (its selection's boundaries moved in the QDA tool)",
                "re-cut: quote 'interview-1-2' (its selection's boundaries moved in the QDA tool); the excerpt the article"
                        + " prints of it is no longer words of its text: mend its excerpt (the build stops at it)");
        assertThat(Files.readString(quotes)).contains("    text: I grow tomatoes on the roof\n    excerpt: \"I grow [them]\"\n")
                .contains("    text: My neighbour waters\n    excerpt: My neighbour … them\n");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).anyMatch(d -> d.startsWith("ERROR"
                + " coded-data/quotes/imported.yaml:") && d.contains("quote 'interview-1-2': its excerpt is not the quote's words"
                + " here: 'them' is not in the text after the words before it"));
    }

    @Test
    void importing_the_same_coding_again_changes_nothing() throws IOException {
        write(first(), new Diagnostics());
        authorsWork();
        write(second(), new Diagnostics());
        String frame = Files.readString(project.resolve("coded-data/coding-frame.yaml"));
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));

        ImportedFiles.Written again = write(second(), new Diagnostics());

        assertThat(again.changes()).isEmpty();
        assertThat(again.paths()).isEmpty();
        assertThat(Files.readString(project.resolve("coded-data/coding-frame.yaml"))).isEqualTo(frame);
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).isEqualTo(quotes);
    }

    @Test
    void a_coding_frame_written_by_hand_is_never_replaced_by_another_projects_coding() throws IOException {
        Path hand = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("hand"));
        Map<String, String> before = weft.support.FileTrees.fingerprint(hand);
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(first(), Optional.empty(), diagnostics).orElseThrow();

        assertThat(ImportedFiles.write(hand, imported, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted().stream().map(Object::toString).filter(d -> d.startsWith("ERROR")).toList())
                .containsExactly("ERROR first.qdpx: not one code of this file is in coded-data/coding-frame.yaml, which was"
                        + " written by hand: weft import merges a file only with an earlier import of its project or with an"
                        + " export of this study (weft export), and never replaces a coding frame written by hand; nothing was"
                        + " written. To start this study's coding from the file, move coded-data/coding-frame.yaml and the"
                        + " quotes coded to it out of the project, or import into a new folder (--project)");
        assertThat(weft.support.FileTrees.fingerprint(hand)).isEqualTo(before);
    }

    @Test
    void an_earlier_import_that_no_longer_reads_is_reported_and_nothing_is_written() throws IOException {
        write(first(), new Diagnostics());
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        Files.writeString(frame, Files.readString(frame) + "  - id: [broken\n");
        byte[] bytes = Files.readAllBytes(frame);
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(second(), Optional.empty(), diagnostics).orElseThrow();

        assertThat(ImportedFiles.write(project, imported, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted().stream().map(Object::toString).filter(d -> d.startsWith("ERROR")).toList())
                .singleElement().satisfies(d -> assertThat(d).startsWith("ERROR coded-data/coding-frame.yaml:")
                        .contains("the YAML cannot be read, so the earlier import cannot be merged with this one"));
        assertThat(Files.readAllBytes(frame)).isEqualTo(bytes);
        assertThat(project.resolve(".weft")).doesNotExist();
    }

    @Test
    void a_file_with_not_one_code_of_the_earlier_import_is_refused() throws IOException {
        write(first(), new Diagnostics());
        Path project1 = project.resolve("coded-data/coding-frame.yaml");
        byte[] bytes = Files.readAllBytes(project1);
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported other = FrameImport.of(qdpx("other.qdpx", code("B0000000-0000-0000-0000-000000000001", "Weather", ""),
                selection(1, "I grow tomatoes", "B0000000-0000-0000-0000-000000000001")), Optional.empty(), diagnostics).orElseThrow();

        assertThat(ImportedFiles.write(project, other, diagnostics)).isEmpty();

        assertThat(diagnostics.sorted().stream().map(Object::toString).filter(d -> d.startsWith("ERROR")).toList())
                .containsExactly("ERROR other.qdpx: not one code of this file is in the earlier import (coded-data/coding-frame.yaml):"
                        + " is it another project? Import it into a folder of its own; nothing was written");
        assertThat(Files.readAllBytes(project1)).isEqualTo(bytes);
    }

    @Test
    void quotes_the_file_no_longer_codes_are_listed_by_the_import_and_the_build_shows_where_the_article_used_them()
            throws IOException {
        write(first(), new Diagnostics());
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "    label: Garden\n",
                "    label: Garden\n    narrative: |\n      Water: {{quote:interview-1-4}}.\n");
        ImportedFiles.Written written = write(second(), new Diagnostics());
        assertThat(written.changes()).contains("removed: quote 'interview-1-4' (its selection is no longer coded in the QDA file)");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).anyMatch(d -> d.startsWith("ERROR coded-data/coding-frame.yaml:")
                && d.contains("interview-1-4"));
        assertThat(List.of(Files.readString(project.resolve("coded-data/coding-frame.yaml")))).singleElement()
                .satisfies(f -> assertThat(f).contains("recoded: \"weft import of second.qdpx: 2 quotes added and 0 removed at or below"
                        + " it; it presents quote 'interview-1-4', which the QDA file no longer codes\""));
    }
}

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * A whole project imported: the hand-written sample with every element (its cases, variables, notes and sets), zipped
 * with a source text written for the tests (qda/fixtures), against golden quotes and participants files; the imported
 * files built as a study; and a code's memo kept as a description draft.
 */
class ProjectImportTest {

    static final Path SAMPLES = FrameImportTest.SAMPLES;
    static final Path FIXTURES = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/fixtures");
    static final Path GOLDEN = FrameImportTest.GOLDEN;

    @TempDir
    Path temp;

    private Path qdpx(String name, String project, String folder) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(project.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(folder + "/11111111-1111-1111-1111-111111111111.txt"));
            zip.write(Files.readAllBytes(FIXTURES.resolve("interview-1.txt")));
        }
        return file;
    }

    private static String golden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("weft.updateGolden")) {
            Files.writeString(golden, actual);
        }
        return Files.readString(golden);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sources", "sources"})
    void the_sample_with_every_element_imports_as_its_golden_quotes_and_participants(String folder) throws IOException {
        Path file = qdpx("hand-authored-all-elements.qdpx", Files.readString(SAMPLES.resolve("hand-authored-all-elements.qde")), folder);
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(
                "WARNING hand-authored-all-elements.qdpx: 2 selections of audio or video recordings are not imported: Weft"
                        + " quotes text only; the coded selections of a recording's transcript are imported, so code the transcript"
                        + " in the QDA tool",
                "WARNING hand-authored-all-elements.qdpx: 2 selections of pictures or PDFs are not imported: Weft quotes text only",
                "NOTE hand-authored-all-elements.qdpx: 1 note is not imported: a memo on a code becomes its descriptionDraft, but"
                        + " Weft has no place for notes on the project, its sources, selections or cases",
                "NOTE hand-authored-all-elements.qdpx: 1 set is not imported: Weft has no sets (a set of codes can be made a"
                        + " parent node by hand; with --participants sources, a group of documents named 'variable: value' is"
                        + " their participants' attribute, and one named 'case: NAME' makes them one participant)",
                "NOTE hand-authored-all-elements.qdpx: positions read as Unicode code points, a line end counting one (detected;"
                        + " choose with --positions code-points or --positions utf16)",
                // the sample's transcript is given the text of its text source here (the sample has no texts): its
                // selection's sync points, at 0 and 20, end inside a word of that text
                "WARNING hand-authored-all-elements.qdpx!project.qde:98:82: selection 50000000-0000-0000-0000-000000000005 begins or"
                        + " ends inside a word (\"Work and sleep, so e\"): left out; check the positions' counting");
        assertThat(imported.codingFrame().replaceFirst("\\.qdpx ", ".qde ")).as("the frame of the .qde alone")
                .isEqualTo(Files.readString(GOLDEN.resolve("hand-authored-all-elements.yaml")));
        assertThat(imported.quotes().orElseThrow())
                .isEqualTo(golden("hand-authored-all-elements.quotes.yaml", imported.quotes().orElseThrow()));
        assertThat(imported.participants().orElseThrow())
                .isEqualTo(golden("hand-authored-all-elements.participants.yaml", imported.participants().orElseThrow()));
    }

    @Test
    void the_imported_participants_are_read_beside_study_yaml_and_cite_their_quotes() throws IOException {
        Path file = qdpx("hand-authored-all-elements.qdpx", Files.readString(SAMPLES.resolve("hand-authored-all-elements.qde")), "Sources");
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), new Diagnostics()).orElseThrow();
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("content"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(ImportedFiles.write(project, imported, new Diagnostics())).isPresent();
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  quoteAttribution: \"({citedAs}, {Age})\"\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document quote = Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/interview-1-1.html"));
        assertThat(quote.text()).contains("Participant 1", "34");
        assertThat(quote.select(".entry-quote blockquote").text()).contains("Work and sleep,");
    }

    @Test
    void a_code_memo_becomes_a_description_draft_that_every_build_notes() throws IOException {
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="memos" origin="Weft test">
                <CodeBook><Codes>
                <Code guid="20000000-0000-0000-0000-000000000001" name="Routines" isCodable="true">
                <Description>How the day is ordered.</Description>
                <NoteRef targetGUID="a0000000-0000-0000-0000-000000000001"/>
                </Code>
                <Code guid="20000000-0000-0000-0000-000000000002" name="Shifts" isCodable="true">
                <NoteRef targetGUID="a0000000-0000-0000-0000-000000000002"/>
                <NoteRef targetGUID="a0000000-0000-0000-0000-000000000003"/>
                </Code>
                </Codes></CodeBook>
                <Notes>
                <Note guid="a0000000-0000-0000-0000-000000000001" name="m1"><PlainTextContent>Check against the diaries.</PlainTextContent></Note>
                <Note guid="a0000000-0000-0000-0000-000000000002" name="m2"><PlainTextContent>Night work & <sleep>.</PlainTextContent></Note>
                <Note guid="a0000000-0000-0000-0000-000000000003" name="m3"><PlainTextContent>Second memo.</PlainTextContent></Note>
                <Note guid="a0000000-0000-0000-0000-000000000004" name="project memo"><PlainTextContent>Not on a code.</PlainTextContent></Note>
                </Notes>
                </Project>
                """.replace("& <sleep>", "&amp; &lt;sleep&gt;");
        Path file = temp.resolve("memos.qde");
        Files.writeString(file, project);
        Diagnostics diagnostics = new Diagnostics();
        String frame = FrameImport.of(file, Optional.empty(), diagnostics).orElseThrow().codingFrame();
        assertThat(frame).contains("  - id: routines\n    label: Routines\n    description: How the day is ordered.\n"
                + "    descriptionDraft: Check against the diaries.\n");
        assertThat(frame).contains("  - id: shifts\n    label: Shifts\n    descriptionDraft: |-\n      Night work & <sleep>.\n\n"
                + "      Second memo.\n");
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly("NOTE memos.qde: 1 note is not"
                + " imported: a memo on a code becomes its descriptionDraft, but Weft has no place for notes on the project, its"
                + " sources, selections or cases");

        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.writeString(study.resolve("coded-data/coding-frame.yaml"), frame);
        TestProjects.delete(study.resolve("coded-data/quotes"));
        TestProjects.delete(study.resolve("content"));
        Files.createDirectories(study.resolve("coded-data/quotes"));
        Files.writeString(study.resolve("coded-data/quotes/quotes.yaml"), "quotes: []\n");
        BuildResult result = TestProjects.render(study);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        List<String> notes = TestProjects.diagnostics(result).stream().filter(d -> d.contains("description draft")).toList();
        assertThat(notes).containsExactly(
                "NOTE coded-data/coding-frame.yaml:9:23: node 'routines' has a description draft from the QDA tool's memo:"
                        + " review it, then make it the description and remove descriptionDraft",
                "NOTE coded-data/coding-frame.yaml:14:23: node 'shifts' has a description draft from the QDA tool's memo:"
                        + " review it, then make it the description and remove descriptionDraft");
        assertThat(result.publication().orElseThrow().text("evidence/nodes/shifts.html")).doesNotContain("Second memo");
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * The coded selections of a recording's transcript (an interview recorded as audio, transcribed and coded in the QDA
 * tool) imported as quotes: cut from the transcript's text between the sync points each selection names, with the
 * recording and where in it the words were said. The project is written here in the shape QualCoder and ATLAS.ti
 * export (a transcript's text in the zip, its sync points with a character position and a time stamp in
 * milliseconds), with text of our own.
 */
class TranscriptImportTest {

    static final String TRANSCRIPT = "[00:00:05] Interviewer: How do you plan the week?\n"
            + "[00:00:09] P2: We cook on Sundays, all of us together.\nThen nobody has to think about dinner.\n";
    static final String CODE = "20000000-0000-0000-0000-00000000000A";
    static final String AUDIO = "40000000-0000-0000-0000-000000000001";
    static final String USER = "10000000-0000-0000-0000-000000000001";

    @TempDir
    Path temp;

    private static int at(String words) {
        return TRANSCRIPT.indexOf(words);
    }

    private static String syncPoint(int n, int position, long ms) {
        return "<SyncPoint guid=\"70000000-0000-0000-0000-00000000000" + n + "\" position=\"" + position + "\" timeStamp=\"" + ms + "\"/>\n";
    }

    private static String selection(int n, int from, int to) {
        return "<TranscriptSelection guid=\"50000000-0000-0000-0000-00000000000" + n + "\" name=\"Interview 2.m4a.transcribed\""
                + " fromSyncPoint=\"70000000-0000-0000-0000-00000000000" + from + "\" toSyncPoint=\"70000000-0000-0000-0000-00000000000"
                + to + "\">\n<Coding guid=\"60000000-0000-0000-0000-00000000000" + n + "\" creatingUser=\"" + USER + "\">"
                + "<CodeRef targetGUID=\"" + CODE + "\"/></Coding>\n</TranscriptSelection>\n";
    }

    /** Two selections with sync points at their words' ends: 0:00:09.4 to 0:00:14.6, and 0:00:15 to 0:00:21. */
    static String selections() {
        String cook = "We cook on Sundays";
        String dinner = "nobody has to think about dinner";
        return syncPoint(1, 0, 0) + syncPoint(2, at(cook), 9400) + syncPoint(3, at(cook) + cook.length(), 14600)
                + syncPoint(4, at(dinner), 15000) + syncPoint(5, at(dinner) + dinner.length(), 21000)
                + selection(1, 2, 3) + selection(2, 4, 5);
    }

    private Path qdpx(String transcriptContent, String video) throws IOException {
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="meals" origin="Weft test">
                <Users><User guid="%s" name="Coder A"/></Users>
                <CodeBook><Codes>
                <Code guid="%s" name="Shared cooking" isCodable="true"/>
                </Codes></CodeBook>
                <Cases><Case guid="30000000-0000-0000-0000-000000000001" name="Participant 2"><SourceRef targetGUID="%s"/></Case></Cases>
                <Sources>
                <AudioSource guid="%s" name="Interview 2.m4a" path="internal://BBBB0000-0000-0000-0000-000000000001.m4a">
                <Transcript guid="80000000-0000-0000-0000-000000000001" name="Interview 2.m4a.transcribed" plainTextPath="internal://AAAA0000-0000-0000-0000-000000000001.txt">
                %s</Transcript>
                <AudioSelection guid="50000000-0000-0000-0000-000000000009" begin="1000" end="5000">
                <Coding guid="60000000-0000-0000-0000-000000000009"><CodeRef targetGUID="%s"/></Coding>
                </AudioSelection>
                </AudioSource>
                %s</Sources>
                </Project>
                """.formatted(USER, CODE, AUDIO, AUDIO, transcriptContent, CODE, video);
        return QdpxFiles.write(temp.resolve("meals.qdpx"), project,
                java.util.Map.of("sources/AAAA0000-0000-0000-0000-000000000001.txt", TRANSCRIPT));
    }

    private static final String RECORDING_SELECTIONS = "WARNING meals.qdpx: 1 selections of audio or video recordings are not"
            + " imported: Weft quotes text only; the coded selections of a recording's transcript are imported, so code the"
            + " transcript in the QDA tool";
    private static final String POSITIONS = "NOTE meals.qdpx: positions read as Unicode code points, a line end counting one"
            + " (detected; choose with --positions code-points or --positions utf16)";

    @Test
    void a_transcripts_selections_become_quotes_with_their_recording_and_time() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(qdpx(selections(), ""), Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(RECORDING_SELECTIONS, POSITIONS);
        assertThat(imported.quotes().orElseThrow()).isEqualTo("""
                # Imported by weft import from meals.qdpx: each coded text selection, cut from its source.
                # Every quote is evidence only (presented: false) until the article presents it.
                quotes:
                  - id: interview-2-1
                    text: We cook on Sundays
                    codes:
                      - shared-cooking
                    presented: false
                    participant: participant-2
                    source:
                      recorded: true
                      file: Interview 2.m4a.transcribed
                      lines: "2"
                      recording: Interview 2.m4a
                      time: 0:00:09–0:00:14
                    qda:
                      guid: 50000000-0000-0000-0000-000000000001
                      start: 65
                      end: 83
                      codings:
                        - code: shared-cooking
                          coder: Coder A
                  - id: interview-2-2
                    text: nobody has to think about dinner
                    codes:
                      - shared-cooking
                    presented: false
                    participant: participant-2
                    source:
                      recorded: true
                      file: Interview 2.m4a.transcribed
                      lines: "3"
                      recording: Interview 2.m4a
                      time: 0:00:15–0:00:21
                    qda:
                      guid: 50000000-0000-0000-0000-000000000002
                      start: 110
                      end: 142
                      codings:
                        - code: shared-cooking
                          coder: Coder A
                """);
    }

    @Test
    void a_transcript_the_file_holds_itself_is_cut_too_even_from_a_qde_alone() throws IOException {
        String video = """
                <VideoSource guid="40000000-0000-0000-0000-000000000002" name="Kitchen visit.mp4" path="relative:///Kitchen visit.mp4">
                <Transcript guid="80000000-0000-0000-0000-000000000002" name="Kitchen visit - notes">
                <PlainTextContent>The pans hang by the window.</PlainTextContent>
                <SyncPoint guid="70000000-0000-0000-0000-000000000008" position="4" timeStamp="61000"/>
                <SyncPoint guid="70000000-0000-0000-0000-000000000009" position="8" timeStamp="3723000"/>
                <TranscriptSelection guid="50000000-0000-0000-0000-000000000008" fromSyncPoint="70000000-0000-0000-0000-000000000008" toSyncPoint="70000000-0000-0000-0000-000000000009">
                <Description>pans at the window</Description>
                <Coding guid="60000000-0000-0000-0000-000000000008"><CodeRef targetGUID="20000000-0000-0000-0000-00000000000A"/></Coding>
                </TranscriptSelection>
                </Transcript>
                </VideoSource>
                """;
        Path zip = qdpx(selections(), video);
        Path qde = temp.resolve("meals.qde");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            Files.write(qde, z.getInputStream(z.getEntry("project.qde")).readAllBytes());
        }
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(qde, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(
                "WARNING meals.qde: 1 selections of audio or video recordings are not imported: Weft quotes text only; the coded"
                        + " selections of a recording's transcript are imported, so code the transcript in the QDA tool",
                "WARNING meals.qde: 2 text selections are not imported: a .qde alone holds no source texts to cut them from;"
                        + " import the project's .qdpx",
                "NOTE meals.qde: 1 coded selection's comment (its <Description>) is not imported: Weft keeps no comments on"
                        + " quotes; where they are the quotes' reduced expressions (condensed meaning units), import with"
                        + " --comments reduced (weft.comments)",
                "NOTE meals.qde: positions read as Unicode code points, a line end counting one (detected; choose with"
                        + " --positions code-points or --positions utf16)");
        assertThat(imported.quotes().orElseThrow()).contains("id: kitchen-visit-1\n    text: pans\n", "file: Kitchen visit - notes\n",
                "recording: Kitchen visit.mp4\n", "time: 0:01:01–1:02:03\n").doesNotContain("We cook", "reduced");
        // a transcript's selection's comment, taken for its reduced expression as a text's is
        assertThat(FrameImport.of(qde, Optional.empty(), SheetReader.Columns.FOUND, ParticipantsFrom.CASES,
                SelectionComments.REDUCED, new Diagnostics()).orElseThrow().quotes().orElseThrow())
                .contains("id: kitchen-visit-1\n    text: pans\n    reduced: pans at the window\n");
    }

    @Test
    void a_selection_whose_sync_points_are_missing_or_backwards_is_reported() throws IOException {
        String points = selections().replace(selection(2, 4, 5), "")
                + selection(3, 2, 7) // no sync point 7
                + selection(4, 3, 2); // backwards
        Diagnostics diagnostics = new Diagnostics();
        assertThat(FrameImport.of(qdpx(points, ""), Optional.empty(), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(
                "WARNING meals.qdpx!project.qde:19:205: selection 50000000-0000-0000-0000-000000000003 of the transcript of"
                        + " 'Interview 2.m4a' refers to sync point '70000000-0000-0000-0000-000000000007', which its transcript"
                        + " does not have: left out",
                "ERROR meals.qdpx!project.qde:22:205: selection 50000000-0000-0000-0000-000000000004 of the transcript of"
                        + " 'Interview 2.m4a' runs from position 83 to 65 (its sync points' positions): not a range of characters");
    }

    @Test
    void the_imported_quotes_evidence_pages_name_the_recording_and_the_time() throws IOException {
        FrameImport.Imported imported = FrameImport.of(qdpx(selections(), ""), Optional.empty(), new Diagnostics()).orElseThrow();
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("content"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(ImportedFiles.write(project, imported, new Diagnostics())).isPresent();
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document quote = Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/interview-2-2.html"));
        assertThat(quote.select(".entry-quote blockquote").text()).isEqualTo("\u201Cnobody has to think about dinner\u201D");
        assertThat(quote.select(".source-facts dt:matchesOwn(^Recording$) + dd").text()).isEqualTo("Interview 2.m4a");
        assertThat(quote.select(".source-facts dt:matchesOwn(^Time in the recording$) + dd").text()).isEqualTo("0:00:15\u20130:00:21");
        assertThat(quote.select(".source-facts dt:matchesOwn(^File$) + dd").text()).isEqualTo("Interview 2.m4a.transcribed");
        assertThat(quote.text()).contains("Participant 2");
    }

    @Test
    void importing_again_after_the_transcript_was_synced_anew_follows_the_times() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        FrameImport.Imported first = FrameImport.of(qdpx(selections(), ""), Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(ImportedFiles.write(project, first, new Diagnostics())).isPresent();
        // synced anew: the second selection's words said a minute later; the first's sync points lose their time stamps
        String resynced = selections().replace("timeStamp=\"15000\"", "timeStamp=\"75000\"")
                .replace("timeStamp=\"21000\"", "timeStamp=\"81000\"").replace(" timeStamp=\"9400\"", "")
                .replace(" timeStamp=\"14600\"", "");
        FrameImport.Imported second = FrameImport.of(qdpx(resynced, ""), Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(ImportedFiles.write(project, second, new Diagnostics())).isPresent();
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes).contains("time: 0:01:15\u20130:01:21").doesNotContain("0:00:15", "0:00:09", "0:00:14");
        assertThat(quotes.split("\n  - id: ")).hasSize(3).allMatch(q -> q.startsWith("#") || q.contains("recording: Interview 2.m4a"));
    }

    @Test
    void a_text_source_the_file_holds_itself_is_cut_from_a_qde_alone() throws IOException {
        Path qde = temp.resolve("notes.qde");
        Files.writeString(qde, """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="notes" origin="Weft test">
                <CodeBook><Codes><Code guid="%s" name="Shared cooking" isCodable="true"/></Codes></CodeBook>
                <Sources>
                <TextSource guid="40000000-0000-0000-0000-000000000003" name="Field note 1">
                <PlainTextContent>Everyone chops something.</PlainTextContent>
                <PlainTextSelection guid="50000000-0000-0000-0000-000000000003" startPosition="0" endPosition="8">
                <Coding guid="60000000-0000-0000-0000-000000000003"><CodeRef targetGUID="%s"/></Coding>
                </PlainTextSelection>
                </TextSource>
                </Sources>
                </Project>
                """.formatted(CODE, CODE));
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(qde, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly("NOTE notes.qde: positions read"
                + " as Unicode code points, a line end counting one (detected; choose with --positions code-points or --positions utf16)");
        assertThat(imported.quotes().orElseThrow()).contains("id: field-note-1-1\n    text: Everyone\n", "file: Field note 1\n")
                .doesNotContain("recording:", "time:");
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * {@code weft import --participants sources}: a project exported without cases, as ATLAS.ti exports one (texts written
 * here, a study of two interviews): each source document with coded selections becomes the participant who said its
 * quotes, named as the document is, and each group of documents named "variable: value" their attribute; a later
 * import does the same without being told, as participants.yaml records it.
 */
class SourcesAsParticipantsTest {

    static final String FIRST = "I cook for my mother every Sunday.\n";
    static final String SECOND = "We eat alone, each in our room.\n";
    static final String CODE = "A0000000-0000-0000-0000-000000000001";
    static final String SOURCE_1 = "40000000-0000-0000-0000-000000000001";
    static final String SOURCE_2 = "40000000-0000-0000-0000-000000000002";
    static final String NOTES = "40000000-0000-0000-0000-000000000003";
    static final String SOURCE_4 = "40000000-0000-0000-0000-000000000004";
    static final String LATER = "Now my mother cooks for me.\n";

    @TempDir
    Path temp;
    Path project;

    @BeforeEach
    void project() {
        project = QdpxFiles.studyToImportInto(temp.resolve("study"));
    }

    private static String source(String guid, String name, String text, String words, int n) {
        int at = text.indexOf(words);
        String selection = words.isEmpty() ? "" : "<PlainTextSelection guid=\"50000000-0000-0000-0000-00000000000" + n
                + "\" name=\"s" + n + "\" startPosition=\"" + at + "\" endPosition=\"" + (at + words.length()) + "\">"
                + "<Coding guid=\"C0000000-0000-0000-0000-00000000000" + n + "\" creatingUser=\"10000000-0000-0000-0000-000000000001\">"
                + "<CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection>";
        return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"internal://" + guid + ".txt\">"
                + selection + "</TextSource>\n";
    }

    private static String set(String name, String... sources) {
        StringBuilder members = new StringBuilder();
        for (String s : sources) {
            members.append("<MemberSource targetGUID=\"").append(s).append("\"/>");
        }
        return "<Set guid=\"60000000-0000-0000-0000-0000000000" + String.format("%02d", Math.abs(name.hashCode()) % 100)
                + "\" name=\"" + name + "\">" + members + "</Set>\n";
    }

    private Path qdpx(String cases, String sets) throws IOException {
        return qdpx(cases, sets, false);
    }

    /** With {@code followUp}, a third interview with a coded selection: the first person's second interview. */
    private Path qdpx(String cases, String sets, boolean followUp) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="meals" origin="Weft test">
                <Users><User guid="10000000-0000-0000-0000-000000000001" name="Coder A"/></Users>
                <CodeBook><Codes><Code guid="%s" name="Cooking" isCodable="true"/></Codes></CodeBook>
                %s<Sources>
                %s%s%s</Sources>
                <Sets>%s</Sets>
                </Project>
                """.formatted(CODE, cases, source(SOURCE_1, "Interview 1.txt", FIRST, "I cook for my mother", 1),
                source(SOURCE_2, "Interview 2.txt", SECOND, "We eat alone", 2), source(NOTES, "Field notes.txt", "Notes.\n", "", 3)
                        + (followUp ? source(SOURCE_4, "Interview 1, a year later.txt", LATER, "my mother", 4) : ""),
                sets);
        return QdpxFiles.write(temp.resolve("meals.qdpx"), xml, Map.of("sources/" + SOURCE_1 + ".txt", FIRST,
                "sources/" + SOURCE_2 + ".txt", SECOND, "sources/" + NOTES + ".txt", "Notes.\n", "sources/" + SOURCE_4 + ".txt", LATER));
    }

    private ImportedFiles.Written write(Path file, ParticipantsFrom from, Diagnostics diagnostics) throws IOException {
        FrameImport.Imported imported = FrameImport.of(file, Optional.of(SelectionCutter.Counting.CODE_POINTS), SheetReader.Columns.FOUND, from, diagnostics)
                .orElseThrow();
        return ImportedFiles.write(project, imported, diagnostics).orElseThrow();
    }

    @Test
    void each_document_is_its_quotes_participant_and_its_groups_give_the_attributes() throws IOException {
        Path file = qdpx("", set("gender: female", SOURCE_1) + set("gender: male", SOURCE_2) + set("Age::34", SOURCE_1)
                + set("Text files", SOURCE_1, SOURCE_2, NOTES));
        Diagnostics diagnostics = new Diagnostics();
        write(file, ParticipantsFrom.SOURCES, diagnostics);

        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("NOTE meals.qdpx: 1 set is not imported:"
                + " Weft has no sets (a set of codes can be made a parent node by hand; with --participants sources, a group of"
                + " documents named 'variable: value' is their participants' attribute, and one named 'case: NAME' makes them one participant)");
        assertThat(Files.readString(project.resolve("coded-data/participants.yaml"))).contains("""
                participants:
                  - id: interview-1
                    citedAs: Interview 1
                    attributes:
                      gender: female
                      Age: "34"
                    qda:
                      guid: 40000000-0000-0000-0000-000000000001
                      from: source
                  - id: interview-2
                    citedAs: Interview 2
                    attributes:
                      gender: male
                    qda:
                      guid: 40000000-0000-0000-0000-000000000002
                      from: source
                """).doesNotContain("Field notes");
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes).contains("    text: I cook for my mother\n").contains("    participant: interview-1\n")
                .contains("    participant: interview-2\n");

        // imported again without being told: the participants stay the documents', nothing changes
        Diagnostics again = new Diagnostics();
        assertThat(ParticipantsFrom.earlier(project)).isEqualTo(ParticipantsFrom.SOURCES);
        assertThat(write(file, ParticipantsFrom.earlier(project), again).changes()).isEmpty();
        assertThat(project.resolve("coded-data/participants.yaml")).content().contains("citedAs: Interview 2");

        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "citedAs: Interview 1", "citedAs: P1");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(new String(result.publication().orElseThrow().files().get("evidence/participants-by-node.html"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("P1").contains("Interview 2");
    }

    @Test
    void a_files_cases_are_set_aside_with_a_warning_and_a_document_in_two_groups_of_one_variable_takes_the_first() throws IOException {
        Path file = qdpx("<Cases><Case guid=\"20000000-0000-0000-0000-000000000001\" name=\"Someone\"/></Cases>\n",
                set("gender: female", SOURCE_1) + set("gender: other", SOURCE_1));
        Diagnostics diagnostics = new Diagnostics();
        write(file, ParticipantsFrom.SOURCES, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING meals.qdpx: 1 case of the file is not imported: with --participants sources each source document is a"
                        + " participant",
                "WARNING meals.qdpx: source 'Interview 1.txt' is in two groups of 'gender' ('gender: female' and 'gender:"
                        + " other'): its participant takes the first");
        assertThat(Files.readString(project.resolve("coded-data/participants.yaml"))).contains("gender: female")
                .doesNotContain("Someone");
        // by default, and in a study imported from cases before, the cases are the participants, as always
        assertThat(ParticipantsFrom.earlier(temp.resolve("nowhere"))).isEqualTo(ParticipantsFrom.CASES);
        // a document whose quotes are not cut (ATLAS.ti's sample, a .qde without its texts) is nobody's: no participant
        assertThat(FrameImport.of(FrameImportTest.SAMPLES.resolve("atlasti-8.4-mac-standard-project.qde"), Optional.empty(),
                SheetReader.Columns.FOUND, ParticipantsFrom.SOURCES, new Diagnostics()).orElseThrow().participantMaps()).isEmpty();
    }

    /** The project.qde of an export of the study, written as weft export writes it (validated, or nothing). */
    private String exported(Path qdpx) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = QdaExport.of(project, QdaExport.Format.QDPX, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        QdaExport.write(qdpx, QdaExport.Format.QDPX, bytes);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_participant_made_of_a_case_keeps_its_id_and_how_it_is_cited_through_an_export_and_an_import_of_it() throws IOException {
        String guid = "20000000-0000-0000-0000-000000000001";
        write(qdpx("<Cases><Case guid=\"" + guid + "\" name=\"Anna\"><SelectionRef targetGUID=\"50000000-0000-0000-0000-000000000001\"/>"
                + "</Case></Cases>\n", ""), ParticipantsFrom.CASES, new Diagnostics());
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "citedAs: Anna", "citedAs: P1"); // anonymised
        String before = Files.readString(project.resolve("coded-data/participants.yaml"));

        String xml = exported(temp.resolve("shared.qdpx")); // to a co-author's QDA tool, and back
        assertThat(xml).contains("<Case guid=\"" + guid + "\" name=\"anna\">");
        Diagnostics again = new Diagnostics();
        assertThat(write(temp.resolve("shared.qdpx"), ParticipantsFrom.earlier(project), again).changes()).isEmpty();
        assertThat(again.sorted()).isEmpty();
        assertThat(project.resolve("coded-data/participants.yaml")).content().isEqualTo(before);
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("    participant: anna\n");
    }

    @Test
    void documents_that_are_participants_go_out_as_documents_in_their_groups_and_come_back_the_same_participants() throws IOException {
        write(qdpx("", set("gender: female", SOURCE_1) + set("gender: male", SOURCE_2) + set("Age::34", SOURCE_1)),
                ParticipantsFrom.SOURCES, new Diagnostics());
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "citedAs: Interview 1", "citedAs: P1");
        String before = Files.readString(project.resolve("coded-data/participants.yaml"));
        assertThat(before).startsWith("# Imported by weft import from meals.qdpx: each source document a participant, its"
                + " groups named 'variable: value' as attributes.\n");

        String xml = exported(temp.resolve("shared.qdpx"));
        assertThat(xml).doesNotContain("<Case").doesNotContain("<Variable")
                .contains("<TextSource guid=\"" + SOURCE_1 + "\" name=\"Interview 1.txt\"")
                .contains("<TextSource guid=\"" + SOURCE_2 + "\" name=\"Interview 2.txt\"")
                .containsSubsequence("<Set guid=\"", "name=\"gender: female\">", "<MemberSource targetGUID=\"" + SOURCE_1 + "\"/>",
                        "</Set>", "name=\"Age: 34\">", "<MemberSource targetGUID=\"" + SOURCE_1 + "\"/>", "</Set>",
                        "name=\"gender: male\">", "<MemberSource targetGUID=\"" + SOURCE_2 + "\"/>", "</Set>");
        Diagnostics again = new Diagnostics();
        assertThat(write(temp.resolve("shared.qdpx"), ParticipantsFrom.earlier(project), again).changes()).isEmpty();
        assertThat(again.sorted()).isEmpty();
        assertThat(project.resolve("coded-data/participants.yaml")).content().isEqualTo(before);
    }

    /**
     * A person interviewed twice, the two documents gathered in a group "case: Anna": one participant, named so, with
     * the group's GUID and the attributes of both documents (a disagreement warned of), both interviews' quotes hers;
     * the group is no set left over. An export gives her back as her two documents in a group "case: anna" with that
     * GUID, which an import takes as the same participant, changing nothing.
     */
    @Test
    void the_documents_in_a_case_group_are_one_participant_and_come_back_so_from_an_export() throws IOException {
        String kase = "60000000-0000-0000-0000-0000000000AA";
        Path file = qdpx("", "<Set guid=\"" + kase + "\" name=\"case: Anna\"><MemberSource targetGUID=\"" + SOURCE_1 + "\"/>"
                + "<MemberSource targetGUID=\"" + SOURCE_4 + "\"/></Set>\n" + set("gender: female", SOURCE_1, SOURCE_4)
                + set("age: 34", SOURCE_1) + set("age: 35", SOURCE_4) + set("gender: male", SOURCE_2), true);
        Diagnostics diagnostics = new Diagnostics();
        write(file, ParticipantsFrom.SOURCES, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly("WARNING meals.qdpx: the documents of"
                + " case 'Anna' are in two groups of 'age' ('age: 34' holds 'Interview 1.txt', 'age: 35' holds 'Interview 1, a"
                + " year later.txt'): its participant takes the first");
        String participants = Files.readString(project.resolve("coded-data/participants.yaml"));
        assertThat(participants).contains("""
                participants:
                  - id: anna
                    citedAs: Anna
                    attributes:
                      gender: female
                      age: "34"
                    qda:
                      guid: 60000000-0000-0000-0000-0000000000AA
                      from: source
                  - id: interview-2
                """);
        String quotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(quotes.split("    participant: anna\n", -1)).hasSize(3);
        assertThat(quotes).contains("      file: \"Interview 1, a year later.txt\"\n");

        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "citedAs: Anna", "citedAs: P1");
        String before = Files.readString(project.resolve("coded-data/participants.yaml"));
        String beforeQuotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        String xml = exported(temp.resolve("shared.qdpx"));
        assertThat(xml).contains("name=\"Interview 1.txt\"").contains("name=\"Interview 1, a year later.txt\"")
                .contains("<Set guid=\"" + kase + "\" name=\"case: anna\">");
        Diagnostics again = new Diagnostics();
        assertThat(write(temp.resolve("shared.qdpx"), ParticipantsFrom.earlier(project), again).changes()).isEmpty();
        assertThat(again.sorted()).isEmpty();
        assertThat(project.resolve("coded-data/participants.yaml")).content().isEqualTo(before);
        // each quote keeps its participant and the document it was cut from (its place there is the export's)
        String afterQuotes = Files.readString(project.resolve("coded-data/quotes/imported.yaml"));
        assertThat(afterQuotes.lines().filter(l -> l.contains("participant:") || l.contains("file:") || l.contains("- id:")))
                .containsExactlyElementsOf(beforeQuotes.lines().filter(l -> l.contains("participant:") || l.contains("file:")
                        || l.contains("- id:")).toList());
    }

    /**
     * An attribute that a group of documents cannot carry back (named "case", which gathers one person's documents, or
     * with a colon in its name) is not exported, with a warning at the participant: it would read back as something else.
     */
    @Test
    void an_attribute_a_group_of_documents_would_misread_is_not_exported_and_said_so() throws IOException {
        write(qdpx("", set("gender: female", SOURCE_1)), ParticipantsFrom.SOURCES, new Diagnostics());
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "      gender: female\n",
                "      gender: female\n      case: study 4\n      time: 10\n");
        TestProjects.replaceIn(project.resolve("coded-data/participants.yaml"), "      time: 10\n", "      \"time:\": 10\n");
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = QdaExport.of(project, QdaExport.Format.QDPX, Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING coded-data/participants.yaml:4:9: attribute 'case' of participant 'interview-1' is not exported: a"
                        + " group of documents named 'case: …' would read back as one person's documents; rename the"
                        + " attribute to export it",
                "WARNING coded-data/participants.yaml:4:9: attribute 'time:' of participant 'interview-1' is not exported: a"
                        + " group of documents named 'time:: …' would read back as another attribute; rename the attribute to"
                        + " export it");
        Path out = QdaExport.write(temp.resolve("out.qdpx"), QdaExport.Format.QDPX, bytes);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("name=\"gender: female\"").doesNotContain("study 4");
        }
    }
}

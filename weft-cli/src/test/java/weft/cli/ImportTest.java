package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * {@code weft import}: writes a new project's coding frame from a REFI-QDA file (exit 0), writes nothing when the file
 * has errors (exit 1, every byte left as it was), merges a second import with the first, and never replaces a coding
 * frame written by hand.
 */
class ImportTest {

    static final Path SAMPLES = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/samples");
    static final Path INVALID = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/invalid");

    @TempDir
    Path temp;

    private Cli cli;

    private int run(String... args) {
        cli = cli == null ? new Cli(temp) : cli;
        return cli.run(args);
    }

    @Test
    void a_codebook_becomes_the_coding_frame_of_a_new_project() throws Exception {
        Path project = temp.resolve("new-study");
        assertThat(run("import", SAMPLES.resolve("atlasti-23.4-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(0);
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        assertThat(Files.readString(frame)).contains("  - id: code1\n    label: code1\n    description: description\n");
        assertThat(cli.out()).contains("Wrote " + frame.toAbsolutePath().normalize());
        assertThat(cli.err()).contains("0 errors, 0 warnings");
        try (var files = Files.list(frame.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("coding-frame.yaml");
        }
        // readable as the study's other files are, not only by its owner as the temporary file it was written to
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(frame)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void a_spreadsheet_gives_the_frame_its_quotes_and_participants_with_the_levels_named_on_the_command_line() throws Exception {
        Path sheet = Files.writeString(temp.resolve("coding.csv"), "Speaker;Words;Topic;Aspect\r\n"
                + "P1;Rain again, all week.;Weather;Rain\r\nP2;The sun came out.;Weather;Sun\r\n");
        Path project = temp.resolve("new-study");
        assertThat(run("import", sheet.toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR coding.csv:1:1: no column of the quotes' text");
        assertThat(project.resolve("coded-data")).doesNotExist();
        Files.writeString(sheet, Files.readString(sheet).replace("Words", "Quote"));
        assertThat(run("import", sheet.toString(), "--project", project.toString(), "--levels", "Topic,Aspect")).isEqualTo(0);
        assertThat(Files.readString(project.resolve("coded-data/coding-frame.yaml"))).contains("levels:\n  - Topic\n  - Aspect\n",
                "  - id: weather\n    label: Weather\n");
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("text: \"Rain again, all week.\"",
                "participant: p2");
        assertThat(Files.readString(project.resolve("coded-data/participants.yaml"))).contains("citedAs: P1");
        assertThat(run("import", sheet.toString(), "--project", temp.resolve("other").toString(), "--column", "words=Quote"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("weft: --column names a column's role: text, id, participant, source, reduced, not 'words'");
    }

    @Test
    void a_project_zip_gives_the_coding_frame_and_its_quotes() throws Exception {
        Path zip = NotesQdpx.write(temp.resolve("p.qdpx"), 11, "");
        Path project = temp.resolve("new-study");
        assertThat(run("import", zip.toString(), "--project", project.toString(), "--positions", "code-points")).isEqualTo(0);
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("text: \"Rain again,\"")
                .contains("      - weather");
        assertThat(run("import", zip.toString(), "--project", temp.resolve("other").toString(), "--positions", "bytes")).isEqualTo(2);
        assertThat(cli.err()).contains("weft: --positions is code-points or utf16, not 'bytes'");
    }

    @Test
    void a_file_with_errors_writes_nothing() {
        Path project = temp.resolve("new-study");
        assertThat(run("import", INVALID.resolve("doctype.qdc").toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("ERROR doctype.qdc:2:68: the XML declares a DTD");
        assertThat(project.resolve("coded-data/coding-frame.yaml")).doesNotExist();
    }

    @Test
    void a_coding_frame_written_by_hand_is_never_replaced() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR taguette-codebook.qdc: not one code of this file is in"
                + " coded-data/coding-frame.yaml, which was written by hand");
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
    }

    static final Path ARCHETYPE = TestProjects.defaultStudy().resolve("weft-archetype/src/main/resources/archetype-resources");

    @Test
    void the_first_import_into_a_new_study_replaces_its_placeholder_coding_and_keeps_a_copy() throws Exception {
        Path project = TestProjects.copy(ARCHETYPE, temp.resolve("my-study"));
        Files.copy(ARCHETYPE.resolve("coded-data/study.yaml"), project.resolve("coded-data/study.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path sheet = Files.writeString(temp.resolve("coding.csv"), "Speaker;Words;Topic;Aspect\r\n"
                + "P1;Rain again, all week.;Weather;Rain\r\nP2;The sun came out.;Weather;Sun\r\n");
        assertThat(run("import", sheet.toString(), "--project", project.toString(), "--levels", "Topic,Aspect",
                "--column", "text=Words", "--column", "participant=Speaker")).isEqualTo(0);
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        Path placeholders = project.resolve("coded-data/quotes/quotes.yaml");
        assertThat(Files.readString(frame)).contains("label: Weather").doesNotContain("first-main-category");
        assertThat(placeholders).doesNotExist();
        assertThat(project.resolve(".weft/previous-import/coding-frame.yaml")).hasSameTextualContentAs(
                ARCHETYPE.resolve("coded-data/coding-frame.yaml"));
        assertThat(project.resolve(".weft/previous-import/quotes.yaml")).hasSameTextualContentAs(
                ARCHETYPE.resolve("coded-data/quotes/quotes.yaml"));
        assertThat(cli.out()).contains("Replaced " + frame.toAbsolutePath().normalize()
                        + " (the placeholder coding frame of Weft's new-study skeleton; a copy is in .weft/previous-import/")
                .contains("Removed " + placeholders.toAbsolutePath().normalize()
                        + " (the placeholder quotes of Weft's new-study skeleton; a copy is in .weft/previous-import/)");
        // the prose still names the placeholders, and the check says where
        assertThat(run("validate", "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).containsPattern("ERROR content/discussion.md:\\d+:\\d+: [^\\n]*first-main-category");
        // the second import merges with the first, as any import's
        assertThat(run("import", sheet.toString(), "--project", project.toString(), "--levels", "Topic,Aspect",
                "--column", "text=Words", "--column", "participant=Speaker")).isEqualTo(0);
        assertThat(cli.out()).contains("No changes in the coding since the earlier import.");
    }

    @Test
    void a_new_studys_placeholder_coding_once_changed_is_the_authors_and_never_replaced() throws Exception {
        Path project = TestProjects.copy(ARCHETYPE, temp.resolve("my-study"));
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("Placeholder quote 1: replace it", "Placeholder quote 1: replaced"));
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("which was written by hand").contains("To start this study's coding from the file, move"
                + " coded-data/coding-frame.yaml and the quotes coded to it out of the project, or import into a new folder"
                + " (--project)");
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
    }

    @Test
    void importing_again_after_recoding_lists_the_changes_and_keeps_the_previous_files() throws Exception {
        Path project = temp.resolve("new-study");
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(0);
        Path frame = project.resolve("coded-data/coding-frame.yaml");
        String first = Files.readString(frame);
        Files.writeString(frame, first.replace("  - id: people\n    label: people\n",
                "  - id: people\n    label: people\n    narrative: |\n      Who the participants spoke of.\n"));
        String edited = Files.readString(frame);
        Files.setPosixFilePermissions(frame, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        Path recoded = temp.resolve("recoded.qdc");
        Files.writeString(recoded, Files.readString(SAMPLES.resolve("taguette-codebook.qdc")).replace("name=\"people\"",
                "name=\"persons\""));
        cli = null; // the next run's output alone

        assertThat(run("import", recoded.toString(), "--project", project.toString())).isEqualTo(0);

        assertThat(cli.out()).contains("Changes in the coding since the earlier import (2):\n"
                + "  renamed: node 'people' from \"people\" to \"persons\"\n"
                + "  recoded: the narrative of node 'people' may be stale (renamed from \"people\")\n");
        assertThat(Files.readString(frame)).contains("  - id: people\n    label: persons\n    narrative: |\n"
                + "      Who the participants spoke of.\n");
        assertThat(Files.readString(project.resolve(".weft/previous-import/coding-frame.yaml"))).isEqualTo(edited);
        // the file replaced keeps the permissions its author gave it
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(frame)))
                .isEqualTo("rw-rw----");
    }

    /**
     * A project whose coded selections take more than the build reads from one file (1 MiB) is imported in parts
     * (imported.yaml, imported-2.yaml), each under the limit, read back whole; importing a smaller coding later removes
     * the part it no longer fills, keeping a copy.
     */
    @Test
    void a_large_project_is_imported_in_parts_that_the_build_reads() throws Exception {
        Path large = temp.resolve("large.qdpx");
        new SyntheticQdpx(5000, 100, 50, 1).write(large);
        Path project = temp.resolve("large-study");
        assertThat(run("import", large.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        Path quotes = project.resolve("coded-data/quotes");
        try (Stream<Path> files = Files.list(quotes)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("imported-2.yaml", "imported.yaml");
        }
        assertThat(Files.size(quotes.resolve("imported.yaml"))).isLessThan(weft.build.BuildOptions.defaults().maxFileBytes());
        assertThat(Files.readString(quotes.resolve("imported-2.yaml")))
                .startsWith("# Imported by weft import: part 2 of the coded text selections").contains("\nquotes:\n  - id: ");
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), project.resolve("coded-data/study.yaml"));
        assertThat(readBack(project).quotes()).hasSize(5000);

        Path smaller = temp.resolve("smaller.qdpx");
        new SyntheticQdpx(2000, 100, 20, 1).write(smaller);
        cli = null;
        assertThat(run("import", smaller.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Removed " + quotes.resolve("imported-2.yaml").toAbsolutePath().normalize()
                + " (the imported quotes fill fewer parts now; a copy is in .weft/previous-import/)");
        assertThat(quotes.resolve("imported-2.yaml")).doesNotExist();
        assertThat(project.resolve(".weft/previous-import/imported-2.yaml")).isRegularFile();
        assertThat(readBack(project).quotes()).hasSize(2000);
    }

    /**
     * A project of thousands of codes, whose tree takes more than the build reads from one file, is imported with its
     * coding frame in parts (coding-frame.yaml with the levels, coding-frame-2.yaml), each under the limit; the build
     * reads every code; importing it again changes nothing; a later import of fewer codes removes the part it no longer
     * fills, keeping a copy.
     */
    @Test
    void a_large_coding_frame_is_imported_in_parts_that_the_build_reads() throws Exception {
        Path large = temp.resolve("codes.qdpx");
        new SyntheticQdpx(12000, 12000, 20, 1).write(large);
        Path project = temp.resolve("codes-study");
        assertThat(run("import", large.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        Path data = project.resolve("coded-data");
        assertThat(data.resolve("coding-frame-2.yaml")).isRegularFile();
        assertThat(data.resolve("coding-frame-3.yaml")).doesNotExist();
        for (String part : java.util.List.of("coding-frame.yaml", "coding-frame-2.yaml")) {
            assertThat(Files.size(data.resolve(part))).isLessThan(weft.build.BuildOptions.defaults().maxFileBytes());
        }
        assertThat(Files.readString(data.resolve("coding-frame.yaml"))).contains("\nlevels:\n");
        assertThat(Files.readString(data.resolve("coding-frame-2.yaml")))
                .startsWith("# Imported by weft import: part 2 of the coding frame").contains("\nnodes:\n  - id: ");
        assertThat(cli.out()).contains("Wrote " + data.resolve("coding-frame-2.yaml").toAbsolutePath().normalize())
                .contains("Imported from codes.qdpx: 12,000 codes in 2 levels, 12,000 quotes.");
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), data.resolve("study.yaml"));
        assertThat(codes(readBack(project).frame().roots())).isEqualTo(12000);

        cli = null;
        assertThat(run("import", large.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("No changes in the coding since the earlier import.").doesNotContain("Wrote ");

        Path fewer = temp.resolve("fewer.qdpx");
        new SyntheticQdpx(2000, 2000, 20, 1).write(fewer);
        Path copy = temp.resolve("codes-study-copy");
        TestProjects.copyTree(project, copy);
        cli = null;
        assertThat(run("import", fewer.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Removed " + data.resolve("coding-frame-2.yaml").toAbsolutePath().normalize()
                + " (the imported coding frame fills fewer parts now; a copy is in .weft/previous-import/)");
        assertThat(data.resolve("coding-frame-2.yaml")).doesNotExist();
        assertThat(project.resolve(".weft/previous-import/coding-frame-2.yaml")).isRegularFile();
        assertThat(codes(readBack(project).frame().roots())).isEqualTo(2000);

        // a part an import did not write (its first line is not the import's) is never removed: said instead
        Path handPart = copy.resolve("coded-data/coding-frame-2.yaml");
        String text = Files.readString(handPart);
        Files.writeString(handPart, text.substring(text.indexOf("\nnodes:") + 1));
        cli = null;
        assertThat(run("import", fewer.toString(), "--project", copy.toString())).as(cli.err()).isEqualTo(0);
        assertThat(handPart).isRegularFile();
        assertThat(cli.err()).contains("WARNING coded-data/coding-frame-2.yaml: not written by an import, so left as it is:"
                + " this import read it as a part of coded-data/coding-frame.yaml, and what it holds is now in the parts the"
                + " import wrote; remove it, or the build reports each of its ids twice");
        assertThat(cli.out()).doesNotContain("Removed " + handPart.toAbsolutePath().normalize());
    }

    /** The nodes of a tree: every code of the QDA file is one. */
    private static int codes(java.util.List<weft.model.CodeNode> nodes) {
        int n = 0;
        for (weft.model.CodeNode node : nodes) {
            n += 1 + codes(node.children());
        }
        return n;
    }

    /**
     * A survey whose respondents' cases take more than the build reads from one file is imported with its participants
     * in parts too (participants.yaml, participants-2.yaml), each under the limit; the build reads every respondent and
     * cites each quote's; a later import of fewer respondents removes the part it no longer fills, keeping a copy.
     */
    @Test
    void a_large_surveys_participants_are_imported_in_parts_that_the_build_reads() throws Exception {
        Path survey = temp.resolve("survey.qdpx");
        SyntheticQdpx.withCases(8000, 20, 8000, 3).write(survey);
        Path project = temp.resolve("survey-study");
        assertThat(run("import", survey.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        Path data = project.resolve("coded-data");
        assertThat(data.resolve("participants-2.yaml")).isRegularFile();
        assertThat(data.resolve("participants-3.yaml")).doesNotExist();
        for (String part : java.util.List.of("participants.yaml", "participants-2.yaml")) {
            assertThat(Files.size(data.resolve(part))).isLessThan(weft.build.BuildOptions.defaults().maxFileBytes());
        }
        assertThat(Files.readString(data.resolve("participants-2.yaml")))
                .startsWith("# Imported by weft import: part 2 of the participants").contains("\nparticipants:\n  - id: ");
        assertThat(cli.out()).contains("Wrote " + data.resolve("participants-2.yaml").toAbsolutePath().normalize())
                .contains("Imported from survey.qdpx: 20 codes in 2 levels, 8,000 quotes, 8,000 participants with 3 attributes"
                        + " (age, region, occupation).\nNext: coded-data/study.yaml, the study's title, authors and facts, which an"
                        + " import does not write");
        Files.copy(TestProjects.fixture("mini-study").resolve("coded-data/study.yaml"), data.resolve("study.yaml"));
        weft.model.Study study = readBack(project);
        assertThat(study.info().participants()).hasSize(8000);
        assertThat(study.info().participants().get(7999).citedAs()).isEqualTo("Respondent 8000");
        assertThat(study.info().participants().get(7999).attributes()).extracting(weft.model.Participant.Attribute::name)
                .containsExactly("age", "region", "occupation");
        assertThat(study.quotes()).hasSize(8000).allMatch(q -> q.participant().isPresent());

        Path fewer = temp.resolve("fewer.qdpx");
        SyntheticQdpx.withCases(3000, 20, 3000, 3).write(fewer);
        cli = null;
        assertThat(run("import", fewer.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).as("the project has its study.yaml now").doesNotContain("Next:")
                .as("5,000 respondents gone: one line, not 5,000").contains("\n  removed: 5,000 participants, whose cases the QDA"
                        + " file no longer has ('respondent-3001', 'respondent-3002', 'respondent-3003' …)\n")
                .doesNotContain("removed: participant 'respondent-");
        assertThat(cli.out()).contains("Removed " + data.resolve("participants-2.yaml").toAbsolutePath().normalize()
                + " (the imported participants fill fewer parts now; a copy is in .weft/previous-import/)");
        assertThat(data.resolve("participants-2.yaml")).doesNotExist();
        assertThat(project.resolve(".weft/previous-import/participants-2.yaml")).isRegularFile();
    }

    /** A survey's sheet with the respondents' attributes named on the command line (--attributes). */
    @Test
    void a_surveys_attributes_are_named_with_attributes() throws Exception {
        Path sheet = Files.writeString(temp.resolve("survey.csv"), "Respondent,Age,Region,Comment,Answer,Theme\r\n"
                + "R1,34,North,,The bus stops at eight.,Access\r\nR2,61,South,,I go with my neighbour.,Support\r\n");
        Path project = temp.resolve("survey-sheet");
        assertThat(run("import", sheet.toString(), "--project", project.toString(), "--levels", "Theme", "--column",
                "participant=Respondent", "--column", "text=Answer", "--attributes", "Age,Region")).as(cli.err()).isEqualTo(0);
        assertThat(cli.err()).contains("WARNING survey.csv:1:4: column 'Comment' is not imported");
        assertThat(Files.readString(project.resolve("coded-data/participants.yaml")))
                .contains("citedAs: R2\n    attributes:\n      Age: \"61\"\n      Region: South\n");
    }

    @Test
    void a_spreadsheets_options_with_a_qda_file_are_a_usage_error() {
        Path project = temp.resolve("qda-study");
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString(),
                "--attributes", "Age")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("weft: --levels, --column and --attributes name a spreadsheet's columns;"
                + " taguette-codebook.qdc is a QDA tool's file, whose codes, cases and variables say it all\n");
        assertThat(project).doesNotExist();
    }

    @Test
    void participants_from_anything_but_cases_or_sources_or_for_a_spreadsheet_are_a_usage_error() throws Exception {
        Path project = temp.resolve("sources-study");
        assertThat(run("import", SAMPLES.resolve("atlasti-8.4-mac-standard-project.qde").toString(), "--project",
                project.toString(), "--participants", "documents")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("weft: --participants is cases or sources, not 'documents'\n");
        Path sheet = Files.writeString(temp.resolve("coding.csv"), "Participant,Text,Theme\r\nP1,Rain.,Weather\r\n");
        assertThat(run("import", sheet.toString(), "--project", project.toString(), "--participants", "sources")).isEqualTo(2);
        assertThat(cli.err()).endsWith("weft: --participants chooses a QDA project's participants; coding.csv is a"
                + " spreadsheet, whose participant column says who said each quote\n");
        assertThat(project).doesNotExist();
    }

    /**
     * {@code --comments reduced}: a coded selection's comment is its quote's reduced expression, and an import again,
     * not told, reads it so (the coding frame says so); anything else, or for a spreadsheet, is a usage error.
     */
    @Test
    void comments_taken_for_reduced_expressions_stay_so_for_an_import_again() throws Exception {
        Path project = temp.resolve("comments-study");
        Path first = NotesQdpx.write(temp.resolve("first.qdpx"), 21, "rain all week");
        assertThat(run("import", first.toString(), "--project", project.toString(), "--comments", "reduced")).as(cli.err())
                .isEqualTo(0);
        assertThat(cli.out()).contains("Imported from first.qdpx: 1 code in 1 level, 1 quote (each with its reduced expression).");
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("reduced: rain all week");
        Path second = NotesQdpx.write(temp.resolve("second.qdpx"), 21, "a wet week");
        assertThat(run("import", second.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("reduced: quote 'notes-1' takes the file's reduced expression");
        assertThat(Files.readString(project.resolve("coded-data/quotes/imported.yaml"))).contains("reduced: a wet week");

        assertThat(run("import", second.toString(), "--project", project.toString(), "--comments", "memos")).isEqualTo(2);
        assertThat(cli.err()).endsWith("weft: --comments is reduced or ignored, not 'memos'\n");
        Path sheet = Files.writeString(temp.resolve("coding.csv"), "Participant,Text,Theme\r\nP1,Rain.,Weather\r\n");
        assertThat(run("import", sheet.toString(), "--project", temp.resolve("sheet-study").toString(), "--comments", "reduced"))
                .isEqualTo(2);
        assertThat(cli.err()).endsWith("weft: --comments reads a QDA project's comments on its selections; coding.csv is a"
                + " spreadsheet, whose reduced expressions are those of its column\n");
        assertThat(temp.resolve("sheet-study")).doesNotExist();
    }

    /**
     * Cases named as people are (Anna, Peter), cited by those names: the first import reminds that a published article
     * cites codes or pseudonyms; an import again, which keeps citedAs, does not repeat it.
     */
    @Test
    void participants_cited_by_names_without_a_code_are_pointed_out_on_a_first_import() throws Exception {
        Path sheet = Files.writeString(temp.resolve("names.csv"), "Participant,Quote,Theme\r\n"
                + "Anna,We cook on Sundays.,Meals\r\nPeter,Nobody thinks of dinner.,Meals\r\nP3,The sink is full.,Chores\r\n");
        Path project = temp.resolve("names-study");
        assertThat(run("import", sheet.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("\nMind: 2 participants of 3 are cited by the name of their case in names.csv, which has"
                + " no code in it (Anna, Peter): where that is a real name, give the participant a code or a pseudonym in citedAs"
                + " (coded-data/participants.yaml) before anything is published; an import again keeps citedAs.\n");
        cli = null;
        assertThat(run("import", sheet.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).doesNotContain("Mind:");
    }

    /** The study of {@code project} as the build reads it, which must report no error. */
    private static weft.model.Study readBack(Path project) {
        weft.diagnostics.Diagnostics diagnostics = new weft.diagnostics.Diagnostics();
        java.util.Optional<weft.model.Study> study = new weft.read.StudyReader(new weft.read.SchemaChecker()).read(
                new weft.read.ProjectFiles(project, weft.build.BuildOptions.defaults().maxFileBytes()), diagnostics);
        assertThat(diagnostics.sorted()).filteredOn(d -> d.severity() == weft.diagnostics.Severity.ERROR).isEmpty();
        return study.orElseThrow();
    }

    /** Importing the same file again changes nothing: no file is written, none replaced (README: "then nothing is written"). */
    @Test
    void importing_the_same_file_again_writes_nothing() throws Exception {
        Path qdpx = temp.resolve("same.qdpx");
        new SyntheticQdpx(40, 8, 2, 1).write(qdpx);
        Path project = temp.resolve("same-study");
        assertThat(run("import", qdpx.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        java.util.Map<String, String> first = FileTrees.fingerprint(project);
        cli = null;
        assertThat(run("import", qdpx.toString(), "--project", project.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("No changes in the coding since the earlier import.").doesNotContain("Wrote");
        assertThat(FileTrees.fingerprint(project)).isEqualTo(first);
        assertThat(project.resolve(".weft")).doesNotExist();
    }

    /** The bad files whose expected diagnostics hold an error. */
    static Stream<String> filesWithErrors() throws IOException {
        try (Stream<Path> list = Files.list(INVALID)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(qdc|qde|qdpx|csv|xlsx|ods)")).sorted()
                    .filter(n -> readString(INVALID.resolve(n.replaceFirst("\\.[a-z]+$", ".expected.txt"))).contains("ERROR "))
                    .toList().stream();
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("filesWithErrors")
    void a_bad_file_leaves_the_project_folder_exactly_as_it_was(String name) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.delete(project.resolve("coded-data/coding-frame.yaml"));
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", INVALID.resolve(name).toString(), "--project", project.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR " + name);
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void participants_without_their_coding_frame_are_never_replaced() throws IOException {
        Path project = temp.resolve("new-study");
        Files.createDirectories(project.resolve("coded-data"));
        Files.writeString(project.resolve("coded-data/participants.yaml"), "participants: []\n");
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", SAMPLES.resolve("taguette-codebook.qdc").toString(), "--project", project.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("weft: coded-data/participants.yaml exists in ");
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
    }

    /**
     * A Pandoc or Quarto manuscript: its sections written into a new study's content/ (exit 0, what became of each heading
     * on standard output, the warnings on standard error), nothing written over prose that is there (exit 2, every byte
     * as it was), nothing at all for a manuscript with an error (exit 1), and a QDA file's options refused for it.
     */
    @Test
    void a_manuscript_becomes_the_prose_of_a_study_and_never_replaces_the_authors_own() throws IOException {
        Path paper = Files.writeString(temp.resolve("paper.qmd"), "---\ntitle: Meals\n---\n# 2. Methods\n\nPosts.\n\n"
                + "# Results\n\nThemes.\n");
        Path project = temp.resolve("new-study");
        assertThat(run("import", paper.toString(), "--project", project.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("Wrote content/methods.md\nWrote content/results.md\n",
                "  content/results.md: results 'Results', order 20 (paper.qmd line 8)\n",
                "Mind: the front matter's title is not imported: give it in coded-data/study.yaml (title)",
                "Next: the coding, coded-data/coding-frame.yaml and its quotes");
        assertThat(cli.err()).contains("WARNING paper.qmd:4:1: the heading's number '2.' is left out of the section's title",
                "0 errors, 1 warning");
        assertThat(project.resolve("content/methods.md")).content().isEqualTo(
                "---\nid: methods\ntitle: Methods\nkind: section\norder: 10\n---\nPosts.\n");

        Files.writeString(paper, Files.readString(paper).replace("Posts.", "Posts, all of them."));
        assertThat(run("import", paper.toString(), "--project", project.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("Replaced content/methods.md\nThe manuscript's sections");
        assertThat(project.resolve("content/methods.md")).content().endsWith("Posts, all of them.\n");
        Files.writeString(project.resolve("content/results.md"), "---\nid: results\ntitle: Results\nkind: results\norder: 20\n"
                + "---\nThe author's own.\n");
        Map<String, String> before = FileTrees.fingerprint(project);
        assertThat(run("import", paper.toString(), "--project", project.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("weft: content/ of " + project.toAbsolutePath().normalize() + " holds the study's prose"
                + " already (content/results.md, not as the earlier import wrote it)");
        assertThat(run("import", Files.writeString(temp.resolve("flat.md"), "No heading.\n").toString(), "--project",
                temp.resolve("other").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR flat.md:1:1: no heading to cut the manuscript at");
        assertThat(temp.resolve("other")).doesNotExist();
        assertThat(run("import", paper.toString(), "--project", temp.resolve("third").toString(), "--levels", "A,B")).isEqualTo(2);
        assertThat(cli.err()).contains("weft: --positions, --participants, --comments, --levels, --column and --attributes are"
                + " a QDA tool's file's or a spreadsheet's; paper.qmd is a manuscript");
        assertThat(run("import", paper.toString(), "--project", temp.resolve("third").toString(), "--comments", "reduced"))
                .isEqualTo(2);
        assertThat(FileTrees.fingerprint(project)).isEqualTo(before);
        Path quarto = Files.createDirectories(temp.resolve("quarto-project"));
        Files.writeString(quarto.resolve("_quarto.yml"), "project:\n  type: manuscript\nmanuscript:\n  article: meals.qmd\n");
        Files.writeString(quarto.resolve("meals.qmd"), "# Methods\n\nFrom the project.\n");
        Files.writeString(quarto.resolve("notes.qmd"), "# Notes\n");
        assertThat(run("import", quarto.toString(), "--project", temp.resolve("from-quarto").toString())).isEqualTo(0);
        assertThat(cli.out()).contains("The Quarto project's article: " + quarto.resolve("meals.qmd"));
        assertThat(temp.resolve("from-quarto/content/methods.md")).content().endsWith("From the project.\n");
        Files.delete(quarto.resolve("_quarto.yml"));
        assertThat(run("import", quarto.toString(), "--project", temp.resolve("none").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("weft: " + quarto + " is a folder: give the file to import, or a Quarto project's"
                + " folder whose _quarto.yml names its article (manuscript: article: paper.qmd)");
        assertThat(run("import", Files.writeString(temp.resolve("paper.odt"), "x").toString(), "--project",
                temp.resolve("fourth").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("ERROR paper.odt: not a file Weft imports: a QDA tool's codebook (.qdc), project (.qde)"
                + " or project's zip (.qdpx), a spreadsheet of the coding (.csv, .xlsx, .ods), or a manuscript (.md, .qmd,"
                + " .Rmd, .docx); save it as Word (.docx) in LibreOffice or Word (File, Save As) and import that");
    }

    /** A QDA tool's own project, which no other program reads: the error says what to export from the tool; nothing is written. */
    @Test
    void a_qda_tools_own_project_is_refused_with_what_to_export_from_the_tool() throws IOException {
        Path project = temp.resolve("study");
        Map<String, String> tools = Map.of("interviews.nvp", "an NVivo project, which only NVivo reads: export it as a"
                        + " REFI-QDA project (.qdpx; NVivo for Windows: Share, Export Project, REFI-QDA Project; NVivo for Mac:"
                        + " File, Export Project) and import that",
                "Interviews.NVPX", "an NVivo project",
                "interviews.mx24", "a MAXQDA project, which only MAXQDA reads: export it from MAXQDA as a REFI-QDA project"
                        + " (.qdpx) and import that",
                "interviews.atlproj", "an ATLAS.ti project, which only ATLAS.ti reads: export it from ATLAS.ti as a"
                        + " REFI-QDA project (.qdpx) and import that",
                "taguette.sqlite3", "a database (Taguette keeps a project in one), which Weft does not read: from Taguette,"
                        + " export all highlights (CSV or Excel) and import that spreadsheet");
        for (Map.Entry<String, String> tool : tools.entrySet()) {
            Path file = Files.writeString(temp.resolve(tool.getKey()), "the tool's own bytes");
            assertThat(run("import", file.toString(), "--project", project.toString())).as(tool.getKey()).isEqualTo(1);
            assertThat(cli.err()).contains("ERROR " + tool.getKey() + ": not a file Weft imports: " + tool.getValue());
        }
        Path qualcoder = Files.createDirectories(temp.resolve("interviews.qda"));
        Files.writeString(qualcoder.resolve("data.qda"), "QualCoder's database");
        assertThat(run("import", qualcoder.toString(), "--project", project.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("weft: " + qualcoder + ": not a file Weft imports: a QualCoder project, which only"
                + " QualCoder reads: export it as a REFI-QDA project (.qdpx; QualCoder: Project, Exports) and import that");
        assertThat(project).doesNotExist();
    }
}

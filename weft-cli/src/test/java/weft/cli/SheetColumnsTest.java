package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/**
 * A spreadsheet whose headers are not ones Weft knows (a Finnish analysis table headed in words of its own) is named
 * once: weft import writes the columns it was given into the coding frame's {@code sheet:}, and an import again and
 * weft diff of the sheet's versions read it so without being told again; a sheet whose columns were renamed since says where the columns it
 * looked for came from. The sheets are written here, with words of our own.
 */
class SheetColumnsTest {

    static final String HEADER = "Henkilö,Ote,Alempi luokka,Ylempi luokka\n";
    static final String V1 = HEADER + "H1,Kokkaamme sunnuntaisin.,Yhdessä kokkaaminen,Yhteisöllisyys\n"
            + "H2,Tiskit jäävät minulle.,Tiskit,Kitka\n";
    static final String V2 = HEADER + "H1,Kokkaamme sunnuntaisin.,Yhdessä kokkaaminen,Yhteisöllisyys\n"
            + "H2,Tiskit jäävät minulle.,Yhdessä kokkaaminen,Yhteisöllisyys\n";

    @TempDir
    Path temp;
    Path study;
    Path v1;
    Path v2;
    private Cli cli;

    @BeforeEach
    void aStudyCodedInASheet() throws Exception {
        study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(study.resolve("coded-data/quotes"));
        TestProjects.delete(study.resolve("coded-data/coding-frame.yaml"));
        TestProjects.delete(study.resolve("content/introduction.md")); // they speak of the mini-study's own nodes
        TestProjects.delete(study.resolve("content/methods.md"));
        v1 = Files.writeString(temp.resolve("analyysi-v1.csv"), V1);
        v2 = Files.writeString(temp.resolve("analyysi-v2.csv"), V2);
    }

    /** A run with its own output: {@link #out()} and {@link #err()} are this run's. */
    private int run(String... args) {
        cli = new Cli(temp);
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void the_columns_given_to_the_first_import_are_kept_and_an_import_again_reads_the_sheet_so() throws Exception {
        assertThat(run("import", v1.toString(), "--project", study.toString())).isEqualTo(1);
        assertThat(err()).contains("ERROR analyysi-v1.csv:1:1: no column of the quotes' text");
        assertThat(run("import", v1.toString(), "--project", study.toString(), "--levels", "Ylempi luokka, Alempi luokka",
                "--column", "text=Ote", "--column", "participant=Henkilö")).as(err()).isEqualTo(0);
        Path frame = study.resolve("coded-data/coding-frame.yaml");
        assertThat(Files.readString(frame)).contains("""
                # sheet: how weft import was told to read the columns of analyysi-v1.csv (--levels, --column, --attributes or\
                 weft.levels, weft.columns, weft.attributes); an import again, weft serve --coding and weft diff read the sheet so.
                sheet:
                  levels:
                    - Ylempi luokka
                    - Alempi luokka
                  columns:
                    text: Ote
                    participant: Henkilö
                levels:
                  - Ylempi luokka
                  - Alempi luokka
                """);
        // the build reads the frame (its schema knows the field) and leaves the field alone
        assertThat(run("validate", "--project", study.toString())).as(err()).isEqualTo(0);

        // recoded in the sheet: imported again without the options
        assertThat(run("import", v2.toString(), "--project", study.toString())).as(err()).isEqualTo(0);
        assertThat(out()).contains("recoded: quote 'analyysi-v1-2' from ['tiskit'] to ['yhdessa-kokkaaminen']");
        assertThat(Files.readString(frame)).contains("    text: Ote\n");

        // the sheet's columns renamed since: the error, and where the columns it looked for came from
        Path renamed = Files.writeString(temp.resolve("analyysi-v3.csv"), V2.replace("Ote", "Ilmaus"));
        String before = Files.readString(frame);
        assertThat(run("import", renamed.toString(), "--project", study.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("""
                ERROR analyysi-v3.csv:1:1: no column 'Ote' of the text given (the first row holds\
                 henkilö, ilmaus, alempi luokka, ylempi luokka)
                NOTE coded-data/coding-frame.yaml:4:1: the columns of analyysi-v3.csv were read as the study's earlier import\
                 was told them (written here): where the sheet names them otherwise now, give them again (--levels, --column,\
                 --attributes; weft.levels, weft.columns, weft.attributes), or remove this field to find them by their headers
                1 error, 0 warnings, 1 note
                """);
        assertThat(frame).content().isEqualTo(before);
        // each kind given replaces what was kept of it alone: the levels stay
        assertThat(run("import", renamed.toString(), "--project", study.toString(), "--column", "text=Ilmaus", "--column",
                "participant=Henkilö")).as(err()).isEqualTo(0);
        assertThat(Files.readString(frame)).contains("  levels:\n    - Ylempi luokka\n    - Alempi luokka\n",
                "  columns:\n    text: Ilmaus\n    participant: Henkilö\n");
    }

    @Test
    void weft_diff_reads_the_sheets_versions_as_the_studys_import_was_told_and_takes_the_columns_outside_a_study()
            throws Exception {
        assertThat(run("import", v2.toString(), "--project", study.toString(), "--levels", "Ylempi luokka,Alempi luokka", "--column",
                "text=Ote", "--column", "participant=Henkilö")).as(err()).isEqualTo(0);
        String moved = "  moved    analyysi-v1-2 \"Tiskit jäävät minulle.\": from tiskit to yhdessa-kokkaaminen\n";
        assertThat(run("diff", "--project", study.toString(), "--from", v1.toString(), "--to", v2.toString()))
                .as(err()).isEqualTo(1);
        assertThat(out()).startsWith("Changes in the coding from analyysi-v1.csv to analyysi-v2.csv\n").contains(moved);
        // the earlier sheet against the study, imported from the later one
        assertThat(run("diff", "--project", study.toString(), "--from", v1.toString())).as(err()).isEqualTo(1);
        assertThat(out()).contains("moved    analyysi-v2-2 \"Tiskit jäävät minulle.\": from tiskit to yhdessa-kokkaaminen");

        // outside a study, nothing kept: the columns are given, as to weft import
        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString())).isEqualTo(2);
        assertThat(err()).contains("ERROR analyysi-v1.csv:1:1: no column of the quotes' text: name one quote, text,")
                .endsWith("weft: cannot compare (2 errors, 0 warnings)\n");
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString(), "--levels",
                "Ylempi luokka,Alempi luokka", "--column", "text=Ote", "--column", "participant=Henkilö"))
                .as(err()).isEqualTo(1);
        assertThat(out()).contains(moved);

        // the options name a sheet's columns: usage errors elsewhere
        assertThat(run("diff", "--project", study.toString(), "--from", "v1-submitted", "--levels", "A,B")).isEqualTo(2);
        assertThat(err()).isEqualTo("weft: --levels, --column and --attributes name a spreadsheet's columns; neither version"
                + " is a spreadsheet (.csv, .xlsx, .ods)\n");
        assertThat(run("diff", "--project", study.toString(), "--from", v1.toString(), "--column", "words=Ilmaus")).isEqualTo(2);
        assertThat(err()).isEqualTo("weft: --column names a column's role: text, id, participant, source, reduced, not"
                + " 'words'\n");
        assertThat(run("serve", "--project", study.toString(), "--levels", "A,B")).isEqualTo(2);
        assertThat(err()).isEqualTo("weft: --levels, --column and --attributes name the columns of a spreadsheet of the coding"
                + " that --coding follows (.csv, .xlsx, .ods)\n");
    }
}

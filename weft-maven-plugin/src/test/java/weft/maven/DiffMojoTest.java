package weft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.qda.QdaExport;

/**
 * {@code mvn weft:diff} between two folders of the miniature study, one quote recoded: the summary in Maven's log, Markdown
 * into a file of the build folder (replaced there, never elsewhere), an unknown format and an unreadable version refused
 * (the git history and a real Maven run: {@code PluginStudiesIT}).
 */
class DiffMojoTest {

    static final Path MINI_STUDY = Path.of("").toAbsolutePath().getParent().resolve("weft-engine/src/test/resources/projects/mini-study");

    @TempDir
    Path temp;
    Path before;
    Path study;
    final List<String> logged = new ArrayList<>();

    @BeforeEach
    void twoVersions() throws IOException {
        before = copy(MINI_STUDY, temp.resolve("before"));
        study = copy(MINI_STUDY, temp.resolve("study"));
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
    }

    private DiffMojo mojo(String format, Path file) {
        DiffMojo mojo = new DiffMojo();
        mojo.projectDirectory = study.toFile();
        mojo.buildDirectory = study.resolve("target").toFile();
        mojo.from = "../before";
        mojo.diffFormat = format;
        mojo.diffFile = file == null ? null : file.toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        });
        return mojo;
    }

    @Test
    void theSummaryGoesToTheLogAndMarkdownIntoAFileOfTheBuildFolder() throws Exception {
        mojo("text", null).execute();
        assertThat(logged).containsExactly("Changes in the coding from ../before to the working folder", "", "Quotes: 1 moved",
                "  moved    same-table \"Same table, same people, every night.\": from eating-together to cooking-together", "",
                "Counts (quotes coded to a node or below it):", "  cooking-together: 2 -> 3", "  eating-together: 1 -> 0");

        Path file = study.resolve("target/changes.md");
        mojo("markdown", file).execute();
        assertThat(Files.readString(file)).startsWith("## Changes in the coding from ../before to the working folder\n")
                .contains("| moved | `same-table` “Same table, same people, every night.” | from `eating-together` to `cooking-together` |\n");
        Files.writeString(file, "an older diff");
        mojo("json", file).execute();
        assertThat(Files.readString(file)).startsWith("{").contains("\"kind\" : \"moved\"");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    /** weft.audience (public by default): a re-worded quote for the team is in the team's diff only. */
    @Test
    void theDiffShowsOnlyWhatItsAudienceMayRead() throws Exception {
        for (Path version : new Path[] {before, study}) {
            Path quotes = version.resolve("coded-data/quotes/quotes.yaml");
            Files.writeString(quotes, Files.readString(quotes).replace("    text: The sink is always full.\n",
                    "    text: The sink is always full.\n    audience: team\n"));
        }
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("The sink is always full.", "The sink is full of my secrets."));
        mojo("text", null).execute();
        assertThat(String.join("\n", logged)).contains("same-table").doesNotContain("sink").doesNotContain("secrets");
        logged.clear();
        DiffMojo team = mojo("text", null);
        team.audience = "team";
        team.execute();
        assertThat(logged).contains("  reworded sink-full: The sink is [-always full.-] {+full of my secrets.+}");
    }

    @Test
    void aFileOutsideTheBuildFolderIsNeverReplaced() throws IOException {
        Path mine = Files.writeString(study.resolve("changes.md"), "my response to the reviewers");
        assertThatThrownBy(mojo("markdown", mine)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("changes.md exists: weft:diff replaces a file only inside the build folder");
        assertThat(Files.readString(mine)).isEqualTo("my response to the reviewers");
    }

    @Test
    void anUnknownFormatOrAnUnreadableVersionFailsTheGoal() {
        assertThatThrownBy(mojo("html", null)::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.diffFormat is text, markdown or json, not 'html'");
        DiffMojo revision = mojo("text", null);
        revision.from = "v1-submitted";
        assertThatThrownBy(revision::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Weft: the project is not in a git repository: 'v1-submitted' cannot be read");
        assertThat(study.resolve("target")).doesNotExist();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** The goal run on two sheets of the study's folder, their columns named (weft.levels, weft.columns); the log anew. */
    private void sheets(String from, String to) throws Exception {
        logged.clear();
        DiffMojo sheets = mojo(null, null);
        sheets.from = from;
        sheets.to = to;
        sheets.levels = "Luokka";
        sheets.columns = "text=Ilmaus";
        sheets.execute();
    }

    /** Two files of a QDA tool, named relative to the study's folder: compared as weft:import reads them. */
    @Test
    void twoFilesOfAQdaToolAreCompared() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        QdaExport.write(study.resolve("v1.qdpx"), QdaExport.Format.QDPX,
                QdaExport.of(before, QdaExport.Format.QDPX, Optional.empty(), diagnostics).orElseThrow());
        QdaExport.write(study.resolve("v2.qdpx"), QdaExport.Format.QDPX,
                QdaExport.of(study, QdaExport.Format.QDPX, Optional.empty(), diagnostics).orElseThrow());
        DiffMojo mojo = mojo(null, null);
        mojo.from = "v1.qdpx";
        mojo.to = "v2.qdpx";
        mojo.execute();
        assertThat(logged).contains("Changes in the coding from v1.qdpx to v2.qdpx", "  moved    quotes-3 \"Same table, same"
                + " people, every night.\": from eating-together"
                + " to cooking-together");
        // two versions of a sheet whose headers Weft does not know: its columns named, as to weft:import
        Files.writeString(study.resolve("analyysi-1.csv"), "Ilmaus;Luokka\r\nKokkaamme.;Kokkaaminen\r\nTiskit.;Tiskit\r\n");
        Files.writeString(study.resolve("analyysi-2.csv"), "Ilmaus;Luokka\r\nKokkaamme.;Kokkaaminen\r\nTiskit.;Kokkaaminen\r\n");
        sheets("analyysi-1.csv", "analyysi-2.csv");
        assertThat(logged).contains("Changes in the coding from analyysi-1.csv to analyysi-2.csv", "  moved    analyysi-1-2"
                + " \"Tiskit.\": from tiskit to kokkaaminen");
        // every category renamed, no code in common: compared all the same (an import would ask whether it is another project)
        Files.writeString(study.resolve("analyysi-3.csv"), "Ilmaus;Luokka\r\nKokkaamme.;Ruoka\r\nTiskit.;Ruoka\r\n");
        sheets("analyysi-1.csv", "analyysi-3.csv");
        assertThat(logged).contains("  moved    analyysi-1-2 \"Tiskit.\": from tiskit to ruoka",
                "  relabelled ruoka (was kokkaaminen): \"Kokkaaminen\" -> \"Ruoka\"", "  merged     tiskit \"Tiskit\" into ruoka");
        DiffMojo nobody = mojo(null, null);
        nobody.from = "v1.qdpx";
        nobody.participants = "documents";
        assertThatThrownBy(nobody::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.participants is cases or sources, not 'documents'");
        DiffMojo memos = mojo(null, null);
        memos.from = "v1.qdpx";
        memos.comments = "memos";
        assertThatThrownBy(memos::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("weft.comments is reduced or ignored, not 'memos'");
    }
}

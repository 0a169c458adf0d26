package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * An import that keeps copies of the files it replaced (.weft/previous-import/: earlier quotes among them) in a study
 * whose git repository would commit them warns, and says how to ignore them; an ignored folder, a study outside git,
 * say nothing; copies committed already are told apart, and every build of the study warns of them.
 */
class CopiesInGitTest {

    static final String NOT_IGNORED = "the copies of the files imports replaced (earlier versions of the coding and the"
            + " prose, a quote removed since among them) are not ignored by git, so git add would commit them: add '.weft/*'"
            + " and '!.weft/manuscript-import.json' to .gitignore, as a new study's .gitignore has them";

    @TempDir
    Path temp;

    private static FrameImport.Imported sheet(Path file, String rows) throws Exception {
        Files.writeString(file, "Participant,Original expression,Category\n" + rows);
        return FrameImport.of(file, Optional.empty(), new Diagnostics()).orElseThrow();
    }

    @Test
    void an_import_whose_copies_git_would_commit_says_so_and_how_to_ignore_them() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), repository.resolve("study"));
        TestProjects.delete(study.resolve("coded-data/quotes"));
        TestProjects.delete(study.resolve("coded-data/coding-frame.yaml"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Path csv = temp.resolve("analysis.csv");
            Diagnostics first = new Diagnostics();
            ImportedFiles.write(study, sheet(csv, "P1,We cook.,Cooking\n"), first).orElseThrow();
            assertThat(first.sorted()).isEmpty(); // nothing replaced, no copies

            Diagnostics again = new Diagnostics();
            ImportedFiles.write(study, sheet(csv, "P1,We cook.,Cooking\nP2,We wash up.,Washing\n"), again).orElseThrow();
            assertThat(study.resolve(ImportedFiles.PREVIOUS)).isDirectory();
            assertThat(again.sorted()).extracting(Object::toString).containsExactly("WARNING .weft/previous-import: "
                    + NOT_IGNORED);

            // committed before they were ignored: told apart, with the command that untracks them
            PersonIdent author = new PersonIdent("Author", "author@example.org", 1_700_000_000_000L, 0);
            git.add().addFilepattern("study").call();
            git.commit().setMessage("the study").setAuthor(author).setCommitter(author).setSign(false).call();
            Files.writeString(study.resolve(".gitignore"), "target/\n.weft/*\n!.weft/manuscript-import.json\n");
            assertThat(CopiesInGit.advice(study)).contains("the copies of the files imports replaced (earlier versions of"
                    + " the coding and the prose, a quote removed since among them) are committed in the study's git"
                    + " repository: run git rm -r --cached .weft/previous-import in the study's folder, and add '.weft/*'"
                    + " and '!.weft/manuscript-import.json' to .gitignore, as a new study's .gitignore has them");

            // and every build of the study says it, from the index alone (ignored or not, committed copies are published)
            assertThat(CopiesInGit.committed(study)).isEqualTo(CopiesInGit.advice(study));
            assertThat(TestProjects.render(study).diagnostics()).extracting(Object::toString).contains(
                    "WARNING .weft/previous-import: " + CopiesInGit.advice(study).orElseThrow());

            // untracked as it says, and ignored as a new study's .gitignore has it: nothing to say
            git.rm().setCached(true).addFilepattern("study/.weft/previous-import").call();
            assertThat(CopiesInGit.advice(study)).isEmpty();
            assertThat(TestProjects.render(study).diagnostics()).extracting(Object::toString)
                    .noneMatch(d -> d.contains(".weft/previous-import"));
            // not ignored but not committed: an import says so, a build does not walk the folder to find out
            Files.delete(study.resolve(".gitignore"));
            assertThat(CopiesInGit.advice(study)).contains(NOT_IGNORED);
            assertThat(CopiesInGit.committed(study)).isEmpty();
        }
        // outside any repository: nothing to say
        Path alone = Files.createDirectories(temp.resolve("alone/.weft/previous-import"));
        Files.writeString(alone.resolve("quotes.yaml"), "quotes: []\n");
        assertThat(CopiesInGit.advice(temp.resolve("alone"))).isEmpty();
    }

    /** A manuscript's import into a new study, in git, moves the skeleton's prose aside: the report's last line says so. */
    @Test
    void a_manuscripts_import_that_keeps_copies_git_would_commit_says_so() throws Exception {
        Path study = TestProjects.copy(TestProjects.defaultStudy().resolve("weft-archetype/src/main/resources/archetype-resources"),
                temp.resolve("new-study"));
        try (Git git = Git.init().setDirectory(study.toFile()).setInitialBranch("main").call()) {
            Path paper = Files.writeString(temp.resolve("paper.qmd"), "# Introduction\n\nWhy.\n\n# Methods\n\nHow.\n");
            Diagnostics diagnostics = new Diagnostics();
            java.util.List<String> report = weft.manuscript.ManuscriptImport.write(study,
                    weft.manuscript.ManuscriptImport.read(paper, study, diagnostics).orElseThrow());
            assertThat(report).last().isEqualTo("Mind: .weft/previous-import/: " + NOT_IGNORED);
        }
    }
}

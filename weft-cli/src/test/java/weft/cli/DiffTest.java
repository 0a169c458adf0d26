package weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.support.TestProjects;

/** {@code weft diff}: its summary, its JSON and its exit codes, on two folders (the git history: CodingDiffTest). */
class DiffTest {

    @TempDir
    Path temp;
    Path before;
    Path after;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void twoVersions() throws Exception {
        before = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("before"));
        after = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("after"));
        Path quotes = after.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void changes_give_a_summary_and_exit_1() {
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("Changes in the coding from " + before + " to " + after + "\n"
                + "\nQuotes: 1 moved\n"
                + "  moved    same-table \"Same table, same people, every night.\": from eating-together to cooking-together\n"
                + "\nCounts (quotes coded to a node or below it):\n"
                + "  cooking-together: 2 -> 3\n"
                + "  eating-together: 1 -> 0\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void the_same_coding_exits_0_and_json_is_a_document_for_other_tools() throws Exception {
        assertThat(run("diff", "--from", before.toString(), "--to", before.toString(), "--json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("quotes")).isEmpty();
        assertThat(json.get("nodes")).isEmpty();
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--project", after.toString(), "--from", before.toString(), "--json")).as("--to: the project").isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out.toString()).get("quotes").get(0).get("kind").asText()).isEqualTo("moved");
    }

    @Test
    void markdown_is_a_document_for_a_response_to_reviewers() {
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString(), "--markdown")).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("## Changes in the coding from " + before + " to " + after + "\n"
                + "\n### Quotes\n\n1 moved.\n\n"
                + "| Change | Quote | What changed |\n|---|---|---|\n"
                + "| moved | `same-table` “Same table, same people, every night.” | from `eating-together` to `cooking-together` |\n"
                + "\n### Counts\n\nQuotes coded to a node or below it.\n\n"
                + "| Node | Before | After |\n|---|--:|--:|\n"
                + "| Cooking together (`cooking-together`) | 2 | 3 |\n"
                + "| Eating together (`eating-together`) | 1 | 0 |\n");
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--from", before.toString(), "--to", before.toString(), "--markdown")).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("No changes in the coding from " + before + " to " + before + ".\n");
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--from", before.toString(), "--json", "--markdown")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: --json and --markdown exclude each other: give one of them\n");
        assertThat(out.toString()).isEmpty();
    }

    /** A quote for the team, re-worded: the public's diff (the default) does not show its words; the team's does. */
    @Test
    void the_diff_shows_only_what_its_audience_may_read() throws Exception {
        for (Path version : new Path[] {before, after}) {
            Path quotes = version.resolve("coded-data/quotes/quotes.yaml");
            Files.writeString(quotes, Files.readString(quotes).replace("    text: The sink is always full.\n",
                    "    text: The sink is always full.\n    audience: team\n"));
        }
        Path quotes = after.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("The sink is always full.", "The sink is full of my secrets."));
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("moved    same-table").doesNotContain("sink").doesNotContain("secrets");
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString(), "--audience", "team", "--markdown")).isEqualTo(1);
        assertThat(out.toString()).contains("| reworded | `sink-full` | The sink is ~~always full.~~ **full of my secrets.** |");
        assertThat(run("diff", "--from", before.toString(), "--audience", "everyone")).isEqualTo(2);
        assertThat(err.toString()).contains("'everyone' is no audience: give public, reviewers or team");
    }

    @Test
    void a_revision_outside_a_repository_or_a_broken_study_exits_2() throws Exception {
        assertThat(run("diff", "--project", after.toString(), "--from", "v1-submitted")).isEqualTo(2);
        assertThat(err.toString()).startsWith("weft: the project is not in a git repository: 'v1-submitted' cannot be read");
        err.getBuffer().setLength(0);
        assertThat(run("diff", "--project", after.toString(), "--from", temp.resolve("no-such-study").toString())).isEqualTo(2);
        assertThat(err.toString()).endsWith("; nor is '" + temp.resolve("no-such-study") + "' a project folder (one with"
                + " coded-data/)\n");
        err.getBuffer().setLength(0);
        Files.writeString(after.resolve("coded-data/coding-frame.yaml"), "levels: [theme\n");
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString())).isEqualTo(2);
        assertThat(err.toString()).containsPattern("ERROR coded-data/coding-frame\\.yaml:\\d+:\\d+: YAML syntax error")
                .contains("weft: cannot compare (1 error, 0 warnings)");
        assertThat(out.toString()).isEmpty();
    }

    /**
     * A version whose YAML reads but that would not build (a quote coded to a node that is not there, an id given twice,
     * a narrative's reference to nothing) is not compared: its errors as the build gives them, exit 2; before, the diff
     * listed the quote "moved" to a node that does not exist. The build's warnings are not repeated.
     */
    @Test
    void a_version_with_the_errors_a_build_finds_is_not_compared() throws Exception {
        Path quotes = after.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [cooking-together]\n    presented: true\n    source:"
                + " {recorded: false", "codes: [cooking-togehter]\n    presented: true\n    source: {recorded: false"));
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ERROR coded-data/quotes/quotes.yaml:12:13: quote 'long-evenings' is coded to"
                + " unknown node 'cooking-togehter' (did you mean 'cooking-together'?)\nERROR coded-data/quotes/quotes.yaml:17:13: quote 'same-table' is coded to"
                + " unknown node 'cooking-togehter' (did you mean 'cooking-together'?)\nweft: cannot compare (2 errors, 0 warnings)\n");
        assertThat(out.toString()).isEmpty();

        err.getBuffer().setLength(0);
        Files.writeString(quotes, Files.readString(quotes).replace("cooking-togehter", "cooking-together")
                .replace("  - id: same-table\n", "  - id: we-cook\n"));
        assertThat(run("diff", "--from", before.toString(), "--to", after.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("duplicate").contains("we-cook").endsWith("weft: cannot compare (1 error, 0 warnings)\n");
        assertThat(out.toString()).isEmpty();
    }

    /**
     * A coding kept in a QDA tool, without git: two of its files compared as weft import reads them (the second over the
     * first, so each quote keeps its id by its GUID), outside any study; one file against a study imported from the
     * tool; and a study whose own quote files hold the quotes, which an import never rewrites, refused.
     */
    @Test
    void files_of_a_qda_tool_are_compared_as_weft_import_reads_them() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("in-the-tool"));
        Path v1 = temp.resolve("v1.qdpx");
        Path v2 = temp.resolve("v2.qdpx");
        assertThat(run("export", "--format", "qdpx", "--project", study.toString(), "--output", v1.toString())).isEqualTo(0);
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("The sink is always full.", "The sink is full again.")
                .replace("codes: [eating-together]", "codes: [cooking-together]"));
        assertThat(run("export", "--format", "qdpx", "--project", study.toString(), "--output", v2.toString())).isEqualTo(0);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("Changes in the coding from v1.qdpx to v2.qdpx\n"
                + "\nQuotes: 1 reworded, 1 moved\n"
                + "  reworded quotes-4: The sink is [-always full.-] {+full again.+}\n"
                + "  moved    quotes-3 \"Same table, same people, every night.\": from eating-together to cooking-together\n"
                + "\nCounts (quotes coded to a node or below it):\n"
                + "  cooking-together: 2 -> 3\n"
                + "  eating-together: 1 -> 0\n");
        assertThat(err.toString()).isEmpty();

        // a study imported from the tool's later file, against the earlier file: the same changes
        Path imported = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("imported"));
        TestProjects.delete(imported.resolve("coded-data/quotes"));
        TestProjects.delete(imported.resolve("coded-data/coding-frame.yaml"));
        TestProjects.delete(imported.resolve("content/introduction.md"));
        TestProjects.delete(imported.resolve("content/methods.md"));
        assertThat(run("import", v2.toString(), "--project", imported.toString())).isEqualTo(0);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("diff", "--project", imported.toString(), "--from", v1.toString())).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("  reworded quotes-4: The sink is [-always full.-] {+full again.+}\n",
                "  moved    quotes-3 \"Same table, same people, every night.\": from eating-together to cooking-together\n");

        // before importing a file: what the import would change, the study named as when --to is left out
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--project", imported.toString(), "--from", imported.toString(), "--to", v1.toString()))
                .as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).startsWith("Changes in the coding from the working folder to v1.qdpx\n")
                .contains("  reworded quotes-4: The sink is [-full again.-] {+always full.+}\n");

        // the study written by hand, whose quotes the tool's file recodes: an import would not rewrite them
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Files.writeString(quotes, Files.readString(quotes).replace("The sink is full again.", "The sink is always full.")
                .replace("codes: [cooking-together]\n    presented: true\n    source: {recorded: false, note: The article does"
                        + " not report the thread.}\n  - id: sink", "codes: [eating-together]\n    presented: true\n    source:"
                        + " {recorded: false, note: The article does not report the thread.}\n  - id: sink"));
        assertThat(run("diff", "--project", study.toString(), "--from", v2.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ERROR v2.qdpx: it changes quotes of the study's own quote files, which an import"
                + " never rewrites (weft import lists them), so their changes would not show: compare two of the QDA tool's files"
                + " (--from A --to B), or two revisions\n").endsWith("weft: cannot compare (1 error, 0 warnings)\n");
        assertThat(out.toString()).isEmpty();

        // two files of one name, a co-author's and one's own: each named with the folder it is in
        out.getBuffer().setLength(0);
        Path alice = Files.copy(v1, Files.createDirectories(temp.resolve("alice")).resolve("coding.qdpx"));
        Path bob = Files.copy(v2, Files.createDirectories(temp.resolve("bob")).resolve("coding.qdpx"));
        assertThat(run("diff", "--project", nowhere.toString(), "--from", alice.toString(), "--to", bob.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("Changes in the coding from alice/coding.qdpx to bob/coding.qdpx\n");
        out.getBuffer().setLength(0); // as many folders as tell them apart
        Path first = Files.copy(v1, Files.createDirectories(temp.resolve("team-a/shared")).resolve("coding.qdpx"));
        Path second = Files.copy(v2, Files.createDirectories(temp.resolve("team-b/shared")).resolve("coding.qdpx"));
        assertThat(run("diff", "--project", nowhere.toString(), "--from", first.toString(), "--to", second.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("Changes in the coding from team-a/shared/coding.qdpx to team-b/shared/coding.qdpx\n");

        // the files' participants as weft import's --participants says; no other way
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString(),
                "--participants", "sources")).isEqualTo(1);
        assertThat(out.toString()).contains("moved    quotes-3");
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString(),
                "--participants", "documents")).isEqualTo(2);
        assertThat(err.toString()).contains("weft: --participants is cases or sources, not 'documents'");

        // a file that is not there: said so, exit 2 (not "no revision")
        err.getBuffer().setLength(0);
        assertThat(run("diff", "--project", nowhere.toString(), "--from", temp.resolve("v0.qdpx").toString(), "--to",
                v2.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("weft: no file '" + temp.resolve("v0.qdpx") + "' (" + temp.resolve("v0.qdpx")
                + "): a QDA tool's file or a spreadsheet is named by its path\n");

        // a file that is no QDA project: the import's diagnostic, exit 2
        err.getBuffer().setLength(0);
        Path broken = Files.writeString(temp.resolve("broken.qdpx"), "not a zip");
        assertThat(run("diff", "--project", nowhere.toString(), "--from", broken.toString(), "--to", v2.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("ERROR broken.qdpx: not a zip file, or an empty one: a .qdpx is a zip holding"
                + " project.qde\nweft: cannot compare (1 error, 0 warnings)\n");
    }

    /**
     * The comments on a QDA tool's coded selections read as weft import's --comments says: with {@code reduced} a
     * re-worded one is a change of the quote's reduced expression; by default (no study imported so) they are not read.
     */
    @Test
    void comments_are_compared_as_reduced_expressions_when_told() throws Exception {
        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        Path v1 = NotesQdpx.write(temp.resolve("v1.qdpx"), 21, "rain all week");
        Path v2 = NotesQdpx.write(temp.resolve("v2.qdpx"), 21, "a wet week");
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString(),
                "--comments", "reduced")).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("Quotes: 1 reduced\n", "  reduced  notes-1: [-rain all-] {+a wet+} week\n");
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("No changes in the coding");
        assertThat(run("diff", "--project", nowhere.toString(), "--from", v1.toString(), "--to", v2.toString(),
                "--comments", "memos")).isEqualTo(2);
        assertThat(err.toString()).endsWith("weft: --comments is reduced or ignored, not 'memos'\n");
    }

    /** Two codebooks (.qdc) of a QDA tool: what changed in the coding frame alone. */
    @Test
    void two_codebooks_are_compared_as_coding_frames() throws Exception {
        Path study = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("codebook-study"));
        Path c1 = temp.resolve("c1.qdc");
        Path c2 = temp.resolve("c2.qdc");
        assertThat(run("export", "--format", "qdc", "--project", study.toString(), "--output", c1.toString())).isEqualTo(0);
        TestProjects.replaceIn(study.resolve("coded-data/coding-frame.yaml"), "label: Cooking together", "label: Cooking as one");
        assertThat(run("export", "--format", "qdc", "--project", study.toString(), "--output", c2.toString())).isEqualTo(0);
        out.getBuffer().setLength(0);
        assertThat(run("diff", "--project", temp.resolve("codebook-study").toString(), "--from", c1.toString(), "--to",
                c2.toString())).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("Changes in the coding from c1.qdc to c2.qdc\n"
                + "\nNodes: 1 relabelled\n"
                + "  relabelled cooking-together: \"Cooking together\" -> \"Cooking as one\"\n");
    }
}

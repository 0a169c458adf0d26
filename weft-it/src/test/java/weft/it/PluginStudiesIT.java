package weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import weft.cache.BuildCache;
import weft.support.FileTrees;
import weft.support.TestProjects;

/**
 * Studies that add Weft's plugin to their pom by hand: one builds (and builds again from its build cache into the same
 * files), one with a defect fails the Maven build once with
 * its positioned diagnostic, {@code -Dweft.skip} skips, {@code weft:validate} passes a good study, and
 * {@code weft:import} writes a new study's coding frame from a QDA codebook, merges a second import with it, and
 * never replaces a coding frame written by hand; {@code weft:export} writes a study as a .qdpx and never replaces it;
 * {@code weft:words} writes the words file of the study's language and completes one that exists.
 */
class PluginStudiesIT {

    @Test
    void aSecondStudyBuildsItsPublicationWithThePlugin() throws Exception {
        Path study = study("deep-study");
        Files.createDirectories(study.resolve("content/figures")); // a figure of the prose, its file with metadata
        byte[] plan = weft.read.ImageFilesForTests.pngWithText("Author\0A. Uthor");
        Files.write(study.resolve("content/figures/plan.png"), plan);
        Path approach = study.resolve("content/approach.md");
        Files.writeString(approach, Files.readString(approach) + "\n![A plan of the study](figures/plan.png)\n");

        MavenRun run = MavenRun.in(study, "deep-study-package", "package");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(study.resolve("target/publication/index.html")).isRegularFile();
        assertThat(study.resolve("target/publication/article.pdf")).isRegularFile();
        assertThat(study.resolve("target/publication/article.docx")).isRegularFile();
        assertThat(study.resolve("target/publication/article.jats.xml")).content().contains("<article-title>");
        assertThat(study.resolve("target/publication/evidence/index.html")).isRegularFile();
        assertThat(run.log()).contains("[INFO] Weft: 0 errors");
        assertThat(study.resolve("target/publication/figures/plan.png")).hasBinaryContent(weft.read.ImageBytes.check(plan).bytes());
        assertThat(study.resolve("target/publication/index.html")).content().contains("src=\"figures/plan.png\"");

        // the build cache in target/weft-cache: a second build reads its entries back and writes the same files
        Path cache = study.resolve("target/weft-cache");
        assertThat(cache.resolve(BuildCache.MARKER)).isRegularFile();
        List<Path> entries;
        try (Stream<Path> files = Files.list(cache)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".entry")).toList();
        }
        assertThat(entries).extracting(f -> f.getFileName().toString().replaceFirst("-[0-9a-f]{64}\\.entry$", ""))
                .contains("pdf", "figure-png");
        FileTime longAgo = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (Path entry : entries) {
            Files.setLastModifiedTime(entry, longAgo);
        }
        Map<String, String> first = FileTrees.fingerprint(study.resolve("target/publication"));
        MavenRun again = MavenRun.in(study, "deep-study-package-again", "package");
        assertThat(again.exitCode()).as(again.log()).isZero();
        assertThat(FileTrees.fingerprint(study.resolve("target/publication"))).isEqualTo(first);
        for (Path entry : entries) {
            assertThat(Files.getLastModifiedTime(entry)).as("%s read back, not made again", entry.getFileName()).isEqualTo(longAgo);
        }
    }

    @Test
    void aQuoteCodedToAnUnknownNodeFailsTheBuildOnceWithItsPosition() throws IOException {
        Path study = study("mini-study");
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        String yaml = Files.readString(quotes);
        assertThat(yaml).contains("    codes: [cooking-together]\n");
        Files.writeString(quotes, yaml.replaceFirst("codes: \\[cooking-together]", "codes: [cooking-togther]"));

        MavenRun run = MavenRun.in(study, "mini-study-defect", "package");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.log()).contains(
                "[ERROR] coded-data/quotes/quotes.yaml:6:13: quote 'we-cook' is coded to unknown node 'cooking-togther'"
                        + " (did you mean 'cooking-together'?)\n");
        assertThat(run.log().lines().filter(l -> l.startsWith("[ERROR] Failed to execute goal")))
                .singleElement().asString()
                .contains("org.weft:weft-maven-plugin:" + MavenRun.VERSION + ":build")
                .contains("Weft: the study has problems (1 error");
        assertThat(study.resolve("target/publication")).doesNotExist();
        assertThat(study.resolve("target/weft-cache")).as("a failed build keeps nothing").doesNotExist();
    }

    @Test
    void weftSkipSkipsTheBuild() throws IOException {
        Path study = study("skipped-study");

        MavenRun run = MavenRun.in(study, "skipped-study-package", "package", "-Dweft.skip");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: skipped (weft.skip)");
        assertThat(study.resolve("target/publication")).doesNotExist();
    }

    @Test
    void weftValidatePassesAGoodStudyAndWritesNothing() throws IOException {
        Path study = study("validated-study");

        MavenRun run = MavenRun.in(study, "validated-study-validate", "weft:validate");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: 0 errors").contains("weft-maven-plugin:" + MavenRun.VERSION + ":validate");
        assertThat(study.resolve("target")).doesNotExist();
    }

    @Test
    void weftImportWritesTheCodingFrameOfANewStudyMergesAgainAndNeverReplacesOneWrittenByHand() throws IOException {
        Path study = MavenRun.freshFolder("studies/imported-study");
        Files.writeString(study.resolve("pom.xml"), MavenRun.studyPom("imported-study"));
        Path codebook = TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/qda/samples/atlasti-23.4-codebook.qdc");

        MavenRun run = MavenRun.in(study, "imported-study-import", "weft:import", "-Dweft.importFile=" + codebook);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: wrote " + study.resolve("coded-data/coding-frame.yaml").toAbsolutePath().normalize())
                .contains("[INFO] Weft: 0 errors, 0 warnings");
        assertThat(Files.readString(study.resolve("coded-data/coding-frame.yaml"))).contains("  - id: code1\n");

        MavenRun again = MavenRun.in(study, "imported-study-import-again", "weft:import", "-Dweft.importFile=" + codebook);
        assertThat(again.exitCode()).as(again.log()).isZero();
        assertThat(again.log()).contains("[INFO] Weft: no changes in the coding since the earlier import");

        Files.writeString(study.resolve("coded-data/coding-frame.yaml"), "levels: [theme]\nnodes:\n  - {id: hand, label: Hand-made}\n");
        MavenRun byHand = MavenRun.in(study, "imported-study-import-by-hand", "weft:import", "-Dweft.importFile=" + codebook);
        assertThat(byHand.exitCode()).isNotZero();
        assertThat(byHand.log()).contains("which was written by hand: weft import merges a file only with an earlier import");
        assertThat(Files.readString(study.resolve("coded-data/coding-frame.yaml"))).contains("Hand-made");
    }

    @Test
    void weftImportReadsASpreadsheetWithItsLevelsNamed() throws IOException {
        Path study = study("sheet-study");
        Files.delete(study.resolve("coded-data/coding-frame.yaml"));
        try (var quotes = Files.list(study.resolve("coded-data/quotes"))) {
            for (Path q : quotes.toList()) {
                Files.delete(q);
            }
        }
        Path sheet = Files.writeString(MavenRun.freshFolder("sheets/sheet-study").resolve("coding.csv"),
                "Participant;Age;Ilmaus;Topic;Aspect\r\nP1;34;We cook on Sundays, all of us together.;Meals;Cooking\r\n"
                        + "P2;61;Nobody has to think about dinner.;Meals;Relief\r\n");

        MavenRun run = MavenRun.in(study, "sheet-study-import", "weft:import", "-Dweft.importFile=" + sheet,
                "-Dweft.levels=Topic, Aspect", "-Dweft.columns=text=Ilmaus", "-Dweft.attributes=Age");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(Files.readString(study.resolve("coded-data/coding-frame.yaml"))).contains("levels:\n  - Topic\n  - Aspect\n");
        assertThat(Files.readString(study.resolve("coded-data/quotes/imported.yaml"))).contains("participant: p2");
        assertThat(run.log()).contains("[INFO] Weft: wrote " + study.resolve("coded-data/participants.yaml").toAbsolutePath().normalize())
                .contains("[INFO] Weft: Imported from coding.csv: 3 codes in 2 levels, 2 quotes, 2 participants with 1 attribute (Age).");
        assertThat(Files.readString(study.resolve("coded-data/participants.yaml"))).contains("citedAs: P2\n    attributes:\n"
                + "      Age: \"61\"\n");

        // recoded in the sheet: compared and imported again without the columns named, as the coding frame keeps them
        Path recoded = Files.writeString(sheet.resolveSibling("coding-2.csv"), Files.readString(sheet)
                .replace("dinner.;Meals;Relief", "dinner.;Meals;Cooking"));
        MavenRun diff = MavenRun.in(study, "sheet-study-diff", "weft:diff", "-Dweft.from=" + sheet, "-Dweft.to=" + recoded);
        assertThat(diff.exitCode()).as(diff.log()).isZero();
        assertThat(diff.log()).contains("[INFO] Changes in the coding from coding.csv to coding-2.csv",
                "[INFO]   moved    coding-2 \"Nobody has to think about dinner.\": from relief to cooking");
        MavenRun again = MavenRun.in(study, "sheet-study-import-again", "weft:import", "-Dweft.importFile=" + recoded);
        assertThat(again.exitCode()).as(again.log()).isZero();
        assertThat(again.log()).contains("[INFO] Weft:   recoded: quote 'coding-2' from ['relief'] to ['cooking']");

        // the coding as a table for a co-author (weft:export as CSV, headed as the study's import was told), recoded
        // there and taken back by weft:import, which follows its quotes by the table's GUIDs
        Path table = study.resolve("target/coding-table.csv");
        MavenRun export = MavenRun.in(study, "sheet-study-export-table", "weft:export", "-Dweft.exportFormat=csv",
                "-Dweft.exportFile=" + table);
        assertThat(export.exitCode()).as(export.log()).isZero();
        String rows = Files.readString(table);
        assertThat(rows.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFid,participant,Age,source,Ilmaus,Aspect,Topic,guid,"
                + "participant guid");
        assertThat(rows).contains("together.\",Cooking,Meals,");
        Path recodedTable = Files.writeString(table.resolveSibling("coding-table-2.csv"), rows.replace("together.\",Cooking,Meals,",
                "together.\",Relief,Meals,"));
        MavenRun back = MavenRun.in(study, "sheet-study-import-table", "weft:import", "-Dweft.importFile=" + recodedTable);
        assertThat(back.exitCode()).as(back.log()).isZero();
        assertThat(back.log()).contains("[INFO] Weft:   recoded: quote 'coding-1' from ['cooking'] to ['relief']");
        assertThat(back.log()).doesNotContain("added: quote", "removed: quote");
    }

    @Test
    void weftExportWritesTheStudyAsAQdpxAndNeverReplacesIt() throws IOException {
        Path study = study("exported-study");
        Path qdpx = study.resolve("target/study.qdpx");

        MavenRun run = MavenRun.in(study, "exported-study-export", "weft:export", "-Dweft.exportFile=" + qdpx);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: wrote " + qdpx.toAbsolutePath().normalize())
                .contains("weft-maven-plugin:" + MavenRun.VERSION + ":export");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }

        MavenRun again = MavenRun.in(study, "exported-study-export-again", "weft:export", "-Dweft.exportFile=" + qdpx);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.log()).contains("study.qdpx exists: weft export never replaces a file");
    }

    @Test
    void weftWordsWritesTheStudysWordsFileToTranslateAndCompletesItWithoutChangingIt() throws IOException {
        Path study = study("words-study");
        TestProjects.replaceIn(study.resolve("coded-data/study.yaml"), "language: en\n", "language: he\n");

        MavenRun run = MavenRun.in(study, "words-study-words", "weft:words");

        Path file = study.resolve("templates/words_he.properties");
        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Weft: wrote " + file.toAbsolutePath().normalize())
                .contains("weft-maven-plugin:" + MavenRun.VERSION + ":words");
        String written = Files.readString(file);
        assertThat(written).startsWith("# Weft's words for Hebrew ('he'), in English: translate each value.");
        Files.writeString(file, "contents=\u05EA\u05D5\u05DB\u05DF\n");

        MavenRun again = MavenRun.in(study, "words-study-words-again", "weft:words", "-Dweft.language=he");
        assertThat(again.exitCode()).as(again.log()).isZero();
        assertThat(again.log()).containsPattern("\\[INFO\\] Weft: added \\d+ words to " + java.util.regex.Pattern.quote(
                file.toAbsolutePath().normalize().toString()));
        assertThat(Files.readString(file)).startsWith("contents=\u05EA\u05D5\u05DB\u05DF\n\n# Weft's words this file lacked")
                .contains("\nabstract=Abstract\n");
    }

    /** A copy of a fixture study (or of the mini-study, for names that are not fixtures) with a pom of its own. */
    /**
     * A study in its own git repository, tagged when submitted, then one quote recoded: {@code weft:diff} writes the
     * changes since the tag as Markdown into the build folder, prints them in the log, and fails on a tag that does not
     * exist, naming the tags there are.
     */
    @Test
    void weftDiffWritesTheChangesSinceATagForAResponseToReviewers() throws Exception {
        Path study = study("diffed-study");
        Files.writeString(study.resolve(".gitignore"), "target/\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(study.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("submitted").setAuthor("A. Uthor", "author@example.org")
                    .setCommitter("A. Uthor", "author@example.org").setSign(false).call();
            git.tag().setName("v1-submitted").call();
        }
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
        Path changes = study.resolve("target/changes.md");

        MavenRun run = MavenRun.in(study, "diffed-study-diff", "weft:diff", "-Dweft.from=v1-submitted",
                "-Dweft.diffFormat=markdown", "-Dweft.diffFile=" + changes);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("weft-maven-plugin:" + MavenRun.VERSION + ":diff")
                .contains("[INFO] Weft: wrote " + changes.toAbsolutePath().normalize());
        assertThat(Files.readString(changes)).startsWith("## Changes in the coding from v1-submitted to the working folder\n")
                .contains("| moved | `same-table` “Same table, same people, every night.” | from `eating-together` to `cooking-together` |\n")
                .contains("| Cooking together (`cooking-together`) | 2 | 3 |\n");

        MavenRun logged = MavenRun.in(study, "diffed-study-diff-log", "weft:diff", "-Dweft.from=v1-submitted");
        assertThat(logged.exitCode()).as(logged.log()).isZero();
        assertThat(logged.log()).contains("[INFO]   moved    same-table \"Same table, same people, every night.\": from eating-together to cooking-together\n");

        MavenRun missing = MavenRun.in(study, "diffed-study-diff-missing", "weft:diff", "-Dweft.from=v1-submited");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.log()).contains("v1-submited").contains("v1-submitted");
    }

    /**
     * A coding kept in a QDA tool, no git: the study exported before and after a recoding (the second for the public, as
     * for a data archive), then {@code weft:diff} between the two files, in a real Maven run.
     */
    @Test
    void weftDiffComparesTwoFilesOfAQdaTool() throws Exception {
        Path study = study("qda-diffed-study");
        MavenRun before = MavenRun.in(study, "qda-diffed-study-export-1", "weft:export", "-Dweft.exportFile=target/may.qdpx");
        assertThat(before.exitCode()).as(before.log()).isZero();
        Path quotes = study.resolve("coded-data/quotes/quotes.yaml");
        Files.writeString(quotes, Files.readString(quotes).replace("codes: [eating-together]", "codes: [cooking-together]"));
        MavenRun after = MavenRun.in(study, "qda-diffed-study-export-2", "weft:export", "-Dweft.exportFile=target/june.qdpx",
                "-Dweft.exportAudience=public");
        assertThat(after.exitCode()).as(after.log()).isZero();
        assertThat(after.log()).contains("an export for the audience 'public': 4 quotes (0 withheld for privacy left out)");

        MavenRun run = MavenRun.in(study, "qda-diffed-study-diff", "weft:diff", "-Dweft.from=target/may.qdpx",
                "-Dweft.to=target/june.qdpx");
        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("[INFO] Changes in the coding from may.qdpx to june.qdpx")
                .contains("[INFO]   moved    quotes-3 \"Same table, same people, every night.\": from eating-together to cooking-together\n");
    }

    private static Path study(String name) throws IOException {
        Path fixture = TestProjects.fixture(name);
        Path study = MavenRun.freshFolder("studies/" + name);
        TestProjects.copy(Files.isDirectory(fixture) ? fixture : TestProjects.fixture("mini-study"), study);
        Files.writeString(study.resolve("pom.xml"), MavenRun.studyPom(name));
        return study;
    }
}

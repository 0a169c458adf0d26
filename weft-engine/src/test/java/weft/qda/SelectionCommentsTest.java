package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * The comments on a QDA project's coded selections (their {@code <Description>}, as ATLAS.ti writes a quotation's
 * comment): counted in a note and left out by default, each its quote's reduced expression with {@code --comments
 * reduced}, which the coding frame remembers for an import again. The project is written here, with text of our own.
 */
class SelectionCommentsTest {

    private static final String TEXT = "We eat together on Sundays.\nMy mother cooks and I wash up.\nThe radio is always on.\n";
    private static final String CODE = "20000000-0000-0000-0000-00000000000A";

    @TempDir
    Path temp;

    /** A selection of {@code words} coded to the one code, with {@code description} where it is not null. */
    private static String selection(int n, String words, String description) {
        int at = TEXT.indexOf(words);
        return "<PlainTextSelection guid=\"50000000-0000-0000-0000-00000000000" + n + "\" name=\"s" + n + "\" startPosition=\""
                + at + "\" endPosition=\"" + (at + words.length()) + "\">"
                + (description == null ? "" : "<Description>" + description + "</Description>")
                + "<Coding guid=\"60000000-0000-0000-0000-00000000000" + n + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding>"
                + "</PlainTextSelection>\n";
    }

    private Path qdpx(String name, String... selections) throws IOException {
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="meals" origin="Weft test">
                <CodeBook><Codes>
                <Code guid="%s" name="Eating together" isCodable="true"/>
                </Codes></CodeBook>
                <Sources>
                <TextSource guid="40000000-0000-0000-0000-000000000001" name="Interview 1.txt" plainTextPath="internal://AAAA0000-0000-0000-0000-000000000001.txt">
                %s</TextSource>
                </Sources>
                </Project>
                """.formatted(CODE, String.join("", selections));
        return QdpxFiles.write(temp.resolve(name), project, Map.of("sources/AAAA0000-0000-0000-0000-000000000001.txt", TEXT));
    }

    private Path file(String name, String firstComment) throws IOException {
        return qdpx(name, selection(1, "We eat together on Sundays.", firstComment),
                selection(2, "My mother cooks and I wash up.", "household roles"),
                selection(3, "The radio is always on.", null));
    }

    /** The reduced expression of each quote of {@code study}'s import, by the quote's id ("" for none). */
    private static List<String> reductions(Path study) throws IOException {
        List<String> out = new ArrayList<>();
        QdaYaml.MAPPER.readTree(Files.readString(study.resolve("coded-data/quotes/imported.yaml"))).path("quotes")
                .forEach(q -> out.add(q.path("id").asText() + ": " + q.path("reduced").asText()));
        return out;
    }

    @Test
    void by_default_the_comments_are_counted_in_a_note_and_no_quote_takes_one_for_its_reduction() throws IOException {
        Path study = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file("meals.qdpx", "Sunday meals together"), Optional.empty(),
                SheetReader.Columns.FOUND, ParticipantsFrom.CASES, SelectionComments.earlier(study), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).contains("NOTE meals.qdpx: 2 coded selections' comments"
                + " (their <Description>) are not imported: Weft keeps no comments on quotes; where they are the quotes' reduced"
                + " expressions (condensed meaning units), import with --comments reduced (weft.comments)");
        ImportedFiles.write(study, imported, diagnostics).orElseThrow();
        assertThat(reductions(study)).containsExactly("interview-1-1: ", "interview-1-2: ", "interview-1-3: ");
        assertThat(Files.readString(study.resolve("coded-data/coding-frame.yaml"))).doesNotContain("comments");
    }

    @Test
    void told_so_each_comment_is_its_quotes_reduced_expression_and_an_import_again_reads_them_so() throws Exception {
        Path study = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(file("meals.qdpx", "Sunday meals together"), Optional.empty(),
                SheetReader.Columns.FOUND, ParticipantsFrom.CASES, SelectionComments.REDUCED, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).noneMatch(d -> d.contains("comment"));
        assertThat(imported.summary()).isEqualTo("Imported from meals.qdpx: 1 code in 1 level, 3 quotes (2 with a reduced"
                + " expression).");
        ImportedFiles.write(study, imported, diagnostics).orElseThrow();
        assertThat(reductions(study)).containsExactly("interview-1-1: Sunday meals together", "interview-1-2: household roles",
                "interview-1-3: ");
        String frame = Files.readString(study.resolve("coded-data/coding-frame.yaml"));
        assertThat(frame).contains("\n# qda: comments: reduced: weft import was told (--comments reduced, weft.comments) that the"
                + " comments on the coded selections of meals.qdpx are their quotes' reduced expressions;")
                .contains("\nqda:\n  comments: reduced\n");
        assertThat(SelectionComments.earlier(study)).isEqualTo(SelectionComments.REDUCED);

        // the frame, with its field, and the quotes build; the reduction is on the quote's page
        BuildResult result = TestProjects.render(study);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/interview-1-1.html"))
                .select(".entry-facts .reduced").text()).isEqualTo("Reduced expression Sunday meals together");

        // the analyst re-words a condensed meaning unit in the QDA tool; an import again, not told, reads it so
        Diagnostics again = new Diagnostics();
        ImportedFiles.Written written = ImportedFiles.write(study, FrameImport.of(file("meals-2.qdpx", "eating together on Sundays"),
                Optional.empty(), SheetReader.Columns.FOUND, ParticipantsFrom.CASES, SelectionComments.earlier(study), again)
                .orElseThrow(), again).orElseThrow();
        assertThat(written.changes()).containsExactly("reduced: quote 'interview-1-1' takes the file's reduced expression");
        assertThat(reductions(study)).containsExactly("interview-1-1: eating together on Sundays", "interview-1-2: household roles",
                "interview-1-3: ");
        assertThat(Files.readString(study.resolve("coded-data/coding-frame.yaml"))).contains("\nqda:\n  comments: reduced\n");

        // exported for the team's tool, each reduction is its selection's comment again, as the tool had it; imported
        // back, nothing has changed
        Diagnostics exporting = new Diagnostics();
        Path export = QdaExport.write(temp.resolve("export.qdpx"), QdaExport.Format.QDPX, QdaExport.of(study,
                QdaExport.Format.QDPX, Optional.empty(), exporting).orElseThrow());
        String qde;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(export.toFile())) {
            qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(qde).contains("<Description>eating together on Sundays</Description>",
                "<Description>household roles</Description>", "<Description>Weft quote 'interview-1-3'</Description>");
        Diagnostics back = new Diagnostics();
        assertThat(ImportedFiles.write(study, FrameImport.of(export, Optional.empty(), SheetReader.Columns.FOUND,
                ParticipantsFrom.CASES, SelectionComments.earlier(study), back).orElseThrow(), back).orElseThrow().changes())
                .as("%s", back.sorted()).isEmpty();
        assertThat(reductions(study)).containsExactly("interview-1-1: eating together on Sundays", "interview-1-2: household roles",
                "interview-1-3: ");

        // weft diff of the two files, in the study, reads them as its import did: the re-wording is a change
        Diagnostics comparing = new Diagnostics();
        weft.diff.ImportedVersions.Pair pair = weft.diff.ImportedVersions.pair(study, new weft.diff.Versions(10_000_000),
                ParticipantsFrom.CASES, "meals.qdpx", "meals-2.qdpx", temp, comparing);
        weft.diff.CodingDiff diff = new weft.diff.CodingDiffer().diff(pair.before().orElseThrow(), pair.after().orElseThrow());
        assertThat(diff.quotes()).extracting(q -> q.kind() + " " + q.id())
                .containsExactly(weft.diff.CodingDiff.QuoteKind.REDUCED + " interview-1-1");
    }

    @Test
    void a_reduction_weft_export_wrote_stays_one_and_a_comment_is_no_reduction_of_weft_s_form() {
        assertThat(SelectionDescription.reduced("Weft quote 'same-table'; reduced expression: eating together"))
                .contains("eating together");
        assertThat(SelectionDescription.reduced("Weft quote 'p-3', translated from Finnish (the text as the study publishes"
                + " it); reduced expression: supported by parents")).contains("supported by parents");
        assertThat(SelectionDescription.reduced("Weft quote 'same-table'")).contains("");
        assertThat(SelectionDescription.reduced("why does Simon feel the need to do this?")).isEmpty();
        assertThat(SelectionDescription.reduced("Weft quote 'x' was moved; reduced expression: no")).isEmpty();
        assertThat(SelectionComments.named("Reduced")).contains(SelectionComments.REDUCED);
        assertThat(SelectionComments.named("memo")).isEmpty();
    }
}

package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;

/**
 * weft export writes each source document as Weft assembles it from the quotes: a quote an import cut from it stands
 * where the document had it (its position and lines), so that a QDA tool shows it there and an import of the export
 * again (the study's own round trip, or a co-author's recoding) changes nothing of the quotes: before, each quote
 * came back with the position and lines of Weft's assembly ("lines: 3" for a quote of line 1), and the evidence would
 * have cited the wrong lines of the transcript.
 */
class SourceLayoutTest {

    static final String CODE = "C0000000-0000-0000-0000-000000000001";
    static final String SOURCE = "40000000-0000-0000-0000-000000000001";
    static final String TRANSCRIPT = "Interviewer: How are meals at home?\n"
            + "P1: We cook on Sundays, all of us together.\n"
            + "Interviewer: And afterwards?\n"
            + "P1: Nobody washes up.\n"
            + "The sink is always full.\n";

    @TempDir
    Path temp;

    /** The {@code n}th selection, of {@code words} in {@code transcript}, counted in code points as REFI-QDA counts. */
    private static String selection(int n, String transcript, String words) {
        int start = transcript.codePointCount(0, transcript.indexOf(words));
        int end = start + words.codePointCount(0, words.length());
        return "<PlainTextSelection guid=\"50000000-0000-0000-0000-00000000000" + n + "\" name=\"s" + n + "\" startPosition=\""
                + start + "\" endPosition=\"" + end + "\"><Coding guid=\"60000000-0000-0000-0000-00000000000"
                + n + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection>\n";
    }

    /** A project of one code and one document, {@code transcript}, with a selection of each of {@code selected}. */
    private Path project(String file, String name, String transcript, String... selected) throws Exception {
        StringBuilder selections = new StringBuilder();
        for (int n = 1; n <= selected.length; n++) {
            selections.append(selection(n, transcript, selected[n - 1]));
        }
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="meals" origin="Weft test">
                <CodeBook><Codes><Code guid="%s" name="Meals" isCodable="true"/></Codes></CodeBook>
                <Sources>
                <TextSource guid="%s" name="%s" plainTextPath="internal://%s.txt">
                %s</TextSource>
                </Sources>
                </Project>
                """.formatted(CODE, SOURCE, name, SOURCE, selections);
        return QdpxFiles.write(temp.resolve(file), project, Map.of("sources/" + SOURCE + ".txt", transcript));
    }

    private Path interview() throws Exception {
        return project("interview.qdpx", "Interview 1.txt", TRANSCRIPT, "We cook on Sundays, all of us together.",
                "Nobody washes up.\nThe sink is always full.", "all of us together", "\nP1: Nobody washes up.");
    }

    /** The study exported to {@code export.qdpx}. */
    private Path exported(Path study) throws Exception {
        return QdaExport.write(temp.resolve("export.qdpx"), QdaExport.Format.QDPX,
                QdaExport.of(study, QdaExport.Format.QDPX, Optional.empty(), new Diagnostics()).orElseThrow());
    }

    /** The text of the export's source document. */
    private static String sourceText(Path exported) throws Exception {
        try (ZipFile zip = new ZipFile(exported.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().startsWith("sources/")).findFirst().orElseThrow();
            return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_exported_source_keeps_each_quote_where_the_document_had_it_and_an_import_of_it_changes_nothing() throws Exception {
        Path study = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.write(study, FrameImport.of(interview(), Optional.empty(), diagnostics).orElseThrow(), diagnostics)
                .orElseThrow();
        Path quotes = study.resolve("coded-data/quotes/imported.yaml");
        String imported = Files.readString(quotes);
        assertThat(imported).contains("lines: \"2\"", "lines: 4\u20135", "lines: \"4\"");

        Path exported = exported(study);
        String text = sourceText(exported);
        // the quotes where the transcript had them, overlapping ones too (all of us together, within the first; the
        // selection from line 3's end), the rest blank
        String blanked = TRANSCRIPT.replace("Interviewer: How are meals at home?\nP1: ", " ".repeat(39) + "\n")
                .replace("\nInterviewer: And afterwards?", " ".repeat(28) + "\n");
        assertThat(text).isEqualTo(blanked.substring(0, blanked.length() - 1));

        Diagnostics again = new Diagnostics();
        ImportedFiles.Written written = ImportedFiles.write(study, FrameImport.of(exported, Optional.empty(), again)
                .orElseThrow(), again).orElseThrow();
        assertThat(written.changes()).isEmpty();
        assertThat(written.paths()).isEmpty(); // nothing rewritten: the same positions and lines
        assertThat(quotes).content().isEqualTo(imported);

        // a position edited by hand far past anything an import reads: the quote follows the others, nothing blanked
        Files.writeString(quotes, imported.replaceFirst("start: \\d+", "start: 2000000000").replaceFirst("end: \\d+",
                "end: 2000000039"));
        byte[] far = QdaExport.of(study, QdaExport.Format.QDPX, Optional.empty(), new Diagnostics()).orElseThrow();
        assertThat(far.length).isLessThan(100_000);
    }

    /**
     * A forum post's or a chat's emoji (outside the BMP: two UTF-16 units, one position) in selections that overlap:
     * each still stands where the document had it, sharing its words with the one it overlaps, and the round trip
     * changes nothing (before, a quote with such a character was put after the others).
     */
    @Test
    void overlapping_selections_with_characters_outside_the_bmp_keep_their_places() throws Exception {
        String transcript = "Interviewer: Meals?\nP2: We cook \uD83C\uDF72 on Sundays, all of us \uD83D\uDC6A together.\n"
                + "P2: Then \uD83E\uDDFD nobody washes up.\n";
        Path qdpx = project("thread.qdpx", "Thread 2.txt", transcript,
                "We cook \uD83C\uDF72 on Sundays, all of us \uD83D\uDC6A together.", "all of us \uD83D\uDC6A together.",
                "\uD83D\uDC6A together.\nP2: Then \uD83E\uDDFD", "nobody washes up.");
        Path study = QdpxFiles.studyToImportInto(temp.resolve("study"));
        Diagnostics diagnostics = new Diagnostics();
        ImportedFiles.write(study, FrameImport.of(qdpx, Optional.of(SelectionCutter.Counting.CODE_POINTS), diagnostics)
                .orElseThrow(), diagnostics).orElseThrow();
        Path quotes = study.resolve("coded-data/quotes/imported.yaml");
        String imported = Files.readString(quotes);

        Path exported = exported(study);
        String text = sourceText(exported);
        assertThat(text).isEqualTo(" ".repeat(23) + "\nWe cook \uD83C\uDF72 on Sundays, all of us \uD83D\uDC6A together.\n"
                + "P2: Then \uD83E\uDDFD nobody washes up.");

        Diagnostics again = new Diagnostics();
        ImportedFiles.Written written = ImportedFiles.write(study, FrameImport.of(exported, Optional.empty(), again)
                .orElseThrow(), again).orElseThrow();
        assertThat(written.changes()).as("%s", again.sorted()).isEmpty();
        assertThat(quotes).content().isEqualTo(imported);
    }
}

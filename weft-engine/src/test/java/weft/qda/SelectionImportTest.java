package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/**
 * Coded text selections of a project zip (.qdpx) cut from their sources as quotes. The project is written here, with
 * text of our own: a source with CRLF line ends and a character outside the BMP, so that counting code points over
 * normalised text and counting UTF-16 units over the stored text give different positions.
 */
class SelectionImportTest {

    static final String TEXT = "I grow tomatoes \uD83C\uDF45 on the roof.\r\nMy neighbour waters them when I travel.\r\n";
    static final String NORMALISED = TEXT.replace("\r\n", "\n");
    static final String CODE = "20000000-0000-0000-0000-00000000000A";

    @TempDir
    Path temp;

    /** The code-point range of {@code words} in the normalised text, and its UTF-16 range in the stored text. */
    private static long[] codePoints(String words) {
        int at = NORMALISED.indexOf(words);
        return new long[] {NORMALISED.codePointCount(0, at), NORMALISED.codePointCount(0, at + words.length())};
    }

    private static long[] utf16(String words) {
        int at = TEXT.indexOf(words);
        return new long[] {at, at + words.length()};
    }

    private static String selection(int n, long[] range, String code) {
        return "<PlainTextSelection guid=\"50000000-0000-0000-0000-00000000000" + n + "\" name=\"s" + n + "\" startPosition=\""
                + range[0] + "\" endPosition=\"" + range[1] + "\">"
                + (code == null ? "" : "<Coding guid=\"60000000-0000-0000-0000-00000000000" + n + "\" creatingUser=\"10000000-0000-0000-0000-000000000001\">"
                + "<CodeRef targetGUID=\"" + code + "\"/></Coding>") + "</PlainTextSelection>\n";
    }

    private Path qdpx(String selections) throws IOException {
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="garden" origin="Weft test">
                <Users><User guid="10000000-0000-0000-0000-000000000001" name="Coder A"/></Users>
                <CodeBook><Codes>
                <Code guid="%s" name="Growing food" isCodable="true"/>
                </Codes></CodeBook>
                <Sources>
                <TextSource guid="40000000-0000-0000-0000-000000000001" name="Interview 1.txt" plainTextPath="internal://AAAA0000-0000-0000-0000-000000000001.txt">
                %s</TextSource>
                </Sources>
                </Project>
                """.formatted(CODE, selections);
        return QdpxFiles.write(temp.resolve("garden.qdpx"), project,
                java.util.Map.of("Sources/AAAA0000-0000-0000-0000-000000000001.txt", "\uFEFF" + TEXT));
    }

    private static List<String> run(Path file, Diagnostics diagnostics, String... expected) {
        Optional<FrameImport.Imported> imported = FrameImport.of(file, Optional.empty(), diagnostics);
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(expected);
        return imported.flatMap(FrameImport.Imported::quotes).map(List::of).orElse(List.of());
    }

    @Test
    void code_points_over_normalised_text_are_detected_and_the_quotes_cut_exactly() throws IOException {
        Path file = qdpx(selection(1, codePoints("tomatoes \uD83C\uDF45 on the roof"), CODE)
                + selection(2, codePoints("My neighbour waters them"), CODE));
        String quotes = run(file, new Diagnostics(), "NOTE garden.qdpx: positions read as Unicode code points, a line end counting one"
                + " (detected; choose with --positions code-points or --positions utf16)").get(0);
        assertThat(quotes).contains("text: tomatoes \uD83C\uDF45 on the roof", "text: My neighbour waters them",
                "id: interview-1-1", "id: interview-1-2", "codes:\n      - growing-food", "presented: false",
                "file: Interview 1.txt", "codings:\n        - code: growing-food\n          coder: Coder A");
    }

    @Test
    void utf16_units_over_the_stored_text_are_detected_too() throws IOException {
        Path file = qdpx(selection(1, utf16("tomatoes \uD83C\uDF45 on the roof"), CODE) + selection(2, utf16("My neighbour waters them"), CODE));
        String quotes = run(file, new Diagnostics(), "NOTE garden.qdpx: positions read as UTF-16 code units of the text as stored,"
                + " CRLF counting two (detected; choose with --positions code-points or --positions utf16)").get(0);
        assertThat(quotes).contains("text: tomatoes \uD83C\uDF45 on the roof", "text: My neighbour waters them");
    }

    @Test
    void selections_that_look_wrong_are_reported_and_left_out() throws IOException {
        long[] midWord = codePoints("matoes");
        Path file = qdpx(selection(1, codePoints("I grow tomatoes"), CODE) + selection(2, midWord, CODE)
                + selection(3, new long[] {70, 900}, CODE) + selection(4, codePoints("the roof"), null));
        String quotes = run(file, new Diagnostics(),
                "NOTE garden.qdpx: positions read as Unicode code points, a line end counting one (detected; choose with"
                        + " --positions code-points or --positions utf16)",
                "WARNING garden.qdpx!project.qde:10:110: selection 50000000-0000-0000-0000-000000000002 begins or ends inside a"
                        + " word (\"matoes\"): left out; check the positions' counting",
                "WARNING garden.qdpx!project.qde:11:112: selection 50000000-0000-0000-0000-000000000003 (70-900) lies outside the"
                        + " text of 'Interview 1.txt': left out",
                "WARNING garden.qdpx!project.qde:12:111: selection 50000000-0000-0000-0000-000000000004 has no coding: left out")
                .get(0);
        assertThat(quotes).contains("text: I grow tomatoes").doesNotContain("text: matoes");
    }

    @Test
    void a_coding_to_no_code_is_an_error_and_nothing_is_imported() throws IOException {
        Path file = qdpx(selection(1, codePoints("I grow tomatoes"), "20000000-0000-0000-0000-0000000000FF"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(FrameImport.of(file, Optional.empty(), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).contains("ERROR garden.qdpx!project.qde:9:214:"
                + " a coding of selection 50000000-0000-0000-0000-000000000001 refers to code 20000000-0000-0000-0000-0000000000FF,"
                + " which the file does not have");
    }

    @Test
    void the_imported_frame_and_quotes_build_and_each_quote_has_its_evidence_page() throws IOException {
        Path file = qdpx(selection(1, codePoints("I grow tomatoes"), CODE) + selection(2, codePoints("My neighbour waters them"), CODE));
        FrameImport.Imported imported = FrameImport.of(file, Optional.empty(), new Diagnostics()).orElseThrow();
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.delete(project.resolve("coded-data/quotes"));
        TestProjects.delete(project.resolve("content"));
        Files.writeString(project.resolve("coded-data/coding-frame.yaml"), imported.codingFrame());
        Files.createDirectories(project.resolve("coded-data/quotes"));
        Files.writeString(project.resolve("coded-data/quotes/imported.yaml"), imported.quotes().orElseThrow());
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document quote = Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/interview-1-2.html"));
        assertThat(quote.select(".entry-quote blockquote").text()).isEqualTo("\u201CMy neighbour waters them\u201D");
        assertThat(quote.select(".source-facts dt:containsOwn(File) + dd").text()).isEqualTo("Interview 1.txt");
    }
}

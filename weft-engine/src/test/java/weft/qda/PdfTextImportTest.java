package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;

/**
 * A coded PDF whose plain text the QDA tool exported beside it: ATLAS.ti writes the PDF's text as the source's
 * {@code <Representation>}, with a {@code PlainTextSelection} over that text for each {@code PDFSelection} (the same
 * GUID); those are cut as a text's selections. The project is written here in that shape (read from the ATLAS.ti 8.4
 * sample), with text of our own.
 */
class PdfTextImportTest {

    static final String TEXT = "Breakfast is served at seven. The canteen closes at nine.\n";
    static final String CODE = "20000000-0000-0000-0000-00000000000A";

    @TempDir
    Path temp;

    private Path qdpx(String representation) throws IOException {
        String project = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="canteen" origin="Weft test">
                <CodeBook><Codes><Code guid="%s" name="Mealtimes" isCodable="true"/></Codes></CodeBook>
                <Cases><Case guid="30000000-0000-0000-0000-000000000001" name="Canteen staff"><SourceRef targetGUID="40000000-0000-0000-0000-000000000001"/></Case></Cases>
                <Sources>
                <PDFSource guid="40000000-0000-0000-0000-000000000001" name="Canteen rules.pdf" path="internal://BBBB0000-0000-0000-0000-000000000001.pdf">
                <PDFSelection guid="50000000-0000-0000-0000-000000000001" name="served at seven" page="0" firstX="1" firstY="1" secondX="9" secondY="9">
                <Representation guid="70000000-0000-0000-0000-000000000001"><PlainTextContent>served atseven</PlainTextContent></Representation>
                <Coding guid="60000000-0000-0000-0000-000000000001"><CodeRef targetGUID="%s"/></Coding>
                </PDFSelection>
                <PDFSelection guid="50000000-0000-0000-0000-000000000002" name="a box" page="0" firstX="1" firstY="1" secondX="9" secondY="9">
                <Coding guid="60000000-0000-0000-0000-000000000002"><CodeRef targetGUID="%s"/></Coding>
                </PDFSelection>
                %s
                </PDFSource>
                </Sources>
                </Project>
                """.formatted(CODE, CODE, CODE, representation);
        return QdpxFiles.write(temp.resolve("canteen.qdpx"), project,
                java.util.Map.of("sources/CCCC0000-0000-0000-0000-000000000001.txt", TEXT));
    }

    private static final String REPRESENTATION = """
            <Representation guid="CCCC0000-0000-0000-0000-000000000001" name="Representation_for_Canteen rules.pdf" plainTextPath="internal://CCCC0000-0000-0000-0000-000000000001.txt">
            <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" name="served at seven" startPosition="13" endPosition="28">
            <Coding guid="60000000-0000-0000-0000-000000000003"><CodeRef targetGUID="20000000-0000-0000-0000-00000000000A"/></Coding>
            </PlainTextSelection>
            </Representation>""";

    @Test
    void the_selections_of_a_pdfs_plain_text_are_cut_as_a_texts() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.Imported imported = FrameImport.of(qdpx(REPRESENTATION), Optional.empty(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(
                "WARNING canteen.qdpx: 1 selections of pictures or PDFs are not imported: Weft quotes text only",
                "NOTE canteen.qdpx: positions read as Unicode code points, a line end counting one (detected; choose with"
                        + " --positions code-points or --positions utf16)");
        assertThat(imported.quotes().orElseThrow()).contains("""
                  - id: canteen-rules-1
                    text: served at seven
                    codes:
                      - mealtimes
                    presented: false
                    participant: canteen-staff
                    source:
                      recorded: true
                      file: Canteen rules.pdf
                      page: 1
                      lines: "1"
                    qda:
                      guid: 50000000-0000-0000-0000-000000000001
                """).doesNotContain("atseven");
    }

    @Test
    void a_pdf_without_its_plain_text_is_reported_as_before() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(FrameImport.of(qdpx(""), Optional.empty(), diagnostics).orElseThrow().quotes()).isEmpty();
        assertThat(diagnostics.sorted().stream().map(Object::toString).toList()).containsExactly(
                "WARNING canteen.qdpx: 2 selections of pictures or PDFs are not imported: Weft quotes text only",
                "WARNING canteen.qdpx!project.qde:4:141: case 'Canteen staff' refers to source"
                        + " 40000000-0000-0000-0000-000000000001, which is no text source of the file: ignored",
                "WARNING canteen.qdpx!project.qde:6:140: PDF source 'Canteen rules.pdf' has no plain text (no <Representation>):"
                        + " Weft quotes plain text only, so its 2 selections are not imported; export the document's plain text"
                        + " from the QDA tool (as a text source) and import again");
    }

    @Test
    void the_quotes_evidence_page_names_the_pdf_and_its_page() throws IOException {
        FrameImport.Imported imported = FrameImport.of(qdpx(REPRESENTATION), Optional.empty(), new Diagnostics()).orElseThrow();
        Path project = weft.support.TestProjects.copy(weft.support.TestProjects.fixture("mini-study"), temp.resolve("study"));
        weft.support.TestProjects.delete(project.resolve("coded-data/quotes"));
        weft.support.TestProjects.delete(project.resolve("content"));
        weft.support.TestProjects.delete(project.resolve("coded-data/coding-frame.yaml"));
        assertThat(ImportedFiles.write(project, imported, new Diagnostics())).isPresent();
        weft.build.BuildResult result = weft.support.TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        org.jsoup.nodes.Document quote = org.jsoup.Jsoup.parse(result.publication().orElseThrow().text("evidence/quotes/canteen-rules-1.html"));
        assertThat(quote.select(".source-facts dt:matchesOwn(^File$) + dd").text()).isEqualTo("Canteen rules.pdf");
        assertThat(quote.select(".source-facts dt:matchesOwn(^Page$) + dd").text()).isEqualTo("1");
    }
}

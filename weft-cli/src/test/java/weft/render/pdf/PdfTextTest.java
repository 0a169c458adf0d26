package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.cli.Main;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/** The PDF of other studies: every character set in the embedded fonts, untrusted quotes as text, other depths. */
class PdfTextTest {

    @TempDir
    Path temp;

    static PdfFile pdfOf(BuildResult result) {
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.diagnostics()).noneMatch(d -> d.toString().contains("article-print.ftlh"));
        return new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
    }

    @Test
    void names_with_macrons_umlauts_curly_quotes_and_dashes_are_set_in_the_embedded_fonts() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("names"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "name: Ada Example", "name: Tamaki Saitō");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "name: Sample Institute", "name: Universität Köln");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: Same table, same people, every night.",
                "text: \"Same table – same people — every night, “always” ‘the same’ in Jyväskylä\"");
        PdfFile pdf = pdfOf(TestProjects.render(project));
        assertThat(pdf.text()).contains("Tamaki Saitō", "Universität Köln",
                "\u201CSame table \u2013 same people \u2014 every night, \u201Calways\u201D \u2018the same\u2019 in Jyväskylä\u201D");
        assertThat(pdf.embeddedFiles()).containsKey("coded-data/study.yaml");
    }

    @Test
    void hostile_quote_text_is_printed_as_text() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("hostile"));
        String hostile = "<script>window.pwned=1</script> <a href='evidence/x.html'>x</a> ${7*7} &amp; {{quote:we-cook}}";
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: \"" + hostile + "\"");
        PdfFile pdf = pdfOf(TestProjects.render(project));
        assertThat(pdf.text()).contains("\u201C" + hostile + "\u201D")
                .contains("\u201CWe cook on Sundays & everyone brings <something>\u201D");
    }

    @Test
    void a_study_four_levels_deep_gets_headings_and_bookmarks_to_H5() {
        PdfFile pdf = pdfOf(TestProjects.render(TestProjects.fixture("deep-study")));
        assertThat(pdf.headings()).filteredOn(h -> h.type().equals("H5")).extracting(PdfFile.Tag::text)
                .containsExactly("3.1.1.1 Not knowing how long");
        assertThat(pdf.outline()).contains(new PdfFile.Bookmark(3, "3.1.1.1 Not knowing how long",
                pdf.outline().stream().filter(b -> b.title().startsWith("3.1.1.1")).findFirst().orElseThrow().page()));
    }

    @Test
    void the_command_line_dates_the_pdf_from_the_source_date_epoch() throws IOException {
        Path out = temp.resolve("pub");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "-p", TestProjects.fixture("mini-study").toString(), "-o", out.toString(),
                "--source-date-epoch", "1700000000", "--no-cache"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = new PdfFile(Files.readAllBytes(out.resolve(OutputNames.PDF))).open()) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        }
        assertThat(Main.run(new String[] {"build", "--source-date-epoch", "yesterday"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))).isEqualTo(2);
    }
}

package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputNames;
import weft.support.TestFonts;
import weft.support.TestProjects;

/**
 * veraPDF's verdict on the PDF of the default study and of the test studies: PDF/UA-1 (accessible) and PDF/A-3a
 * (archival), with no failed check. An integration test: validating every page takes longer than a unit test should.
 */
class PdfConformanceIT {

    @ParameterizedTest
    @ValueSource(strings = {"", "mini-study", "deep-study"})
    void the_pdf_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(String fixture) {
        Path project = fixture.isEmpty() ? TestProjects.defaultStudy() : TestProjects.fixture(fixture);
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.PDF), fixture.isEmpty() ? "default study" : fixture);
    }

    /** A coding frame taller than a page, printed in parts: each part a tagged figure with its alternate text. */
    @Test
    void a_figure_printed_in_parts_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp) {
        BuildResult result = new Weft().render(TestProjects.largeFrameStudy(temp, 10, 40, 6, 12), BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.PDF), "a figure in parts");
    }

    /**
     * A study with quotes and labels in Japanese, Hebrew and Arabic, which DejaVu Serif lacks, and two fonts of its own:
     * more embedded font families, text laid out right to left and Arabic joined, in the figure too.
     */
    @Test
    void a_pdf_set_partly_in_the_studys_own_fonts_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp)
            throws java.io.IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("japanese"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: \"家族と一緒の夕食は長くて良い。\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food",
                "label: 食べ物をめぐる摩擦");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "text: Same table, same people, every night.",
                "text: \"השולחן אותו השולחן. مشاكل حول الطعام.\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Unwashed dishes",
                "label: \"أطباق غير مغسولة\"");
        TestFonts.addJapanese(project, "ipaexg.ttf");
        java.nio.file.Files.write(project.resolve("templates/fonts/sans.ttf"), PdfFonts.bytes("DejaVuSans.ttf"));
        TestFonts.addSerifFaces(project); // and the body text in a font print.css names
        java.nio.file.Files.writeString(project.resolve("templates/print.css"),
                java.nio.file.Files.readString(TestProjects.defaultStudy().resolve("templates/print.css"))
                        + "\nhtml, body { font-family: \"Liberation Serif\", \"DejaVu Serif\"; }\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        byte[] pdf = result.publication().orElseThrow().files().get(OutputNames.PDF);
        validate(pdf, "a study in Japanese, Hebrew and Arabic with its own fonts, its body text in one print.css names");
    }

    /**
     * Figures of the prose, a PNG with transparent parts, a JPEG at 60% of the text's width and an SVG drawing (text, a
     * gradient, a half-transparent shape, an embedded picture, one in a pattern and one as a mask): tagged figures with
     * their alternate texts.
     */
    @Test
    void a_pdf_with_figures_of_the_prose_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp)
            throws java.io.IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("figures"));
        java.nio.file.Files.createDirectories(project.resolve("content/figures"));
        java.nio.file.Files.write(project.resolve("content/figures/plan.png"), weft.read.ImageFilesForTests.pngWithAlpha());
        java.nio.file.Files.write(project.resolve("content/figures/photo.jpg"), weft.read.ImageFilesForTests.jpegWithExif("A"));
        java.nio.file.Files.writeString(project.resolve("content/figures/model.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120mm\" height=\"60mm\" viewBox=\"0 0 120 60\">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#cde\"/><stop offset=\"1\""
                + " stop-color=\"rgba(255,255,255,0.5)\"/></linearGradient></defs><rect width=\"120\" height=\"60\""
                + " fill=\"url(#g)\"/><circle cx=\"60\" cy=\"30\" r=\"20\" fill=\"rgba(200,16,46,0.5)\"/>"
                + "<image x=\"4\" y=\"4\" width=\"16\" height=\"16\" xlink:href=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(weft.read.ImageFilesForTests.pngWithAlpha()) + "\"/>"
                + "<defs><pattern id=\"p\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><image width=\"8\""
                + " height=\"8\" xlink:href=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(weft.read.ImageFilesForTests.pngWithAlpha()) + "\"/></pattern>"
                + "<mask id=\"m\"><image width=\"120\" height=\"60\" xlink:href=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(weft.read.ImageFilesForTests.pngWithAlpha()) + "\"/></mask></defs>"
                + "<rect x=\"90\" y=\"4\" width=\"24\" height=\"16\" fill=\"url(#p)\"/>"
                + "<rect x=\"90\" y=\"30\" width=\"24\" height=\"16\" fill=\"#345\" mask=\"url(#m)\"/>"
                + "<text x=\"30\" y=\"55\" font-family=\"sans-serif\" font-size=\"8\">Kitchen</text></svg>\n");
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "## Aim", "![A plan of the kitchen](figures/plan.png)"
                + "\n\n![A photo of the table](figures/photo.jpg){width=60%}\n\n![A model of the kitchen](figures/model.svg)"
                + "\n\n::: {#fig-panel layout-ncol=2}\n![The plan again](figures/plan.png){#fig-again}\n\n"
                + "![](figures/photo.jpg)\n\nThe kitchen twice, as a panel of [subfigures]{.mark}.\n:::"
                + "\n\n::: {.callout-note title=\"A box\"}\n![A boxed plan](figures/plan.png){#fig-boxed}\n:::"
                + "\n\n## Aim");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.PDF), "figures of the prose");
    }

    /**
     * A study shaped as researchers write one: a focus group's exchange quoted a turn a line, a section title in italics,
     * notes (printed before the references), a page break, a span and a div in languages of their own, back matter without numbers and an appendix after the references, lettered (its table and figure numbered after
     * its letter, on a page of its own), the study's title and its running head (the short title) in italics.
     */
    @Test
    void a_pdf_with_a_quote_of_several_lines_back_matter_and_an_appendix_passes_pdf_ua_1_and_pdf_a_3a(@TempDir Path temp)
            throws java.io.IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("shaped"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.",
                "text: \"Moderator: And the evenings?\\nP3: Long and good.\\n\\nP5: Always.\"");
        TestProjects.replaceIn(project.resolve("content/methods.md"), "title: Methods", "title: \"Methods of *fika*\"");
        java.nio.file.Files.writeString(project.resolve("content/methods.md"), "\n\nWe read each thread twice.^[The second"
                + " reading was *blind*.]\n\n\\newpage\n\nOn a page of its own, [chez soi]{lang=fr}.\n\n::: {lang=fi}\nKotona.\n:::\n",
                java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.writeString(project.resolve("content/acknowledgements.md"),
                "---\nid: acknowledgements\ntitle: Acknowledgements\nkind: back\norder: 90\n---\nWe thank the residents.\n");
        java.nio.file.Files.writeString(project.resolve("content/guide.md"), "---\nid: guide\ntitle: The interview guide\n"
                + "kind: appendix\norder: 1\n---\nAs asked.[^asked]\n\n[^asked]: In Swedish.\n\n## Opening\n\nHow did you come here?\n\n"
                + "Table: The questions\n\n| Part | Questions |\n|---|--:|\n| Opening | 1 |\n");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "title: \"Sharing meals in shared housing\"",
                "title: \"Sharing *fika* in shared housing\"\nshortTitle: \"Sharing *fika*\"");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        byte[] pdf = result.publication().orElseThrow().files().get(OutputNames.PDF);
        assertThat(TestProjects.pdfText(pdf)).contains("P3: Long and good.", "Appendix A. The interview guide",
                "Table A1. The questions", "Sharing fika", "Notes 1. The second reading was blind. 2. In Swedish.");
        validate(pdf, "a quote of several lines, back matter and an appendix");
    }

    /**
     * A study with this session's numbering: a numbered callout and a reference to it, quotes numbered as extracts with
     * their lines numbered, the page's lines numbered in the margin (artifacts), and a list whose markers print.css draws
     * from a counter ({@code (a)}).
     */
    @Test
    void a_pdf_with_numbered_callouts_extracts_and_lines_passes_pdf_ua_1_and_pdf_a_3a(@TempDir Path temp)
            throws java.io.IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("numbered"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n",
                "presentation:\n  numberedExtracts: true\n  extractLines: true\n  lineNumbers: true\n");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.",
                "text: \"Moderator: And the evenings?\\nP3: Long and good.\"");
        java.nio.file.Files.writeString(project.resolve("content/methods.md"), "\n\n::: {#nte-key .callout-note}\n"
                + "## Key messages\n\nMeals matter.\n:::\n\nAs @nte-key and {{ref:quote-long-evenings}} show.\n\n"
                + "(a) Lettered in parentheses\n(b) As Pandoc writes them\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        byte[] pdf = result.publication().orElseThrow().files().get(OutputNames.PDF);
        assertThat(TestProjects.pdfText(pdf)).contains("Note 1: Key messages", "As Note 1 and Extract 1 show.",
                "(a) Lettered in parentheses",
                "01 \u201cModerator: And the evenings?");
        validate(pdf, "numbered callouts, extracts and lines");
    }

    /** A grid table whose cells span rows and columns, with a foot: its cells tagged as the table's, still conformant. */
    @Test
    void a_pdf_with_a_grid_table_of_spanning_cells_passes_pdf_ua_1_and_pdf_a_3a(@TempDir Path temp) throws java.io.IOException {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("spans"), weft.support.GridTables.THEMES);
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        byte[] pdf = result.publication().orElseThrow().files().get(OutputNames.PDF);
        assertThat(TestProjects.pdfText(pdf)).contains("Table 1. Themes and their sub-themes", "Routines",
                "Not divided: all noise").doesNotContain("+---", "| Routines"); // a table, not the drawing as written
        validate(pdf, "a grid table of spanning cells");
    }

    /** The anonymised review copy: no authors, so no Info /Author nor dc:creator, and still conformant. */
    @Test
    void the_anonymised_copys_pdf_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check() {
        BuildResult result = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults().anonymous(true));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.PDF), "anonymised default study");
    }

    /** The same copy with its lines numbered for the reviewers: the numbers are artifacts, the copy still conformant. */
    @Test
    void the_anonymised_copy_with_numbered_lines_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp) {
        Path project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  lineNumbers: true\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults().anonymous(true));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.PDF), "anonymised copy with numbered lines");
    }

    /** The reporting checklist's PDF of its own (the default study has one), held to the same standards. */
    @Test
    void the_checklist_pdf_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check() {
        BuildResult result = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.CHECKLIST_PDF), "checklist.pdf");
    }

    /** The evidence as one PDF (presentation.evidencePdf) of the default study, held to the same standards. */
    @Test
    void the_evidence_pdf_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp) {
        Path project = TestProjects.copy(TestProjects.defaultStudy(), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.EVIDENCE_PDF), "evidence.pdf");
    }

    /** The evidence PDF of a study with reduced expressions: the quotes' reductions and the table of the abstraction. */
    @Test
    void the_evidence_pdf_with_the_abstraction_passes_pdf_ua_1_and_pdf_a_3a_with_no_failed_check(@TempDir Path temp) {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  evidencePdf: true\n");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    reduced: a full sink\n");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        validate(result.publication().orElseThrow().files().get(OutputNames.EVIDENCE_PDF), "evidence.pdf (abstraction)");
    }

    private static void validate(byte[] bytes, String fixture) {
        PdfFile pdf = new PdfFile(bytes);
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            PdfFile.Verdict verdict = pdf.validate(flavour);
            System.out.printf("veraPDF %s %s: compliant=%s, checks=%d, failed rules=%d%n",
                    fixture, flavour.getId(), verdict.compliant(), verdict.checks(),
                    verdict.failures().size());
            assertThat(verdict.failures()).as(flavour.getId()).isEmpty();
            assertThat(verdict.compliant()).as(flavour.getId()).isTrue();
        }
    }
}

package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputNames;
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
        PdfFile pdf = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            PdfFile.Verdict verdict = pdf.validate(flavour);
            System.out.printf("veraPDF %s %s: compliant=%s, checks=%d, failed rules=%d%n",
                    fixture.isEmpty() ? "default study" : fixture, flavour.getId(), verdict.compliant(), verdict.checks(),
                    verdict.failures().size());
            assertThat(verdict.failures()).as(flavour.getId()).isEmpty();
            assertThat(verdict.compliant()).as(flavour.getId()).isTrue();
        }
    }
}

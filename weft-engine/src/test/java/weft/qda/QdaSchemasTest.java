package weft.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.diagnostics.Diagnostics;

/** The real REFI-QDA samples against Project.xsd and Codebook.xsd, as the import reports them. */
class QdaSchemasTest {

    @TempDir
    Path temp;

    private static List<String> importDiagnostics(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        FrameImport.codingFrame(file, diagnostics);
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlasti-23.4-codebook.qdc", "atlasti-8.4-mac-standard-project.qde", "hand-authored-all-elements.qde"})
    void a_sample_that_xmllint_passes_validates(String sample) throws IOException {
        byte[] xml = Files.readAllBytes(FrameImportTest.SAMPLES.resolve(sample));
        assertThat(QdaSchemas.violations(xml, QdaSchemas.kindOf(xml))).isEmpty();
        assertThat(importDiagnostics(FrameImportTest.SAMPLES.resolve(sample))).noneMatch(d -> d.contains("does not validate"));
    }

    @Test
    void the_taguette_codebook_with_its_empty_sets_warns_where_and_still_imports() {
        Diagnostics diagnostics = new Diagnostics();
        String frame = FrameImport.codingFrame(FrameImportTest.SAMPLES.resolve("taguette-codebook.qdc"), diagnostics).orElseThrow();
        assertThat(frame).contains("label: people");
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "WARNING taguette-codebook.qdc:2:353: does not validate against Codebook.xsd: cvc-complex-type.2.4.b: The"
                        + " content of element 'Sets' is not complete. One of '{\"urn:QDA-XML:codebook:1.0\":Set}' is expected.");
    }

    @Test
    void the_old_0_4_namespace_is_validated_as_1_0() throws IOException {
        String codebook = Files.readString(FrameImportTest.SAMPLES.resolve("atlasti-23.4-codebook.qdc"))
                .replace("xmlns=\"urn:QDA-XML:codebook:1.0\"", "xmlns=\"urn:QDA-XML:codebook:0:4\"");
        assertThat(QdaSchemas.violations(codebook.getBytes(StandardCharsets.UTF_8), QdaSchemas.Kind.CODEBOOK)).isEmpty();
        byte[] broken = codebook.replace(" isCodable=\"true\"", "").getBytes(StandardCharsets.UTF_8);
        assertThat(QdaSchemas.violations(broken, QdaSchemas.Kind.CODEBOOK)).extracting(QdaSchemas.Violation::message)
                .singleElement().asString().contains("isCodable");
    }

    @Test
    void many_violations_are_listed_up_to_twenty_then_counted() throws IOException {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            codes.append("<Code guid=\"not-a-guid-").append(i).append("\" name=\"c").append(i).append("\" isCodable=\"true\"/>\n");
        }
        Path file = temp.resolve("many.qdc");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n" + codes
                + "</Codes></CodeBook>");
        List<String> diagnostics = importDiagnostics(file);
        assertThat(diagnostics).filteredOn(d -> d.contains(": does not validate against Codebook.xsd: ")).hasSize(20)
                .allMatch(d -> d.matches("WARNING many\\.qdc:\\d+:\\d+: .*"));
        assertThat(diagnostics).contains("WARNING many.qdc: 30 more violations of Codebook.xsd are not listed");
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/** {@code validate} reports what a build reports without laying out the PDF; a prepared study runs one stage alone. */
class ValidateTest {

    @TempDir
    Path temp;

    private final Weft weft = new Weft();

    @TestFactory
    Stream<DynamicTest> validate_reports_exactly_what_build_reports_for_every_invalid_project() throws IOException {
        List<Path> folders = TestProjects.invalidCases();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(10);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path project = TestProjects.invalidProject(folder, temp.resolve(folder.getFileName().toString()));
            BuildResult built = weft.render(project, BuildOptions.defaults());
            BuildResult validated = weft.validate(project, BuildOptions.defaults());
            assertThat(validated.diagnostics()).containsExactlyElementsOf(built.diagnostics());
            assertThat(validated.summary()).isEqualTo(built.summary());
            assertThat(validated.succeeded()).isEqualTo(built.succeeded());
        }));
    }

    @Test
    void validate_renders_every_page_but_lays_out_neither_the_pdf_nor_the_journal_formats() {
        Path project = TestProjects.fixture("mini-study");
        BuildResult built = weft.render(project, BuildOptions.defaults());
        BuildResult validated = weft.validate(project, BuildOptions.defaults());

        assertThat(validated.succeeded()).isTrue();
        assertThat(validated.diagnostics()).isEqualTo(built.diagnostics());
        assertThat(built.publication().orElseThrow().files()).containsKeys(OutputNames.PDF, OutputNames.DOCX, OutputNames.JATS);
        assertThat(validated.publication().orElseThrow().files().keySet())
                .containsExactlyElementsOf(built.publication().orElseThrow().files().keySet().stream()
                        .filter(name -> !name.equals(OutputNames.PDF) && !name.equals(OutputNames.DOCX)
                                && !name.equals(OutputNames.JATS) && !OutputNames.isJatsGraphic(name)).toList());
    }

    @Test
    void validate_reports_an_error_in_the_print_template_as_build_does() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("print"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/article-print.ftlh"), "<p>${article.noSuchField}</p>\n");

        BuildResult built = weft.render(project, BuildOptions.defaults());
        BuildResult validated = weft.validate(project, BuildOptions.defaults());

        assertThat(validated.succeeded()).isFalse();
        assertThat(validated.diagnostics()).isNotEmpty().containsExactlyElementsOf(built.diagnostics());
        assertThat(TestProjects.diagnostics(validated)).anyMatch(line -> line.startsWith("ERROR templates/article-print.ftlh:1:"));
    }

    @Test
    void a_prepared_study_runs_the_evidence_stage_and_the_pdf_stage_alone_with_the_files_of_a_build() {
        Path project = TestProjects.fixture("mini-study");
        var built = weft.render(project, BuildOptions.defaults()).publication().orElseThrow().files();
        PreparedStudy prepared = weft.prepare(project, BuildOptions.defaults());
        assertThat(prepared.ready()).isTrue();

        var evidence = prepared.evidenceStage().publication().orElseThrow().files();
        assertThat(evidence).containsKey(OutputNames.EVIDENCE);
        evidence.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(built.get(name)));
        var pdf = prepared.pdfStage().publication().orElseThrow().files();
        assertThat(pdf.keySet()).containsExactly(OutputNames.PDF);
        assertThat(pdf.get(OutputNames.PDF)).isEqualTo(built.get(OutputNames.PDF));
    }

    @Test
    void a_study_with_errors_is_prepared_with_its_diagnostics_and_runs_no_stage() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("broken"));
        TestProjects.copyTree(TestProjects.defaultStudy().resolve("weft-engine/src/test/resources/invalid/duplicate-ids"), project);
        Files.delete(project.resolve("expected.txt"));

        PreparedStudy prepared = weft.prepare(project, BuildOptions.defaults());

        assertThat(prepared.ready()).isFalse();
        assertThat(prepared.diagnostics()).isEqualTo(weft.render(project, BuildOptions.defaults()).diagnostics());
        assertThatThrownBy(prepared::pdfStage).isInstanceOf(IllegalStateException.class).hasMessageContaining("error");
    }
}

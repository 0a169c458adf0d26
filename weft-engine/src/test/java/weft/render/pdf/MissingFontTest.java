package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * A print template with a page margin box that names none of the PDF's fonts: it is set in DejaVu's regular faces, the last
 * fallbacks, embedded like every font of the PDF. (Before they were fallbacks, openhtmltopdf found no font for it, and
 * the build failed at the template.)
 */
class MissingFontTest {

    @TempDir
    Path temp;

    @Test
    void a_margin_box_without_a_font_family_is_set_in_dejavu_and_embedded() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("templates"));
        String print = Files.readString(TestProjects.defaultStudy().resolve("templates/article-print.ftlh"));
        String footer = "@page { @bottom-center { content: element(runningFooter); } }";
        assertThat(print).contains(footer);
        // a margin box of the study's own, its content a string, no font named: no element's font is inherited there
        Files.writeString(project.resolve("templates/article-print.ftlh"), print.replace(footer,
                "@page { @bottom-center { content: element(runningFooter); } @top-right { content: \"Draft for review\"; } }"));
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        PdfFile pdf = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
        assertThat(pdf.text()).contains("Draft for review", "Page 1 of");
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = pdf.open()) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVu.*");
            });
        }
    }
}

package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.cache.BuildCache;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * The PDF is made of what the build read: a print template's image or style by address (a file, a web address, a
 * relative path) is an error where the template names it, and the build fails; an image written into the template (a
 * data: address) is printed. Other cases, in print.css, are in the invalid project print-outside.
 */
class PrintResourcesTest {

    @TempDir
    Path temp;

    private Path withImage(String name, String src) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve(name));
        Files.createDirectories(project.resolve("templates"));
        String print = Files.readString(TestProjects.defaultStudy().resolve("templates/article-print.ftlh"));
        assertThat(print).contains("<body>");
        Files.writeString(project.resolve("templates/article-print.ftlh"),
                print.replace("<body>", "<body>\n<img src=\"" + src + "\" alt=\"The journal's mark\" width=\"40\" height=\"20\"/>"));
        return project;
    }

    @Test
    void an_image_the_template_names_by_address_is_refused_where_it_is_named() throws IOException {
        Path logo = temp.resolve("logo.png");
        Files.write(logo, png());
        for (String src : new String[] {logo.toUri().toString(), "https://example.org/logo.png", "logo.png"}) {
            Path project = withImage("by-address-" + Math.abs(src.hashCode()), src);
            String template = Files.readString(project.resolve("templates/article-print.ftlh"));
            String before = template.substring(0, template.indexOf(src));
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            BuildResult result = TestProjects.render(project);
            assertThat(result.succeeded()).as(src).isFalse();
            assertThat(TestProjects.diagnostics(result)).as(src).containsExactly("ERROR templates/article-print.ftlh:" + line
                    + ":" + column + ": the PDF reads nothing from outside the build and leaves out '" + src + "': a font goes"
                    + " in templates/fonts/ (print.css names it by its family), a style in print.css, an image in the"
                    + " template as a data: address");
        }
    }

    @Test
    void an_image_written_into_the_template_is_printed() throws IOException {
        Path project = withImage("data", "data:image/png;base64," + Base64.getEncoder().encodeToString(png()));
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        try (PDDocument doc = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)).open()) {
            PDPage first = doc.getPage(0);
            int images = 0;
            for (COSName name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    assertThat(image.getWidth()).isEqualTo(4);
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    /**
     * The renderer's own refusal, behind the writer's look for addresses in the print document: given a document that
     * names a file, it reads nothing and says so. Without it, openhtmltopdf printed the file.
     */
    @Test
    void the_renderer_reads_no_file_a_document_names() throws IOException {
        Path logo = temp.resolve("logo.png");
        Files.write(logo, png());
        String xhtml = PrintDocument.xhtml("<html lang=\"en\"><head><title>T</title><style>body { font-family: \"DejaVu Serif\"; }"
                + "</style></head><body><p>The mark:</p><img src=\"" + logo.toUri() + "\" alt=\"The mark\" width=\"40\""
                + " height=\"20\"/></body></html>", List.of());
        PdfRenderer.Result result = new PdfRenderer(StudyFonts.none(), BuildCache.none()).render(xhtml, Map.of(), List.of(), Instant.EPOCH, false);
        assertThat(result.refused()).containsExactly(logo.toUri().toString());
        try (PDDocument doc = new PdfFile(result.pdf()).open()) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    /** A 4 by 2 pixel PNG. */
    /**
     * A drawing in the print template (an inline SVG) draws a picture embedded in it, as an SVG figure may hold one, and
     * reads no file by address: Batik, which draws it, is let read {@code data:} alone.
     */
    @Test
    void a_drawing_in_the_template_draws_an_embedded_picture_and_reads_no_file() throws IOException {
        BufferedImage green = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = green.createGraphics();
        g.setColor(new java.awt.Color(0x12, 0x9a, 0x34));
        g.fillRect(0, 0, 30, 20);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(green, "png", bytes);
        Path file = Files.write(temp.resolve("green.png"), bytes.toByteArray());
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
        for (String href : new String[] {data, file.toUri().toString()}) {
            Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("svg-" + Math.abs(href.hashCode())));
            Files.createDirectories(project.resolve("templates"));
            String print = Files.readString(TestProjects.defaultStudy().resolve("templates/article-print.ftlh"));
            Files.writeString(project.resolve("templates/article-print.ftlh"), print.replace("<body>", "<body>\n<svg"
                    + " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\""
                    + " height=\"80\" aria-label=\"The journal's mark\"><image width=\"120\" height=\"80\" xlink:href=\""
                    + href + "\"/></svg>"));
            BuildResult result = TestProjects.render(project);
            assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
            try (PDDocument doc = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)).open()) {
                BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 36);
                long greenPixels = 0;
                for (int y = 0; y < page.getHeight(); y++) {
                    for (int x = 0; x < page.getWidth(); x++) {
                        greenPixels += (page.getRGB(x, y) & 0xffffff) == 0x129a34 ? 1 : 0;
                    }
                }
                if (href.startsWith("data:")) {
                    assertThat(greenPixels).as("the embedded picture drawn").isGreaterThan(500);
                } else {
                    assertThat(greenPixels).as("the file by address not read").isZero();
                    assertThat(TestProjects.diagnostics(result)).anySatisfy(d -> assertThat(d)
                            .startsWith("WARNING templates/article-print.ftlh: PDF: ").contains("Refusing"));
                }
            }
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x0b5394);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

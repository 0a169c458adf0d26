package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * A figure drawn as SVG (synthetic study, a drawing made for the test): the web page shows the published drawing, the
 * PDF draws it, the Word document carries a picture of it, the JATS names it; what was published is the drawing alone,
 * without the script, handlers and editor's metadata (with an author's name) of its file.
 */
class SvgFiguresTest {

    /** The drawing's red, which no other part of the article has. */
    private static final int RED = 0xc8102e;
    private static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" width=\"160mm\""
            + " height=\"80mm\" viewBox=\"0 0 160 80\" onload=\"alert('loaded')\">\n"
            + "  <metadata><dc:creator>Jane Doe</dc:creator></metadata>\n"
            + "  <script>alert('figure')</script>\n"
            + "  <rect width=\"160\" height=\"80\" fill=\"#c8102e\" onclick=\"alert('clicked')\"/>\n"
            + "  <text x=\"10\" y=\"40\" font-size=\"12\" fill=\"#fff\">Kitchen</text>\n"
            + "  <image x=\"100\" y=\"10\" width=\"50\" height=\"60\" xlink:href=\"data:image/png;base64," + green() + "\"/>\n"
            + "</svg>\n";
    /** The green of the picture embedded in the drawing. */
    private static final int GREEN = 0x129a34;

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithAnSvgFigure() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("content/figures"));
        Files.writeString(project.resolve("content/figures/model.svg"), SVG);
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + "\nThe model is in {{ref:fig-model}}.\n\n"
                + "![A model of the kitchen](figures/model.svg){width=50%}\n");
    }

    @Test
    void the_web_page_shows_the_drawing_alone_and_the_manifest_lists_the_file() {
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "WARNING content/figures/model.svg:2:1: the SVG's event handler onload is left out: a figure is published"
                        + " as a drawing, without its scripts",
                "WARNING content/figures/model.svg:4:3: the SVG's <script> is left out: a figure is published as a"
                        + " drawing, without its scripts",
                "WARNING content/figures/model.svg:5:3: the SVG's event handler onclick is left out: a figure is"
                        + " published as a drawing, without its scripts");
        OutputFiles publication = result.publication().orElseThrow();
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select("#fig-model img").attr("src")).isEqualTo("figures/model.svg");
        assertThat(article.select("#fig-model img").attr("width")).isEqualTo("605"); // 160 mm at 96 pixels an inch
        assertThat(article.select("#fig-model img").attr("height")).isEqualTo("302");
        assertThat(article.select("#fig-model figcaption").text()).isEqualTo("Figure 1. A model of the kitchen");
        assertThat(publication.text("figures/model.svg")).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"605\" height=\"302\" viewBox=\"0 0 160 80\">\n"
                + "  \n  \n  <rect width=\"160\" height=\"80\" fill=\"#c8102e\"></rect>\n"
                + "  <text x=\"10\" y=\"40\" font-size=\"12\" fill=\"#fff\">Kitchen</text>\n"
                + "  <image x=\"100\" y=\"10\" width=\"50\" height=\"60\" xlink:href=\"data:image/png;base64," + green() + "\">"
                + "</image>\n</svg>\n");
        assertThat(publication.text("manifest.json")).contains("\"path\" : \"content/figures/model.svg\",\n    \"sha256\" : \""
                + Manifest.sha256(SVG.getBytes(StandardCharsets.UTF_8)) + "\"");
        for (Map.Entry<String, byte[]> file : publication.files().entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.ISO_8859_1)).as(file.getKey())
                    .doesNotContain("Jane Doe", "alert(");
        }
    }

    @Test
    void the_pdf_draws_the_figure_at_its_share_of_the_text() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        try (PDDocument pdf = Loader.loadPDF(publication.files().get("article.pdf"))) {
            int[] widest = {0, 0};
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage drawn = renderer.renderImageWithDPI(page, 72);
                widest[0] = Math.max(widest[0], redWidth(drawn));
                widest[1] = Math.max(widest[1], widest(drawn, GREEN));
            }
            // the embedded picture: 50 of the drawing's 160 units, at half the text's width
            assertThat(widest[1]).as("the embedded picture's width in the PDF, in points").isBetween(68, 79);
            // half the text's 470 points, at 72 dots an inch: a point a pixel
            assertThat(widest[0]).as("the drawing's width in the PDF, in points").isBetween(228, 240);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
                    .contains("Figure 1. A model of the kitchen", "The model is in Figure 1.");
        }
    }

    @Test
    void the_word_document_carries_a_picture_of_it_and_the_jats_names_it() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        Map<String, byte[]> docx = unzip(publication.files().get("article.docx"));
        List<String> pictures = docx.keySet().stream().filter(n -> n.startsWith("word/media/")).sorted().toList();
        BufferedImage picture = pictures.stream().map(n -> read(docx.get(n))).filter(i -> redWidth(i) > 0)
                .findFirst().orElseThrow(() -> new AssertionError("no picture of the drawing in " + pictures));
        double widthPt = 0.5 * (11906 - 2 * 1440) / 20.0; // half the text's width
        assertThat(picture.getWidth()).as("painted at 200 dots an inch").isEqualTo((int) Math.round(widthPt / 72 * 200));
        assertThat(redWidth(picture)).isGreaterThan(picture.getWidth() / 2);
        assertThat(widest(picture, GREEN)).as("the embedded picture").isBetween(picture.getWidth() * 29 / 100,
                picture.getWidth() * 33 / 100);
        String body = new String(docx.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("descr=\"A model of the kitchen\"", "cx=\"" + Math.round(widthPt * 12700) + "\"");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("fig#fig-model graphic").attr("xlink:href")).isEqualTo("figures/model.svg");
        assertThat(jats.select("fig#fig-model graphic").attr("mime-subtype")).isEqualTo("svg+xml");
    }

    @Test
    void the_same_drawing_gives_the_same_files_and_a_changed_one_changes_every_format() throws Exception {
        OutputFiles first = TestProjects.publication(project);
        OutputFiles again = TestProjects.publication(project);
        for (String file : first.files().keySet()) {
            assertThat(again.files().get(file)).as(file).isEqualTo(first.files().get(file));
        }
        TestProjects.replaceIn(project.resolve("content/figures/model.svg"), "Kitchen", "Garden");
        OutputFiles changed = TestProjects.publication(project);
        for (String file : List.of("figures/model.svg", "article.pdf", "article.docx", "manifest.json")) {
            assertThat(changed.files().get(file)).as(file).isNotEqualTo(first.files().get(file));
        }
    }

    @Test
    void an_anonymised_build_refuses_a_drawing_that_names_an_author() throws Exception {
        String author = "Ada Example"; // the study's first author
        TestProjects.replaceIn(project.resolve("content/figures/model.svg"), "Kitchen", "Drawn by " + author);
        BuildResult result = new Weft().render(project, BuildOptions.defaults().anonymous(true));
        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).contains("ERROR content/figures/model.svg: the anonymised copy would"
                + " publish this figure, whose drawing names an author ('" + author + "') in its text: make a copy of"
                + " the figure without it for the anonymised build");
    }

    /** A green PNG, as embedded in a drawing. */
    private static String green() {
        BufferedImage image = new BufferedImage(20, 24, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(GREEN));
        g.fillRect(0, 0, 20, 24);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** The widest run of the drawing's red in any row of {@code image}, in pixels. */
    private static int redWidth(BufferedImage image) {
        return widest(image, RED);
    }

    /** The widest run of {@code colour} in any row of {@code image}, in pixels. */
    private static int widest(BufferedImage image, int colour) {
        int widest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                boolean same = Math.abs((rgb >> 16) - (colour >> 16)) < 12
                        && Math.abs((rgb >> 8 & 0xff) - (colour >> 8 & 0xff)) < 12 && Math.abs((rgb & 0xff) - (colour & 0xff)) < 12;
                run = same ? run + 1 : 0;
                widest = Math.max(widest, run);
            }
        }
        return widest;
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.support.PdfStructure;
import weft.support.TestProjects;

/**
 * A coding frame too tall for a page (the miniature study with four more themes of 6 to 40 sub-themes): the web
 * page draws it whole, while the PDF and the Word document print it in parts that each fill a page's width, every node
 * in them, a theme carried over from the part before marked "(continued)".
 */
class LargeFrameFigureTest {

    /** The sub-themes of each added theme: the second is too tall for a page by itself. */
    private static final int[] SUBTHEMES = {10, 40, 6, 12};
    private static final Pattern PART = Pattern.compile("^The coding frame as a tree \\(part (\\d+) of (\\d+)\\)");

    @TempDir
    static Path temp;

    static OutputFiles publication;

    @BeforeAll
    static void build() {
        Path project = TestProjects.largeFrameStudy(temp.resolve("study"), SUBTHEMES);
        publication = TestProjects.publication(project);
    }

    /** Every sub-theme's label, as the figure's description names it. */
    private static List<String> subThemes() {
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= SUBTHEMES.length; t++) {
            for (int s = 1; s <= SUBTHEMES[t - 1]; s++) {
                out.add("Sub-theme " + t + "." + s + " (");
            }
        }
        return out;
    }

    @Test
    void the_web_page_draws_the_whole_frame_as_one_figure() {
        var figure = Jsoup.parse(publication.text(OutputNames.ARTICLE)).selectFirst("figure#fig-coding-frame");
        assertThat(figure.select("svg")).hasSize(1);
        assertThat(figure.selectFirst("svg > title").text()).isEqualTo("The coding frame as a tree");
        assertThat(figure.selectFirst("svg > desc").text()).contains(subThemes()).doesNotContain("(continued)");
    }

    @Test
    void the_pdf_prints_it_in_parts_one_a_page_each_as_wide_as_the_text_with_every_node_once() throws IOException {
        try (PDDocument doc = Loader.loadPDF(publication.files().get(OutputNames.PDF))) {
            List<PDStructureElement> figures = PdfStructure.elements(doc, "Figure");
            assertThat(figures).hasSizeGreaterThan(1);
            Set<PDPage> pages = new HashSet<>();
            StringBuilder described = new StringBuilder();
            int continued = 0;
            for (int i = 0; i < figures.size(); i++) {
                String alt = figures.get(i).getAlternateDescription();
                Matcher part = PART.matcher(alt);
                assertThat(part.find()).as(alt).isTrue();
                assertThat(part.group(1)).isEqualTo(Integer.toString(i + 1));
                assertThat(part.group(2)).isEqualTo(Integer.toString(figures.size()));
                pages.add(PdfStructure.pageOf(figures.get(i)));
                described.append(alt.replace("(continued)", "")).append('\n');
                // a theme is repeated, marked, exactly where a part begins inside it
                assertThat(alt.contains("(continued)")).as(alt).isEqualTo(startsInside(alt));
                continued += alt.contains("Added theme 2 (continued)") ? 1 : 0;
            }
            assertThat(continued).as("the theme taller than a page goes on in a part of its own").isGreaterThan(0);
            assertThat(pages).as("each part on a page of its own").hasSize(figures.size());
            for (String sub : subThemes()) {
                assertThat(described.toString().split(Pattern.quote(sub), -1)).as(sub).hasSize(2);
            }
            // a part on a page of its own fills the text's width (166 of the page's 210 mm), as a figure that fits does
            PDPage second = PdfStructure.pageOf(figures.get(1));
            BufferedImage image = new PDFRenderer(doc).renderImage(doc.getPages().indexOf(second), 0.5f);
            assertThat(inkWidth(image) / (double) image.getWidth()).isGreaterThan(0.72);
        }
    }

    @Test
    void the_word_document_has_a_picture_a_part_each_as_wide_as_the_text_and_no_taller_than_a_page() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get(OutputNames.DOCX)))) {
            List<XWPFPicture> pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSizeGreaterThan(1);
            for (int i = 0; i < pictures.size(); i++) {
                XWPFPicture picture = pictures.get(i);
                assertThat(picture.getDescription()).startsWith("The coding frame as a tree (part " + (i + 1) + " of "
                        + pictures.size() + ")");
                assertThat(picture.getWidth()).as("width in points").isCloseTo(451.3, org.assertj.core.data.Offset.offset(0.5));
                assertThat(picture.getDepth()).as("height in points").isLessThanOrEqualTo(598.0);
            }
            // a link to Figure 1 leads to its first part (the caption follows the last)
            List<XWPFParagraph> marked = doc.getParagraphs().stream().filter(p -> p.getCTP().getBookmarkStartList().stream()
                    .anyMatch(b -> b.getName().equals("w_fig_coding_frame"))).toList();
            assertThat(marked).hasSize(1);
            assertThat(marked.get(0).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).findFirst())
                    .hasValueSatisfying(p -> assertThat(p.getDescription()).startsWith("The coding frame as a tree (part 1 of "));
        }
    }

    @Test
    void a_study_that_asks_for_a_figure_of_its_themes_only_gets_one_figure_that_fits_a_page() throws IOException {
        Path project = TestProjects.largeFrameStudy(temp.resolve("themes-only"), SUBTHEMES);
        Path study = project.resolve("coded-data/study.yaml");
        java.nio.file.Files.writeString(study, java.nio.file.Files.readString(study) + "  figureLevels: 1\n");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("figure"));
        OutputFiles themesOnly = result.publication().orElseThrow();
        var figure = Jsoup.parse(themesOnly.text(OutputNames.ARTICLE)).selectFirst("figure#fig-coding-frame");
        assertThat(figure.select("svg > text").eachText()).anyMatch(t -> t.endsWith("Added theme 2"))
                .noneMatch(t -> t.contains("Sub-theme"));
        assertThat(figure.selectFirst("svg > desc").text()).contains(subThemes()); // the description still names them
        assertThat(figure.selectFirst("figcaption").text()).contains("The coding frame as a tree. The figure at the right")
                .contains("The figure draws the first level; a box ending in");
        try (PDDocument doc = Loader.loadPDF(themesOnly.files().get(OutputNames.PDF))) {
            assertThat(PdfStructure.elements(doc, "Figure")).hasSize(1);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(themesOnly.files().get(OutputNames.DOCX)))) {
            assertThat(doc.getAllPictures()).hasSize(1);
        }
    }

    /** Whether a part begins inside a theme that began in the part before: its first sub-theme is not a theme's first. */
    private static boolean startsInside(String alt) {
        Matcher first = Pattern.compile("Sub-theme (\\d+)\\.(\\d+) \\(").matcher(alt);
        return first.find() && !first.group(2).equals("1");
    }

    /** The width of what is drawn between the page's header and footer, in pixels. */
    private static int inkWidth(BufferedImage image) {
        int left = image.getWidth();
        int right = -1;
        for (int y = image.getHeight() / 8; y < image.getHeight() * 7 / 8; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return right - left;
    }
}

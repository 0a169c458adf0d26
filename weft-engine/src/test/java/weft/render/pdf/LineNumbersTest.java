package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * {@code presentation.lineNumbers: true} numbers the PDF's lines as a reviewer reads them: in the margin beside each
 * line of text, on from page to page, none beside a table's rows, a figure's caption or the running head and foot;
 * the numbers are artifacts, no part of the tagged text. Without it the margin is empty.
 */
class LineNumbersTest {

    /** A4 with 22 mm side margins (print.css), in points. */
    private static final float MARGIN = 22 / 25.4f * 72;

    @TempDir
    static Path temp;
    static byte[] numbered;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("numbered"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  lineNumbers: true\n");
        numbered = TestProjects.publication(project).files().get(OutputNames.PDF);
    }

    @Test
    void the_lines_are_numbered_one_by_one_in_the_left_margin_on_from_page_to_page() {
        List<Printed> lines = Printed.of(numbered);
        List<Printed> withNumbers = lines.stream().filter(l -> !l.number().isEmpty()).toList();
        List<Integer> numbers = withNumbers.stream().map(l -> Integer.parseInt(l.number())).toList();
        assertThat(numbers).as("1, 2, 3 … down each page, the second page going on from the first")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(withNumbers.stream().map(Printed::page).distinct().toList()).containsExactly(1, 2);
        assertThat(numbers.size()).isGreaterThan(30);
        assertThat(withNumbers).as("each number stands on the baseline of a line of text, in the margin")
                .allSatisfy(l -> {
                    assertThat(l.text()).isNotBlank();
                    assertThat(l.numberRight()).isLessThan(MARGIN - 8).isGreaterThan(MARGIN - 20);
                });

        for (String text : List.of("Original article", "Sharing meals in shared housing", "Received:", "Abstract",
                "Residents of shared housing describe meals.", "1. Introduction", "The evenings at the table are long and good.",
                "Cook together.", "References", "Lee M-j. Eating Together")) {
            assertThat(find(lines, text).number()).as("a number beside '%s'", text).isNotEmpty();
        }
        for (String text : List.of("Journal of Examples", "Page 1 of 2", "Figure 1. The coding frame as a tree",
                "Table 1. The coding frame", "Quotes in all", "All quotes", "Unwashed dishes sub-theme")) {
            assertThat(find(lines, text).number()).as("no number beside '%s'", text).isEmpty();
        }
    }

    @Test
    void the_numbers_are_artifacts_not_part_of_the_text_a_screen_reader_reads() throws IOException {
        try (PDDocument doc = Loader.loadPDF(numbered)) {
            int numbersInArtifacts = 0;
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    for (Object o : content.getContents()) {
                        if (o instanceof TextPosition t && t.getXDirAdj() < MARGIN - 5) {
                            assertThat(content.getTag()).as("'%s' in the margin", t.getUnicode()).isEqualTo("Artifact");
                            numbersInArtifacts++;
                        }
                    }
                }
            }
            assertThat(numbersInArtifacts).isGreaterThan(30);
        }
    }

    @Test
    void without_line_numbers_the_margin_is_empty() {
        byte[] plain = TestProjects.publication(TestProjects.fixture("mini-study")).files().get(OutputNames.PDF);
        List<Printed> lines = Printed.of(plain);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.number()).isEmpty());
    }

    @Test
    void a_right_to_left_article_has_its_numbers_in_the_right_margin() {
        Path project = TestProjects.copy(TestProjects.fixture("arabic-study"), temp.resolve("arabic"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  lineNumbers: true\n");
        byte[] pdf = TestProjects.publication(project).files().get(OutputNames.PDF);
        List<Printed> lines = Printed.of(pdf);
        assertThat(lines).allSatisfy(l -> assertThat(l.number()).as("nothing in the left margin").isEmpty());
        List<Printed> right = lines.stream().filter(l -> !l.rightNumber().isEmpty()).toList();
        assertThat(right.stream().map(l -> Integer.parseInt(l.rightNumber())).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, right.size()).boxed().toList());
        assertThat(right.size()).isGreaterThan(20);
    }

    private static Printed find(List<Printed> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds '" + text + "' in "
                        + lines.stream().map(Printed::text).toList()));
    }

    /**
     * The glyphs on one baseline of a page: the digits in the left margin, the text between the margins, the digits
     * in the right margin, and where the left margin's digits end, in points.
     */
    record Printed(int page, float baseline, String number, String text, String rightNumber, float numberRight) {

        static List<Printed> of(byte[] pdf) {
            record Glyph(int page, float baseline, float x, float width, float pageWidth, String text) {
            }
            List<Glyph> glyphs = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        glyphs.add(new Glyph(getCurrentPageNo(), t.getYDirAdj(), t.getXDirAdj(),
                                t.getWidthDirAdj(), getCurrentPage().getMediaBox().getWidth(), t.getUnicode()));
                    }
                };
                stripper.getText(doc);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // glyphs on one baseline, within a rounding of the layout's units
            glyphs.sort(Comparator.comparing(Glyph::page).thenComparing(Glyph::baseline));
            List<List<Glyph>> baselines = new ArrayList<>();
            for (Glyph g : glyphs) {
                List<Glyph> last = baselines.isEmpty() ? null : baselines.get(baselines.size() - 1);
                if (last == null || last.get(0).page() != g.page() || g.baseline() - last.get(0).baseline() > 0.6f) {
                    baselines.add(last = new ArrayList<>());
                }
                last.add(g);
            }
            List<Printed> lines = new ArrayList<>();
            baselines.forEach(line -> {
                line.sort(Comparator.comparing(Glyph::x));
                StringBuilder left = new StringBuilder();
                StringBuilder text = new StringBuilder();
                StringBuilder right = new StringBuilder();
                float leftEnd = 0;
                float lastEnd = -1;
                for (Glyph g : line) {
                    if (g.x() + g.width() < MARGIN - 5) {
                        left.append(g.text());
                        leftEnd = g.x() + g.width();
                    } else if (g.x() > g.pageWidth() - MARGIN + 5) {
                        right.append(g.text());
                    } else {
                        if (lastEnd >= 0 && g.x() - lastEnd > 1.5f && !text.toString().endsWith(" ")) {
                            text.append(' ');
                        }
                        text.append(g.text());
                        lastEnd = g.x() + g.width();
                    }
                }
                lines.add(new Printed(line.get(0).page(), line.get(0).baseline(), left.toString(),
                        text.toString().replaceAll("\\s+", " ").strip(), right.toString(), leftEnd));
            });
            lines.sort(Comparator.comparing(Printed::page).thenComparing(Printed::baseline));
            return List.copyOf(lines);
        }
    }
}

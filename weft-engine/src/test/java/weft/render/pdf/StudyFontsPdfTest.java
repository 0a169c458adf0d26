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
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.support.TestFonts;
import weft.support.TestProjects;

/**
 * A study in Japanese with a font of its own in templates/fonts/: the PDF prints its quotes and labels in that font
 * (DejaVu has no Japanese, and without the font the PDF prints #), embeds the glyphs it uses, and not the font's file.
 */
class StudyFontsPdfTest {

    private static final String QUOTE = "家族と一緒の夕食は長くて良い。";
    private static final String LABEL = "食べ物をめぐる摩擦";

    @TempDir
    Path temp;

    /** The miniature study with one quote's text replaced by {@code text} (a YAML scalar as written). */
    private Path withQuote(String name, String text) {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve(name));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: " + text);
        return project;
    }

    private Path japaneseStudy(String name) {
        Path project = withQuote(name, "\"" + QUOTE + "\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food", "label: " + LABEL);
        return project;
    }

    @Test
    void the_pdf_prints_the_japanese_text_in_the_studys_font_with_no_warning() throws IOException {
        Path project = japaneseStudy("with-font");
        Path font = TestFonts.addJapanese(project, "ipaexg.ttf");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).noneMatch(d -> d.contains("glyph"));
        OutputFiles publication = result.publication().orElseThrow();
        PdfFile pdf = new PdfFile(publication.files().get(OutputNames.PDF));
        assertThat(pdf.text()).contains(QUOTE).contains(LABEL).doesNotContain("###");
        assertThat(fontNames(pdf)).anyMatch(n -> n.matches("[A-Z]{6}\\+IPAexGothic")) // a subset, embedded
                .anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSerif")); // and DejaVu for the rest
        // the manifest lists the font by its hash; the PDF, which embeds every other input, does not carry its file
        String sha = Manifest.sha256(Files.readAllBytes(font));
        assertThat(publication.text(OutputNames.MANIFEST)).contains("\"path\" : \"templates/fonts/ipaexg.ttf\"")
                .contains(sha);
        assertThat(pdf.embeddedFiles().keySet()).contains("coded-data/quotes/quotes.yaml", "manifest.json")
                .noneMatch(name -> name.startsWith("templates/fonts/"));
        // the same input, the same bytes
        OutputFiles again = TestProjects.publication(project);
        assertThat(again.files().get(OutputNames.PDF)).isEqualTo(publication.files().get(OutputNames.PDF));
        assertThat(again.files().get(OutputNames.DOCX)).isEqualTo(publication.files().get(OutputNames.DOCX));
    }

    @Test
    void without_the_font_the_pdf_prints_hashes_and_the_build_says_so() {
        BuildResult result = TestProjects.render(japaneseStudy("without-font"));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("no glyph")).hasSize(2)
                .allMatch(d -> d.contains("put a font that has them in templates/fonts/"));
        assertThat(new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)).text())
                .doesNotContain(QUOTE).contains("###");
    }

    @Test
    void a_font_without_the_characters_leaves_the_warning_and_says_the_studys_fonts_lack_them() throws IOException {
        Path project = japaneseStudy("other-font");
        Files.createDirectories(project.resolve(StudyFonts.DIR));
        Files.write(project.resolve("templates/fonts/mono.ttf"), PdfFonts.bytes("DejaVuSansMono.ttf")); // no Japanese
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("no glyph")).hasSize(2)
                .allMatch(d -> d.contains("as the study's fonts there lack these"));
    }

    /**
     * Hebrew and Arabic in a study's font (DejaVu Sans has both; DejaVu Serif, the body's face, neither) are laid out
     * right to left by Unicode's bidirectional algorithm, Arabic joined: a text extractor reads them back in their
     * logical order, as written in the study. Laid out left to right, the PDF showed each word reversed.
     */
    @Test
    void hebrew_and_arabic_are_laid_out_right_to_left() throws IOException {
        String hebrew = "הערבים ליד השולחן ארוכים וטובים";
        String arabic = "مشاكل حول الطعام";
        Path project = withQuote("rtl", "\"" + hebrew + ". The evenings.\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Friction over food",
                "label: \"" + arabic + " (friction)\"");
        Files.createDirectories(project.resolve(StudyFonts.DIR));
        Files.write(project.resolve("templates/fonts/dejavu-sans.ttf"), PdfFonts.bytes("DejaVuSans.ttf"));
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).isEmpty(); // no glyph missing, no Arabic unjoined
        String text = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)).text();
        assertThat(text).contains(hebrew).doesNotContain(new StringBuilder(hebrew).reverse().toString());
        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).contains(arabic);
    }

    /**
     * Thai is written without spaces between words. The PDF breaks a long Thai quote into lines between its words (ICU's
     * dictionary); with the JDK's line breaking it ran off the page in one line, its end cut off.
     */
    @Test
    void a_long_quote_in_thai_is_broken_into_lines_inside_the_text_block() throws IOException {
        String thai = "การรับประทานอาหารร่วมกันในตอนเย็นเป็นช่วงเวลาที่ดีที่สุดของวันสำหรับครอบครัวของเรา".repeat(3);
        Path project = withQuote("thai", thai);
        TestFonts.addThai(project, "Garuda.ttf");
        BuildResult result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).noneMatch(d -> d.contains("glyph"));
        List<float[]> thaiGlyphs = new ArrayList<>(); // x, right edge, y of each Thai glyph
        float pageWidth;
        try (PDDocument doc = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)).open()) {
            pageWidth = doc.getPage(0).getMediaBox().getWidth();
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        if (Character.UnicodeScript.of(p.getUnicode().codePointAt(0)) == Character.UnicodeScript.THAI) {
                            thaiGlyphs.add(new float[] {p.getX(), p.getX() + p.getWidth(), p.getY()});
                        }
                    }
                }
            }.getText(doc);
        }
        assertThat(thaiGlyphs).hasSizeGreaterThan(100);
        assertThat(thaiGlyphs.stream().map(g -> g[2]).distinct().count()).as("lines").isGreaterThanOrEqualTo(3);
        assertThat(thaiGlyphs).allSatisfy(g -> assertThat(g[1]).as("right edge of a glyph").isLessThan(pageWidth - 40));
    }

    /**
     * A font with the Arabic letters but not their joined forms (it joins them by OpenType rules, which the PDF does not
     * apply): the PDF sets the words in it, with their letters apart, and the build says so at the quote. (DejaVu Sans,
     * which has the joined forms, is a later fallback: the study's font, which has the letters, comes first.)
     */
    @Test
    void arabic_in_a_font_without_its_joined_forms_is_reported_at_the_quote() throws IOException {
        Path project = withQuote("unjoined", "\"مشاكل حول الطعام في المساء.\"");
        TestFonts.addArabicWithoutPresentationForms(project, "scheherazade.ttf");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).singleElement().asString()
                .startsWith("WARNING coded-data/quotes/quotes.yaml:10:12: the PDF sets 'مشاكل حول الطعام في المساء' with"
                        + " its letters apart: the font that has the Arabic letters lacks their joined forms (U+FEE3,"
                        + " U+FEB8, U+FE8E and ");
        assertThat(fontsOf(new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF)), "مشاكل"))
                .containsOnly("Scheherazade-Regular");
    }

    /**
     * Scripts of DejaVu Sans, in the serif body text, with no font of the study's: Hebrew and Arabic, which DejaVu Serif
     * lacks, set in DejaVu Sans (the last fallback), with no warning. Before, the PDF printed # and warned.
     */
    @Test
    void hebrew_arabic_armenian_and_georgian_print_in_dejavu_sans_without_a_font_of_the_studys() throws IOException {
        String words = "\u05E9\u05DC\u05D5\u05DD \u0639\u0627\u0626\u0644\u0629 \u0568\u0576\u057F\u0561\u0576\u056B\u0584"
                + " \u10DD\u10EF\u10D0\u10EE\u10D8";
        BuildResult result = TestProjects.render(withQuote("dejavu-sans", "\"" + words + ".\""));
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        PdfFile pdf = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
        assertThat(pdf.text()).doesNotContain("#").contains("\u0568\u0576\u057F\u0561\u0576\u056B\u0584")
                .contains("\u10DD\u10EF\u10D0\u10EE\u10D8");
        assertThat(fontsOf(pdf, "\u10DD\u10EF\u10D0\u10EE\u10D8")).allMatch(f -> f.startsWith("DejaVu"));
        assertThat(fontsOf(pdf, "\u05E9\u05DC\u05D5\u05DD")).containsOnly("DejaVuSans"); // Hebrew: the regular face, slanted
    }

    /**
     * Devanagari needs its font's OpenType rules (a vowel sign drawn before its consonant, conjuncts), which the PDF does
     * not apply: it prints the letters in order, and the build says so at the quote rather than print it wrong in
     * silence.
     */
    @Test
    void a_script_that_needs_its_fonts_rules_is_reported_at_the_quote() {
        Path project = withQuote("devanagari", "\"शाम को परिवार के साथ खाना अच्छा लगता है।\"");
        TestFonts.addDevanagari(project, "lohit.ttf");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).isTrue();
        assertThat(TestProjects.diagnostics(result)).containsExactly("WARNING coded-data/quotes/quotes.yaml:10:12: the PDF"
                + " sets 'शाम को परिवार के साथ खाना अच्छा लगता है' without the rules of its script (Devanagari), which its"
                + " font holds and the PDF does not apply: vowel signs and conjuncts stand as separate letters. The web"
                + " page, the evidence site and the Word document's text show it as written");
    }

    /**
     * A journal's body font: print.css names the study's font by its family, and the PDF sets the text in its faces, the
     * bold face for bold and the italic face for the italic quotes, each embedded once, where DejaVu Serif was.
     */
    @Test
    void print_css_names_a_studys_font_by_its_family_and_each_face_sets_its_weight_and_posture() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("named"));
        TestFonts.addSerifFaces(project);
        String print = Files.readString(TestProjects.defaultStudy().resolve("templates/print.css"));
        // the family alone: a character it lacks (Georgian) is set in DejaVu all the same, as the glyph check assumes
        Files.writeString(project.resolve("templates/print.css"), print + "\nhtml, body { font-family: \"Liberation Serif\"; }\n");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: The evenings at the table are long and good, \u10DD\u10EF\u10D0\u10EE\u10D8.");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(TestProjects.diagnostics(result)).isEmpty();
        PdfFile pdf = new PdfFile(result.publication().orElseThrow().files().get(OutputNames.PDF));
        assertThat(pdf.text()).contains("\u10DD\u10EF\u10D0\u10EE\u10D8").doesNotContain("#");
        assertThat(fontsOf(pdf, "\u10DD\u10EF\u10D0\u10EE\u10D8")).containsOnly("DejaVuSerif");
        List<String> subsets = fontNames(pdf).stream().distinct().toList();
        for (String face : List.of("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic")) {
            // each face embedded, as one subset
            assertThat(subsets).as(face).filteredOn(n -> n.matches("[A-Z]{6}\\+" + face)).hasSize(1);
        }
        assertThat(subsets).anyMatch(n -> n.endsWith("+DejaVuSans-Bold"));
        assertThat(fontsOf(pdf, "evenings at the table")).containsOnly("LiberationSerif-Italic");
        assertThat(fontsOf(pdf, "Meals matter")).containsOnly("LiberationSerif");
    }

    /** The fonts (without their subset tags) in which the first occurrence of {@code text} in the PDF is set. */
    private static java.util.Set<String> fontsOf(PdfFile pdf, String text) throws IOException {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument doc = pdf.open()) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) {
                    // the glyphs of the text's letters on the first line that has it, found by their letters: a line set
                    // right to left (an Arabic quotation) is read back in the study's order, its glyphs in the page's
                    String letters = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
                    if (line.contains(text) && fonts.isEmpty()) {
                        positions.stream().filter(p -> !p.getUnicode().isBlank() && letters.contains(
                                        java.text.Normalizer.normalize(p.getUnicode(), java.text.Normalizer.Form.NFKC)))
                                .forEach(p -> fonts.add(p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")));
                    }
                }
            }.getText(doc);
        }
        assertThat(fonts).as("the text '%s' in the PDF", text).isNotEmpty();
        return fonts;
    }

    private static List<String> fontNames(PdfFile pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = pdf.open()) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }
}

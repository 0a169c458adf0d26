package weft.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostic;
import weft.diagnostics.Severity;
import weft.publish.OutputNames;
import weft.support.TestProjects;

/**
 * Text the PDF's fonts cannot print (openhtmltopdf prints # in its place without a word) is reported where the study
 * has it; text they can print, in the scripts DejaVu covers, is not.
 */
class MissingGlyphsTest {

    @TempDir
    Path temp;

    @Test
    void letters_of_the_scripts_dejavu_covers_are_printed_and_others_are_not() {
        assertThat("Jyväskylä Saitō Ελλάδα Москва “quoted” – … ’".codePoints()).allMatch(MissingGlyphs::printed);
        assertThat(MissingGlyphs.printed("家".codePointAt(0))).isFalse();
        assertThat(MissingGlyphs.printed("🙂".codePointAt(0))).isFalse();
        assertThat(MissingGlyphs.printed(0x200B)).as("a zero-width space is never drawn").isTrue();
    }

    @Test
    void the_quick_test_for_letters_the_font_shapes_finds_what_the_passages_pattern_finds_on_every_code_point() {
        java.util.regex.Pattern passages = java.util.regex.Pattern.compile(MissingGlyphs.shapedPassages().pattern());
        java.util.List<Integer> disagree = java.util.stream.IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
                .filter(cp -> MissingGlyphs.shapedByTheFont(cp) != passages.matcher(Character.toString(cp)).matches())
                .boxed().limit(5).toList();
        assertThat(disagree).isEmpty();
        assertThat(MissingGlyphs.shapedByTheFont("क".codePointAt(0))).isTrue();
        assertThat(MissingGlyphs.shapedByTheFont('a')).isFalse();
    }

    @Test
    void a_run_that_cannot_be_printed_keeps_the_spaces_inside_it() {
        assertThat(MissingGlyphs.unprinted("We said 家族 と and smiled 🙂.")).containsExactly("家族 と", "🙂");
        assertThat(MissingGlyphs.unprinted("Nothing to say here")).isEmpty();
    }

    @Test
    void a_quote_and_a_node_label_the_pdf_cannot_print_are_reported_where_the_study_has_them() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"),
                "text: The evenings at the table are long and good.", "text: \"家族と一緒の夕食は長くて良い。\"");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "label: Unwashed dishes",
                "label: Unwashed dishes 🍽");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.publication().orElseThrow().files()).containsKey(OutputNames.PDF); // a warning, not an error
        List<String> glyphs = result.diagnostics().stream().filter(d -> d.message().contains("no glyph"))
                .map(Diagnostic::toString).toList();
        assertThat(glyphs).hasSize(2);
        assertThat(glyphs.get(0)).startsWith("WARNING coded-data/coding-frame.yaml:27:")
                .contains("no glyph for '🍽' (U+1F37D)").contains("the PDF prints # in their place");
        assertThat(glyphs.get(1)).startsWith("WARNING coded-data/quotes/quotes.yaml:10:12: the PDF's fonts have no glyph"
                + " for '家族と一緒の夕食は長くて良い。' (U+5BB6, U+65CF, U+3068 and 12 more)");
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING)
                .allMatch(d -> d.message().contains("no glyph"), "no other warning");
    }

    @Test
    void a_study_with_many_such_texts_gets_twenty_warnings_and_a_count_each_quoting_at_most_forty_characters() {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("many"));
        StringBuilder quotes = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            quotes.append("  - id: japanese-").append(i).append("\n    text: \"").append("夕食".repeat(i == 1 ? 30 : 1)).appendCodePoint(0x4E00 + i) // each a text of its own
                    .append("\"\n    codes: [cooking-together]\n    presented: true\n")
                    .append("    source: {recorded: false, note: A test.}\n");
        }
        Path file = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(file, "quotes:\n", "quotes:\n" + quotes);
        BuildResult result = new weft.build.Weft().validate(project, weft.build.BuildOptions.defaults());
        List<Diagnostic> glyphs = result.diagnostics().stream().filter(d -> d.message().contains("no glyph")).toList();
        assertThat(glyphs).hasSize(20);
        assertThat(glyphs.get(0).message()).startsWith("the PDF's fonts have no glyph for '" + "夕食".repeat(20) + "\u2026' ");
        assertThat(result.diagnostics()).anyMatch(d -> d.message().equals("5 more passages have characters the PDF's fonts"
                + " cannot print") && d.position().path().equals(OutputNames.PDF));
    }

    @Test
    void the_default_study_has_nothing_the_pdf_cannot_print() {
        BuildResult result = new weft.build.Weft().validate(TestProjects.defaultStudy(), weft.build.BuildOptions.defaults());
        assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("no glyph"));
    }
}

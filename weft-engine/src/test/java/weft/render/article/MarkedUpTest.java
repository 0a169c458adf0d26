package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputNames;
import weft.support.StudyHistory;

/**
 * The marked-up review copy: the article's passages changed since the submitted version highlighted, with a legend, in
 * the web page, the PDF and the Word document.
 */
class MarkedUpTest {

    @TempDir
    static Path temp;
    static StudyHistory history;

    @BeforeAll
    static void script() throws Exception {
        history = StudyHistory.of(temp.resolve("study")).commit("v1-submitted");
        history.recode("loved-before-death", "difficulty-of-communication")
                .replace("content/discussion.md", "A strong need to be accepted", "A deep need to be accepted")
                .commit("v2-revision");
    }

    @AfterAll
    static void close() {
        history.close();
    }

    static Document article(BuildOptions options) {
        BuildResult result = new Weft().render(history.folder(), options);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return Jsoup.parse(new String(result.publication().orElseThrow().files().get(OutputNames.ARTICLE), StandardCharsets.UTF_8));
    }

    @Test
    void the_changed_passages_are_highlighted_and_a_legend_says_so() {
        Document marked = article(BuildOptions.defaults().changesSince(Optional.of("v1-submitted")).markedUp(true));
        assertThat(marked.select("main > .review-legend").text()).isEqualTo("Marked-up review copy: the highlighted passages"
                + " are new or changed since v1-submitted.");
        assertThat(marked.select("." + MarkedUp.CHANGED).eachText())
                .anyMatch(t -> t.startsWith("A deep need to be accepted, understood and loved"))
                .noneMatch(t -> t.startsWith("Part of the hikikomori forum users experienced their families"));
        assertThat(marked.select("." + MarkedUp.CHANGED).size()).as("a handful: the sentence, the moved quote's places, counts")
                .isBetween(2, 30);
        assertThat(marked.select(".review-legend").attr("data-changed"))
                .isEqualTo(String.valueOf(marked.select("." + MarkedUp.CHANGED).size()));
    }

    /** The PDF of a review copy: the legend first, and the changed passages on a highlight a reader sees. */
    @Test
    void the_pdf_of_a_review_copy_is_marked_as_the_web_page_is() throws Exception {
        BuildOptions since = BuildOptions.defaults().changesSince(Optional.of("v1-submitted"));
        byte[] marked = pdf(since.markedUp(true));
        String text = weft.support.TestProjects.pdfText(marked);
        assertThat(text).contains("Marked-up review copy: the highlighted passages are new or changed since v1-submitted.");
        assertThat(text.indexOf("Marked-up review copy")).as("the legend before the article's text")
                .isLessThan(text.indexOf("Abstract"));
        assertThat(highlighted(marked)).as("pages with the highlight's colour").isNotEmpty();
        assertThat(highlighted(pdf(since))).as("not marked unless asked").isEmpty();
    }

    /** The Word document of a review copy: the legend its first paragraph, the changed paragraphs shaded as highlighted. */
    @Test
    void the_word_document_of_a_review_copy_is_marked_as_the_web_page_is() throws Exception {
        BuildOptions since = BuildOptions.defaults().changesSince(Optional.of("v1-submitted"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = docx(since.markedUp(true))) {
            java.util.List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Marked-up review copy: the highlighted passages are new or"
                    + " changed since v1-submitted.");
            assertThat(shaded(paragraphs.get(0))).isTrue();
            assertThat(paragraphs).filteredOn(p -> p.getText().startsWith("A deep need to be accepted")).singleElement()
                    .matches(MarkedUpTest::shaded, "shaded");
            assertThat(paragraphs).filteredOn(p -> p.getText().startsWith("Part of the hikikomori forum users")).singleElement()
                    .matches(p -> !shaded(p), "not shaded");
            assertThat(paragraphs.stream().filter(MarkedUpTest::shaded).count()).as("a handful").isBetween(2L, 30L);
        }
        try (org.apache.poi.xwpf.usermodel.XWPFDocument plain = docx(since)) {
            assertThat(plain.getParagraphs()).noneMatch(MarkedUpTest::shaded);
        }
    }

    static org.apache.poi.xwpf.usermodel.XWPFDocument docx(BuildOptions options) throws java.io.IOException {
        BuildResult result = new Weft().render(history.folder(), options);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                result.publication().orElseThrow().files().get(OutputNames.DOCX)));
    }

    static boolean shaded(org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
        return p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetShd()
                && "FFF1B8".equalsIgnoreCase(p.getCTP().getPPr().getShd().xgetFill().getStringValue());
    }

    static byte[] pdf(BuildOptions options) {
        BuildResult result = new Weft().render(history.folder(), options);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result.publication().orElseThrow().files().get(OutputNames.PDF);
    }

    /** The pages (from 1) on which some pixels have the highlight's colour, #fff1b8, as the PDF is rendered. */
    static java.util.List<Integer> highlighted(byte[] pdf) throws java.io.IOException {
        java.util.List<Integer> pages = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 36);
                int found = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        found += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFF1B8 ? 1 : 0;
                    }
                }
                if (found > 100) {
                    pages.add(page + 1);
                }
            }
        }
        return pages;
    }

    @Test
    void the_article_is_not_marked_unless_asked_and_asking_without_a_revision_is_an_error() {
        Document plain = article(BuildOptions.defaults().changesSince(Optional.of("v1-submitted")));
        assertThat(plain.select(".review-legend, ." + MarkedUp.CHANGED)).isEmpty();
        BuildResult failed = new Weft().render(history.folder(), BuildOptions.defaults().markedUp(true));
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.diagnostics()).extracting(Object::toString).contains("ERROR --marked-up: a marked-up review copy"
                + " needs a revision to compare with: give --changes-since REVISION (or presentation.changesSince in"
                + " coded-data/study.yaml)");

        // a revision that cannot be read: its own error alone, not a second one asking for a revision
        BuildResult unread = new Weft().render(history.folder(), BuildOptions.defaults()
                .changesSince(Optional.of("v9-accepted")).markedUp(true));
        assertThat(unread.succeeded()).isFalse();
        assertThat(unread.diagnostics()).filteredOn(d -> d.toString().startsWith("ERROR")).singleElement()
                .asString().startsWith("ERROR --changes-since: ").contains("v9-accepted").doesNotContain("needs a revision");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Pandoc's fancy lists, as a researcher numbers the steps of an analysis or the parts of an argument: letters,
 * roman numerals, markers in parentheses and {@code #.}, each list numbered as written in every format, while text
 * that only looks like a marker ("B. Russell", a line inside a paragraph, "e.g.") stays text.
 */
class FancyListTest {

    private static final String LISTS = """

            The steps:

            a) Reading the transcripts
            b) Coding
               line by line

               and again

            c) Grouping

            iv. Fourth of a second list
            v. Fifth

            #. Counted by the list
            #. Again

            (3) Third, in parentheses
            (4) Fourth

            C.  Capital C
            D.  Capital D

            B. Russell wrote this.

            A paragraph
            a) that only looks like a list.

            e.g. not a list either.

            1. Outer
               i. inner roman
               ii. inner again
            """;

    @TempDir
    static Path temp;
    static TestProjects.Built built;

    @BeforeAll
    static void build() {
        built = TestProjects.Built.withMethods(temp.resolve("lists"), LISTS);
    }

    private static List<Element> lists() {
        return Jsoup.parse(built.publication().text("index.html")).select("#sec-methods ol");
    }

    @Test
    void each_list_is_numbered_as_written_in_the_web_page() {
        List<Element> lists = lists();
        assertThat(lists).extracting(ol -> ol.attr("type") + ":" + ol.attr("start") + ":" + ol.children().size())
                .containsExactly("a::3", "i:4:2", "1::2", "1:3:2", "A:3:2", "::1" /* CommonMark's own */, "i::2");
        assertThat(lists.get(0).child(1).select("p")).extracting(Element::text)
                .containsExactly("Coding line by line", "and again");
        assertThat(lists.get(5).child(0).expectFirst("ol").parent()).isSameAs(lists.get(5).child(0));
        assertThat(lists.get(4).hasClass("list-upper-alpha")).isTrue();
        // the markers' parentheses, as written, for the style sheets: a) and (3)
        assertThat(lists).extracting(ol -> ol.hasClass("delim-paren") + ":" + ol.hasClass("delim-parens"))
                .containsExactly("true:false", "false:false", "false:false", "false:true", "false:false", "false:false",
                        "false:false");
    }

    @Test
    void text_that_only_looks_like_a_marker_stays_text() {
        Element methods = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods");
        assertThat(methods.select("p")).extracting(Element::text).contains("B. Russell wrote this.",
                "A paragraph a) that only looks like a list.", "e.g. not a list either.");
        assertThat(built.result().diagnostics().stream().filter(d -> d.toString().contains("methods.md"))).isEmpty();
    }

    @Test
    void the_pdf_prints_each_items_letter_or_numeral() throws Exception {
        String text = TestProjects.pdfText(built.publication().files().get("article.pdf"));
        // each marker as written: a), (3), C.; Pandoc's PDF (LaTeX) keeps them so
        assertThat(text).containsSubsequence("a) Reading the transcripts", "b) Coding", "c) Grouping",
                "iv. Fourth of a second list", "v. Fifth", "1. Counted by the list", "2. Again",
                "(3) Third, in parentheses", "(4) Fourth", "C. Capital C", "D. Capital D", "ii. inner again");
    }

    @Test
    void the_word_document_numbers_each_list_in_its_format_from_its_first_number() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")))) {
            Map<String, XWPFParagraph> byText = new java.util.HashMap<>();
            doc.getParagraphs().forEach(p -> byText.putIfAbsent(p.getText(), p));
            assertThat(format(byText.get("Reading the transcripts"))).isEqualTo("lowerLetter");
            assertThat(format(byText.get("Fourth of a second list"))).isEqualTo("lowerRoman");
            assertThat(start(doc, byText.get("Fourth of a second list"))).isEqualTo(4);
            assertThat(format(byText.get("Capital C"))).isEqualTo("upperLetter");
            assertThat(start(doc, byText.get("Capital C"))).isEqualTo(3);
            assertThat(format(byText.get("Third, in parentheses"))).isEqualTo("decimal");
            assertThat(marker(doc, byText.get("Reading the transcripts"))).isEqualTo("%1)");
            assertThat(marker(doc, byText.get("Third, in parentheses"))).isEqualTo("(%1)");
            assertThat(marker(doc, byText.get("Capital C"))).isEqualTo("%1.");
            assertThat(byText.get("Fourth of a second list").getNumID())
                    .isNotEqualTo(byText.get("Reading the transcripts").getNumID());
            XWPFParagraph again = byText.get("and again"); // an item's second paragraph: under its text, unnumbered
            assertThat(again.getNumID()).isNull();
            assertThat(again.getIndentationLeft()).isEqualTo(720);
        }
    }

    private static String format(XWPFParagraph p) {
        return Objects.requireNonNull(p, "no such paragraph").getNumFmt();
    }

    /** The text of the first level's marker of the list {@code p} is an item of ("%1.", "%1)", "(%1)"). */
    private static String marker(XWPFDocument doc, XWPFParagraph p) {
        java.math.BigInteger abstractId = doc.getNumbering().getNum(p.getNumID()).getCTNum().getAbstractNumId().getVal();
        return doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0).getLvlText().getVal();
    }

    private static int start(XWPFDocument doc, XWPFParagraph p) {
        return doc.getNumbering().getNum(p.getNumID()).getCTNum().getLvlOverrideArray(0).getStartOverride().getVal()
                .intValue();
    }

    @Test
    void the_jats_names_each_lists_numbering_and_labels_a_list_that_starts_later() throws Exception {
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        // JATS has no marker's parentheses: a list that has them labels each item so, as one that starts later does
        assertThat(jats).containsSubsequence("<list list-type=\"alpha-lower\">", "<label>a)</label>",
                "Reading the transcripts", "<label>b)</label>",
                "<list list-type=\"roman-lower\">", "<label>iv.</label>", "Fourth of a second list", "<label>v.</label>",
                "<list list-type=\"order\">", "Counted by the list", "<list list-type=\"order\">", "<label>(3)</label>",
                "<label>(4)</label>", "<list list-type=\"alpha-upper\">", "<label>C.</label>", "<label>D.</label>");
    }
}

package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's table divs, as Quarto's authors give a table a long caption: {@code ::: {#tbl-meals}}, a table, then its
 * caption as the div's last paragraph. The table is numbered and captioned in every format and {@code @tbl-meals}
 * refers to it; a table div of another shape is a warning at its fence, its table printed unnumbered.
 */
class TableDivsTest {

    private static final String PROSE = """

            ::: {#tbl-meals}
            | Day    | Meals |
            |--------|------:|
            | Monday |     3 |

            The meals *cooked together* in a week, as the residents counted them [@lee2019].
            :::

            As @tbl-meals shows, Monday.

            ::: {#tbl-loose}
            | A | B |
            |---|---|
            | 1 | 2 |
            :::
            """;

    @Test
    void a_table_div_is_a_numbered_table_with_its_caption_in_every_format(@TempDir Path temp) throws Exception {
        TestProjects.Built built = TestProjects.Built.withMethods(temp.resolve("study"), PROSE);
        Element methods = Jsoup.parse(built.publication().text("index.html")).expectFirst("#sec-methods");
        Element table = methods.expectFirst("table#tab-meals");
        assertThat(table.expectFirst("caption").text()).isEqualTo("Table 1. The meals cooked together in a week, as the"
                + " residents counted them [1].");
        assertThat(table.select("caption em").text()).isEqualTo("cooked together");
        assertThat(methods.expectFirst("a.xref[href=#tab-meals]").text()).isEqualTo("Table 1");
        assertThat(methods.text()).doesNotContain(":::", "#tbl", "Table: ");
        // the other div has no caption: its table is printed, unnumbered, with a warning at its fence
        assertThat(methods.select("table.prose-table")).hasSize(2);
        assertThat(methods.select("table.prose-table").get(1).select("caption")).isEmpty();
        assertThat(TestProjects.diagnostics(built.result())).containsExactly("WARNING content/methods.md:19:1: Quarto's"
                + " table div ('#tab-loose') is read when it holds one table, then its caption as one paragraph; this one is"
                + " not: its table and text are printed as any other, the table unnumbered");
        assertThat(TestProjects.pdfText(built.publication().files().get("article.pdf")).replaceAll("\\s+", " "))
                .contains("Table 1. The meals cooked together in a week", "As Table 1 shows, Monday.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.publication().files().get("article.docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Table 1. The meals cooked together in a week", "As Table 1 shows");
        }
        String jats = built.publication().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        Element wrap = Jsoup.parse(jats, "", Parser.xmlParser()).expectFirst("table-wrap#tab-meals");
        assertThat(wrap.expectFirst("label").text()).isEqualTo("Table 1");
        assertThat(wrap.expectFirst("caption").text()).startsWith("The meals cooked together in a week");
    }

    @Test
    void a_diagnostic_in_the_caption_is_at_its_place(@TempDir Path temp) {
        var result = TestProjects.render(TestProjects.miniStudyWithMethods(temp.resolve("study"), """

                ::: {#tbl-meals}
                | Day    | Meals |
                |--------|------:|
                | Monday |     3 |

                Meals, {{value:nothing}}.
                :::
                """));
        assertThat(TestProjects.diagnostics(result)).containsExactly("ERROR content/methods.md:14:8: unknown value"
                + " 'nothing' (no such field in coded-data/study.yaml)");
    }
}

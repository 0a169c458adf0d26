package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * A study whose prose has a table of the participants with a caption (synthetic study): numbered in the article's
 * reading order with the coding frame's table, referred to by {{ref:tab-…}}, captioned in every format.
 */
class ProseTablesTest {

    @TempDir
    Path temp;
    private Path project;

    @BeforeEach
    void studyWithTables() throws IOException {
        project = TestProjects.copy(TestProjects.fixture("interview-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "firstTable: 2", "firstTable: 1");
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                The participants are described in {{ref:tab-participants}}, the seasons in {{ref:tab-seasons}}.

                Table: The participants by *kind of source* {#tab-participants}

                | Source | Participants |
                |---|--:|
                | Individual interviews | 4 |
                | Focus groups | 11 |
                """);
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "{{quote:same-stairwell}}\n",
                "{{quote:same-stairwell}}\n\n          | Season | Visits |\n          |---|---|\n          | Spring | 12 |\n\n"
                        + "          Table: Visits by season {#tab-seasons}\n");
    }

    @Test
    void tables_are_numbered_in_reading_order_with_the_coding_frames_and_referred_to() {
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("table > caption .label").eachText()).containsExactly("Table 1.", "Table 2.", "Table 3.");
        assertThat(article.select("table:has(> caption)").eachAttr("id"))
                .containsExactly("tab-participants", "tab-coding-frame", "tab-seasons");
        assertThat(article.select("#tab-participants > caption").text()).isEqualTo("Table 1. The participants by kind of source");
        assertThat(article.select("#tab-participants > caption em").text()).isEqualTo("kind of source");
        assertThat(article.select("a.xref[href=#tab-participants]").text()).isEqualTo("Table 1");
        assertThat(article.select("a.xref[href=#tab-seasons]").text()).isEqualTo("Table 3");
        assertThat(article.select("a.xref[href=#tab-coding-frame]").text()).isEqualTo("Table 2");
        assertThat(article.text()).doesNotContain("Table: ");
        assertThat(article.select("#tab-participants td[align=right]").eachText()).containsExactly("4", "11");
    }

    @Test
    void the_pdf_the_word_document_and_the_jats_caption_the_tables() throws Exception {
        OutputFiles publication = TestProjects.publication(project);
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).contains("Table 1. The participants by kind of source",
                "Table 3. Visits by season", "described in Table 1, the seasons in Table 3.");
        String docx = TestProjects.documentXml(publication.files().get("article.docx"));
        assertThat(docx).contains("Table 1. </w:t>", "The participants by ", "kind of source", "Table 3. </w:t>");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("table-wrap#tab-participants > label").text()).isEqualTo("Table 1");
        assertThat(jats.select("table-wrap#tab-participants > caption").text()).isEqualTo("The participants by kind of source");
        assertThat(jats.select("table-wrap#tab-seasons > label").text()).isEqualTo("Table 3");
    }

    /**
     * Quarto's caption under a pipe table ({@code : Caption {#tbl-x}}, after a blank line or right under its last row),
     * which flexmark's definition list parser took for a definition: "unknown cross-reference label".
     */
    @Test
    void a_caption_under_a_pipe_table_as_quarto_writes_it_captions_it() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                See @tbl-gardens and @tbl-beds.

                | Garden | Open |
                |---|---|
                | North | yes |

                : Gardens, *open* or not {#tbl-gardens}

                | Garden | Beds |
                |---|--:|
                | North | 14 |
                : Beds by garden {#tbl-beds}

                Glossary
                : A definition stays one.
                """);
        BuildResult result = TestProjects.built(project);
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.select("#tab-gardens > caption").text()).isEqualTo("Table 2. Gardens, open or not");
        assertThat(article.select("#tab-gardens > caption em").text()).isEqualTo("open");
        assertThat(article.select("#tab-beds > caption").text()).isEqualTo("Table 3. Beds by garden");
        assertThat(article.select("a.xref[href=#tab-gardens], a.xref[href=#tab-beds]").eachText())
                .containsExactly("Table 2", "Table 3");
        assertThat(article.select("#sec-methods dd").eachText()).containsExactly("A definition stays one.");
        assertThat(article.text()).doesNotContain("{#");
        assertThat(TestProjects.diagnostics(result)).isEmpty();
    }

    /**
     * A pipe table with a line longer than Pandoc's 72 columns has its columns as wide as its dashes, as Pandoc's
     * relative widths (a participants' table with long descriptions); a narrower one's are set by their content.
     */
    @Test
    void a_pipe_table_wider_than_72_columns_has_its_dashes_widths() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                Table: The accounts {#tab-accounts}

                | Participant | Account |
                |---|------------|
                | P1 | A long account of the garden, of its beds and of the neighbours who met there each week. |

                And the beds:

                | Garden | Beds |
                |---|------------|
                | North | 14 |
                """);
        OutputFiles publication = TestProjects.publication(project);
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select("#tab-accounts > caption + colgroup > col").eachAttr("style"))
                .containsExactly("width: 20%", "width: 80%");
        assertThat(article.select("table:has(td:contains(North)) col")).as("a narrower one: no widths").isEmpty();
        assertThat(publication.text("article.jats.xml")).contains("<col width=\"20%\"/>");
    }

    /** A column the prose centres or aligns right is so in the web page, the Word document and the JATS. */
    @Test
    void a_columns_alignment_is_carried_to_every_format() throws Exception {
        Path methods = project.resolve("content/methods.md");
        Files.writeString(methods, Files.readString(methods) + """

                | Garden | Open | Beds |
                |:--|:-:|--:|
                | North | yes | 14 |
                """);
        OutputFiles publication = TestProjects.publication(project);
        Document article = Jsoup.parse(publication.text("index.html"));
        assertThat(article.select("td[align=center], td[style*=center]").eachText()).containsExactly("yes");
        String docx = TestProjects.documentXml(publication.files().get("article.docx"));
        assertThat(docx).containsPattern("<w:jc w:val=\"center\"/></w:pPr><w:r><w:t>yes</w:t>")
                .containsPattern("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t>14</w:t>")
                .containsPattern("<w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t>North</w:t>");
        Document jats = Jsoup.parse(publication.text("article.jats.xml"), "", Parser.xmlParser());
        assertThat(jats.select("td[align=center]").eachText()).containsExactly("yes");
        assertThat(jats.select("td[align=right]").eachText()).contains("14", "4", "11");
    }
}

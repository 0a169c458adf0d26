package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Notes ({@code [^label]} and Pandoc's inline {@code ^[…]}): numbered across the article in the order it prints them,
 * printed together before the references in the web page and the PDF, as footnotes in the Word document and as a
 * {@code fn-group} in the JATS; what a note cites is cited.
 */
class NotesTest {

    @TempDir
    static Path temp;
    static OutputFiles publication;
    static Document page;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("notes"));
        TestProjects.addIssn(project); // a JATS without one is not valid
        Files.writeString(project.resolve("content/introduction.md"), """

                Residents cook in turns.[^turns]

                [^turns]: The turns are *weekly*.
                """, StandardOpenOption.APPEND);
        Files.writeString(project.resolve("content/methods.md"), """

                We read each thread twice.^[As in [@lee2019], with
                two readers.] Twice means twice.[^twice]

                [^twice]: The same readers.
                """, StandardOpenOption.APPEND);
        // an appendix comes before the methods in the files' order, after the references in print
        TestProjects.writeSection(project, "guide", "Interview guide", "appendix", 15, """
                The guide was piloted.[^pilot] It has two parts.[^again]

                [^pilot]: With two residents.

                [^again]: An appendix's own note.
                """);
        publication = TestProjects.publication(project);
        page = Jsoup.parse(publication.text("index.html"));
    }

    @Test
    void notes_are_numbered_across_the_article_in_print_order_each_call_a_link_to_its_note() {
        List<Element> calls = page.select("a[role=doc-noteref]");
        assertThat(calls).extracting(Element::text).containsExactly("1", "2", "3", "4", "5");
        assertThat(calls).extracting(c -> c.attr("href")).containsExactly("#fn-1", "#fn-2", "#fn-3", "#fn-4", "#fn-5");
        assertThat(calls).extracting(Element::id).containsExactly("fnref-1", "fnref-2", "fnref-3", "fnref-4", "fnref-5");
        assertThat(calls.get(0).closest("section").id()).isEqualTo("sec-introduction");
        assertThat(calls.get(3).closest("section").id()).isEqualTo("sec-guide");
        Element notes = page.expectFirst("section#notes");
        assertThat(notes.select("li[role=doc-endnote]")).extracting(Element::id)
                .containsExactly("fn-1", "fn-2", "fn-3", "fn-4", "fn-5");
        assertThat(notes.select("li")).extracting(li -> li.select("p").text()).containsExactly(
                "The turns are weekly.", "As in [1], with two readers.", "The same readers.", "With two residents.",
                "An appendix’s own note.");
        assertThat(notes.select("li a[role=doc-backlink]")).extracting(a -> a.attr("href"))
                .containsExactly("#fnref-1", "#fnref-2", "#fnref-3", "#fnref-4", "#fnref-5");
        assertThat(notes.expectFirst("#fn-2 a[href=#ref-lee2019]").text()).isEqualTo("1");
        assertThat(notes.expectFirst("#fn-1 em").text()).isEqualTo("weekly");
        // before the references, which come before the appendix; no list of notes is left in a section
        assertThat(page.select("section#notes ~ section#references ~ section#sec-guide")).hasSize(1);
        assertThat(page.select("div.footnotes, a.footnote-backref")).isEmpty();
        assertThat(page.select("nav a")).extracting(Element::text).containsSubsequence("Notes", "References");
    }

    @Test
    void a_note_called_twice_is_one_note_with_two_calls() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("twice"));
        Files.writeString(project.resolve("content/methods.md"), "\n\nOnce.[^n] Twice.[^n]\n\n[^n]: One note.\n",
                StandardOpenOption.APPEND);
        Document twice = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(twice.select("a[role=doc-noteref]")).extracting(Element::id).containsExactly("fnref-1", "fnref-1-2");
        assertThat(twice.select("a[role=doc-noteref]")).extracting(a -> a.attr("href")).containsExactly("#fn-1", "#fn-1");
        assertThat(twice.select("section#notes li")).hasSize(1);
    }

    /**
     * A work first cited in a note is numbered where the note is called, as Pandoc numbers it, not after the text's
     * later citations (the note's text stands at the file's end).
     */
    @Test
    void a_work_cited_in_a_note_is_numbered_where_the_note_is_called() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("cited"));
        Files.writeString(project.resolve("content/references.bib"), """

                % FICTITIOUS, for this test alone
                @book{brown2021,
                  author    = {Brown, Ann},
                  title     = {A Fictitious Book},
                  publisher = {Example Press},
                  year      = {2021}
                }
                """, StandardOpenOption.APPEND);
        Files.writeString(project.resolve("content/introduction.md"), "\n\nShared.^[See [@smith2020].] As [@brown2021] says.[^later]"
                + "\n\n[^later]: And [@lee2019].\n", StandardOpenOption.APPEND);
        Document cited = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(cited.select("section#references li")).extracting(Element::text).satisfiesExactly(
                lee -> assertThat(lee).contains("Eating Together"),
                smith -> assertThat(smith).contains("Shared kitchens"),
                brown -> assertThat(brown).contains("A Fictitious Book"));
        assertThat(cited.expectFirst("#fn-1").text()).startsWith("See [2]");
        assertThat(cited.expectFirst("#sec-introduction").text()).contains("As [3] says.");
    }

    /**
     * A project's copy of the article's macros made before Weft printed notes still builds; the web page and the PDF
     * print no notes, and a warning for each says so.
     */
    @Test
    void a_copy_of_the_macros_made_before_notes_builds_with_a_warning() throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("old-macros"));
        Files.writeString(project.resolve("content/methods.md"), "\n\nOnce.^[A note.]\n", StandardOpenOption.APPEND);
        Files.createDirectories(project.resolve("templates"));
        String macros = Files.readString(TestProjects.defaultStudy().resolve("templates/article-macros.ftlh"));
        assertThat(macros).contains("<#macro notes ");
        Files.writeString(project.resolve("templates/article-macros.ftlh"), macros.replace("<#macro notes ", "<#macro older "));
        weft.build.BuildResult result = TestProjects.built(project);
        assertThat(TestProjects.diagnostics(result)).filteredOn(d -> d.contains("prints none (article.notes)"))
                .extracting(d -> d.substring(0, d.indexOf(':'))).containsExactlyInAnyOrder(
                        "WARNING templates/article.ftlh", "WARNING templates/article-print.ftlh");
        assertThat(Jsoup.parse(result.publication().orElseThrow().text("index.html")).select("section#notes")).isEmpty();
    }

    @Test
    void the_pdf_prints_the_notes_before_the_references() throws Exception {
        String text = TestProjects.pdfText(publication.files().get("article.pdf"));
        assertThat(text).containsSubsequence("Residents cook in turns.1", "Notes", "1. The turns are weekly.",
                "2. As in [1], with two readers.", "5. An appendix’s own note.", "References", "Interview guide",
                "The guide was piloted.4");
    }

    @Test
    void the_word_document_has_its_notes_as_footnotes_at_their_calls() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(publication.files().get("article.docx")))) {
            assertThat(doc.getFootnotes()).extracting(f -> f.getParagraphs().stream().map(XWPFParagraph::getText)
                    .reduce((a, b) -> a + "|" + b).orElse("").strip()).containsExactly(
                    "The turns are weekly.", "As in [1], with two readers.", "The same readers.", "With two residents.",
                    "An appendix’s own note.");
            String body = TestProjects.documentXml(publication.files().get("article.docx"));
            assertThat(body.split("<w:footnoteReference ", -1)).hasSize(6);
            assertThat(doc.getFootnotes()).extracting(XWPFAbstractFootnoteEndnote::getId).extracting(Number::intValue)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void the_jats_has_its_notes_as_a_valid_fn_group_each_call_an_xref() throws Exception {
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<xref ref-type=\"fn\" rid=\"fn-1\"><sup>1</sup></xref>")
                .containsSubsequence("<fn-group>", "<title>Notes</title>", "<fn id=\"fn-1\">", "<label>1</label>",
                        "<p>The turns are <italic>weekly</italic>.</p>", "<fn id=\"fn-5\">", "</fn-group>", "<ref-list>");
        assertThat(jats.split("ref-type=\"fn\"", -1)).hasSize(6);
    }
}

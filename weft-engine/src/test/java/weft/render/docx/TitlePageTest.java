package weft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.publish.OutputFiles;
import weft.support.TestProjects;

/**
 * The title page apart (presentation.titlePage), which journals with double-anonymous review ask for beside the
 * anonymised manuscript: the title block, the article's counts and what the anonymised copy leaves out, in a Word
 * document of its own.
 */
class TitlePageTest {

    @TempDir
    static Path temp;
    static Path project;
    static OutputFiles publication;
    static XWPFDocument page;

    @BeforeAll
    static void build() throws Exception {
        project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "presentation:\n", "presentation:\n  titlePage: true\n");
        TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "    corresponding: true\n",
                "    corresponding: true\n    email: ada@example.org\n    orcid: 0000-0002-1825-0097\n"
                        + "    roles: [conceptualization, formal-analysis]\n");
        back("acknowledgements", "Acknowledgements", 1, "We thank the residents who took part.");
        back("funding", "Funding", 2, "The Example Foundation funded the study.");
        back("contributions", "Author contributions", 3, "{{contributions}}");
        back("conflicts", "Conflicts of interest", 4, "None declared. The main text has {{count:words}} words.");
        BuildResult result = new Weft().render(project, BuildOptions.defaults());
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        publication = result.publication().orElseThrow();
        page = new XWPFDocument(new ByteArrayInputStream(publication.files().get("title-page.docx")));
    }

    private static void back(String id, String title, int order, String text) throws Exception {
        Files.writeString(project.resolve("content/" + id + ".md"),
                "---\nid: " + id + "\ntitle: " + title + "\nkind: back\norder: " + order + "\n---\n" + text + "\n");
    }

    private static List<String> texts(String style) {
        return page.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void it_holds_the_title_block_the_counts_and_what_the_anonymised_copy_leaves_out() {
        assertThat(texts("Title")).containsExactly("Sharing meals in shared housing");
        assertThat(texts("Authors")).singleElement().asString().contains("Ada Example", "Bo Sample");
        assertThat(texts("Affiliation")).contains("1 Example University, Department of Nursing, Finland",
                "*Corresponding author: Ada Example (ada@example.org)");
        String words = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-conflicts p").text()
                .replaceAll(".*has (\\d+) words.*", "$1");
        assertThat(texts("ArticleFacts")).containsSubsequence("Ada Example: https://orcid.org/0000-0002-1825-0097",
                "Word count: " + words + " (abstract: 6); tables: 1; figures: 1");
        assertThat(texts("ArticleFacts")).noneMatch(t -> t.startsWith("Bo Sample:")); // no ORCID iD given
        assertThat(page.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(XWPFParagraph::getText)).containsExactly("Acknowledgements", "Funding", "Author contributions");
        String all = page.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(all).contains("We thank the residents who took part.", "The Example Foundation funded the study.",
                "Ada Example: Conceptualization, Formal analysis.");
        // nothing of the manuscript itself: its abstract, sections, quotes and references are in article.docx
        assertThat(all).doesNotContain("Residents of shared housing describe meals.", "Introduction", "Meals matter",
                "References", "None declared", "Key words");
        assertThat(page.getTables()).isEmpty();
        assertThat(page.getAllPictures()).isEmpty();
    }

    @Test
    void its_document_is_valid_against_the_office_open_xml_schema() throws Exception {
        List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
        boolean valid = org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(
                page.getDocument().getDomNode().getOwnerDocument()).validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
        assertThat(errors).isEmpty();
        assertThat(valid).isTrue();
    }

    @Test
    void the_same_input_gives_the_same_bytes() {
        byte[] again = new Weft().render(project, BuildOptions.defaults()).publication().orElseThrow().files().get("title-page.docx");
        assertThat(again).isEqualTo(publication.files().get("title-page.docx"));
    }

    @Test
    void an_anonymised_copy_a_build_without_word_and_a_study_that_does_not_ask_have_none() {
        assertThat(new Weft().render(project, BuildOptions.defaults().anonymous(true)).publication().orElseThrow().files())
                .containsKey("article.docx").doesNotContainKey("title-page.docx");
        assertThat(new Weft().render(project, BuildOptions.defaults().docx(false)).publication().orElseThrow().files())
                .doesNotContainKey("title-page.docx");
        assertThat(TestProjects.render(TestProjects.fixture("mini-study")).publication().orElseThrow().files())
                .containsKey("article.docx").doesNotContainKey("title-page.docx");
    }
}

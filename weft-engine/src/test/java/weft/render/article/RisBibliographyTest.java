package weft.render.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.render.cite.BibItem;
import weft.render.cite.Bibliography;
import weft.render.cite.BibliographyReader;
import weft.support.TestProjects;

/**
 * A bibliography kept in EndNote, Mendeley or a database and exported as RIS ({@code content/references.ris}): the
 * miniature study's two fictitious works written as EndNote writes RIS (CRLF, a blank line after each entry, a title
 * as T1 or TI) give the
 * article the references its BibTeX file gives; the keys Weft makes for works RIS gives none; the errors.
 */
public class RisBibliographyTest {

    /** The works of the mini study's references.bib (FICTITIOUS: invented for the tests; 10.5555 is an example prefix). */
    public static final String MINI_STUDY = """
            TY  - JOUR
            AU  - Smith, Jane
            AU  - Virtanen, Aino
            PY  - 2020
            T1  - Shared kitchens and everyday life in student housing
            JO  - Journal of Fictitious Housing Studies
            VL  - 12
            IS  - 3
            SP  - 45
            EP  - 60
            DO  - 10.5555/weft-fixture.smith2020
            ER  -\s

            TY  - BOOK
            AU  - Lee, Min-jun
            PY  - 2019
            TI  - Eating Together: A Fictitious Monograph
            PB  - Example Press
            CY  - Helsinki
            ER  -\s

            """.replace("\n", "\r\n");

    @TempDir
    Path temp;

    private Path studyWithRis(String ris) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), Files.createTempDirectory(temp, "study"));
        Files.delete(project.resolve("content/references.bib"));
        Files.writeString(project.resolve("content/references.ris"), ris, StandardCharsets.UTF_8);
        return project;
    }

    /**
     * Builds {@code project} and the mini study with its BibTeX file, each in the citation style {@code style}, and
     * checks that they give the same two references; {@code project}'s build.
     */
    static BuildResult sameReferencesAsBibTeX(Path project, Path temp, String style) throws IOException {
        Path bibtex = TestProjects.copy(TestProjects.fixture("mini-study"), Files.createTempDirectory(temp, "bib"));
        TestProjects.citationStyle(bibtex, style);
        TestProjects.citationStyle(project, style);
        BuildResult result = TestProjects.render(project);
        assertThat(references(result)).isEqualTo(references(TestProjects.render(bibtex))).hasSize(2);
        return result;
    }

    static List<String> references(BuildResult result) {
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        return article.select("#references li.csl-entry").stream().map(e -> e.id() + " " + e.text()).toList();
    }

    @Test
    void the_works_exported_as_ris_give_the_references_the_same_works_in_bibtex_give() throws IOException {
        BuildResult fromBibTeX = TestProjects.render(TestProjects.fixture("mini-study"));
        BuildResult fromRis = TestProjects.render(studyWithRis(MINI_STUDY));
        assertThat(references(fromRis)).isEqualTo(references(fromBibTeX)).hasSize(2);
        assertThat(TestProjects.diagnostics(fromRis)).noneMatch(d -> d.contains("references.ris"));
        Document article = Jsoup.parse(fromRis.publication().orElseThrow().text("index.html"));
        assertThat(article.select(".citation").eachText()).containsExactly("[1]", "[2]", "[1,2]");
        assertThat(fromRis.publication().orElseThrow().text("manifest.json")).contains("content/references.ris");

        // author and date, as APA sorts and prints them
        Path bibtexApa = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("apa"));
        Path risApa = studyWithRis(MINI_STUDY);
        for (Path project : List.of(bibtexApa, risApa)) {
            TestProjects.replaceIn(project.resolve("coded-data/study.yaml"), "  headingLevels: 1",
                    "  headingLevels: 1\n  citationStyle: apa");
        }
        assertThat(references(TestProjects.render(risApa))).isEqualTo(references(TestProjects.render(bibtexApa)))
                .anySatisfy(r -> assertThat(r).startsWith("ref-lee2019 Lee, M.-j. (2019). Eating Together"));
    }

    @Test
    void a_work_without_an_id_is_keyed_by_its_first_authors_family_name_and_its_year() {
        String ris = MINI_STUDY + """
                TY  - JOUR\r
                AU  - Smith, John\r
                PY  - 2020///\r
                TI  - Another work of a Smith in 2020\r
                JO  - Journal of Examples\r
                J2  - J Ex\r
                T3  - Examples in Series\r
                ER  - \r
                \r
                TY  - RPRT\r
                AU  - Østergård-Ñúñez, Ida\r
                DA  - 2021/05/03\r
                TI  - A report\r
                ER  - \r
                \r
                TY  - GEN\r
                ID  - field-notes-2\r
                TI  - Field notes\r
                ER  - \r
                \r
                TY  - GEN\r
                ID  - two words\r
                TI  - Untitled memo\r
                ER  - \r
                """;
        Diagnostics diagnostics = new Diagnostics();
        Bibliography bib = new BibliographyReader().read("content/references.ris", ris, diagnostics).orElseThrow();
        assertThat(bib.items()).extracting(BibItem::key)
                .containsExactly("smith2020", "lee2019", "smith2020b", "østergard-nunez2021", "field-notes-2", "untitled");
        assertThat(bib.items()).extracting(i -> i.position().toString()).containsExactly("content/references.ris:1:1",
                "content/references.ris:14:1", "content/references.ris:22:1", "content/references.ris:31:1",
                "content/references.ris:37:1", "content/references.ris:42:1");
        assertThat(bib.item("smith2020b").orElseThrow().data().getIssued().getDateParts()).isEqualTo(new int[][] {{2020}});
        var other = bib.item("smith2020b").orElseThrow().data();
        assertThat(List.of(other.getContainerTitle(), other.getContainerTitleShort(), other.getCollectionTitle()))
                .as("the journal, its abbreviation, the series").containsExactly("Journal of Examples", "J Ex", "Examples in Series");
        assertThat(bib.item("smith2020").orElseThrow().data().getCollectionTitle()).as("no series").isNull();
        assertThat(other.getEventDate()).isNull();
        assertThat(bib.item("østergard-nunez2021").orElseThrow().data().getIssued().getDateParts())
                .isEqualTo(new int[][] {{2021, 5, 3}});
        assertThat(diagnostics.sorted().stream().map(Object::toString)).containsExactly("WARNING content/references.ris:42:1:"
                + " the RIS ID 'two words' cannot be named in a citation: this work's key is 'untitled'");
    }

    @Test
    void an_unknown_key_lists_the_keys_weft_made_and_a_syntax_error_is_at_its_line() throws IOException {
        Path project = studyWithRis(MINI_STUDY);
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "[@lee2019]", "[@lee2018]");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains("ERROR content/introduction.md:7:14:"
                + " unknown citation key 'lee2018' (not in content/references.ris; did you mean 'lee2019'?); the keys of its works are their RIS IDs"
                + " or the first author's family name and the year: smith2020, lee2019");

        Files.writeString(project.resolve("content/references.ris"), MINI_STUDY.replace("PB  - Example Press", "PB Example Press"));
        BuildResult broken = TestProjects.render(project);
        assertThat(broken.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(broken)).anyMatch(d -> d.startsWith("ERROR content/references.ris:18:1: RIS syntax error:"));

        Files.writeString(project.resolve("content/references.bib"), "");
        assertThat(TestProjects.diagnostics(TestProjects.render(project))).contains("ERROR content/references.ris: a second"
                + " bibliography beside content/references.bib: keep one of them");
    }
}

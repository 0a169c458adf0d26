package weft.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.publish.OutputNames;
import weft.support.OutputBytes;
import weft.support.TestProjects;

/**
 * The anonymised review copy: no output byte (pages, search index, site pages, the PDFs' text, streams, metadata and
 * embedded files) holds an author's name, family name, e-mail address or ORCID, an affiliation, or the acknowledgements
 * and funding; the authors' own works keep their number in the references with their details omitted. The names of the
 * miniature study's authors are made up for the test, distinctive so that any trace of them is found.
 */
class AnonymisedTest {

    private static final String[] IDENTITY = {"Quilla Vantorp", "Vantorp", "quilla.vantorp@harrowgate.example",
        "0000-0002-1825-0097", "Bertil Osgaard", "Osgaard", "Harrowgate Institute of Nursing", "Lindqvarn Centre",
        "Wendeline Frost", "Ostergaard Trust", "Tallowmere"};

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Path studyYaml = project.resolve("coded-data/study.yaml");
        String yaml = Files.readString(studyYaml);
        Files.writeString(studyYaml, yaml.substring(0, yaml.indexOf("authors:")) + """
                authors:
                  - name: Quilla Vantorp
                    given: Quilla
                    family: Vantorp
                    affiliations: [hin]
                    corresponding: true
                    email: quilla.vantorp@harrowgate.example
                    orcid: 0000-0002-1825-0097
                  - name: Bertil Osgaard
                    given: Bertil
                    family: Osgaard
                    affiliations: [hin, lc]
                affiliations:
                  - id: hin
                    name: Harrowgate Institute of Nursing
                    country: Finland
                  - id: lc
                    name: Lindqvarn Centre
                """ + yaml.substring(yaml.indexOf("publication:")));
        Files.writeString(project.resolve("content/acknowledgements.md"), """
                ---
                id: acknowledgements
                title: Acknowledgements
                kind: section
                order: 90
                ---
                We thank Wendeline Frost for her help.
                """);
        Files.writeString(project.resolve("content/funding.md"), """
                ---
                id: funding
                title: Funding
                kind: section
                order: 91
                ---
                The study was funded by the Ostergaard Trust.
                """);
        Files.writeString(project.resolve("content/references.bib"), Files.readString(project.resolve("content/references.bib")) + """

                % FICTITIOUS, made up for the test of the anonymised copy: a work by one of the study's made-up authors.
                @article{vantorp2020,
                  author  = {Vantorp, Q. and Smith, Jane},
                  title   = {Tallowmere kitchens and belonging},
                  journal = {Journal of Fictitious Housing Studies},
                  year    = {2020}
                }
                """);
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "Meals matter.[@lee2019]",
                "Meals matter.[@lee2019] As Vantorp showed,[@vantorp2020] meals bind residents.");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "description: Meals as a time to be together.",
                "description: Meals as a time to be together, as the Harrowgate Institute of Nursing found.");
        TestProjects.replaceIn(project.resolve("coded-data/coding-frame.yaml"), "kinds of togetherness.",
                "kinds of togetherness, as Bertil Osgaard noted.");
        // the authors coded the quotes in a QDA tool, which recorded them by name (the agreement page names coders)
        Path quotes = project.resolve("coded-data/quotes/quotes.yaml");
        TestProjects.replaceIn(quotes, "    source: {recorded: true, thread: \"Sunday meals\", message: \"12\"}\n",
                "    source: {recorded: true, thread: \"Sunday meals\", message: \"12\"}\n    qda:\n      codings: [{code: cooking-together,"
                        + " coder: Quilla Vantorp}, {code: cooking-together, coder: Bertil Osgaard}]\n");
        TestProjects.replaceIn(quotes, "    codes: [eating-together]\n    presented: true\n",
                "    codes: [eating-together]\n    presented: true\n    qda:\n      codings: [{code: eating-together, coder: Quilla"
                        + " Vantorp}, {code: cooking-together, coder: Bertil Osgaard}]\n");
        // a participant whose attributes name their interviewer (an author), and a researcher's note on where a quote
        // comes from, naming them too
        TestProjects.replaceIn(studyYaml, "publication:", """
                participants:
                  - id: p1
                    citedAs: P1
                    attributes: {role: Tenant, interviewer: Quilla Vantorp}
                publication:""");
        TestProjects.replaceIn(quotes, "  - id: we-cook\n", "  - id: we-cook\n    participant: p1\n");
        TestProjects.replaceIn(quotes, "source: {recorded: false, note: The article does not report the thread.}\n  - id: same-table",
                "source: {recorded: false, note: Transcribed by Quilla Vantorp.}\n  - id: same-table");
        // an analyst's reduced expression, the researchers' words, naming one of them
        TestProjects.replaceIn(quotes, "    text: The sink is always full.\n",
                "    text: The sink is always full.\n    reduced: the full sink Bertil Osgaard saw\n");
        return project;
    }

    private static BuildResult build(Path project, boolean anonymous) {
        BuildResult result = new Weft().render(project, BuildOptions.defaults().anonymous(anonymous));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        return result;
    }

    @Test
    void the_copy_that_names_its_authors_holds_every_identifying_string_that_the_anonymised_copy_must_not() throws IOException {
        Map<String, String> outputs = OutputBytes.everyByte(build(study(), false));
        for (String identity : IDENTITY) {
            assertThat(OutputBytes.holding(outputs, identity)).as(identity).isNotEmpty();
        }
        assertThat(OutputBytes.holding(outputs, "Vantorp")).contains(OutputNames.PDF + " (text, streams, strings): Vantorp",
                "site/xhtml/index.xhtml: Vantorp", "site/resources/CITATION.cff: Vantorp");
    }

    @Test
    void the_anonymised_copy_holds_no_identifying_string_in_any_output_byte() throws IOException {
        BuildResult result = build(study(), true);
        Map<String, String> outputs = OutputBytes.everyByte(result);
        assertThat(outputs).containsKeys(OutputNames.PDF + " (text, streams, strings)", OutputNames.SEARCH_INDEX, "site/xhtml/index.xhtml");
        assertThat(OutputBytes.holding(outputs, IDENTITY)).isEmpty();
        assertThat(TestProjects.diagnostics(result)).noneMatch(d -> d.contains("still names"));
        // the agreement between coders is there, its coders named by number
        assertThat(Jsoup.parse(result.publication().orElseThrow().text(OutputNames.AGREEMENT)).text()).contains("Coder 1", "Coder 2");
        // what is not about the authors is all there: the study's own words and a participant's quote
        assertThat(OutputBytes.holding(outputs, "Sharing meals in shared housing", "Same table, same people"))
                .contains(OutputNames.PDF + " (text, streams, strings): Sharing meals in shared housing",
                        OutputNames.PDF + " (text, streams, strings): Same table, same people");
        assertThat(TestProjects.diagnostics(result)).contains(
                "NOTE coded-data/study.yaml: an anonymised review copy: 2 authors and 2 affiliations left out, 6 mentions in the"
                        + " prose, narratives, descriptions, sources' notes, reduced expressions and participants' attributes replaced;"
                        + " left out: content/acknowledgements.md, content/funding.md;"
                        + " 2 coders named by number",
                "NOTE coded-data/study.yaml: the anonymised copy does not embed or list coded-data/coding-frame.yaml,"
                        + " coded-data/quotes/quotes.yaml, coded-data/study.yaml, content/acknowledgements.md, content/funding.md, content/introduction.md,"
                        + " content/references.bib: they name an author or are left out",
                "NOTE content/references.bib: the anonymised copy masks 1 reference to the authors' own work: vantorp2020");
    }

    @Test
    void mentions_become_marked_placeholders_and_the_authors_works_keep_their_number_without_their_details() throws IOException {
        Document article = Jsoup.parse(build(study(), true).publication().orElseThrow().text(OutputNames.ARTICLE));
        assertThat(article.select("#sec-introduction p").first().text())
                .isEqualTo("Meals matter.[1] As [Author] showed,[2] meals bind residents. We asked:");
        assertThat(article.select(".csl-entry").eachText()).containsExactly(
                "1. Lee M-j. Eating Together: A Fictitious Monograph. Helsinki: Example Press; 2019.",
                "2. Author. Details omitted for anonymised review. 2020.",
                "3. Smith J, Virtanen A. Shared kitchens and everyday life in student housing. Journal of Fictitious Housing"
                        + " Studies. 2020;12(3):45–60. https://doi.org/10.5555/weft-fixture.smith2020");
        assertThat(article.select(".build-note").text()).startsWith("Anonymised review copy: the authors' names, affiliations");
        assertThat(article.select(".authors, .affiliations, .corresponding, meta[name^=citation_author], meta[name=author]")).isEmpty();
        assertThat(article.select("h2").eachText()).noneMatch(h -> h.contains("Acknowledgements") || h.contains("Funding"));
        assertThat(article.text()).contains("as [Author] noted");
    }

    /**
     * A figure: the copy publishes it without its file's metadata (which named an author) and with its caption
     * anonymised; a figure whose file's name names an author is an error at the file, as the copy would publish that
     * name.
     */
    @Test
    void a_figure_is_published_anonymised_and_one_whose_name_names_an_author_is_an_error() throws IOException {
        Path project = study();
        Files.createDirectories(project.resolve("content/figures"));
        Files.write(project.resolve("content/figures/plan.png"), weft.read.ImageFilesForTests.pngWithText("Author\0Quilla Vantorp"));
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "## Aim",
                "![The plan Quilla Vantorp drew](figures/plan.png)\n\n## Aim");
        BuildResult result = build(project, true);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Map<String, String> outputs = OutputBytes.everyByte(result);
        for (String identity : IDENTITY) {
            outputs.forEach((file, text) -> assertThat(text).as("%s in %s", identity, file).doesNotContainIgnoringCase(identity));
        }
        assertThat(Jsoup.parse(result.publication().orElseThrow().text(OutputNames.ARTICLE)).select("figure.prose-figure"
                + " figcaption").text()).isEqualTo("Figure 1. The plan [Author] drew");

        Files.move(project.resolve("content/figures/plan.png"), project.resolve("content/figures/vantorp-plan.png"));
        TestProjects.replaceIn(project.resolve("content/introduction.md"), "(figures/plan.png)", "(figures/vantorp-plan.png)");
        assertThat(TestProjects.diagnostics(new Weft().render(project, BuildOptions.defaults().anonymous(true))))
                .contains("ERROR content/figures/vantorp-plan.png: the"
                + " anonymised copy would publish this figure as figures/vantorp-plan.png, whose name names an author"
                + " ('Vantorp'): rename the file, and the prose that shows it");
        assertThat(build(project, false).succeeded()).as("the copy that names its authors may").isTrue();
    }

    @Test
    void the_default_studys_anonymised_copy_names_none_of_its_authors_nor_their_institutions() {
        BuildResult result = build(TestProjects.defaultStudy(), true);
        Map<String, String> outputs = OutputBytes.everyByte(result);
        assertThat(OutputBytes.holding(outputs, "Salminen-Tuomaala", "Haasio", "Hajime Naka", "Seinäjoki", "Tokoha")).isEmpty();
        Document article = Jsoup.parse(result.publication().orElseThrow().text(OutputNames.ARTICLE));
        assertThat(article.select("#sec-introduction").text()).contains("as [Author][39] and Kato et al.[47] have pointed out");
        assertThat(article.select("#ref-anonymised-1").text()).isEqualTo("39. Author. Details omitted for anonymised review. 2015. Unverified.");
    }

    /**
     * A participant who names the interviewer in their words: quotes are never changed, so the copy still names an
     * author there; the build's last check finds it in every output of text, the PDF's included, and says where, never
     * the name.
     */
    @Test
    void an_author_named_where_the_copy_does_not_anonymise_is_found_in_the_outputs() throws IOException {
        Path project = study();
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "text: Same table, same people, every night.",
                "text: Same table, same people, every night, said Quilla Vantorp.");
        BuildResult result = build(project, true);
        String warning = TestProjects.diagnostics(result).stream().filter(d -> d.contains("still names")).findFirst().orElseThrow();
        assertThat(warning).startsWith("WARNING coded-data/study.yaml: the anonymised copy still names an author or an affiliation"
                + " in article.docx, article.jats.xml, article.pdf, evidence/")
                .contains("evidence/quotes.csv", "evidence/quotes/same-table.html", "evidence/search-index.js", "index.html")
                .endsWith("replace the name there (in a quote, as \"[interviewer]\"), or publish this copy only once it is gone")
                .doesNotContain("Vantorp");
    }
}

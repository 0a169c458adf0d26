package weft.render.jats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weft.build.BuildOptions;
import weft.build.BuildResult;
import weft.build.Weft;
import weft.support.Golden;
import weft.support.TestProjects;

/** article.jats.xml of the default study and of the test studies, against the JATS 1.3 schema and golden files. */
class JatsTest {

    @Test
    void the_default_study_is_valid_jats_with_its_figure_beside_it() throws Exception {
        BuildResult result = TestProjects.render(TestProjects.defaultStudy());
        String jats = result.publication().orElseThrow().text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).contains("<graphic xlink:href=\"article.fig-coding-frame.svg\"");
        assertThat(result.publication().orElseThrow().text("article.fig-coding-frame.svg")).startsWith("<?xml")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mini-study", "interview-study", "portuguese-study"})
    void a_test_study_matches_its_golden_file(String study) throws Exception {
        BuildResult result = TestProjects.render(TestProjects.fixture(study));
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        String actual = result.publication().orElseThrow().text("article.jats.xml");
        assertThat(actual).isEqualTo(Golden.text(study + "/article.jats.xml", actual));
        // the test studies give no ISSN, which the tag set's journal-meta requires: that is the one error, and the
        // file says so
        assertThat(JatsSchema.errors(actual)).singleElement().asString()
                .contains("'journal-title-group'").contains("'{journal-id}' is expected");
        assertThat(actual.lines().skip(2).findFirst()).contains(JatsWriter.NO_ISSN);
    }

    @Test
    void a_structured_abstracts_headings_are_sections_of_it(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir.resolve("mini"));
        TestProjects.addIssn(project);
        Files.writeString(project.resolve("content/abstract.md"), """
                ---
                id: abstract
                title: Abstract
                kind: abstract
                order: 0
                ---
                A study of meals.

                ## Background

                Residents of shared housing describe *meals*.

                ## Methods

                We analysed forum posts.
                """);
        String jats = TestProjects.render(project).publication().orElseThrow().text("article.jats.xml");
        org.jsoup.nodes.Document xml = org.jsoup.Jsoup.parse(jats, "", org.jsoup.parser.Parser.xmlParser());
        org.jsoup.nodes.Element abstractElement = xml.expectFirst("article-meta > abstract");
        assertThat(abstractElement.children().stream().map(org.jsoup.nodes.Element::tagName)).containsExactly("p", "sec", "sec");
        assertThat(abstractElement.select("> sec > title").eachText()).containsExactly("Background", "Methods");
        assertThat(abstractElement.select("> sec").get(0).select("> p").outerHtml()).contains("<italic>meals</italic>");
        assertThat(abstractElement.select("bold")).isEmpty();
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void a_test_study_with_its_journals_issn_is_valid_jats(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir.resolve("mini"));
        Path study = project.resolve("coded-data/study.yaml");
        // ORCID's own example identifier (a fictitious researcher) and an example.org address
        Files.writeString(study, Files.readString(study).replace("  journal: Journal of Examples\n",
                "  journal: Journal of Examples\n  issnOnline: \"1234-5678\"\n")
                .replace("    corresponding: true\n", "    corresponding: true\n    orcid: 0000-0002-1825-0097\n"
                        + "    email: ada@example.org\n"));
        String jats = TestProjects.render(project).publication().orElseThrow().text("article.jats.xml");
        assertThat(jats).contains("<journal-id journal-id-type=\"issn\">1234-5678</journal-id>").doesNotContain("<!--")
                .contains("<contrib-id contrib-id-type=\"orcid\">https://orcid.org/0000-0002-1825-0097</contrib-id>",
                        "<email>ada@example.org</email>");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void a_zotero_titles_rich_text_is_jats_formatting_and_other_markup_is_text(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir.resolve("mini"));
        Path study = project.resolve("coded-data/study.yaml");
        Files.writeString(study, Files.readString(study).replace("  journal: Journal of Examples\n",
                "  journal: Journal of Examples\n  issnOnline: \"1234-5678\"\n"));
        Files.delete(project.resolve("content/references.bib"));
        // a fictitious work, as CSL JSON from Zotero writes a species' name and a formula in a title
        Files.writeString(project.resolve("content/references.json"), "[{\"id\": \"lee2019\", \"type\": \"article-journal\","
                + " \"title\": \"Gardens of <i>Solanum lycopersicum</i> and CO<sub>2</sub> in <script>x</script> towns\","
                + " \"container-title\": \"Journal of <span style=\\\"font-variant:small-caps;\\\">Fictitious</span> Studies\","
                + " \"author\": [{\"family\": \"Lee\", \"given\": \"Min-jun\"}], \"issued\": {\"date-parts\": [[2019]]}},"
                + " {\"id\": \"smith2020\", \"type\": \"book\", \"title\": \"Kitchens\", \"author\": [{\"family\": \"Smith\"}],"
                + " \"issued\": {\"date-parts\": [[2020]]}}]");
        BuildResult result = TestProjects.render(project);
        assertThat(result.succeeded()).as("diagnostics: %s", result.diagnostics()).isTrue();
        String jats = result.publication().orElseThrow().text("article.jats.xml");
        assertThat(jats).contains("<article-title>Gardens of <italic>Solanum lycopersicum</italic> and CO<sub>2</sub> in"
                + " &lt;script&gt;x&lt;/script&gt; towns</article-title>", "<source>Journal of <sc>Fictitious</sc> Studies</source>");
        assertThat(JatsSchema.errors(jats)).isEmpty();
    }

    @Test
    void subscript_superscript_strikethrough_and_typeset_quotes_reach_both_formats(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir.resolve("mini"));
        Path discussion = project.resolve("content/discussion.md");
        Files.writeString(discussion, Files.readString(discussion) + "\nThe \"CO~2~\" of m^2^ -- ~~old~~.\n");
        var publication = TestProjects.render(project).publication().orElseThrow();
        assertThat(publication.text("article.jats.xml"))
                .contains("The \u201CCO<sub>2</sub>\u201D of m<sup>2</sup> \u2013 <strike>old</strike>.");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(publication.files().get("article.docx")))) {
            var runs = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("The \u201CCO2"))
                    .findFirst().orElseThrow().getRuns();
            assertThat(runs).filteredOn(r -> r.text().equals("2")).extracting(r -> r.getVerticalAlignment().toString())
                    .containsExactly("subscript", "superscript");
            assertThat(runs).filteredOn(r -> r.text().equals("old")).singleElement()
                    .satisfies(r -> assertThat(r.isStrikeThrough()).isTrue());
        }
    }

    @Test
    void an_image_of_the_prose_is_a_link_to_it_in_both_formats_never_dropped(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), dir.resolve("mini"));
        Path discussion = project.resolve("content/discussion.md");
        Files.writeString(discussion, Files.readString(discussion)
                + "\nThe garden: ![A drawing of the beds](https://example.org/beds.png)\n");
        var publication = TestProjects.render(project).publication().orElseThrow();
        assertThat(publication.text("article.jats.xml")).contains("<ext-link ext-link-type=\"uri\""
                + " xlink:href=\"https://example.org/beds.png\">[A drawing of the beds]</ext-link>");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(publication.files().get("article.docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("The garden: [A drawing of the beds]");
            assertThat(doc.getHyperlinks()).extracting(h -> h.getURL()).contains("https://example.org/beds.png");
        }
    }

    @Test
    void the_same_input_gives_the_same_bytes_and_an_anonymised_copy_names_no_author() throws Exception {
        String jats = TestProjects.render(TestProjects.defaultStudy()).publication().orElseThrow().text("article.jats.xml");
        assertThat(TestProjects.render(TestProjects.defaultStudy()).publication().orElseThrow().text("article.jats.xml"))
                .isEqualTo(jats);
        assertThat(jats).contains("<surname>Salminen-Tuomaala</surname>", "<disp-quote", "<xref ref-type=\"bibr\"");
        // an unidentified work has its entry's words as a comment, not as a title; an unverified one says so
        assertThat(jats).contains("<element-citation publication-type=\"other\">\n          <comment>Reference 1 of the"
                + " published article: details unknown</comment>\n        </element-citation>");
        assertThat(jats).doesNotContain("<source>Reference 1 of the published article");
        assertThat(jats).contains("<comment>Unverified. The work is verified, its number is not:");
        String anonymous = new Weft().render(TestProjects.defaultStudy(), BuildOptions.defaults().anonymous(true))
                .publication().orElseThrow().text("article.jats.xml");
        assertThat(anonymous).doesNotContain("Salminen-Tuomaala", "Haasio", "Naka", "Seinäjoki", "<contrib");
        assertThat(JatsSchema.errors(anonymous)).isEmpty();
    }
}

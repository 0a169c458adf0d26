package weft.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.diagnostics.Diagnostics;
import weft.qda.Skeleton;
import weft.support.TestProjects;

/**
 * A Pandoc or Quarto manuscript of one file brought into a study as content/'s sections ({@code weft import paper.qmd}):
 * what each heading becomes, what comes along with the text, what is said, and that the study then builds.
 */
class ManuscriptImportTest {

    private static final byte[] PLAN = read(TestProjects.defaultStudy()
            .resolve("weft-engine/src/test/resources/invalid/prose-images/content/figures/plan.png"));

    @TempDir
    Path temp;

    /** The mini-study's coding without its prose, and a folder beside it for the manuscript. */
    private Path study() throws IOException {
        Path project = temp.resolve("study");
        TestProjects.copyTree(TestProjects.fixture("mini-study").resolve("coded-data"), project.resolve("coded-data"));
        Files.createDirectories(temp.resolve("paper"));
        Files.copy(TestProjects.fixture("mini-study").resolve("content/references.bib"), temp.resolve("paper/refs.bib"));
        return project;
    }

    private Path paper(String text) throws IOException {
        return Files.writeString(temp.resolve("paper/paper.qmd"), text);
    }

    private record Run(Optional<ManuscriptImport.Imported> imported, List<String> diagnostics, List<String> written) {
    }

    private static Run importInto(Path project, Path manuscript) throws IOException {
        assertThat(ManuscriptImport.refusal(project)).isEmpty();
        Diagnostics diagnostics = new Diagnostics();
        Optional<ManuscriptImport.Imported> imported = ManuscriptImport.read(manuscript, project, diagnostics);
        List<String> written = imported.isPresent() ? ManuscriptImport.write(project, imported.get()) : List.of();
        return new Run(imported, diagnostics.sorted().stream().map(Object::toString).toList(), written);
    }

    private static String text(Path project, String path) throws IOException {
        return Files.readString(project.resolve(path));
    }

    @Test
    void each_top_level_heading_becomes_a_section_of_its_kind_and_the_study_builds_from_them() throws IOException {
        Path project = study();
        Files.createDirectories(temp.resolve("paper/images"));
        Files.write(temp.resolve("paper/images/plan.png"), PLAN);
        Run run = importInto(project, paper("""
                ---
                title: "Eating together"
                author:
                  - name: Ann Example
                bibliography: refs.bib
                csl: apa.csl
                abstract: |
                  We read what residents wrote.

                  Two paragraphs.
                ---

                # 1. Introduction {#sec-intro}

                Meals matter [@lee2019].

                ## Aim

                To see how residents eat.

                # Methods

                ![The plan of the kitchen](images/plan.png){#fig-plan}

                # Findings

                As @fig-plan shows, and @sec-intro said [@smith2020].

                # Discussion

                Talk.

                # Acknowledgements

                Thanks.

                # References

                ::: {#refs}
                :::

                # Appendix A: The interview guide {.appendix}

                Questions.
                """));

        assertThat(run.diagnostics()).containsExactly(
                "WARNING paper.qmd:13:1: the heading's number '1.' is left out of the section's title: Weft numbers the sections");
        assertThat(run.imported().orElseThrow().report()).containsExactly(
                "The manuscript's sections, as content/ has them now (change a kind or an order in its front matter):",
                "  content/abstract.md: abstract 'Abstract', order 0 (paper.qmd line 7)",
                "  content/intro.md: section 'Introduction', order 10 (paper.qmd line 13)",
                "  content/methods.md: section 'Methods', order 20 (paper.qmd line 21)",
                "  content/findings.md: results 'Findings', order 30 (paper.qmd line 25)",
                "  content/discussion.md: section 'Discussion', order 40 (paper.qmd line 29)",
                "  content/acknowledgements.md: back 'Acknowledgements', order 50 (paper.qmd line 33)",
                "  content/the-interview-guide.md: appendix 'The interview guide', order 60 (paper.qmd line 42)",
                "Left out 'References' (line 37): Weft prints the references list after the sections, from the works the text cites",
                "Mind: the front matter's title, author and csl are not imported: give them in coded-data/study.yaml (title,"
                        + " authors, presentation.citationStyle), which an import does not write");
        assertThat(run.written()).containsExactly("Wrote content/abstract.md", "Wrote content/acknowledgements.md",
                "Wrote content/discussion.md", "Wrote content/findings.md", "Wrote content/intro.md", "Wrote content/methods.md",
                "Wrote content/the-interview-guide.md", "Copied content/figures/plan.png", "Copied content/references.bib");
        assertThat(text(project, "content/intro.md")).isEqualTo("""
                ---
                id: intro
                title: Introduction
                kind: section
                order: 10
                ---
                Meals matter [@lee2019].

                ## Aim

                To see how residents eat.
                """);
        assertThat(text(project, "content/abstract.md")).endsWith("---\nWe read what residents wrote.\n\nTwo paragraphs.\n");
        assertThat(text(project, "content/methods.md")).endsWith("---\n![The plan of the kitchen](figures/plan.png){#fig-plan}\n");
        assertThat(project.resolve("content/figures/plan.png")).hasBinaryContent(PLAN);
        assertThat(project.resolve("content/references.bib")).hasSameTextualContentAs(temp.resolve("paper/refs.bib"));

        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("h2").eachText()).containsSubsequence("Abstract", "1. Introduction", "2. Methods",
                "3. Findings", "4. Discussion", "Acknowledgements", "References", "Appendix A. The interview guide");
        assertThat(article.text()).contains("As Figure 1 shows, and Section 1 said", "The plan of the kitchen",
                "Shared kitchens and everyday life in student housing");
    }

    @Test
    void only_headings_at_the_top_of_the_text_cut_it_setext_ones_too() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                Introduction
                ============

                Text.

                ```markdown
                # Not a section: code
                ```

                <!--
                # Not a section: a comment
                -->

                ::: {.callout-note}
                # Not a section: the callout's title
                :::

                - # Not a section: a list item's

                > # Not a section: a quotation's

                # Results

                Themes.
                """));

        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.written()).containsExactly("Wrote content/introduction.md", "Wrote content/results.md");
        assertThat(text(project, "content/introduction.md")).contains("# Not a section: code", "# Not a section: a comment",
                "# Not a section: the callout's title", "- # Not a section: a list item's", "> # Not a section");
        assertThat(text(project, "content/results.md")).contains("kind: results\n").endsWith("---\nThemes.\n");
    }

    @Test
    void a_manuscript_whose_sections_are_level_two_headings_is_cut_at_them_and_its_deeper_headings_move_up() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                ---
                title: A study
                bibliography: refs.bib
                ---
                ## Methods

                ### Data

                Posts.

                #### Coding

                ```
                ### code stays
                ```

                ## Results

                Themes.
                """));

        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.imported().orElseThrow().report()).contains(
                "The sections are the '##' headings (there is no '#' heading): their '###' headings are now '##' …");
        assertThat(text(project, "content/methods.md")).endsWith("---\n## Data\n\nPosts.\n\n### Coding\n\n```\n### code stays\n```\n");
        assertThat(TestProjects.diagnostics(TestProjects.built(project))).noneMatch(d -> d.startsWith("ERROR"));
    }

    @Test
    void what_a_heading_says_that_a_section_does_not_keep_is_said_at_its_line() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                ```{r setup}
                library(ggplot2)
                ```

                # Background {#Sec_One .lead}

                # Discussion {-}

                # Methods {#sec-methods}

                # Methods

                # *Eating* <b>together</b> [at home](#x)

                # References

                Smith, J. (2020). A work typed by hand.
                """));

        assertThat(run.diagnostics()).containsExactly(
                "WARNING paper.qmd:1:1: the text before the first heading belongs to no section: it is written to"
                        + " content/_before-first-heading.md, which no section includes; include it where it belongs"
                        + " ({{< include _before-first-heading.md >}}), or delete it",
                "WARNING paper.qmd:5:1: the heading's .lead is not kept: a section of content/ is numbered by its kind"
                        + " (abstract, back matter and appendices are unnumbered), and its front matter has no other attributes",
                "WARNING paper.qmd:5:1: the heading's id '#Sec_One' is none that Weft takes (lower-case letters, digits and"
                        + " hyphens): the section's id is 'sec-one', and a reference to it is @sec-sec-one",
                "WARNING paper.qmd:7:1: the heading's {-} (.unnumbered) is not kept: a section of content/ is numbered by its"
                        + " kind (abstract, back matter and appendices are unnumbered), and its front matter has no other attributes",
                "WARNING paper.qmd:17:1: the text of the section 'References' is not imported: Weft prints the references"
                        + " list itself; move what else it says to another section");
        assertThat(run.written()).containsExactly("Wrote content/_before-first-heading.md", "Wrote content/discussion.md",
                "Wrote content/eating-together-at-home.md", "Wrote content/methods-2.md", "Wrote content/methods.md",
                "Wrote content/sec-one.md");
        assertThat(text(project, "content/_before-first-heading.md")).isEqualTo("```{r setup}\nlibrary(ggplot2)\n```\n");
    }

    /**
     * A heading a cross-reference names by its written id keeps it, even after an earlier heading of the same title
     * (whose id, made of its title, would otherwise take it): the reference finds the section it names.
     */
    @Test
    void a_written_id_is_the_headings_it_is_written_on_not_an_earlier_same_titled_ones() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                # Data

                The first section of this title.

                # Data {#sec-data}

                The second, which @sec-data names.
                """));
        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.written()).containsExactly("Wrote content/data-2.md", "Wrote content/data.md");
        assertThat(text(project, "content/data.md")).contains("The second, which @sec-data names.");
        assertThat(text(project, "content/data-2.md")).contains("The first section of this title.");
    }

    @Test
    void a_manuscript_that_cannot_be_cut_is_an_error_and_nothing_is_written() throws IOException {
        Path project = study();
        for (String[] bad : new String[][] {
                {"Just text, no heading.\n", "ERROR paper.qmd:1:1: no heading to cut the manuscript at: Weft makes a section of"
                        + " content/ of each '#' heading (or each '##' heading where there is no '#' one); give each section its heading"},
                {"---\ntitle: x\n# Methods\n", "ERROR paper.qmd:1:1: front matter is not closed by a line '---'"},
                {"---\ntitle: [x\n---\n# Methods\n", "ERROR paper.qmd:3:1:"}}) {
            Run run = importInto(project, paper(bad[0]));
            assertThat(run.imported()).isEmpty();
            assertThat(run.diagnostics()).hasSize(1).allMatch(d -> d.startsWith(bad[1]), bad[1]);
            assertThat(project.resolve("content")).doesNotExist();
        }
    }

    @Test
    void images_and_includes_come_along_into_content_and_the_text_names_the_copies() throws IOException {
        Path project = study();
        Path paper = temp.resolve("paper");
        Files.createDirectories(paper.resolve("a"));
        Files.createDirectories(paper.resolve("b"));
        Files.createDirectories(paper.resolve("parts"));
        Files.write(paper.resolve("a/plan.png"), PLAN);
        byte[] other = otherPlan();
        Files.write(paper.resolve("b/plan.png"), other);
        Files.write(temp.resolve("outside.png"), PLAN);
        Files.writeString(paper.resolve("parts/_aims.qmd"), "The aims.\n\n{{< include _more.qmd >}}\n\n![Again](../a/plan.png)\n");
        Files.writeString(paper.resolve("parts/_more.qmd"), "More, and back: {{< include _aims.qmd >}}\n\n{{< include _aims.qmd >}}\n");
        Run run = importInto(project, paper("""
                # Methods

                ![First](a/plan.png){#fig-a}

                ![Second](<b/plan.png>){#fig-b}

                ![Not there](a/none.png)

                ![Outside](../outside.png)

                ![Far away](https://example.org/x.png)

                ![Absolute](/etc/passwd)

                {{< include "parts/_aims.qmd" >}}

                ```
                ![In code](a/code.png)
                ```
                """));

        assertThat(run.diagnostics()).containsExactly(
                "WARNING paper.qmd:7:14: the image 'a/none.png' is not there: not copied",
                "WARNING paper.qmd:9:12: the image '../outside.png' is outside the manuscript's folder: not copied; copy it"
                        + " into content/figures/ yourself",
                "WARNING paper.qmd:13:13: the image '/etc/passwd' is outside the manuscript's folder: not copied; copy it"
                        + " into content/figures/ yourself");
        assertThat(run.written()).containsExactly("Wrote content/_aims.md", "Wrote content/_more.md", "Wrote content/methods.md",
                "Copied content/figures/plan.png", "Copied content/figures/plan-2.png");
        assertThat(text(project, "content/methods.md")).endsWith("""
                ---
                ![First](figures/plan.png){#fig-a}

                ![Second](figures/plan-2.png){#fig-b}

                ![Not there](a/none.png)

                ![Outside](../outside.png)

                ![Far away](https://example.org/x.png)

                ![Absolute](/etc/passwd)

                {{< include _aims.md >}}

                ```
                ![In code](a/code.png)
                ```
                """);
        assertThat(text(project, "content/_aims.md")).isEqualTo("The aims.\n\n{{< include _more.md >}}\n\n![Again](figures/plan.png)\n");
        assertThat(text(project, "content/_more.md")).as("a part that includes itself is named, the build says the rest")
                .isEqualTo("More, and back: {{< include _aims.qmd >}}\n\n{{< include _aims.md >}}\n");
        assertThat(project.resolve("content/figures/plan-2.png")).hasBinaryContent(other);
    }

    @Test
    void a_link_out_of_the_manuscripts_folder_is_refused_and_nothing_is_written() throws IOException {
        Path project = study();
        Files.write(temp.resolve("secret.png"), PLAN);
        Files.createSymbolicLink(temp.resolve("paper/plan.png"), temp.resolve("secret.png"));
        Run run = importInto(project, paper("# Methods\n\n![Plan](plan.png)\n"));

        assertThat(run.imported()).isEmpty();
        assertThat(run.diagnostics()).singleElement().asString().startsWith("ERROR plan.png: symbolic link 'plan.png' points to");
        assertThat(project.resolve("content")).doesNotExist();
    }

    @Test
    void prose_of_the_authors_own_is_never_written_over_and_weft_s_placeholders_are_kept_aside() throws IOException {
        Path archetype = TestProjects.defaultStudy().resolve("weft-archetype/src/main/resources/archetype-resources");
        Path project = TestProjects.copy(archetype, temp.resolve("new"));
        Files.createDirectories(temp.resolve("paper"));
        Path manuscript = paper("# Introduction\n\nOurs.\n");
        Path methods = project.resolve("content/methods.md");
        String placeholder = Files.readString(methods);
        Files.writeString(methods, placeholder + "The author's sentence.\n");

        assertThat(ManuscriptImport.refusal(project)).get().asString().contains("content/ of " + project + " holds the study's"
                + " prose already (content/methods.md): a manuscript is imported into a study without prose, or over what an"
                + " earlier import wrote and nobody has changed since, so that nothing of the author's is written over; move"
                + " those files away, or import into a new folder");

        Files.writeString(methods, placeholder);
        Run run = importInto(project, manuscript);
        assertThat(run.written()).startsWith("Removed content/abstract.md (a placeholder of Weft's new-study skeleton; a copy"
                + " is in .weft/previous-import/content/abstract.md)").contains("Wrote content/introduction.md");
        assertThat(Skeleton.untouchedProse(project)).isEmpty();
        assertThat(project.resolve(".weft/previous-import/content/methods.md")).hasContent(placeholder);
        assertThat(text(project, "content/introduction.md")).endsWith("---\nOurs.\n");
        Files.writeString(project.resolve("content/notes.md"), "---\nid: notes\ntitle: Notes\nkind: back\norder: 90\n---\nMine.\n");
        assertThat(ManuscriptImport.refusal(project)).get().asString().contains("(content/notes.md, not as the earlier import"
                + " wrote it)");
    }

    /**
     * The author goes on writing in the manuscript (in Word, say) and imports it again: what the earlier import wrote and
     * nobody has changed since is replaced (a copy kept), a section the manuscript has no more goes, and a file the
     * author changed in content/ since refuses the import, which then writes nothing.
     */
    /**
     * A section imported again is replaced in one move, never deleted first: a preview that builds meanwhile (it watches
     * content/) always finds it. A thread looks for the file as fast as it can while the manuscript is imported again and
     * again; before, it found it missing between the copy aside and the new file (the preview's test caught it so).
     */
    @Test
    void a_section_imported_again_is_never_missing_while_it_is_replaced() throws Exception {
        Path project = study();
        importInto(project, paper("# Methods\n\nDraft 0.\n\n# Findings\n\nThemes.\n"));
        Path methods = project.resolve("content/methods.md");
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger missing = new java.util.concurrent.atomic.AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                if (!Files.exists(methods)) {
                    missing.incrementAndGet();
                }
            }
        });
        watcher.start();
        try {
            for (int draft = 1; draft <= 40; draft++) {
                importInto(project, paper("# Methods\n\nDraft " + draft + ".\n\n# Findings\n\nThemes " + draft + ".\n"));
            }
        } finally {
            done.set(true);
            watcher.join();
        }
        assertThat(missing.get()).as("times content/methods.md was found missing").isZero();
        assertThat(text(project, "content/methods.md")).contains("Draft 40.");
    }

    @Test
    void importing_the_manuscript_again_replaces_only_what_the_earlier_import_wrote_and_nobody_changed() throws IOException {
        Path project = study();
        Files.write(temp.resolve("paper/plan.png"), PLAN);
        importInto(project, paper("# Methods\n\nFirst draft.\n\n![Plan](plan.png)\n\n# Limits\n\nNone.\n"));
        assertThat(project.resolve(".weft/manuscript-import.json")).content().contains("\"manuscript\" : \"paper.qmd\"",
                "\"content/methods.md\"", "\"content/figures/plan.png\"");
        byte[] other = otherPlan();
        Files.write(temp.resolve("paper/plan.png"), other);

        Run again = importInto(project, paper("# Methods\n\nSecond draft.\n\n![Plan](plan.png)\n\n# Findings\n\nThemes.\n"));

        assertThat(again.written()).containsExactly("Removed content/limits.md (the earlier import wrote it, and the manuscript"
                + " has it no more; a copy is in .weft/previous-import/content/limits.md)", "Wrote content/findings.md",
                "Replaced content/methods.md", "Replaced content/figures/plan.png");
        assertThat(text(project, "content/methods.md")).contains("Second draft.").contains("](figures/plan.png)");
        assertThat(project.resolve("content/figures/plan.png")).hasBinaryContent(other);
        assertThat(project.resolve(".weft/previous-import/content/methods.md")).content().contains("First draft.");
        assertThat(project.resolve("content/limits.md")).doesNotExist();

        Files.writeString(project.resolve("content/findings.md"), text(project, "content/findings.md") + "The author's line.\n");
        assertThat(ManuscriptImport.refusal(project)).get().asString().contains("(content/findings.md, not as the earlier"
                + " import wrote it)");
    }

    @Test
    void a_figure_already_in_content_is_kept_when_it_is_the_same_and_never_written_over_when_it_is_not() throws IOException {
        Path project = study();
        Files.write(temp.resolve("paper/plan.png"), PLAN);
        Files.createDirectories(project.resolve("content/figures"));
        byte[] theirs = otherPlan();
        Files.write(project.resolve("content/figures/plan.png"), theirs);
        Run run = importInto(project, paper("# Methods\n\n![Plan](plan.png)\n"));
        assertThat(run.written()).contains("Copied content/figures/plan-2.png");
        assertThat(project.resolve("content/figures/plan.png")).hasBinaryContent(theirs);

        Files.delete(project.resolve("content/methods.md"));
        Files.write(project.resolve("content/figures/plan.png"), PLAN);
        Files.delete(project.resolve("content/figures/plan-2.png"));
        run = importInto(project, paper("# Methods\n\n![Plan](plan.png)\n"));
        assertThat(run.written()).containsExactly("Wrote content/methods.md", "Kept content/figures/plan.png (the same file is there)");
        assertThat(text(project, "content/methods.md")).endsWith("---\n![Plan](figures/plan.png)\n");
    }

    @Test
    void the_front_matters_works_and_a_title_yaml_would_misread_reach_the_article_as_written() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                ---
                bibliography: [refs.bib, more.json]
                references:
                  - id: doe2022
                    type: book
                    title: "Kitchens: a history"
                    author:
                      - family: Doe
                        given: Kim
                    issued: 2022
                ---
                # Methods: "what" & how [#1]

                As @doe2022 wrote [see @smith2020; @lee2019].

                # Findings

                Themes.
                """));

        assertThat(run.diagnostics()).containsExactly("WARNING paper.qmd:2:1: Weft reads one bibliography: more.json not copied;"
                + " put their works in refs.bib (a reference manager exports them as one file)");
        assertThat(text(project, "content/methods-what-how-1.md")).startsWith("""
                ---
                id: methods-what-how-1
                title: "Methods: \\"what\\" & how [#1]"
                kind: section
                order: 10
                references:
                - id: doe2022
                """);
        Document article = Jsoup.parse(TestProjects.publication(project).text("index.html"));
        assertThat(article.select("h2").eachText()).contains("1. Methods: \u201cwhat\u201d & how [#1]");
        assertThat(article.text()).contains("Kitchens: a history");
    }

    /**
     * A manuscript typed by hand quotes its participants in block quotations and in its sentences: each that is all the
     * words of one of the study's coded quotes becomes that quote, linked to its evidence; an excerpt stays as typed (the
     * quote would print the words cut from it), as does the rest, and the report says which is which.
     */
    @Test
    void a_block_quotation_that_is_a_coded_quotes_words_becomes_that_quote_linked_to_its_evidence() throws IOException {
        Path project = study();
        Files.writeString(temp.resolve("paper/_more.qmd"), "As one wrote: \u201cThe sink is always full.\u201d\n");
        Run run = importInto(project, paper("""
                ---
                bibliography: refs.bib
                ---
                # Findings

                Residents cooked together:

                > We cook on Sundays … everyone brings <something>. (P3)

                > Same table, same people, every night. (P3)

                They said “The evenings at the table are *long* and good.” often, and “words of nobody in
                this study” too.

                > The sink is always full.

                > Words no participant of this study wrote.

                > Too short.

                ```
                > The sink is always full.
                ```

                ## Friction over *food*

                Dishes.

                {{< include _more.qmd >}}
                """));

        assertThat(run.imported().orElseThrow().report()).contains(
                "  content/findings.md: a block quotation is an excerpt of quote 'we-cook' of the coding: left as typed, as"
                        + " {{quote:ID}} would print the whole quote, the words cut from it too; to link it, give the quote these"
                        + " words as the excerpt the article prints (excerpt: \"We cook on Sundays … everyone brings <something>.\" in"
                        + " coded-data/quotes/quotes.yaml), then import again",
                "  content/findings.md: a block quotation is quote 'same-table' of the coding, now {{quote:same-table}}, linked"
                        + " to its evidence; the attribution typed after it ('(P3)') is left out, as Weft prints the quote's"
                        + " participant",
                "  content/findings.md: a quotation in the text is quote 'long-evenings' of the coding, now"
                        + " {{quote:long-evenings}}, linked to its evidence",
                "  content/findings.md: a block quotation is quote 'sink-full' of the coding, now {{quote:sink-full}}, linked to"
                        + " its evidence; mark the quote presented: true (it is evidence only)",
                "  content/_more.md: a quotation in the text is quote 'sink-full' of the coding, now {{quote:sink-full}}, linked"
                        + " to its evidence; mark the quote presented: true (it is evidence only)",
                "2 block quotations are none of the coding's quotes: left as typed, linked to no evidence (a quote's words that"
                        + " differ from the coding's, or a quote not yet imported)",
                "  content/findings.md: the heading 'Friction over *food*' is node 'friction' of the coding frame, which the"
                        + " results print after this section's text with its narrative and quotes: move the text under it into"
                        + " the node's narrative (coded-data/coding-frame.yaml) and remove the heading");
        assertThat(text(project, "content/findings.md")).endsWith("""
                ---
                Residents cooked together:

                > We cook on Sundays … everyone brings <something>. (P3)

                {{quote:same-table}}

                They said {{quote:long-evenings}} often, and “words of nobody in
                this study” too.

                {{quote:sink-full}}

                > Words no participant of this study wrote.

                > Too short.

                ```
                > The sink is always full.
                ```

                ## Friction over *food*

                Dishes.

                {{< include _more.md >}}
                """);
        assertThat(text(project, "content/_more.md")).isEqualTo("As one wrote: {{quote:sink-full}}\n");
        var result = TestProjects.render(project);
        assertThat(TestProjects.diagnostics(result)).contains("WARNING content/findings.md:16:1: quote 'sink-full' is marked"
                + " evidence-only (presented: false) but the prose presents it");
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.select("#sec-findings blockquote a[href*=evidence/quotes/same-table]")).isNotEmpty();
    }

    /**
     * Where the author gave a quote the excerpt the article prints ({@code excerpt:}), the manuscript's quotation of those
     * words is linked, its cuts written as they may be; the quote's whole text typed is not (the article prints the
     * excerpt), and the report says so.
     */
    @Test
    void a_quotation_that_is_the_excerpt_a_quote_has_is_linked_and_its_whole_text_is_not() throws IOException {
        Path project = study();
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: We cook on Sundays & everyone brings <something>\n",
                "    text: We cook on Sundays & everyone brings <something>\n    excerpt: \"We cook [...] everyone brings <something>\"\n");
        TestProjects.replaceIn(project.resolve("coded-data/quotes/quotes.yaml"), "    text: Same table, same people, every night.\n",
                "    text: Same table, same people, every night.\n    excerpt: Same table … every night\n");
        Run run = importInto(project, paper("""
                ---
                bibliography: refs.bib
                ---
                # Findings

                > We cook … everyone brings \\<something\\>. (P3)

                > Same table, same people, every night.
                """));
        assertThat(run.imported().orElseThrow().report()).contains(
                "  content/findings.md: a block quotation is quote 'we-cook' of the coding, now {{quote:we-cook}}, linked to its"
                        + " evidence; the attribution typed after it ('(P3)') is left out, as Weft prints the quote's participant",
                "  content/findings.md: a block quotation is words of quote 'same-table' of the coding, but not the excerpt the"
                        + " article prints of it (its excerpt: in coded-data/quotes/quotes.yaml): left as typed; where the two are"
                        + " the same words, it is linked");
        assertThat(text(project, "content/findings.md")).contains("{{quote:we-cook}}", "> Same table, same people, every night.");
        var result = TestProjects.render(project);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        Document article = Jsoup.parse(result.publication().orElseThrow().text("index.html"));
        assertThat(article.selectFirst("[data-quote=we-cook] a.quote-link").text()).isEqualTo("\u201CWe cook [...] everyone"
                + " brings <something>\u201D");
    }

    @Test
    void a_manuscript_in_another_language_has_its_sections_kinds_known_by_their_words() throws IOException {
        Path project = study();
        Run run = importInto(project, paper("""
                # Tiivistelmä

                Luimme viestejä.

                # Johdanto

                # Tulokset

                # Kiitokset

                # Lähteet

                ::: {#refs}
                :::

                # Liite 1: Haastattelurunko
                """));

        assertThat(run.imported().orElseThrow().report()).containsSubsequence(
                "  content/tiivistelma.md: abstract 'Tiivistelmä', order 10 (paper.qmd line 1)",
                "  content/johdanto.md: section 'Johdanto', order 20 (paper.qmd line 5)",
                "  content/tulokset.md: results 'Tulokset', order 30 (paper.qmd line 7)",
                "  content/kiitokset.md: back 'Kiitokset', order 40 (paper.qmd line 9)",
                "  content/haastattelurunko.md: appendix 'Haastattelurunko', order 50 (paper.qmd line 16)",
                "Left out 'Lähteet' (line 11): Weft prints the references list after the sections, from the works the text cites");
        assertThat(SectionKinds.of("Ergebnisse", false)).isEqualTo(SectionKinds.Named.RESULTS);
        assertThat(SectionKinds.of("Résumé", false)).isEqualTo(SectionKinds.Named.ABSTRACT);
        assertThat(SectionKinds.of("Referencias bibliográficas", false)).isEqualTo(SectionKinds.Named.REFERENCES);
        assertThat(SectionKinds.of("Bilaga 2", false)).isEqualTo(SectionKinds.Named.APPENDIX);
        assertThat(SectionKinds.of("Agradecimentos", false)).isEqualTo(SectionKinds.Named.BACK);
    }

    @Test
    void a_quarto_projects_bibliography_is_taken_where_the_manuscript_names_none() throws IOException {
        Path project = study();
        Files.writeString(temp.resolve("paper/_quarto.yml"), "project:\n  type: manuscript\nmanuscript:\n  article: paper.qmd\n"
                + "bibliography: refs.bib\nauthor: Ann Example\n");
        Run run = importInto(project, paper("---\ntitle: Meals\n---\n# Methods\n\nAs @lee2019 wrote.\n"));

        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.written()).contains("Copied content/references.bib");
        assertThat(run.imported().orElseThrow().report()).contains("Mind: the manuscript's title and author (its front matter and"
                + " _quarto.yml) are not imported: give them in coded-data/study.yaml (title, authors), which an import does not write");
    }

    /** The plan with its last byte changed: another file of the same name. */
    private static byte[] otherPlan() {
        byte[] other = PLAN.clone();
        other[other.length - 1] ^= 1;
        return other;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

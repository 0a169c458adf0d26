package weft.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.publish.OutputFiles;
import weft.render.jats.JatsSchema;
import weft.support.TestProjects;

/**
 * Quarto's includes: a section's {@code {{< include _part.md >}}} prints the part where it stands, in every format,
 * parts including parts; a diagnostic in a part is at the part's own line and column, and one after an include at the
 * including file's; a part is no section of its own. The errors are {@code invalid/includes}.
 */
class IncludeTest {

    @TempDir
    Path temp;

    private Path study(String methods) throws Exception {
        Path project = TestProjects.miniStudyWithMethods(temp.resolve("study"), methods);
        Files.writeString(project.resolve("content/_sample.md"), """
                The threads were chosen by *date*, as {{value:corpus.collected}} shows [@lee2019].

                {{< include '_detail.md' >}}
                """);
        Files.writeString(project.resolve("content/_detail.md"), "Each thread was read twice.\n");
        return project;
    }

    @Test
    void a_part_is_printed_where_it_is_included_in_every_format() throws Exception {
        BuildResult result = TestProjects.built(study("\n\n{{< include _sample.md >}}\n\nAfter the part.\n"));
        OutputFiles publication = result.publication().orElseThrow();
        Element methods = Jsoup.parse(publication.text("index.html")).expectFirst("#sec-methods");
        List<String> paragraphs = methods.select("p").eachText();
        int part = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("The threads were chosen by date"))
                .findFirst().orElseThrow());
        assertThat(paragraphs.get(part)).contains("March 2023").doesNotContain("{{");
        assertThat(paragraphs.subList(part + 1, part + 3)).containsExactly("Each thread was read twice.", "After the part.");
        assertThat(methods.expectFirst("a[href=#ref-lee2019]")).isNotNull();
        assertThat(publication.text("index.html")).doesNotContain("include _sample.md", "_detail.md");
        assertThat(TestProjects.pdfText(publication.files().get("article.pdf"))).containsSubsequence(
                "The threads were chosen by date", "Each thread was read twice.", "After the part.");
        String jats = publication.text("article.jats.xml");
        assertThat(JatsSchema.errors(jats)).isEmpty();
        assertThat(jats).containsSubsequence("The threads were chosen by <italic>date</italic>", "Each thread was read twice.");
        assertThat(Jsoup.parse(publication.text("index.html")).select("section.section h2")).extracting(Element::text)
                .noneMatch(t -> t.contains("sample") || t.contains("detail"));
        assertThat(TestProjects.diagnostics(result)).noneMatch(d -> d.contains("_sample.md") || d.contains("_detail.md"));
    }

    @Test
    void a_diagnostic_in_a_part_is_at_its_place_and_one_after_the_include_at_the_including_files() throws Exception {
        Path project = study("\n\n{{< include _sample.md >}}\n\nAfter the part, {{value:nowhere}}.\n");
        Files.writeString(project.resolve("content/_detail.md"), "Each thread was read twice, {{value:unknown}}.\n");
        List<String> diagnostics = TestProjects.diagnostics(TestProjects.render(project));
        int line = Files.readAllLines(project.resolve("content/methods.md")).indexOf("After the part, {{value:nowhere}}.") + 1;
        assertThat(diagnostics).contains(
                "ERROR content/_detail.md:1:29: unknown value 'unknown' (no such field in coded-data/study.yaml)",
                "ERROR content/methods.md:" + line + ":17: unknown value 'nowhere' (no such field in coded-data/study.yaml)");
    }

    @Test
    void a_part_included_so_often_that_the_text_grows_past_its_limit_is_an_error_where_it_does() throws Exception {
        Path project = study("\n\n" + "{{< include _big.md >}}\n".repeat(3000));
        Files.writeString(project.resolve("content/_big.md"), ("Words " + "x".repeat(94) + "\n").repeat(20));
        int first = Files.readAllLines(project.resolve("content/methods.md")).indexOf("{{< include _big.md >}}") + 1;
        List<String> errors = TestProjects.diagnostics(TestProjects.render(project)).stream()
                .filter(d -> d.startsWith("ERROR")).toList();
        assertThat(errors).hasSize(1);
        java.util.regex.Matcher error = java.util.regex.Pattern.compile("ERROR content/methods\\.md:(\\d+):1: with its"
                + " included parts this text would be over 4194304 characters: include each part once \\(this include and"
                + " the ones after it are not read\\)").matcher(errors.get(0));
        assertThat(error.matches()).as(errors.get(0)).isTrue();
        // each include adds its part's 2,020 characters: the limit is crossed at about the 2,076th, not at the last
        assertThat(Integer.parseInt(error.group(1)) - first).isBetween(Includes.MAX_CHARS / 2021 - 5, Includes.MAX_CHARS / 2020 + 1);
    }
}

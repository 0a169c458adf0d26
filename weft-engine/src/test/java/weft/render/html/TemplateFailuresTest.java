package weft.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weft.build.BuildResult;
import weft.diagnostics.Diagnostics;
import weft.support.TestProjects;

/** A template that fails at run time, recursion without end included, is a diagnostic at its line and column. */
class TemplateFailuresTest {

    private static final String ENDLESS = """
            <#-- calls itself for ever -->
            <#macro again n>
              <p>${n}</p><@again n=n+1/>
            </#macro>
            <@again n=1/>
            """;

    @TempDir
    Path temp;

    private Path projectWithTemplate(String name, String text) throws IOException {
        Path project = TestProjects.copy(TestProjects.fixture("mini-study"), temp.resolve("study"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates").resolve(name), text);
        return project;
    }

    @Test
    void a_macro_that_calls_itself_for_ever_is_reported_at_its_call_and_the_other_diagnostics_are_kept() throws IOException {
        Path project = projectWithTemplate("evidence-overview.ftlh", ENDLESS);
        TestProjects.replaceIn(project.resolve("content/methods.md"), "{{value:corpus.messages}}", "{{value:corpus.nothing}}");

        BuildResult result = TestProjects.render(project);

        assertThat(result.succeeded()).isFalse();
        assertThat(TestProjects.diagnostics(result)).containsExactly(
                "ERROR content/methods.md:7:67: unknown value 'corpus.nothing' (no such field in coded-data/study.yaml)",
                "ERROR templates/evidence-overview.ftlh:3:14: template error: instructions nested more than 1000 deep"
                        + " here: a macro or function that calls itself without end?");
    }

    @Test
    void a_stack_overflow_before_the_limit_is_reported_at_the_deepest_instruction() throws Exception {
        Path project = projectWithTemplate("page.ftlh", ENDLESS);
        TemplateRenderer templates = new TemplateRenderer(project);
        Diagnostics diagnostics = new Diagnostics();
        AtomicReference<Object> rendered = new AtomicReference<>();
        // a thread with a small stack overflows long before 1,000 nested instructions
        Thread small = new Thread(null, () -> rendered.set(templates.render("page.ftlh", "page", new Page("x"), diagnostics)),
                "small-stack", 64 * 1024);
        small.start();
        small.join();
        assertThat(rendered.get()).isEqualTo(java.util.Optional.empty());
        assertThat(diagnostics.sorted()).singleElement().asString().matches(
                "ERROR templates/page.ftlh:3:14: template error: instructions nested more than 1000 deep here: .*");
    }

    @Test
    void other_runtime_errors_of_a_template_carry_its_position() throws IOException {
        Path project = projectWithTemplate("page.ftlh", "<p>fine</p>\n<p>${page.missing}</p>\n");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(new TemplateRenderer(project).render("page.ftlh", "page", new Page("x"), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().asString()
                .startsWith("ERROR templates/page.ftlh:2:6: template error: The following has evaluated to null or missing:");
    }

    /** A view for the tests' own templates. */
    @Test
    void a_template_that_fails_to_parse_fails_alike_every_time_it_is_used() throws IOException {
        Path project = projectWithTemplate("page.ftlh", "<p>${page.title</p>\n");
        TemplateRenderer templates = new TemplateRenderer(project);
        Diagnostics first = new Diagnostics();
        Diagnostics second = new Diagnostics();

        assertThat(templates.render("page.ftlh", "page", new Page("x"), first)).isEmpty();
        assertThat(templates.render("page.ftlh", "page", new Page("y"), second)).isEmpty();

        assertThat(first.sorted()).hasSize(1);
        assertThat(first.sorted().get(0).toString()).contains("templates/page.ftlh:1:").contains("template syntax error");
        assertThat(second.sorted()).as("not Freemarker's 'error on an earlier attempt'").isEqualTo(first.sorted());
    }

    public record Page(String title) {
    }
}

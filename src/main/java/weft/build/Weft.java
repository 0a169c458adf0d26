package weft.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import weft.check.StudyChecker;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.Severity;
import weft.diagnostics.SourcePosition;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.prose.ProseRenderer;
import weft.publish.OutputPublisher;
import weft.publish.Publication;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.render.Article;
import weft.render.ArticleRenderer;
import weft.render.CitationsFactory;
import weft.render.html.HtmlWriter;
import weft.render.html.TemplateRenderer;

/**
 * Builds a publication from a project folder. One instance can build many times (the parsers and
 * schemas it holds are reused); it keeps no state between builds.
 */
public final class Weft {

    private final StudyReader reader = new StudyReader(new SchemaChecker());
    private final StudyChecker checker = new StudyChecker();
    private final ArticleRenderer articles = new ArticleRenderer(new ProseRenderer());
    private final OutputPublisher publisher = new OutputPublisher();

    /** Reads, checks and renders the project; writes nothing. */
    public BuildResult render(Path project, BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        ProjectFiles files = new ProjectFiles(project, options.maxFileBytes());
        Optional<Study> study = reader.read(files, diagnostics);
        if (study.isEmpty()) {
            return fail(diagnostics);
        }
        FrameIndex index = new FrameIndex(study.get().frame(), study.get().quotes());
        checker.check(study.get(), index, diagnostics);
        Article article = articles.render(study.get(), index, CitationsFactory.forStudy(study.get()), diagnostics);
        Publication publication = new Publication();
        new HtmlWriter(new TemplateRenderer(project)).write(article, publication, diagnostics);
        if (diagnostics.hasErrors() || (options.strict() && diagnostics.count(Severity.WARNING) > 0)) {
            return fail(diagnostics);
        }
        return new BuildResult(diagnostics.sorted(), diagnostics.summary(), Optional.of(publication));
    }

    /** Renders the project and, when that succeeded, replaces {@code output} with the new publication. */
    public BuildResult build(Path project, Path output, BuildOptions options) {
        BuildResult result = render(project, options);
        if (result.succeeded()) {
            try {
                publisher.publish(result.publication().get(), output);
            } catch (IOException e) {
                Diagnostics diagnostics = new Diagnostics();
                result.diagnostics().forEach(diagnostics::add);
                diagnostics.error(SourcePosition.ofFile(output.toString()), "cannot write the publication: " + e.getMessage());
                return fail(diagnostics);
            }
        }
        return result;
    }

    private static BuildResult fail(Diagnostics diagnostics) {
        return new BuildResult(diagnostics.sorted(), diagnostics.summary(), Optional.empty());
    }
}

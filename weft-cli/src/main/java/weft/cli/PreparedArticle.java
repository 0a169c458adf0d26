package weft.cli;

import java.nio.file.Path;
import java.util.Optional;
import weft.build.BuildOptions;
import weft.diagnostics.Diagnostics;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.prose.ProseRenderer;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.render.Article;
import weft.render.ArticleRenderer;
import weft.render.CitationsFactory;

/** A project read and its article rendered once, so that a benchmark can time one later stage alone. */
record PreparedArticle(ProjectFiles files, Study study, FrameIndex index, Article article) {

    /** Empty (with the diagnostics filled) when the project cannot be read or its article has errors. */
    static Optional<PreparedArticle> of(Path project, Diagnostics diagnostics) {
        ProjectFiles files = new ProjectFiles(project, BuildOptions.DEFAULT_MAX_FILE_BYTES);
        Optional<Study> study = new StudyReader(new SchemaChecker()).read(files, diagnostics);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        FrameIndex index = new FrameIndex(study.get().frame(), study.get().quotes());
        Article article = new ArticleRenderer(new ProseRenderer())
                .render(study.get(), index, CitationsFactory.forStudy(study.get(), files, diagnostics), diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new PreparedArticle(files, study.get(), index, article));
    }
}

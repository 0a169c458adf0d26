package weft.cli;

import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.publish.Publication;
import weft.render.Article;
import weft.render.Links;
import weft.render.evidence.EvidenceWriter;
import weft.render.html.HtmlWriter;
import weft.render.html.TemplateRenderer;

/**
 * The evidence stage alone, for {@code weft bench --stage evidence}: the project is read and its article
 * rendered once; each run then writes the evidence site into a fresh publication holding that article.
 */
final class EvidenceStage {

    private final Path project;
    private final Study study;
    private final FrameIndex index;
    private final Article article;
    private final String articleHtml;

    private EvidenceStage(Path project, Study study, FrameIndex index, Article article, String articleHtml) {
        this.project = project;
        this.study = study;
        this.index = index;
        this.article = article;
        this.articleHtml = articleHtml;
    }

    /** Reads and renders the article of the project; empty (with the diagnostics filled) when that fails. */
    static Optional<EvidenceStage> prepare(Path project, Diagnostics diagnostics) {
        Optional<PreparedArticle> prepared = PreparedArticle.of(project, diagnostics);
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        PreparedArticle p = prepared.get();
        Publication publication = new Publication();
        new HtmlWriter(new TemplateRenderer(project)).write(p.article(), publication, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceStage(project, p.study(), p.index(), p.article(), publication.text(Links.ARTICLE)));
    }

    /** One run of the evidence stage; returns the publication (the article and the evidence site). */
    Publication run(Diagnostics diagnostics) {
        Publication publication = new Publication();
        publication.add(Links.ARTICLE, articleHtml);
        new EvidenceWriter(new TemplateRenderer(project)).write(study, index, article, publication, diagnostics);
        return publication;
    }
}

package weft.cli;

import java.nio.file.Path;
import java.util.Optional;
import weft.diagnostics.Diagnostics;
import weft.model.Study;
import weft.publish.Manifest;
import weft.publish.Publication;
import weft.render.Article;
import weft.render.html.TemplateRenderer;
import weft.render.pdf.PdfWriter;

/**
 * The PDF stage alone, for {@code weft bench --stage pdf}: the project is read and its article rendered once;
 * each run then writes article.pdf (print template, XHTML, openhtmltopdf, post-processing) into a fresh publication.
 */
final class PdfStage {

    private final Path project;
    private final Study study;
    private final Article article;
    private final Manifest manifest;
    private final PdfWriter writer;

    private PdfStage(Path project, Study study, Article article, Manifest manifest) {
        this.project = project;
        this.study = study;
        this.article = article;
        this.manifest = manifest;
        this.writer = new PdfWriter(new TemplateRenderer(project), Optional.empty());
    }

    /** Reads and renders the article of the project; empty (with the diagnostics filled) when that fails. */
    static Optional<PdfStage> prepare(Path project, Diagnostics diagnostics) {
        return PreparedArticle.of(project, diagnostics).map(p -> new PdfStage(project, p.study(), p.article(),
                Manifest.of(project, p.files().allInputs(), p.index().preorder().size(), p.index().quotes().size(),
                        (int) p.index().quotes().stream().filter(q -> q.presented()).count())));
    }

    /** One run of the PDF stage; returns the PDF's size in bytes. */
    int run(Diagnostics diagnostics) {
        Publication publication = new Publication();
        writer.write(study, article, project, manifest, publication, diagnostics);
        byte[] pdf = publication.files().get(PdfWriter.PDF);
        return pdf == null ? 0 : pdf.length;
    }
}

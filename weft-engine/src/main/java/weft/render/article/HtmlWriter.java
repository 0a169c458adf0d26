package weft.render.article;

import weft.diagnostics.Diagnostics;
import weft.publish.OutputFiles;
import weft.publish.OutputNames;
import weft.render.html.TemplateRenderer;

/** Writes the HTML article, its stylesheet and its icon into the publication. */
public final class HtmlWriter {

    static final String[] ASSETS = {"style.css", "icon.svg"};
    private final TemplateRenderer templates;

    public HtmlWriter(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void write(Article article, OutputFiles publication, Diagnostics diagnostics) {
        templates.render("article.ftlh", "article", article.view(), article.words(), diagnostics)
                .ifPresent(html -> publication.add(OutputNames.ARTICLE, html));
        for (String asset : ASSETS) {
            templates.asset(asset, diagnostics).ifPresent(bytes -> publication.add(OutputNames.ASSETS + asset, bytes));
        }
    }
}

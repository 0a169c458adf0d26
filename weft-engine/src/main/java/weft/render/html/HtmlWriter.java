package weft.render.html;

import weft.diagnostics.Diagnostics;
import weft.publish.Publication;
import weft.render.Article;

/** Writes the HTML article, its stylesheet and its icon into the publication. */
public final class HtmlWriter {

    static final String[] ASSETS = {"style.css", "icon.svg"};
    private final TemplateRenderer templates;

    public HtmlWriter(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void write(Article article, Publication publication, Diagnostics diagnostics) {
        templates.render("article.ftlh", "article", article.view(), diagnostics)
                .ifPresent(html -> publication.add("index.html", html));
        for (String asset : ASSETS) {
            templates.asset(asset, diagnostics).ifPresent(bytes -> publication.add("assets/" + asset, bytes));
        }
    }
}

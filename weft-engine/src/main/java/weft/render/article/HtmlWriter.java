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

    /**
     * Warns when the article has notes and {@code html}, rendered by {@code template}, prints none of them: a project's
     * copy of a template made before Weft printed notes would leave every call linking to nothing, without a word.
     */
    public static void notesPrinted(Article article, String html, String template, Diagnostics diagnostics) {
        java.util.List<ArticleView.NoteView> notes = article.view().notes();
        if (!notes.isEmpty() && !html.contains("id=\"" + notes.get(0).id() + "\"")) {
            diagnostics.warning(weft.diagnostics.SourcePosition.ofFile("templates/" + template), "the article has "
                    + notes.size() + (notes.size() == 1 ? " note" : " notes") + ", and this template prints none (article.notes):"
                    + " each call links to nothing; the project's copies of article-macros.ftlh, article.ftlh or"
                    + " article-print.ftlh were made before Weft printed notes: copy the current ones (the macro 'notes',"
                    + " called before the references) and make your changes again");
        }
    }

    public void write(Article article, OutputFiles publication, Diagnostics diagnostics) {
        templates.render("article.ftlh", "article", article.view(), article.words(), diagnostics).ifPresent(html -> {
            publication.add(OutputNames.ARTICLE, html);
            notesPrinted(article, html, "article.ftlh", diagnostics);
        });
        for (String asset : ASSETS) {
            templates.asset(asset, diagnostics).ifPresent(bytes -> publication.add(OutputNames.ASSETS + asset, bytes));
        }
    }
}

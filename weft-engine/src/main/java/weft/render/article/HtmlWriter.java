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

    /** A rule of a style sheet for a box (Quarto's callout: {@code .callout}, not {@code .callout-title}). */
    private static final java.util.regex.Pattern BOX_RULE = java.util.regex.Pattern.compile("\\.callout(?![\\w-])");

    /**
     * Warns when the article, rendered as {@code html}, has boxes (Quarto's callouts) and {@code css}, the style sheet
     * {@code sheet} of the project's templates, has no rule for them: a copy made before Weft set boxes apart would
     * print each as plain paragraphs, without a word.
     */
    public static void boxesStyled(String html, String css, String sheet, Diagnostics diagnostics) {
        if (html.contains("class=\"" + weft.prose.ProseRenderer.CALLOUT + " ") && !BOX_RULE.matcher(css).find()) {
            diagnostics.warning(weft.diagnostics.SourcePosition.ofFile("templates/" + sheet), "the article has boxes"
                    + " (Quarto's callouts), and this style sheet has no rule for them (.callout): each is printed as plain"
                    + " paragraphs; the project's " + sheet + " is a copy made before Weft set boxes apart: copy the rules"
                    + " for .callout and .callout-title from Weft's " + sheet);
        }
    }

    /** A rule of a style sheet for a subfigure ({@code .subfigure}, not {@code .subfigures}). */
    private static final java.util.regex.Pattern SUBFIGURE_RULE = java.util.regex.Pattern.compile("\\.subfigure(?![\\w-])");

    /**
     * Warns when the article, rendered as {@code html}, has subfigures (Quarto's figure panels) and {@code css}, the
     * style sheet {@code sheet} of the project's templates, has no rule for them: a copy made before Weft set them side
     * by side would print them one under the other, without a word.
     */
    public static void panelsStyled(String html, String css, String sheet, Diagnostics diagnostics) {
        if (html.contains("class=\"" + weft.prose.ProseRenderer.SUBFIGURE + "\"") && !SUBFIGURE_RULE.matcher(css).find()) {
            diagnostics.warning(weft.diagnostics.SourcePosition.ofFile("templates/" + sheet), "the article has subfigures"
                    + " (Quarto's figure panels), and this style sheet has no rule for them (.subfigure): they are printed"
                    + " one under the other; the project's " + sheet + " is a copy made before Weft set subfigures side by"
                    + " side: copy the rules for .subfigures and .subfigure from Weft's " + sheet);
        }
    }

    public void write(Article article, OutputFiles publication, Diagnostics diagnostics) {
        java.util.Optional<String> page = templates.render("article.ftlh", "article", article.view(), article.words(),
                diagnostics);
        page.ifPresent(html -> {
            publication.add(OutputNames.ARTICLE, html);
            notesPrinted(article, html, "article.ftlh", diagnostics);
        });
        for (String asset : ASSETS) {
            templates.asset(asset, diagnostics).ifPresent(bytes -> {
                publication.add(OutputNames.ASSETS + asset, bytes);
                if (asset.equals("style.css")) {
                    String css = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    page.ifPresent(html -> {
                        boxesStyled(html, css, asset, diagnostics);
                        panelsStyled(html, css, asset, diagnostics);
                    });
                }
            });
        }
    }
}

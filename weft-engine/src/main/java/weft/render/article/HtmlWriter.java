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

    /**
     * What a project's copy of a style sheet made before Weft styled some part of the article lacks: the class marking
     * that part in the article's HTML ({@code marked}, as written in a class attribute), the class its rule is for
     * ({@code rule}), and the words of the warning (what the part is, how it is printed without the rule, what Weft then began, which rules to
     * copy).
     */
    private record Styled(String marked, String rule, String what, String without, String since, String rules) {
        void check(String html, String css, String sheet, Diagnostics diagnostics) {
            if (html.contains(marked) && !java.util.regex.Pattern.compile("\\." + rule + "(?![\\w-])").matcher(css).find()) {
                diagnostics.warning(weft.diagnostics.SourcePosition.ofFile("templates/" + sheet), "the article has " + what
                        + ", and this style sheet has no rule for them (." + rule + "): " + without + "; the project's "
                        + sheet + " is a copy made before Weft " + since + ": copy the rules for " + rules + " from Weft's "
                        + sheet);
            }
        }
    }

    /** Boxes (Quarto's callouts): a rule for {@code .callout}, not {@code .callout-title}. */
    private static final Styled BOXES = new Styled("class=\"" + weft.prose.ProseRenderer.CALLOUT + " ",
            weft.prose.ProseRenderer.CALLOUT, "boxes (Quarto's callouts)", "each is printed as plain paragraphs",
            "set boxes apart", ".callout and .callout-title");
    /** Subfigures (Quarto's figure panels): a rule for {@code .subfigure}, not {@code .subfigures}. */
    private static final Styled PANELS = new Styled("class=\"" + weft.prose.ProseRenderer.SUBFIGURE + "\"",
            weft.prose.ProseRenderer.SUBFIGURE, "subfigures (Quarto's figure panels)", "they are printed one under the"
            + " other", "set subfigures side by side", ".subfigures and .subfigure");

    /** Highlighted words (Quarto's {@code [words]{.mark}}): a rule for {@code .mark}. */
    private static final Styled MARKS = new Styled("class=\"mark\"", "mark", "highlighted words ([words]{.mark})",
            "they are printed as any other", "highlighted them", ".mark");

    /**
     * Warns, for each part of the article rendered as {@code html} that {@code css}, the style sheet {@code sheet} of
     * the project's templates, has no rule for (boxes, subfigures, highlighted words): a copy made before Weft styled
     * that part would print it as plain text, without a word.
     */
    public static void partsStyled(String html, String css, String sheet, Diagnostics diagnostics) {
        for (Styled part : java.util.List.of(BOXES, PANELS, MARKS)) {
            part.check(html, css, sheet, diagnostics);
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
                    page.ifPresent(html -> partsStyled(html, css, asset, diagnostics));
                }
            });
        }
    }
}

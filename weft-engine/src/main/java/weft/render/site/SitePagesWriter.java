package weft.render.site;

import java.util.ArrayList;
import java.util.List;
import weft.publish.OutputNames;
import java.util.Map;
import java.util.stream.Collectors;
import weft.diagnostics.Diagnostics;
import weft.model.Affiliation;
import weft.model.Author;
import weft.model.ResearchQuestion;
import weft.model.Study;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.render.article.Article;
import weft.render.article.ArticleView;
import weft.render.howtocite.HowToCite;
import weft.render.html.TemplateRenderer;

/**
 * Writes the generated part of the project site: the home page and the reproducibility page as XHTML sources, and
 * the citation files (CITATION.cff, BibTeX) as site resources. The paths are those of the Maven Site Plugin's
 * generated-site folder ({@code xhtml/} pages, {@code resources/} copied as they are).
 */
public final class SitePagesWriter {

    public static final String HOME = "xhtml/index.xhtml";
    public static final String REPRODUCIBILITY = "xhtml/reproducibility.xhtml";
    public static final String CITATION_CFF = "resources/" + SiteLinks.CITATION_CFF;
    public static final String BIBTEX = "resources/" + SiteLinks.BIBTEX;
    private static final String PAGE = "page";

    private final TemplateRenderer templates;

    public SitePagesWriter(TemplateRenderer templates) {
        this.templates = templates;
    }

    public OutputFiles write(Study study, Article article, Manifest manifest, Diagnostics diagnostics) {
        OutputFiles pages = new OutputFiles();
        HowToCite cite = article.view().howToCite();
        templates.render("site-home.ftlh", PAGE, home(study, article.view(), cite), article.words(), diagnostics)
                .ifPresent(xhtml -> pages.add(HOME, xhtml));
        templates.render("site-reproducibility.ftlh", PAGE, reproducibility(study, article.view().title(), manifest), article.words(), diagnostics)
                .ifPresent(xhtml -> pages.add(REPRODUCIBILITY, xhtml));
        pages.add(CITATION_CFF, cite.cff());
        pages.add(BIBTEX, cite.bibtex());
        return pages;
    }

    private static HomeView home(Study study, ArticleView article, HowToCite cite) {
        Map<String, String> affiliations = study.info().affiliations().stream().collect(Collectors.toMap(
                Affiliation::id, a -> a.country().isEmpty() ? a.name() : a.name() + ", " + a.country()));
        List<HomeView.Person> authors = new ArrayList<>();
        for (Author a : study.info().authors()) {
            authors.add(new HomeView.Person(a.name(), a.affiliations().stream().map(r -> affiliations.get(r.id()))
                    .filter(name -> name != null).toList(), a.corresponding()));
        }
        List<HomeView.Fact> questions = new ArrayList<>();
        for (ResearchQuestion q : study.info().researchQuestions()) {
            questions.add(new HomeView.Fact(q.label(), q.text()));
        }
        return new HomeView(article.lang(), article.title(), Xhtml.of(article.titleHtml()), article.articleType(), List.copyOf(authors),
                article.journal(), article.volumeLine(), article.doi(), article.doiUrl(),
                article.dates().stream().map(d -> new HomeView.Fact(d.label(), d.value())).toList(),
                Xhtml.of(article.abstractHtml()), article.keywords(), List.copyOf(questions), article.contentNote(),
                cite.styleTitle(), Xhtml.of(cite.reference()), cite.bibtex(),
                new HomeView.Links(SiteLinks.ARTICLE, SiteLinks.PDF,
                        article.formats().stream().anyMatch(f -> f.href().equals(OutputNames.DOCX)) ? SiteLinks.DOCX : null,
                        SiteLinks.JATS, SiteLinks.EVIDENCE,
                        study.info().presentation().evidencePdf() ? SiteLinks.EVIDENCE_PDF : null, SiteLinks.REPRODUCIBILITY,
                        SiteLinks.BIBTEX, SiteLinks.CITATION_CFF));
    }

    private static ReproducibilityView reproducibility(Study study, String title, Manifest manifest) {
        List<ReproducibilityView.Input> inputs = manifest.inputs().entrySet().stream()
                .map(e -> new ReproducibilityView.Input(e.getKey(), manifest.inputSizes().get(e.getKey()), e.getValue()))
                .toList();
        List<ReproducibilityView.Tool> tools = manifest.tools().entrySet().stream()
                .map(e -> new ReproducibilityView.Tool(e.getKey(), e.getValue())).toList();
        return new ReproducibilityView(study.info().language(), title, inputs,
                inputs.stream().mapToLong(ReproducibilityView.Input::bytes).sum(), manifest.nodes(), manifest.quotes(),
                manifest.presentedQuotes(), tools, SiteLinks.MANIFEST, SiteLinks.PDF);
    }
}

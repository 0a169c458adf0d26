package weft.render.site;

import java.util.List;
import weft.render.html.Html;

/**
 * What the site's home page shows: the study's title block, abstract and how to cite it. Html fragments are XHTML.
 *
 * @param reference the article's entry in the study's CSL style, or null when it could not be formatted
 */
public record HomeView(String lang, String title, Html titleHtml, String articleType, List<Person> authors, String journal,
                       String volumeLine, String doi, String doiUrl, List<Fact> dates, Html abstractHtml,
                       List<String> keywords, List<Fact> researchQuestions, String contentNote, String styleTitle,
                       Html reference, String bibtex, Links links) {

    public record Person(String name, List<String> affiliations, boolean corresponding) {
    }

    public record Fact(String label, String value) {
    }

    /**
     * The links of the page, relative to the site root; {@code docx} is null when the build leaves the Word file out,
     * {@code evidencePdf} when the study does not ask for the evidence as one PDF.
     */
    public record Links(String article, String pdf, String docx, String jats, String evidence, String evidencePdf,
                        String reproducibility, String bibtex, String cff) {
    }
}

package weft.render.howtocite;

import java.util.List;
import weft.cache.BuildCache;
import weft.model.StudyInfo;
import weft.publish.OutputNames;
import weft.render.html.Html;

/**
 * How to cite the article, for the article page, the project site and the repository, all from study.yaml.
 *
 * @param metaTags   the Highwire {@code citation_*} meta tags for the article's head
 * @param styleTitle the title of the study's CSL style; empty when the entry could not be formatted
 * @param reference  the article's entry in the study's CSL style, or null when it could not be formatted
 * @param bibtex     the article as a BibTeX entry
 * @param cff        CITATION.cff
 */
public record HowToCite(List<MetaTag> metaTags, String styleTitle, Html reference, String bibtex, String cff) {

    /**
     * How to cite the article of {@code info}, titled {@code title} and {@code shortTitle} (the study's titles in plain
     * words: their Markdown's emphasis has no place in a citation's metadata; the short title empty when not given); the
     * reference's formatting is kept in {@code cache}.
     */
    public static HowToCite of(StudyInfo info, String title, String shortTitle, BuildCache cache) {
        CitableArticle article = CitableArticle.of(info, title, shortTitle);
        var reference = CslReference.format(article, info.presentation().citationStyle(), cache);
        return new HowToCite(HighwireTags.of(article, OutputNames.PDF), reference.map(CslReference::styleTitle).orElse(""),
                reference.map(r -> new Html(r.html())).orElse(null), BibTeXWriter.write(article), CffWriter.write(article));
    }
}

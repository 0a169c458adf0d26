package weft.render.site;

import weft.render.Links;
import weft.render.pdf.PdfWriter;

/**
 * Where things lie in the project site, relative to its root (the generated pages are all at the root). The
 * publication is copied into {@code publication/} by the Maven build (maven-resources-plugin, see pom.xml).
 */
final class SiteLinks {

    static final String PUBLICATION = "publication/";
    static final String ARTICLE = PUBLICATION + Links.ARTICLE;
    static final String PDF = PUBLICATION + PdfWriter.PDF;
    static final String EVIDENCE = PUBLICATION + Links.EVIDENCE;
    static final String MANIFEST = PUBLICATION + "manifest.json";
    static final String CITATION_CFF = "CITATION.cff";
    static final String BIBTEX = "citation.bib";
    static final String REPRODUCIBILITY = "reproducibility.html";

    private SiteLinks() {
    }
}

package weft.render.site;

import weft.publish.OutputNames;

/**
 * Where things lie in the project site, relative to its root (the generated pages are all at the root). The
 * publication is copied into {@code publication/} by the Maven build (maven-resources-plugin, see pom.xml).
 */
final class SiteLinks {

    static final String PUBLICATION = "publication/";
    static final String ARTICLE = PUBLICATION + OutputNames.ARTICLE;
    static final String PDF = PUBLICATION + OutputNames.PDF;
    static final String DOCX = PUBLICATION + OutputNames.DOCX;
    static final String JATS = PUBLICATION + OutputNames.JATS;
    static final String EVIDENCE = PUBLICATION + OutputNames.EVIDENCE;
    static final String EVIDENCE_PDF = PUBLICATION + OutputNames.EVIDENCE_PDF;
    static final String MANIFEST = PUBLICATION + OutputNames.MANIFEST;
    static final String CITATION_CFF = "CITATION.cff";
    static final String BIBTEX = "citation.bib";
    static final String REPRODUCIBILITY = "reproducibility.html";

    private SiteLinks() {
    }
}

/**
 * How the article itself is cited, all taken from study.yaml: Highwire meta tags for indexers, the reference in the
 * study's CSL style, BibTeX and CITATION.cff.
 */
package weft.render.howtocite;

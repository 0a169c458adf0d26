/** Citations and reference lists: BibTeX and CSL JSON bibliographies formatted with CSL styles by citeproc-java. */
package weft.render.cite;

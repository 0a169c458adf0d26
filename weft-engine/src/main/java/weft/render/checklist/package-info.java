/**
 * The filled reporting checklist: {@code evidence/checklist.html} and {@code checklist.pdf}, each item with the place of
 * the article that reports it and the page of {@code article.pdf} on which that place falls, as laid out in the same
 * build.
 */
package weft.render.checklist;

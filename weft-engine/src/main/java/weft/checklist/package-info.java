/**
 * Reporting checklists for qualitative research (COREQ, SRQR): their items, and the check of a study's mapping of
 * each item to the place of the article that reports it. The filled checklist is written by
 * {@code weft.render.checklist} once the PDF is laid out, with the page of each place.
 */
package weft.checklist;

/**
 * The pages of the project site that state the study's facts (home, reproducibility), generated from the same build as
 * the publication so that they never drift, as XHTML sources the Maven Site Plugin merges with the hand-written pages.
 */
package weft.render.site;

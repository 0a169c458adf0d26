/**
 * The article as JATS XML (the Journal Publishing tag set, version 1.3), from the same model as the HTML and the PDF:
 * {@link weft.render.jats.JatsWriter} writes {@code article.jats.xml} and its figure's SVG.
 */
package weft.render.jats;

/**
 * Figures drawn by Weft as marks (a {@link weft.render.figure.Scene}): written as plain SVG 1.1 (rect, path, text,
 * tspan) for the browser, the PDF and JATS alike, and painted as a picture for the Word document.
 */
package weft.render.figure;

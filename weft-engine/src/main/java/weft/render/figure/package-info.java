/** Figures drawn by Weft as plain SVG 1.1 (rect, path, text, tspan), for the browser and for the PDF alike. */
package weft.render.figure;

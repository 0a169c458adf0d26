/**
 * The manuscript as a Word document ({@code article.docx}), written with Apache POI from the same model as the HTML and
 * the PDF: {@link weft.render.docx.DocxWriter}.
 */
package weft.render.docx;

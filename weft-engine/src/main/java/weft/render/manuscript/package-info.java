/**
 * The article as a journal's manuscript: the same {@link weft.render.article.ArticleView} the HTML and the PDF print,
 * read into plain blocks and runs of text ({@link weft.render.manuscript.Manuscript}) that the Word and JATS writers
 * set in their own formats. Evidence links are left out; quotes stay text.
 */
package weft.render.manuscript;

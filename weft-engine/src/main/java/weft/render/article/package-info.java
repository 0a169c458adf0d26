/** Rendering the article: the study's prose and coding frame become an article model, its views and its HTML page. */
package weft.render.article;

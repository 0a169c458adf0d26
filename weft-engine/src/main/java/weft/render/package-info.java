/** Rendering the article: the study's prose and coding frame become an article model and its views. */
package weft.render;

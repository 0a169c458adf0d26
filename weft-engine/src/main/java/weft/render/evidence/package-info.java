/** The evidence site: the coding frame, a page per node, an entry per quote, and search, beside the article. */
package weft.render.evidence;

package weft.render.howtocite;

/** One {@code <meta name content>} of the article's head. */
public record MetaTag(String name, String content) {
}

package weft.render;

import java.util.List;
import weft.prose.Heading;

/** The rendered article: its view for the templates, its headings in order, and where each quote stands. */
public record Article(ArticleView view, List<Heading> outline, QuotePlacements placements) {
}

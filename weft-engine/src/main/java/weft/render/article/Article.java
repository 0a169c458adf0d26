package weft.render.article;

import java.util.List;
import java.util.Map;
import weft.prose.Heading;
import weft.words.Words;

/**
 * The rendered article: its view for the templates, its headings in order, where each quote stands,
 * the heading numbers of the coding frame's nodes (by node id), where the prose mentions each node, and the words
 * of its language that every output generates.
 */
public record Article(ArticleView view, List<Heading> outline, QuotePlacements placements,
                      Map<String, String> nodeNumbers, NodeMentions mentions, Words words) {

    public Article withView(ArticleView view) {
        return new Article(view, outline, placements, nodeNumbers, mentions, words);
    }
}

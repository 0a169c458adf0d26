package weft.render.article;

import java.util.List;
import java.util.Map;
import weft.model.ImageFile;
import weft.prose.Heading;
import weft.words.Words;

/**
 * The rendered article: its view for the templates, its headings in order, where each quote stands,
 * the heading numbers of the coding frame's nodes (by node id), where the prose mentions each node, and the words
 * of its language that every output generates; the image files of its figures, which the publication carries; and
 * the files whose prose holds a figure the build leaves out for its audience (which the PDF does not embed).
 */
public record Article(ArticleView view, List<Heading> outline, QuotePlacements placements,
                      Map<String, String> nodeNumbers, NodeMentions mentions, Words words, List<ImageFile> images,
                      List<String> withheldIn) {

    public Article {
        images = List.copyOf(images);
        withheldIn = List.copyOf(withheldIn);
    }

    public Article withView(ArticleView view) {
        return new Article(view, outline, placements, nodeNumbers, mentions, words, images, withheldIn);
    }

    /** The image file the article's HTML names {@code name} (figures/x.png), if it is one of its figures. */
    public java.util.Optional<ImageFile> image(String name) {
        return images.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}

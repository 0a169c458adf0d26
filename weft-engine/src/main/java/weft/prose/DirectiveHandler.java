package weft.prose;

import java.util.List;
import org.jsoup.nodes.Node;

/** Turns a directive into HTML nodes; built by whoever knows the study (the article renderer). */
public interface DirectiveHandler {

    /**
     * The nodes that stand for {@code directive}. {@code alone} is true when the directive is the only
     * thing in its paragraph; a handler may then return a block element, which replaces the paragraph.
     * Unresolvable directives are reported by the handler and rendered as their source text.
     */
    List<Node> render(Directive directive, boolean alone);

    /**
     * A bare {@code @key} at {@code at}, left in the text as written: Pandoc's citation with the author in the text,
     * which Weft does not format, or an address such as a forum's {@code @handle}. Told so that whoever knows the
     * bibliography can say which.
     */
    default void mention(String key, weft.diagnostics.SourcePosition at) {
    }
}

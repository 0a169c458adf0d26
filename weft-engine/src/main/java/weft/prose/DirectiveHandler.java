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
}

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
     * As {@link #render(Directive, boolean)}, for a directive printed in {@code formats} only (those of
     * {@link ConditionalContent#FORMATS} that the conditional content around it keeps; all of them outside such).
     */
    default List<Node> render(Directive directive, boolean alone, List<String> formats) {
        return render(directive, alone);
    }
}

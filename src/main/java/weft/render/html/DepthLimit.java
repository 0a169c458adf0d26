package weft.render.html;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Optional;

/**
 * Stops a template whose instructions nest deeper than any real template does (a macro or function that calls
 * itself without end) before it overflows the Java stack, remembering where it went too deep. One per processing.
 */
final class DepthLimit implements TemplateProcessingTracer {

    /**
     * Instructions open at once. Weft's own templates nest about 15 deep, and a recursive macro over a coding frame
     * of 50 levels about 250; a macro that calls itself without end passes this long before the stack overflows.
     */
    static final int MAX_DEPTH = 1_000;

    private int depth;
    private int deepest;
    private TracedElement deepestElement;
    private TracedElement crossedAt;
    private TracedElement lastCall;

    /** Thrown inside the template's processing when it goes too deep; caught by {@link TemplateRenderer}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("template instructions nested more than " + MAX_DEPTH + " deep", null, false, false);
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        depth++;
        if (element.getDescription().startsWith("@")) {
            lastCall = element; // a macro call: where a recursion without end is to be fixed
        }
        if (depth > deepest) {
            deepest = depth;
            deepestElement = lastCall != null ? lastCall : element;
        }
        if (depth > MAX_DEPTH && crossedAt == null) {
            crossedAt = lastCall != null ? lastCall : element;
            throw new TooDeep();
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /**
     * The last macro call before the limit was crossed or, when the stack overflowed first, before the deepest
     * instruction reached; the instruction itself when no macro was called.
     */
    Optional<TracedElement> where() {
        return Optional.ofNullable(crossedAt != null ? crossedAt : deepestElement);
    }
}

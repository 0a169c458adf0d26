package weft.render.html;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Stops a template whose instructions nest deeper than any real template does (a macro or function that calls
 * itself without end) before it overflows the Java stack, remembering where it went too deep. One per processing.
 */
final class DepthLimit implements TemplateProcessingTracer {

    /**
     * Instructions open at once. Weft's own templates nest about 15 deep, and a recursive macro over a coding frame
     * of 50 levels a few hundred; a macro that calls itself without end passes this long before the stack overflows.
     */
    static final int MAX_DEPTH = 1_000;

    // entries above depth are kept when instructions exit, so that after a stack overflow has unwound the
    // processing the deepest path is still known
    private TracedElement[] stack = new TracedElement[64];
    private int depth;
    private int deepest;
    private boolean crossed;

    /** Thrown inside the template's processing when it goes too deep; caught by {@link TemplateRenderer}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("template instructions nested more than " + MAX_DEPTH + " deep", null, false, false);
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (crossed) {
            throw new TooDeep();
        }
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = element;
        deepest = Math.max(deepest, depth);
        if (depth > MAX_DEPTH) {
            crossed = true;
            throw new TooDeep();
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /**
     * The last macro call on the deepest path reached (where the limit was crossed, or the stack overflowed): where a
     * recursion without end is to be fixed; the deepest instruction itself when no macro was called.
     */
    Optional<TracedElement> where() {
        for (int i = deepest - 1; i >= 0; i--) {
            if (stack[i].getDescription().startsWith("@")) {
                return Optional.of(stack[i]);
            }
        }
        return deepest == 0 ? Optional.empty() : Optional.of(stack[deepest - 1]);
    }
}

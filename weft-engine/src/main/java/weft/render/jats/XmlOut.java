package weft.render.jats;

import java.util.ArrayDeque;
import java.util.Deque;
import weft.publish.XmlText;

/**
 * Writes XML text: block elements each on a line of their own, indented, inline elements and text as they come, so that
 * no whitespace is added inside mixed content. Escapes every text and attribute value ({@link XmlText}).
 */
final class XmlOut {

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    /** For each open element: whether it is a block, whether a block was written in it. */
    private final Deque<boolean[]> state = new ArrayDeque<>();

    XmlOut raw(String text) {
        out.append(text);
        return this;
    }

    /** Opens a block element on a new line; {@code attributes} are name, value pairs (null values left out). */
    XmlOut block(String name, String... attributes) {
        newline(open.size());
        tag(name, attributes);
        open.push(name);
        state.push(new boolean[] {true, false});
        return this;
    }

    /** Opens an element within the text of its parent. */
    XmlOut inline(String name, String... attributes) {
        tag(name, attributes);
        open.push(name);
        state.push(new boolean[] {false, false});
        return this;
    }

    /** A block element holding only {@code text}; nothing when the text is empty. */
    XmlOut leaf(String name, String text, String... attributes) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        newline(open.size());
        tag(name, attributes);
        out.append(XmlText.escape(text, false)).append("</").append(name).append('>');
        return this;
    }

    /** An empty block element. */
    XmlOut empty(String name, String... attributes) {
        newline(open.size());
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    XmlOut text(String text) {
        out.append(XmlText.escape(text, false));
        return this;
    }

    /** Closes the innermost element; a block element's end tag goes on a line of its own when it holds blocks. */
    XmlOut end() {
        String name = open.pop();
        boolean[] element = state.pop();
        if (element[0] && element[1]) {
            newline(open.size());
        }
        out.append("</").append(name).append('>');
        return this;
    }

    private void tag(String name, String[] attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
    }

    private void attributes(String[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(XmlText.escape(attributes[i + 1], true)).append('"');
            }
        }
    }

    private void newline(int depth) {
        if (!state.isEmpty()) {
            state.peek()[1] = true;
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append("  ".repeat(depth));
    }

    @Override
    public String toString() {
        return out + "\n";
    }
}

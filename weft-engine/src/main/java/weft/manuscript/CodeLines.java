package weft.manuscript;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.BitSet;

/**
 * The lines of a manuscript's Markdown that are code (fenced or indented), an HTML block or a comment, as CommonMark
 * reads them (flexmark): text an import leaves as it is, where a {@code #} is no heading, an image's path no file to
 * bring and a quotation no participant's words.
 */
final class CodeLines {

    private CodeLines() {
    }

    /** The code lines of {@code text} (counted from 0). */
    static BitSet of(String text) {
        return of(Parser.builder().build().parse(text));
    }

    /** The code lines of a parsed text. */
    static BitSet of(Document document) {
        BitSet code = new BitSet();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock
                    || node instanceof HtmlCommentBlock) {
                code.set(node.getStartLineNumber(), node.getEndLineNumber() + 1);
            }
        }
        return code;
    }
}

package weft.render.cite;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;
import weft.prose.NestingLimits;

/**
 * The fields of a CSL YAML work, which Pandoc reads as Markdown ({@code title: "Gardens of *Solanum*: CO~2~"}, as
 * Pandoc itself writes them from BibTeX's {@code \emph} and {@code \textsubscript}): a title's Markdown becomes the
 * rich text CSL JSON writes as tags ({@code <i>}, {@code <b>}, {@code <sub>}, {@code <sup>}, small capitals, Pandoc's
 * {@code [text]{.smallcaps}} and {@code [text]{.nocase}} spans), which {@link RichText} reads; any other field's
 * becomes its text (the tags left out). Raw HTML in a field is kept as written, for {@link RichText} to read (or
 * print as text). A field is read as one line of text: no list, heading or quotation (a title "1. Introduction" is its
 * words); one nested deeper than {@link NestingLimits} allows is kept as written.
 */
final class MarkdownFields {

    private static final Parser PARSER;
    /** Pandoc's spans for small capitals and for words a style must not recase. */
    private static final Pattern SPAN = Pattern.compile("\\[([^\\[\\]]*)\\]\\{\\.(smallcaps|nocase)\\}");

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughSubscriptExtension.create(), SuperscriptExtension.create()));
        // a field is a line of text: "1. Introduction", "- a dash", "# 1" are its words, never a list or a heading
        for (var block : List.of(Parser.BLOCK_QUOTE_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HEADING_PARSER,
                Parser.HTML_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER, Parser.LIST_BLOCK_PARSER,
                Parser.THEMATIC_BREAK_PARSER, Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR)) {
            options.set(block, false);
        }
        PARSER = Parser.builder(options).build();
    }

    private MarkdownFields() {
    }

    /** A title's Markdown as CSL rich text. */
    static String richText(String markdown) {
        if (markdown.isBlank() || markdown.chars().noneMatch(c -> "*_~^`\\&<[".indexOf(c) >= 0)
                || NestingLimits.check(markdown).isPresent()) {
            return markdown; // nothing Markdown would read; or nested deeper than any title (flexmark would recurse)
        }
        String spans = SPAN.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                (m.group(2).equals("smallcaps") ? "<span style=\"font-variant:small-caps;\">" : "<span class=\"nocase\">")
                        + m.group(1) + "</span>"));
        Node document = PARSER.parse(spans);
        Node only = document.getFirstChild();
        if (!(only instanceof Paragraph) || only.getNext() != null) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        walk(only, out);
        return out.toString().strip();
    }

    /** A field's Markdown as its text: the formatting's marks left out, escapes and entities read. */
    static String text(String markdown) {
        return RichText.plain(richText(markdown));
    }

    private static void walk(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                out.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                out.append(code.getText());
            } else if (node instanceof HtmlInline) {
                out.append(node.getChars());
            } else if (node instanceof RefNode ref) {
                // a [bracketed] phrase ("[Review of …]", a translated title), which no definition makes a link
                out.append(ref instanceof ImageRef ? "![" : "[");
                walk(ref, out);
                out.append(']');
                if (!ref.getTextOpeningMarker().isEmpty()) { // [text][ref] and [text][] as written
                    out.append('[').append(ref.isReferenceTextCombined() ? "" : ref.getReference().unescape()).append(']');
                }
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else {
                String tag = node instanceof Emphasis ? "i"
                        : node instanceof StrongEmphasis ? "b"
                        : node instanceof Subscript ? "sub"
                        : node instanceof Superscript ? "sup" : null;
                out.append(tag == null ? "" : "<" + tag + ">");
                walk(node, out);
                out.append(tag == null ? "" : "</" + tag + ">");
            }
        }
    }
}

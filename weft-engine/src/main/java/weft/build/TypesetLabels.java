package weft.build;

import java.util.List;
import java.util.regex.Pattern;
import weft.model.CodeNode;
import weft.model.CodingFrame;
import weft.model.Study;
import weft.prose.ProseRenderer;

/**
 * The study with its nodes' labels set as the prose's text is: a theme named in a participant's words,
 * {@code 'It's a cage' -- and "home"}, is printed ‘It’s a cage’ – and “home” (the article's language's quotation marks,
 * apostrophes, dashes, ellipsis) in every heading, table, figure and evidence page. Only the typography: every other
 * character of a label stands as written (a label is no Markdown: {@code *}, {@code _} and brackets stay). The study's
 * files are not touched, and what is exported or compared ({@code weft export}, {@code weft diff}) is the label as written.
 */
final class TypesetLabels {

    /** What the typography changes: without one of these a label is printed as written. */
    private static final Pattern TYPOGRAPHY = Pattern.compile("['\"]|--|\\.\\.\\.");
    /** Every other character Markdown would read: escaped, so that it stays as written. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_{}\\[\\]()#+!|<>~^$&=@:]");

    private TypesetLabels() {
    }

    static Study of(Study study, ProseRenderer prose, ProseRenderer.Quotes quotes) {
        if (study.frame().roots().stream().noneMatch(TypesetLabels::needs)) {
            return study;
        }
        CodingFrame frame = study.frame();
        List<CodeNode> roots = frame.roots().stream().map(n -> typeset(n, prose, quotes)).toList();
        return new Study(study.info(), frame.withRoots(roots),
                study.quotes(), study.sections(), study.values(), study.checklist());
    }

    private static boolean needs(CodeNode node) {
        return TYPOGRAPHY.matcher(node.label()).find() || node.children().stream().anyMatch(TypesetLabels::needs);
    }

    private static CodeNode typeset(CodeNode n, ProseRenderer prose, ProseRenderer.Quotes quotes) {
        String label = TYPOGRAPHY.matcher(n.label()).find()
                ? prose.title(MARKUP.matcher(n.label()).replaceAll("\\\\$0"), quotes).text() : n.label();
        return n.withLabel(label).withChildren(n.children().stream().map(c -> typeset(c, prose, quotes)).toList());
    }
}

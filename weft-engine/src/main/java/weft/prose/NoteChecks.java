package weft.prose;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.model.Text;

/**
 * The notes of a text that would not print as its author meant, each a warning at its place: a call of a note the text
 * does not define (printed as written, {@code [^2]}), a note defined twice (the first is printed) or never called (not
 * printed), an inline note whose bracket never closes (printed as written). Code is not looked at.
 */
final class NoteChecks {

    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^([^\\]\\s]+)\\]:");
    private static final Pattern CALL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private NoteChecks() {
    }

    static void report(Text text, Diagnostics diagnostics) {
        String content = PandocSyntax.blankCode(text.content());
        if (content.indexOf('^') < 0) {
            return;
        }
        Map<String, Integer> defined = new HashMap<>();
        Set<Integer> definitions = new HashSet<>();
        Matcher d = DEFINITION.matcher(content);
        while (d.find()) {
            String label = d.group(1).toLowerCase(Locale.ROOT);
            int at = d.start() + d.group().indexOf('[');
            definitions.add(at);
            if (defined.putIfAbsent(label, at) != null) {
                diagnostics.warning(text.positionAt(at), "the note '[^" + d.group(1) + "]' is defined twice in this"
                        + " text: the first is printed; give this one a label of its own");
            }
        }
        Set<String> called = new HashSet<>();
        Matcher c = CALL.matcher(content);
        while (c.find()) {
            String label = c.group(1).toLowerCase(Locale.ROOT);
            if (definitions.contains(c.start())) {
                continue;
            }
            called.add(label);
            if (!defined.containsKey(label)) {
                diagnostics.warning(text.positionAt(c.start()), "the note '" + ProseRenderer.abbreviate(c.group())
                        + "' is not defined in this text: printed as written; define it on a line of its own ('"
                        + c.group() + ": the note's text'), in the same file");
            }
        }
        defined.forEach((label, at) -> {
            if (!called.contains(label)) {
                diagnostics.warning(text.positionAt(at), "the note '[^" + label + "]' is never called in this text: it"
                        + " is not printed; call it where it belongs ([^" + label + "]), or remove it");
            }
        });
        int open = InlineNotes.unclosed(text.content());
        if (open >= 0) {
            diagnostics.warning(text.positionAt(open), "this inline note's bracket ('^[') is never closed before the"
                    + " paragraph ends: printed as written; close it with ']'");
        }
    }
}

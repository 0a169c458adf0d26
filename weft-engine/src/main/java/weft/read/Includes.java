package weft.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.TextMap;
import weft.model.Text;

/**
 * Quarto's includes in the prose: a line {@code {{< include _part.md >}}} is replaced by the text of
 * {@code content/_part.md}, as Quarto pastes a partial where it is included (a part may include others). A part's
 * name begins with {@code _} (Quarto's convention: a part is no section of its own, and has no front matter) and it
 * lies in content/ itself. Quarto's variables are pasted so too: {@code {{< var version >}}}, anywhere in a line, by the
 * value {@link QuartoVariables} has for it. The text keeps where each part and value came from, so that a diagnostic in
 * it names the part's (or content/_variables.yml's) file, line and column. An include or a variable in code or in an
 * HTML comment is text.
 */
final class Includes {

    /** An include on a line of its own: the part's name bare or quoted. */
    private static final Pattern INCLUDE = Pattern.compile(
            "(?m)^[ \\t]{0,3}\\{\\{<\\s*include\\s+(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s>]+)\\s*>}}[ \\t]*$");
    /** A line of a simple table's dashes: runs of two or more under its columns. */
    private static final Pattern DASHES = Pattern.compile("(?m)^ {0,3}-{2,}(?: +-{2,})+ *$");
    /** A grid table's row: its line begins with a border. */
    private static final Pattern GRID_ROW = Pattern.compile(" {0,3}\\|");
    /** A variable, anywhere in a line: its dotted name. */
    private static final Pattern VAR = Pattern.compile("\\{\\{<\\s*var\\s+([^\\s>]+)\\s*>}}");
    /** How deep parts may include parts (a part including itself is reported before). */
    static final int MAX_DEPTH = 8;
    /** The most characters a section may have with its parts: four of the largest files a study may have. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private Includes() {
    }

    /**
     * {@code text} (the body of {@code path}) with its includes replaced by the parts they name; each part read is added
     * to {@code used}. An include that cannot be read is an error at it, and stays as written.
     */
    static Text expand(Text text, String path, ProjectFiles files, Set<String> used, QuartoVariables vars,
                       Diagnostics diagnostics) {
        return expand(text, List.of(path), new Context(files, used, new java.util.HashMap<>(), vars), diagnostics);
    }

    /** {@code text} (a node's narrative) with its variables pasted in; an include there is text. */
    static Text variables(Text text, QuartoVariables vars, Diagnostics diagnostics) {
        return expand(text, List.of(), new Context(null, Set.of(), java.util.Map.of(), vars), diagnostics);
    }

    /**
     * What an expansion reads (no files where only variables are read): the project's files, the parts read so far (added to {@code used}; in {@code read} each
     * part read for this section, so that a part included twice is read once) and the variables.
     */
    private record Context(ProjectFiles files, Set<String> used, java.util.Map<String, Optional<Text>> read,
                           QuartoVariables vars) {
    }

    /** An include's or a variable's place in a text: which it is, and the part's or variable's name. */
    private record Found(int start, int end, boolean include, String name) {
    }

    private static Text expand(Text text, List<String> within, Context context, Diagnostics diagnostics) {
        String content = text.content();
        if (!content.contains("{{<")) {
            return text;
        }
        String blanked = weft.prose.Code.blanked(content); // an include or variable in code or a comment is text
        List<Found> found = new ArrayList<>();
        if (context.files() != null) {
            INCLUDE.matcher(blanked).results().forEach(m -> found.add(new Found(m.start(), m.end(), true, unquote(m.group(1)))));
        }
        VAR.matcher(blanked).results().forEach(m -> found.add(new Found(m.start(), m.end(), false, m.group(1))));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        StringBuilder out = new StringBuilder();
        List<Text.Included> parts = new ArrayList<>();
        int last = 0;
        boolean full = false; // past the limit: the includes after are left out
        for (Found f : found) {
            Optional<Text> part = full ? Optional.of(new Text("", text.map()))
                    : f.include() ? part(f.name(), text, f.start(), within, context, diagnostics)
                    : variable(f, text, context.vars(), diagnostics);
            if (part.isEmpty()) {
                continue;
            }
            if (!full && out.length() + f.start() - last + part.get().content().length() > MAX_CHARS) {
                diagnostics.error(text.positionAt(f.start()), "with its included parts this text would be over "
                        + MAX_CHARS + " characters: include each part once (this include and the ones after it are"
                        + " not read)");
                full = true;
                part = Optional.of(new Text("", text.map()));
            }
            out.append(content, last, f.start());
            int start = out.length();
            out.append(part.get().content());
            parts.add(new Text.Included(start, out.length(), f.end() - f.start(), part.get()));
            last = f.end();
        }
        if (parts.isEmpty()) {
            return text;
        }
        out.append(content.substring(last));
        return new Text(out.toString(), text.map(), parts, content);
    }

    /**
     * Whether {@code at} is in a line that begins with a grid table's border ({@code |}); a line longer than a table's
     * row is none, and is not searched.
     */
    private static boolean inGridRow(String content, int at) {
        int start = at;
        while (start > 0 && content.charAt(start - 1) != '\n') {
            if (at - --start > 20_000) {
                return false;
            }
        }
        return GRID_ROW.matcher(content).region(start, at).lookingAt();
    }

    /**
     * Whether {@code at} is in a block of lines (between blank lines) that holds a line of dashes under columns, as a
     * simple table's rows do: its columns are where the text stands.
     */
    private static boolean inSimpleTable(String content, int at) {
        // a table's block is short: one longer than this (a paragraph of many variables) is no table, and is not searched
        int most = 20_000;
        int from = at; // back to the line after a blank line
        while (from > 0 && !(from >= 2 && content.charAt(from - 1) == '\n' && content.charAt(from - 2) == '\n')) {
            if (at - --from > most) {
                return false;
            }
        }
        int to = at;
        while (to < content.length() && !(content.charAt(to) == '\n' && to + 1 < content.length()
                && content.charAt(to + 1) == '\n')) {
            if (++to - at > most) {
                return false;
            }
        }
        return DASHES.matcher(content).region(from, to).find();
    }

    /**
     * The value of the variable {@code found} names; empty (and an error at it) if there is none. In a grid table's row
     * or a simple table's, whose cells stand in columns, a shorter value is padded with spaces to the shortcode's width,
     * as Quarto reads the table with the shortcode in it; a longer one is a warning (what follows it moves).
     */
    private static Optional<Text> variable(Found found, Text text, QuartoVariables vars, Diagnostics diagnostics) {
        Optional<Text> value = vars.value(found.name());
        if (value.isEmpty()) {
            diagnostics.error(text.positionAt(found.start()), vars.missing(found.name()));
            return value;
        }
        java.util.regex.Matcher within = VAR.matcher(weft.prose.Code.blanked(value.get().content()));
        if (within.find()) { // one level: a value is pasted as written
            diagnostics.warning(value.get().positionAt(within.start()), "a variable within a variable's value ('"
                    + within.group() + "') is not read: printed as written; write its value there");
        }
        String content = text.content();
        boolean gridRow = inGridRow(content, found.start()) || inSimpleTable(content, found.start());
        int width = found.end() - found.start();
        String pasted = value.get().content();
        if (!gridRow || pasted.contains("\n") || pasted.length() == width) {
            return value;
        }
        if (pasted.length() > width) {
            diagnostics.warning(text.positionAt(found.start()), "in a table's row, this variable's value ('"
                    + weft.prose.ProseRenderer.abbreviate(pasted) + "') is wider than the shortcode, which moves what"
                    + " follows it out of its column: widen the column, or write the value there");
            return value;
        }
        return Optional.of(new Text(pasted + " ".repeat(width - pasted.length()), value.get().map()));
    }

    /** The part {@code name} names, read and its own includes replaced; empty (and an error at the include) if none. */
    private static Optional<Text> part(String name, Text text, int at, List<String> within, Context context,
                                       Diagnostics diagnostics) {
        ProjectFiles files = context.files();
        java.util.Map<String, Optional<Text>> read = context.read();
        String path = ProjectFiles.CONTENT_DIR + "/" + name;
        if (read.containsKey(path) && !within.contains(path)) {
            return read.get(path);
        }
        String problem = null;
        if (!name.matches("_[^/\\\\]*\\.md")) {
            problem = "an included part is a file of content/ whose name begins with '_' and ends in .md ('_"
                    + "methods-detail.md'), not '" + name + "': a part is no section of its own";
        } else if (within.contains(path)) {
            problem = "'" + name + "' includes itself (" + String.join(" includes ", within) + " includes " + path
                    + "): an include would never end";
        } else if (within.size() > MAX_DEPTH) {
            problem = "parts included more than " + MAX_DEPTH + " deep: include the parts from fewer levels";
        } else if (!files.exists(path)) {
            problem = "the included part '" + name + "' is not in content/";
        }
        if (problem != null) {
            diagnostics.error(text.positionAt(at), problem);
            return Optional.empty();
        }
        context.used().add(path);
        Optional<Text> part = readPart(path, within, context, diagnostics);
        read.put(path, part);
        return part;
    }

    private static Optional<Text> readPart(String path, List<String> within, Context context, Diagnostics diagnostics) {
        Optional<String> read = context.files().read(path, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        if (read.get().startsWith("---\n")) {
            diagnostics.error(new weft.diagnostics.SourcePosition(path, 1, 1), "this part begins with front matter ('---'):"
                    + " a part is pasted where it is included, in that section's text; remove its '---' lines and fields");
            return Optional.empty();
        }
        List<String> deeper = new ArrayList<>(within);
        deeper.add(path);
        return Optional.of(expand(new Text(read.get(), TextMap.ofFile(path, 1)), deeper, context, diagnostics));
    }

    private static String unquote(String name) {
        return name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'")) ? name.substring(1, name.length() - 1)
                : name;
    }
}
